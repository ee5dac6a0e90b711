import type { Retention } from '../policySchema.js';
import { defineLabel } from './defineLabel.js';
import { durationInDays, type RetentionPeriod } from './policyFacts.js';

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
  /**
   * Whether some rule is none of those the caption states (the longest period, the longest by law, the open-ended
   * rule): a shorter period, another open-ended rule, or one described in words. Then the caption may not say "the
   * rest" follow the open-ended rule, only that other items differ.
   */
  mixed: boolean;
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
    // One pass, keeping the first of equals in policy order (the same order as `retentionPeriods`).
    let longest: RetentionPeriod | undefined;
    let longestLaw: RetentionPeriod | undefined;
    const consider = (period: RetentionPeriod) => {
      const days = durationInDays(period.duration);
      if (!longest || days > durationInDays(longest.duration)) longest = period;
      if (period.byLaw && (!longestLaw || days > durationInDays(longestLaw.duration))) longestLaw = period;
    };
    for (const rule of policy.retention.legalRetention) {
      consider({
        duration: rule.period,
        subject: rule.items[0]!,
        moreItems: rule.items.length > 1,
        byLaw: true,
      });
    }
    const kinds = new Set<Retention['kind']>();
    for (const item of policy.collectedItems) {
      const { retention } = item;
      kinds.add(retention.kind);
      if (retention.kind === 'period' || retention.kind === 'law') {
        const days = durationInDays(retention.duration);
        // Build the period only when it can win: most items share a few rules.
        if (
          !longest ||
          days > durationInDays(longest.duration) ||
          (retention.kind === 'law' && (!longestLaw || days > durationInDays(longestLaw.duration)))
        ) {
          consider({
            duration: retention.duration,
            subject: item.items[0]!,
            moreItems: item.items.length > 1,
            byLaw: retention.kind === 'law',
          });
        }
      }
    }
    const longestByLaw = longest?.byLaw ? undefined : longestLaw;
    const openEnded = openEndedRetentionKinds.find((kind) => kinds.has(kind));
    const stated = (days: number, byLaw: boolean) =>
      [longest, longestByLaw].some(
        (period) =>
          period !== undefined && period.byLaw === byLaw && durationInDays(period.duration) === days,
      );
    const mixed =
      kinds.has('custom') ||
      openEndedRetentionKinds.some((kind) => kind !== openEnded && kinds.has(kind)) ||
      policy.retention.legalRetention.some((rule) => !stated(durationInDays(rule.period), true)) ||
      policy.collectedItems.some(
        ({ retention }) =>
          (retention.kind === 'period' || retention.kind === 'law') &&
          !stated(durationInDays(retention.duration), retention.kind === 'law'),
      );
    return {
      ...(longest ? { longest } : {}),
      ...(longestByLaw ? { longestByLaw } : {}),
      ...(openEnded ? { openEnded } : {}),
      described: kinds.has('custom'),
      mixed,
    };
  },
});
