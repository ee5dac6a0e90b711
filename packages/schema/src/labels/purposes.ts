import type { Policy } from '../policySchema.js';
import { defineLabel } from './defineLabel.js';
import { shortestObjectionDays } from './policyFacts.js';

export interface PurposesFacts {
  count: number;
  /** How many purposes are served by information collected on deemed consent. */
  byDeemedConsent: number;
}

function purposesByDeemedConsent(policy: Policy): Set<string> {
  return new Set(
    policy.collectedItems.filter((item) => item.basis === 'deemedConsent').flatMap((item) => item.purposeIds),
  );
}

export const purposesLabel = defineLabel({
  id: 'purposes',
  family: 'processing',
  legalReference: [{ law: 'pipa', article: '30(1)(1)' }],
  dpvConcept: 'dpv:Purpose',
  sourceFields: ['purposes'],
  applies: (policy) => policy.purposes.length > 0,
  facts: (policy): PurposesFacts => ({
    count: policy.purposes.length,
    byDeemedConsent: purposesByDeemedConsent(policy).size,
  }),
  attention: (policy) => {
    const days = shortestObjectionDays(policy);
    return purposesByDeemedConsent(policy).size > 0 && days !== undefined
      ? [{ code: 'deemed-consent', days }]
      : [];
  },
});
