import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  expectKoreanOnlyRetentionMarkedKorean,
  expectKoreanOnlyRetentionPlain,
  policyWithKoreanOnlyRetention,
} from '../../testing/koreanOnlyRetention.js';
import { smallShopPolicy } from '../../testing/policies.js';
import { RetentionSection } from './RetentionSection.js';

afterEach(cleanup);

describe('RetentionSection', () => {
  it('lists each item’s retention, what other laws require to be kept, and the inactive-account rule', () => {
    render(<RetentionSection policy={smallShopPolicy()} locale="ko" />);
    const section = screen.getByRole('region', { name: '개인정보의 처리 및 보유 기간' });
    const [byItem, byLaw] = within(section).getAllByRole('table');
    expect(byItem!.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(byItem!.textContent).toContain('동의 철회 시까지');
    const lawRows = [...byLaw!.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(lawRows).toContainEqual(['웹사이트 방문 기록', '통신비밀보호법', '3개월']);
    expect(section.textContent).toContain(
      '1년 동안 서비스를 이용하지 않은 회원의 개인정보는 다른 회원의 정보와 분리하여 4년 동안 보관한 뒤 파기합니다.',
    );
    expect(section.textContent).toContain('분리 보관 30일 전에 이메일로 알려 드립니다.');
  });

  it('marks a retention law or description written only in Korean as Korean on the English page', () => {
    render(<RetentionSection policy={policyWithKoreanOnlyRetention()} locale="en" />);
    expectKoreanOnlyRetentionMarkedKorean(within(screen.getAllByRole('table')[0]!));
  });

  it('leaves the same retentions plain text on the Korean page', () => {
    render(<RetentionSection policy={policyWithKoreanOnlyRetention()} locale="ko" />);
    expectKoreanOnlyRetentionPlain(within(screen.getAllByRole('table')[0]!));
  });
});
