import type { Retention } from '../policySchema.js';
import { defineLabel } from './defineLabel.js';
import { longestPeriod, type RetentionPeriod, retentionPeriods } from './policyFacts.js';

/** Retention that ends with an event rather than after a fixed time, in the order a caption prefers them. */
export const openEndedRetentionKinds = [
  'untilAccountDeletion',
  'untilConsentWithdrawn',
  'untilPurposeFulfilled',
] as const;
export type OpenEndedRetentionKind = (typeof openEndedRetentionKinds)[number];

export interface RetentionFacts {
  /** The longest fixed period of any item or rule. */
  longest?: RetentionPeriod;
  /** The longest period set by a law, when the longest of all is not one (so law-based retention is always named). */
  longestByLaw?: RetentionPeriod;
  /** The open-ended rule that keeps information longest (account deletion before consent withdrawal before purpose). */
  openEnded?: OpenEndedRetentionKind;
  /** Whether some item's rule is only described in words. */
  described: boolean;
}

export const retentionLabel = defineLabel({
  id: 'retention',
  family: 'processing',
  legalReference: [
    { law: 'pipa', article: '21' },
    { law: 'pipa', article: '30(1)(2)' },
  ],
  dpvConcept: 'dpv:StorageDuration',
  sourceFields: ['collectedItems[].retention', 'retention'],
  applies: (policy) => policy.collectedItems.length > 0,
  facts: (policy): RetentionFacts => {
    const periods = retentionPeriods(policy);
    const longest = longestPeriod(periods);
    const longestByLaw = longest?.byLaw ? undefined : longestPeriod(periods.filter((period) => period.byLaw));
    const kinds = new Set<Retention['kind']>(policy.collectedItems.map((item) => item.retention.kind));
    const openEnded = openEndedRetentionKinds.find((kind) => kinds.has(kind));
    return {
      ...(longest ? { longest } : {}),
      ...(longestByLaw ? { longestByLaw } : {}),
      ...(openEnded ? { openEnded } : {}),
      described: kinds.has('custom'),
    };
  },
});
