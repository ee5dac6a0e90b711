import { defineLabel } from './defineLabel.js';
import { consentSummary } from './policyFacts.js';

export interface PurposesFacts {
  count: number;
  /** How many purposes are served by information collected on deemed consent. */
  byDeemedConsent: number;
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
    byDeemedConsent: consentSummary(policy).deemedConsentPurposes.size,
  }),
  attention: (policy) => {
    const { deemedConsentPurposes, shortestItemObjectionDays } = consentSummary(policy);
    return deemedConsentPurposes.size > 0 && shortestItemObjectionDays !== undefined
      ? [{ code: 'deemed-consent', days: shortestItemObjectionDays }]
      : [];
  },
});
