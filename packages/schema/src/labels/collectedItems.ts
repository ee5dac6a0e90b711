import type { AttentionNotice } from './defineLabel.js';
import { defineLabel } from './defineLabel.js';
import { type ConsentCategory, consentSummary } from './policyFacts.js';

/** How many individual items are collected on each kind of consent (or other basis, counted as required). */
export type CollectedItemsFacts = Record<ConsentCategory, number>;

export const collectedItemsLabel = defineLabel({
  id: 'collected-items',
  family: 'processing',
  legalReference: [
    { law: 'pipa', article: '15' },
    { law: 'pipa', article: '22' },
    { law: 'pipaDecree', article: '31(1)(1)' },
  ],
  dpvConcept: 'dpv:PersonalData',
  sourceFields: ['collectedItems'],
  applies: (policy) => policy.collectedItems.length > 0,
  facts: (policy): CollectedItemsFacts => ({ ...consentSummary(policy).itemCounts }),
  attention: (policy) => {
    const summary = consentSummary(policy);
    const notices: AttentionNotice[] = [];
    if (summary.itemCounts.deemed > 0 && summary.shortestItemObjectionDays !== undefined) {
      notices.push({ code: 'deemed-consent', days: summary.shortestItemObjectionDays });
    }
    // Consent that cannot be declined is not free consent (PIPA Art. 22(5)).
    if (summary.unrefusableConsentItems > 0) notices.push({ code: 'no-way-to-refuse' });
    if (summary.contractEndingItems > 0) notices.push({ code: 'refusal-ends-contract' });
    return notices;
  },
});
