// Facts several labels state, computed once here so that the labels, the page and the exporter agree on them.
import { declinableConsentBases, type LegalBasis } from '../enums.js';
import type { CollectedItem, Policy } from '../policySchema.js';
import type { Duration } from '../primitives.js';
import type { LocalizedText } from '../text.js';

/** How an item's consent is counted in captions: deemed consent is never counted as required. */
export type ConsentCategory = 'required' | 'optional' | 'separate' | 'deemed';

export function consentCategory(basis: LegalBasis): ConsentCategory {
  if (basis === 'deemedConsent') return 'deemed';
  if (basis === 'separateConsent') return 'separate';
  if (declinableConsentBases.includes(basis)) return 'optional';
  return 'required';
}

/** The shortest time any deemed-consent processing gives users to object, if there is any. */
export function shortestObjectionDays(policy: Policy): number | undefined {
  const days = [
    ...policy.collectedItems.map((item) => item.deemedConsent?.objectionDays),
    policy.behaviouralAdvertising?.deemedConsent?.objectionDays,
  ].filter((value): value is number => value !== undefined);
  return days.length > 0 ? Math.min(...days) : undefined;
}

/** Consent-based items that cannot be refused at all. */
export function unrefusableConsentItems(policy: Policy): CollectedItem[] {
  return policy.collectedItems.filter(
    (item) => (item.basis === 'consentRequired' || item.basis === 'deemedConsent') && !item.refusal.canRefuse,
  );
}

/** Items whose refusal ends the contract. */
export function contractEndingItems(policy: Policy): CollectedItem[] {
  return policy.collectedItems.filter(
    (item) => item.refusal.canRefuse && item.refusal.effect === 'contractTerminated',
  );
}

/** Whether information about children under 14 is processed. */
export function processesChildrensData(policy: Policy): boolean {
  return policy.children.collectsFromUnder14;
}

/** The collected item a sensitive-information or unique-identifier entry refers to. */
export function referencedItem(policy: Policy, itemId: string): CollectedItem | undefined {
  return policy.collectedItems.find((item) => item.id === itemId);
}

/** A length of time in days, for comparing periods (a month counts 30 days, a year 365). */
export function durationInDays(duration: Duration): number {
  const unitDays = { days: 1, months: 30, years: 365 } as const;
  return duration.value * unitDays[duration.unit];
}

/** A fixed retention period with what it covers: the first item named, and whether more share the rule. */
export interface RetentionPeriod {
  duration: Duration;
  /** The first item the period covers. */
  subject: LocalizedText;
  /** Whether the rule covers more items than `subject`. */
  moreItems: boolean;
  /** Whether a law sets the period. */
  byLaw: boolean;
}

/** Every fixed retention period in the policy: per item (a period or a law) and the retention required by other laws. */
export function retentionPeriods(policy: Policy): RetentionPeriod[] {
  const periods: RetentionPeriod[] = [];
  for (const rule of policy.retention.legalRetention) {
    periods.push({
      duration: rule.period,
      subject: rule.items[0]!,
      moreItems: rule.items.length > 1,
      byLaw: true,
    });
  }
  for (const item of policy.collectedItems) {
    const { retention } = item;
    if (retention.kind === 'period' || retention.kind === 'law') {
      periods.push({
        duration: retention.duration,
        subject: item.items[0]!,
        moreItems: item.items.length > 1,
        byLaw: retention.kind === 'law',
      });
    }
  }
  return periods;
}

/** The longest of `periods` (the first of equals, in policy order). */
export function longestPeriod(periods: readonly RetentionPeriod[]): RetentionPeriod | undefined {
  let longest: RetentionPeriod | undefined;
  for (const period of periods) {
    if (!longest || durationInDays(period.duration) > durationInDays(longest.duration)) longest = period;
  }
  return longest;
}
