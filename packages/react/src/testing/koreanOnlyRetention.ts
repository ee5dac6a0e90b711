// Retention texts written in Korean only, for the tables that show an item's retention (collected items, data-type
// sections, the retention section): on the English page they keep Korean words, so they must say so with lang="ko".
import { assertPolicy, type Policy } from '@privacy-label-kit/schema';
import type { within } from '@testing-library/react';
import { expect } from 'vitest';
import { smallShopPolicy } from './policies.js';

const koreanOnlyLaw = '전자상거래 등에서의 소비자보호에 관한 법률';
const koreanOnlyDescription = '탈퇴 후 30일까지 보관합니다';

/** The small shop with two retentions written in Korean only: the law that sets a period, and a period in its own words. */
export function policyWithKoreanOnlyRetention(): Policy {
  const policy = structuredClone(smallShopPolicy());
  const [signUp, orderDelivery] = policy.collectedItems;
  if (orderDelivery?.retention.kind !== 'law') {
    throw new Error('small-shop.json $.collectedItems[1].retention: no longer kept for a period a law sets');
  }
  orderDelivery.retention.law = { ko: koreanOnlyLaw };
  signUp!.retention = { kind: 'custom', description: { ko: koreanOnlyDescription } };
  return assertPolicy(policy);
}

/** Where a test looks for the retentions: `screen`, or `within` the table it means. */
type Queries = Pick<ReturnType<typeof within>, 'getByText'>;

/** On the English page, in `table`: the law after its period and the description are each marked lang="ko". */
export function expectKoreanOnlyRetentionMarkedKorean(table: Queries): void {
  const law = table.getByText(koreanOnlyLaw);
  expect(law.closest('[lang]')?.getAttribute('lang')).toBe('ko');
  expect(law.closest('td')!.textContent).toBe(`5 years (${koreanOnlyLaw})`);
  const description = table.getByText(koreanOnlyDescription);
  expect(description.closest('[lang]')?.getAttribute('lang')).toBe('ko');
}

/** On the Korean page, in `table`: the same retentions are plain text in their cells, with no lang to mark. */
export function expectKoreanOnlyRetentionPlain(table: Queries): void {
  const law = table.getByText(`5년 (${koreanOnlyLaw})`);
  expect(law.tagName).toBe('TD');
  expect(law.querySelector('[lang]')).toBeNull();
  const description = table.getByText(koreanOnlyDescription);
  expect(description.tagName).toBe('TD');
  expect(description.querySelector('[lang]')).toBeNull();
}
