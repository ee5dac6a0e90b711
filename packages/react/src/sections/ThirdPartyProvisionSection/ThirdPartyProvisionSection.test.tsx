import { assertPolicy } from '@privacy-label-kit/schema';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { smallShopPolicy } from '../../testing/policies.js';
import { ThirdPartyProvisionSection } from './ThirdPartyProvisionSection.js';

afterEach(cleanup);

/** The small shop with one more provision: to Statistics Korea on basis `basis`, under the Statistics Act. */
function shopProvidingToStatistics(basis: 'other' | 'legalObligation' | 'consent') {
  const input = structuredClone(smallShopPolicy()) as Record<string, any>;
  input.thirdPartyProvision.push({
    recipient: { ko: '통계청', en: 'Statistics Korea' },
    purpose: { ko: '국가 통계 작성', en: 'National statistics' },
    items: [{ ko: '주문 내역', en: 'Order details' }],
    retention: { ko: '통계 작성 후 파기', en: 'Destroyed once the statistics are made' },
    country: 'KR',
    basis,
    law: { ko: '통계법 제24조', en: 'Statistics Act, Art. 24' },
  });
  return assertPolicy(input);
}

/** The basis cell of the provision to Statistics Korea. */
function basisCell(locale: 'ko' | 'en', basis: 'other' | 'legalObligation' | 'consent') {
  render(<ThirdPartyProvisionSection policy={shopProvidingToStatistics(basis)} locale={locale} />);
  const row = screen.getByText(locale === 'ko' ? '통계청' : 'Statistics Korea').closest('tr')!;
  const cells = within(row).getAllByRole('cell');
  return cells[cells.length - 1]!.textContent;
}

describe('ThirdPartyProvisionSection', () => {
  it.each([
    [
      'other',
      '기타 법적 근거근거 법령: 통계법 제24조',
      'Other legal basisStatutory basis: Statistics Act, Art. 24',
    ],
    [
      'legalObligation',
      '법령상 의무근거 법령: 통계법 제24조',
      'Legal obligationStatutory basis: Statistics Act, Art. 24',
    ],
    ['consent', '정보주체의 동의근거 법령: 통계법 제24조', 'ConsentStatutory basis: Statistics Act, Art. 24'],
  ] as const)('names the law the data gives with the basis %s, not only the basis', (basis, ko, en) => {
    expect(basisCell('ko', basis)).toBe(ko);
    cleanup();
    expect(basisCell('en', basis)).toBe(en);
  });

  it('names no law where the data gives none', () => {
    render(<ThirdPartyProvisionSection policy={smallShopPolicy()} locale="ko" />);
    expect(screen.getByRole('table').textContent).not.toContain('근거 법령:');
  });
});
