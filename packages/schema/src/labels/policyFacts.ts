// Facts several labels state, computed once here so that the labels, the page and the exporter agree on them.
import {
  type DataType,
  declinableConsentBases,
  type LegalBasis,
  sensitiveDataTypes,
  type UniqueIdentifierKind,
} from '../enums.js';
import type { CollectedItem, Policy } from '../policySchema.js';
import type { Duration } from '../primitives.js';
import { distinctTexts, type LocalizedText } from '../text.js';
import { sharedFact } from './factsScope.js';

/** How an item's consent is counted in captions: deemed consent is never counted as required. */
export type ConsentCategory = 'required' | 'optional' | 'separate' | 'deemed';

export function consentCategory(basis: LegalBasis): ConsentCategory {
  if (basis === 'deemedConsent') return 'deemed';
  if (basis === 'separateConsent') return 'separate';
  if (declinableConsentBases.includes(basis)) return 'optional';
  return 'required';
}

/** What the collected items say about consent, gathered in one pass (several labels state parts of it). */
export interface ConsentSummary {
  /** Individual items counted by kind of consent. */
  itemCounts: Record<ConsentCategory, number>;
  /** The shortest time any deemed-consent processing (items or ads) gives users to object. */
  shortestObjectionDays?: number;
  /**
   * The shortest time a deemed-consent collected item gives users to object: what the items' and purposes' flags state
   * (an ad programme's shorter period is the ads label's to state, not theirs).
   */
  shortestItemObjectionDays?: number;
  /** Purposes served by items collected on deemed consent. */
  deemedConsentPurposes: ReadonlySet<string>;
  /** Consent-based items that cannot be refused at all. */
  unrefusableConsentItems: number;
  /** Items whose refusal ends the contract. */
  contractEndingItems: number;
}

export function consentSummary(policy: Policy): ConsentSummary {
  return sharedFact(policy, 'consentSummary', summariseConsent);
}

function summariseConsent(policy: Policy): ConsentSummary {
  const itemCounts: Record<ConsentCategory, number> = { required: 0, optional: 0, separate: 0, deemed: 0 };
  const deemedConsentPurposes = new Set<string>();
  let shortestItem: number | undefined;
  let unrefusable = 0;
  let contractEnding = 0;
  // Counted per basis first, then per category: a handful of bases, a thousand items.
  const perBasis = new Map<LegalBasis, number>();
  for (const item of policy.collectedItems) {
    perBasis.set(item.basis, (perBasis.get(item.basis) ?? 0) + item.items.length);
    if (item.deemedConsent) {
      for (const purposeId of item.purposeIds) deemedConsentPurposes.add(purposeId);
      if (shortestItem === undefined || item.deemedConsent.objectionDays < shortestItem) {
        shortestItem = item.deemedConsent.objectionDays;
      }
    }
    if ((item.basis === 'consentRequired' || item.basis === 'deemedConsent') && !item.refusal.canRefuse)
      unrefusable++;
    if (item.refusal.canRefuse && item.refusal.effect === 'contractTerminated') contractEnding++;
  }
  for (const [basis, count] of perBasis) itemCounts[consentCategory(basis)] += count;
  const adsDays = policy.behaviouralAdvertising?.deemedConsent?.objectionDays;
  const shortest =
    adsDays === undefined || (shortestItem !== undefined && shortestItem < adsDays) ? shortestItem : adsDays;
  return {
    itemCounts,
    ...(shortest === undefined ? {} : { shortestObjectionDays: shortest }),
    ...(shortestItem === undefined ? {} : { shortestItemObjectionDays: shortestItem }),
    deemedConsentPurposes,
    unrefusableConsentItems: unrefusable,
    contractEndingItems: contractEnding,
  };
}

/** Whether information about children under 14 is processed. */
export function processesChildrensData(policy: Policy): boolean {
  return policy.children.collectsFromUnder14;
}

