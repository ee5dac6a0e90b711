import type { AttentionNotice } from './defineLabel.js';
import { defineLabel } from './defineLabel.js';
import {
  type ConsentCategory,
  consentCategory,
  contractEndingItems,
  shortestObjectionDays,
  unrefusableConsentItems,
} from './policyFacts.js';

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
  facts: (policy): CollectedItemsFacts => {
    const counts: CollectedItemsFacts = { required: 0, optional: 0, separate: 0, deemed: 0 };
    for (const item of policy.collectedItems) counts[consentCategory(item.basis)] += item.items.length;
    return counts;
  },
  attention: (policy) => {
    const notices: AttentionNotice[] = [];
    const days = shortestObjectionDays(policy);
    if (policy.collectedItems.some((item) => item.basis === 'deemedConsent') && days !== undefined) {
      notices.push({ code: 'deemed-consent', days });
    }
    // Consent that cannot be declined is not free consent (PIPA Art. 22(5)).
    if (unrefusableConsentItems(policy).length > 0) notices.push({ code: 'no-way-to-refuse' });
    if (contractEndingItems(policy).length > 0) notices.push({ code: 'refusal-ends-contract' });
    return notices;
  },
});
