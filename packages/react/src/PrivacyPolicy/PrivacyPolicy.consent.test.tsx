import { assertPolicy, type Policy } from '@privacy-label-kit/schema';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/fixtures/examples.js';
import '../testing/registerWords.js';
import { PrivacyPolicy } from './PrivacyPolicy.js';

afterEach(cleanup);

/**
 * The case a reader must not be misled about: usage patterns collected on deemed consent (silence for 7 days counts
 * as agreeing), where saying no ends the contract, and personalised ads that cannot be refused at all.
 */
function deemedConsentPolicy(): Policy {
  const input = readExample('small-shop') as Record<string, unknown> & { collectedItems: unknown[] };
  input.collectedItems.push({
    id: 'usage-patterns',
    stage: 'automatic',
    items: [{ ko: '서비스 이용 패턴', en: 'Usage patterns' }],
    basis: 'deemedConsent',
    deemedConsent: {
      objectionDays: 7,
      howToObject: { ko: '설정 > 약관에서 거부하세요.', en: 'Object under Settings > Terms.' },
    },
    purposeIds: ['membership'],
    retention: { kind: 'period', duration: { value: 1, unit: 'years' } },
    refusal: { canRefuse: true, effect: 'contractTerminated' },
  });
  input.behaviouralAdvertising = {
    items: [{ ko: '상품 조회 기록', en: 'Products viewed' }],
    collectionMethod: { ko: '웹사이트 방문 시 자동 수집', en: 'Collected automatically on visits' },
    purpose: { ko: '맞춤형 광고', en: 'Personalised ads' },
    retention: { ko: '수집 후 6개월', en: '6 months' },
    basis: 'deemedConsent',
    deemedConsent: {
      objectionDays: 7,
      howToObject: { ko: '설정 > 약관에서 거부하세요.', en: 'Object under Settings > Terms.' },
    },
    optOut: { available: false },
    childrenUnder14Excluded: true,
  };
  return assertPolicy(input);
}

/** The section, and the summary badge linking to it: together, everything the page says about one label. */
function sayings(container: HTMLElement, id: string): string {
  const section = container.querySelector(`#privacy-${id}`)!;
  const badge = container.querySelector(`[data-plk-label-summary] a[href="#privacy-${id}"]`)!;
  return `${section.textContent} ${badge.textContent}`;
}

describe('PrivacyPolicy on deemed consent, refusal that ends the contract, and ads that cannot be refused', () => {
  it('says so in Korean, and nowhere says they can be refused', () => {
    const { container } = render(<PrivacyPolicy policy={deemedConsentPolicy()} locale="ko" />);
    const row = container.querySelector(
      '#privacy-collected-items [data-plk-item="usage-patterns"]',
    ) as HTMLElement;
    // Its table is headed by what the basis is, never as required consent.
    const group = row.closest('[data-plk-basis]')!;
    expect(group.getAttribute('data-plk-basis')).toBe('deemedConsent');
    expect(within(group as HTMLElement).getByRole('heading').textContent).toBe(
      '간주 동의 (거부하지 않으면 동의)',
    );
    expect(row.textContent).toContain('7일 안에 거부하지 않으면 동의한 것으로 봅니다.');
    expect(row.textContent).toContain('거부 방법: 설정 > 약관에서 거부하세요.');
    expect(row.querySelector('[data-plk-refusable]')?.textContent).toBe('거부하면 이용 계약이 해지됩니다.');

    const collected = sayings(container, 'collected-items');
    expect(collected).toContain('간주 동의: 7일 안에 거부하지 않으면 동의한 것으로 봅니다');
    expect(collected).toContain('거부하면 이용 계약이 해지되는 항목이 있습니다');

    const ads = sayings(container, 'behavioural-advertising');
    expect(ads).toContain('맞춤형 광고를 거부할 방법이 없습니다');
    expect(ads).toContain('간주 동의 (거부하지 않으면 동의)');
    expect(ads).toContain('7일 안에 거부하지 않으면 동의한 것으로 봅니다.');
    for (const saying of [collected, ads]) expect(saying).not.toContain('거부 가능');
    expect(row.textContent).not.toContain('거부할 수 있습니다');
  });

  it('says so in English, and nowhere says you can opt out', () => {
    const { container } = render(<PrivacyPolicy policy={deemedConsentPolicy()} locale="en" />);
    const row = container.querySelector(
      '#privacy-collected-items [data-plk-item="usage-patterns"]',
    ) as HTMLElement;
    expect(row.textContent).toContain('If you do not object within 7 days, you are treated as agreeing.');
    expect(row.querySelector('[data-plk-refusable]')?.textContent).toBe('If you refuse, your contract ends.');
    const ads = sayings(container, 'behavioural-advertising');
    expect(ads).toContain('There is no way to refuse personalised ads');
    expect(ads).toContain('no opt-out');
    for (const saying of [sayings(container, 'collected-items'), ads]) {
      expect(saying.toLowerCase()).not.toContain('you can opt out');
    }
    expect(row.textContent).not.toContain('You can refuse');
    expect(screen.queryByText('How to block personalised ads')).toBeTruthy();
  });
});