/**
 * Whether people under 14 may use the service: it says it processes their data, or its minimum age lets them in. (The
 * second without the first contradicts itself, which the checks report; labels must not hide what it lets happen.)
 */
export function childrenMayUse(policy: Policy): boolean {
  return (
    policy.children.collectsFromUnder14 ||
    (policy.children.minimumAge !== undefined && policy.children.minimumAge < 14)
  );
}

/** The collected item a sensitive-information or unique-identifier entry refers to. */
export function referencedItem(policy: Policy, itemId: string): CollectedItem | undefined {
  return policy.collectedItems.find((item) => item.id === itemId);
}

/**
 * The collected items that hold data of `type`, in policy order. Biometric data used for recognition is biometric
 * data too, so `biometric` finds items marked `biometricRecognition` as well.
 */
export function itemsHolding(policy: Policy, type: DataType): CollectedItem[] {
  return sharedFact(policy, `itemsHolding:${type}`, () =>
    policy.collectedItems.filter(
      (item) =>
        item.dataTypes?.includes(type) ||
        (type === 'biometric' && item.dataTypes?.includes('biometricRecognition')),
    ),
  );
}

/**
 * The collected items that are sensitive information (PIPA Art. 23): those a `sensitiveInformation` entry refers to,
 * and those whose data types are sensitive in themselves (health, biometric recognition) — said once, in either place.
 */
export function sensitiveItems(policy: Policy): CollectedItem[] {
  return sharedFact(policy, 'sensitiveItems', findSensitiveItems);
}

function findSensitiveItems(policy: Policy): CollectedItem[] {
  const referenced = new Set(policy.sensitiveInformation.map((entry) => entry.itemId));
  return policy.collectedItems.filter(
    (item) => referenced.has(item.id) || item.dataTypes?.some((type) => sensitiveDataTypes.includes(type)),
  );
}

/** The collected items that hold a unique identifying number of one of `kinds` (PIPA Art. 24), in policy order. */
export function identifierItems(policy: Policy, kinds: readonly UniqueIdentifierKind[]): CollectedItem[] {
  const ids = new Set(
    policy.uniqueIdentifiers.filter((entry) => kinds.includes(entry.kind)).map((entry) => entry.itemId),
  );
  return policy.collectedItems.filter((item) => ids.has(item.id));
}

/**
 * Ordinary personal information: the collected items that are neither sensitive information nor hold a unique
 * identifying number. Location, payment, images and biometric data not used for recognition are ordinary personal
 * information in law (they have labels of their own as well).
 */
export function ordinaryItems(policy: Policy): CollectedItem[] {
  return sharedFact(policy, 'ordinaryItems', findOrdinaryItems);
}

function findOrdinaryItems(policy: Policy): CollectedItem[] {
  const special = new Set([
    ...sensitiveItems(policy).map((item) => item.id),
    ...policy.uniqueIdentifiers.map((entry) => entry.itemId),
  ]);
  return policy.collectedItems.filter((item) => !special.has(item.id));
}

/**
 * What a data-type caption states: the items, each once, in policy order (it counts them and names 2 or 3). An item
 * collected in two groups (a name asked at sign-up and again with an order) is one item of that kind, not two.
 */
export interface ItemNamesFacts {
  count: number;
  items: LocalizedText[];
}

/** Each item of `lists` once, in order: the same item is one that agrees in every language both are written in. */
export function distinctItems(lists: readonly (readonly LocalizedText[])[]): LocalizedText[] {
  const all: LocalizedText[] = [];
  for (const list of lists) for (const item of list) all.push(item);
  return distinctTexts(all);
}

export function itemNamesFacts(groups: readonly CollectedItem[]): ItemNamesFacts {
  const items = distinctItems(groups.map((group) => group.items));
  return { count: items.length, items };
}

/** A length of time in days, for comparing periods (a month counts 30 days, a year 365). */
const unitDays = { days: 1, months: 30, years: 365 } as const;
export function durationInDays(duration: Duration): number {
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
