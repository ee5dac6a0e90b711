import { assertPolicy } from '@privacy-label-kit/schema';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { policyWithEverySection } from '../../testing/policies.js';
import { BehaviouralAdvertisingSection } from './BehaviouralAdvertisingSection.js';

afterEach(cleanup);

describe('BehaviouralAdvertisingSection', () => {
  it('warns in words when personalised ads reach children under 14', () => {
    render(<BehaviouralAdvertisingSection policy={policyWithEverySection()} locale="ko" />);
    const section = screen.getByRole('region', { name: '행태정보의 수집·이용 및 맞춤형 광고' });
    expect(section.textContent).toContain('주의: 만 14세 미만 아동에게도 맞춤형 광고를 보여 줍니다');
    expect(section.textContent).toContain('광고 회사');
    expect(section.textContent).toContain('수집 도구: 광고 SDK');
    expect(section.textContent).toContain('설정 > 광고에서 끌 수 있습니다.');
  });

  it('says plainly when children are kept out of personalised ads', () => {
    const policy = policyWithEverySection();
    const excluded = assertPolicy({
      ...policy,
      behaviouralAdvertising: { ...policy.behaviouralAdvertising!, childrenUnder14Excluded: true },
    });
    render(<BehaviouralAdvertisingSection policy={excluded} locale="en" />);
    const section = screen.getByRole('region', { name: 'Behavioural information and personalised ads' });
    expect(section.textContent).toContain('Children under 14 are not shown personalised ads.');
    expect(section.textContent).not.toContain('Attention');
  });
});
