// What changed between two versions of a policy, and whether each change works for or against users. The impact is
// computed from the data (a new purpose or item, a wider basis, longer retention, a new recipient or country, a weaker
// way to refuse → adverse), never copied from the author's `adverseToUsers`.
import { deriveLabels } from '../deriveLabels.js';
import type {
  AutomaticCollectionDeviceKind,
  CollectionStage,
  DataType,
  GuardianRightKind,
  LegalBasis,
  OverseasTransferBasis,
  PseudonymisationPurpose,
  PurposeCategory,
  RefusalEffect,
  RightsChannelKind,
  ThirdPartyBasis,
  VideoDeviceKind,
} from '../enums.js';
import type { Translation } from '../i18n/translations.js';
import type { AttentionCode } from '../labels/defineLabel.js';
import { getLabelDefinition, type LabelId } from '../labels/index.js';
import { durationInDays } from '../labels/policyFacts.js';
import { isOptionalPurpose, purposeCategory } from '../lint/purposeCategory.js';
import { formatJsonPath, type PolicyPath } from '../parsePolicy.js';
import type {
  AdditionalUse,
  Certification,
  CollectedItem,
  DeemedConsent,
  OptOut,
  Policy,
  Purpose,
  Retention,
} from '../policySchema.js';
import type { Duration } from '../primitives.js';
import type { PolicyReviewWords } from '../review/words.js';
import { policyReviewWords } from '../review/words.js';
import { type Locale, type LocalizedText, localize } from '../text.js';

export type ChangeKind = 'added' | 'removed' | 'changed';
export type ChangeImpact = 'adverse' | 'favourable' | 'neutral';

/** The parts of a policy a change can be in; the comparison table groups its rows by them, in this order. */
export const diffAreas = [
  'purposes',
  'collectedItems',
  'sensitiveInformation',
  'uniqueIdentifiers',
  'retention',
  /** How soon information is destroyed once it is no longer kept (`destruction`). */
  'destruction',
  'thirdPartyProvision',
  'entrustment',
  'overseasTransfer',
  'automaticCollection',
  'behaviouralAdvertising',
  'behaviouralInformation',
  'pseudonymisedInformation',
  'additionalUse',
  'generativeAi',
  'automatedDecisions',
  'onDeviceProcessing',
  'videoDevices',
  'children',
  'rights',
  /** PIPA Art. 29: the administrative, technical and physical measures that keep information safe. */
  'securityMeasures',
  'contacts',
  'certifications',
  /** A new attention flag on a label, whatever field raised it: nothing that warns readers passes unreported. */
  'labels',
] as const;
export type DiffArea = (typeof diffAreas)[number];

/** Why a change has its impact, as a stable code; its words are `ReviewWords.diff.reasons[code]`. */
export const diffReasons = [
  'added',
  'removed',
  'reworded',
  'itemsAdded',
  'itemsRemoved',
  /** Some items added and others removed: neither "more" nor "fewer" would be true. */
  'itemsReplaced',
  'purposesAdded',
  'purposesRemoved',
  /** Some purposes added and others removed. */
  'purposesReplaced',
  'basisWider',
  'basisNarrower',
  'basisChanged',
  'refusalWeaker',
  'refusalStronger',
  'retentionLonger',
  'retentionShorter',
  'retentionChanged',
  'retentionMayBeLonger',
  'newCountry',
  'countryChanged',
  'processorAdded',
  'processorAbroadAdded',
  'basisDeemedConsent',
  'purposeChanged',
  'recipientAdded',
  'recipientRemoved',
  'recipientChanged',
  'objectionShorter',
  'objectionLonger',
  'inactiveSeparationAdded',
  'inactiveSeparationRemoved',
  'attentionAdded',
  'captionChanged',
  'optOutRemoved',
  'optOutAdded',
  'childrenAdsAllowed',
  'childrenAdsExcluded',
  'channelsRemoved',
  'channelsAdded',
  /** Some ways to use one's rights added and others removed. */
  'channelsReplaced',
  'responseSlower',
  'responseFaster',
  'contactChanged',
  'dataTypesAdded',
  'dataTypesRemoved',
  /** Some kinds of data added and others removed. */
  'dataTypesReplaced',
  'leavesDevice',
  'subProcessorAdded',
  'subProcessorRemoved',
  'howToRefuseChanged',
  'refusalConsequenceChanged',
  'collectionMethodChanged',
  'destructionLater',
  'destructionSooner',
  'certificationAdded',
  'certificationRemoved',
  'certificationEndsSooner',
  'certificationExtended',
  'collectionStageChanged',
  'lawChanged',
  'destructionMethodChanged',
  'certificationStartChanged',
  'certificationScopeChanged',
  'certificateNumberChanged',
  'decisionRefusalRemoved',
  'decisionRefusalAdded',
  'decisionCriteriaChanged',
  'decisionMethodChanged',
  'transferMethodChanged',
  'guardianRightsRemoved',
  'guardianRightsAdded',
  /** Some of a legal representative's rights added and others removed. */
  'guardianRightsReplaced',
  'guardianConsentChanged',
  'minimumAgeChanged',
  'ageVerificationChanged',
  'videoRangeChanged',
  'recordingHoursChanged',
  'videoNoticeChanged',
  'howToExerciseChanged',
  'responseTimeStated',
  'responseTimeUnstated',
  'purposeBeyondService',
  'purposeCategoryChanged',
  'disclosureRiskChanged',
  'assessmentChanged',
  'inactiveNoticeChanged',
  'securityMeasuresRemoved',
  'securityMeasuresAdded',
  'securityMeasuresChanged',
  'childNoticeChanged',
  'videoNowMobile',
  'videoNowFixed',
  'specialCategoryStated',
  'specialCategoryUnstated',
  'collectionMethodStated',
  /** Some entries new and others gone (generative AI features). */
  'replaced',
] as const;
export type DiffReason = (typeof diffReasons)[number];

/**
 * Reasons for a list that gains some entries and loses others. Their words name both
 * (`ReviewWords.diffReplaced[reason]`), since a count alone ("4 → 3") would read as "fewer" when new data is processed.
 */
export const replacedReasons = [
  'itemsReplaced',
  'purposesReplaced',
  'replaced',
  'dataTypesReplaced',
  'channelsReplaced',
  'guardianRightsReplaced',
] as const;
export type ReplacedReason = (typeof replacedReasons)[number];
const isReplacedReason = (reason: DiffReason): reason is ReplacedReason =>
  (replacedReasons as readonly DiffReason[]).includes(reason);
/** The reason for a list that gained (`added`), lost (`removed`) or both: "more" and "fewer" only when true. */
const listReason = (
  added: boolean,
  removed: boolean,
  [grew, shrank, replaced]: readonly [DiffReason, DiffReason, ReplacedReason],
): DiffReason => (added && removed ? replaced : added ? grew : shrank);

/** Subjects the kit names in its own words rather than the policy's. */
export const diffSubjectWords = [
  'automaticCollection',
  'behaviouralAdvertising',
  'children',
  'rightsChannels',
  'responseTime',
  'privacyOfficer',
  'contactDepartment',
  'behaviouralInformation',
  'generativeAi',
  'aiTraining',
  'aiPrompts',
  'inactiveAccounts',
  'destructionDeadline',
  'destructionProcedure',
  'electronicDestruction',
  'paperDestruction',
  'guardianRights',
  'guardianConsent',
  'minimumAge',
  'ageVerification',
  'legalRepresentative',
  'controller',
  'domesticAgent',
  'accessRequests',
  'retentionPrinciple',
  'administrativeMeasures',
  'technicalMeasures',
  'physicalMeasures',
] as const;
export type DiffSubjectWord = (typeof diffSubjectWords)[number];
/** What a change is about: names from the policy, or one of the kit's own subjects. */
export type DiffSubject = LocalizedText | DiffSubjectWord;

/** A value before or after a change, put into words per language by `describeDiffValue`. */
export type DiffValue =
  | { type: 'text'; text: LocalizedText }
  | { type: 'texts'; texts: LocalizedText[] }
  | { type: 'basis'; basis: LegalBasis }
  | { type: 'thirdPartyBasis'; basis: ThirdPartyBasis }
  | { type: 'overseasTransferBasis'; basis: OverseasTransferBasis }
  | { type: 'refusal'; canRefuse: boolean; effect?: RefusalEffect }
  | { type: 'retention'; retention: Retention }
  | { type: 'duration'; duration: Duration }
  | { type: 'country'; code: string }
  | { type: 'flag'; value: boolean }
  | { type: 'channels'; kinds: RightsChannelKind[] }
  /** When a collected-item group is collected (`collectedItems[].stage`). */
  | { type: 'stage'; stage: CollectionStage }
  /** A whole collected-item group: its items and basis. */
  | { type: 'item'; items: LocalizedText[]; basis: LegalBasis }
  /** The kinds of data a collected-item group holds (`collectedItems[].dataTypes`). */
  | { type: 'dataTypes'; types: readonly DataType[] }
  /** What a child's legal representative may ask for (`children.guardianRights.rights`). */
  | { type: 'guardianRights'; rights: readonly GuardianRightKind[] }
  /** What a purpose is for; none means neither its category nor its DPV purpose says. */
  | { type: 'purposeCategory'; category?: PurposeCategory }
  | { type: 'videoDeviceKind'; kind: VideoDeviceKind }
  /** A day (YYYY-MM-DD), e.g. the last day of a certificate's period. */
  | { type: 'date'; date: string }
  /** How soon information is destroyed once it is no longer kept; none stated means without delay. */
  | { type: 'destructionDeadline'; deadline?: Duration };

/** Text in every language asked for: `ko` and `en` always, and any other language passed in `locales`. */
export type LocalizedMessage = { ko: string; en: string } & Record<string, string>;

export interface PolicyChange {
  kind: ChangeKind;
  area: DiffArea;
  /** Where the change is in the new version (in the previous one for a removal). */
  path: PolicyPath;
  jsonPath: string;
  /** What changed: "처리 목적: 맞춤형 콘텐츠 추천" / "Purpose: Personalised recommendations". */
  subject: LocalizedMessage;
  /** The same without the area, for tables that show the area in a column of its own. */
  name: LocalizedMessage;
  before?: LocalizedMessage;
  after?: LocalizedMessage;
  impact: ChangeImpact;
  reasonCode: DiffReason;
  /** Why the change has its impact, in words. */
  reason: LocalizedMessage;
  /** The values themselves, for code that words them its own way. */
  values: { subject: DiffSubject[]; before?: DiffValue; after?: DiffValue };
}

export interface LabelState {
  caption: LocalizedMessage;
  attention: Array<{ code: AttentionCode; message: LocalizedMessage }>;
}

/** A label that appears, disappears, or whose caption or attention flags change. */
export interface LabelChange {
  id: LabelId;
  kind: ChangeKind;
  title: LocalizedMessage;
  before?: LabelState;
  after?: LabelState;
  flagsAdded: AttentionCode[];
  flagsRemoved: AttentionCode[];
}

export interface PolicyDiff {
  /** Effective dates of the two versions. */
  previousEffectiveDate: string;
  effectiveDate: string;
  changes: PolicyChange[];
  labels: LabelChange[];
  /** `adverse` when any change is; `favourable` when some are and none is adverse; else `neutral`. */
  impact: ChangeImpact;
  /**
   * Whether the PIPC would call the change significant (new items or purposes, or anything adverse to users): it
   * must be announced separately with a before/after comparison table.
   */
  significant: boolean;
}

export interface DiffPoliciesOptions {
  /** Languages of the messages besides Korean and English (always given). */
  locales?: readonly Locale[];
  translations?: readonly Translation[];
}

interface RawChange {
  kind: ChangeKind;
  area: DiffArea;
  path: PolicyPath;
  subject: DiffSubject[];
  impact: ChangeImpact;
  reason: DiffReason;
  before?: DiffValue;
  after?: DiffValue;
}

const textKey = (text: LocalizedText | undefined): string =>
  text ? (text.ko ?? text.en ?? Object.values(text).find((value) => value !== undefined) ?? '') : '';
const sameText = (a: LocalizedText | undefined, b: LocalizedText | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** How little say the user has on a basis: higher is wider (less control). */
const basisWidth: Record<LegalBasis, number> = {
  consentOptional: 0,
  separateConsent: 0,
  consentRequired: 1,
  contract: 2,
  legalObligation: 2,
  deemedConsent: 3,
  legitimateInterest: 3,
  vitalInterest: 3,
  publicInterest: 3,
};
const refusalCost: Record<RefusalEffect, number> = {
  none: 0,
  featureUnavailable: 1,
  serviceUnavailable: 2,
  contractTerminated: 3,
};
const refusalRank = (refusal: CollectedItem['refusal']) =>
  refusal.canRefuse ? refusalCost[refusal.effect ?? 'none'] : 4;

// Open-ended periods ordered by who ends them: the user's withdrawal, the purpose, the account.
const openEndedRank: Partial<Record<Retention['kind'], number>> = {
  untilConsentWithdrawn: 0,
  untilPurposeFulfilled: 1,
  untilAccountDeletion: 2,
};

/** Bounds in days of a duration: a month is 28 to 31 days, a year 365 or 366. */
const dayRange = ({ value, unit }: Duration): [number, number] =>
  unit === 'days'
    ? [value, value]
    : unit === 'months'
      ? [value * 28, value * 31]
      : [value * 365, value * 366];

/** How `after` compares with `before`: months and years exactly; otherwise only when no calendar can tell otherwise. */
function compareDurations(before: Duration, after: Duration): 'longer' | 'shorter' | 'same' | 'unclear' {
  const months = (duration: Duration) =>
    duration.unit === 'years' ? duration.value * 12 : duration.unit === 'months' ? duration.value : undefined;
  const [ma, mb] = [months(before), months(after)];
  if (ma !== undefined && mb !== undefined) return mb > ma ? 'longer' : mb < ma ? 'shorter' : 'same';
  const [[minA, maxA], [minB, maxB]] = [dayRange(before), dayRange(after)];
  if (minB > maxA) return 'longer';
  if (maxB < minA) return 'shorter';
  return minA === maxA && minB === maxB ? 'same' : 'unclear';
}

function durationReason(before: Duration, after: Duration): DiffReason | undefined {
  const comparison = compareDurations(before, after);
  return comparison === 'longer'
    ? 'retentionLonger'
    : comparison === 'shorter'
      ? 'retentionShorter'
      : comparison === 'unclear'
        ? 'retentionMayBeLonger'
        : undefined;
}

function compareRetention(before: Retention, after: Retention): DiffReason | undefined {
  if (JSON.stringify(before) === JSON.stringify(after)) return undefined;
  const fixed = (retention: Retention) =>
    retention.kind === 'period' || retention.kind === 'law' ? retention.duration : undefined;
  const [a, b] = [fixed(before), fixed(after)];
  if (a !== undefined && b !== undefined) return durationReason(a, b) ?? 'retentionChanged';
  const [ra, rb] = [openEndedRank[before.kind], openEndedRank[after.kind]];
  if (ra !== undefined && rb !== undefined && ra !== rb)
    return rb > ra ? 'retentionLonger' : 'retentionShorter';
  // A fixed period becoming an open-ended or custom rule ("1년 → 회원 탈퇴 시까지"), or any rule nobody can show to be
  // shorter, may keep the data longer: it counts against users.
  return 'retentionMayBeLonger';
}

/** Legal bases by how little say the user has, with silence counted as consent always a change against users. */
function compareBasis(before: LegalBasis, after: LegalBasis): DiffReason | undefined {
  if (before === after) return undefined;
  if (after === 'deemedConsent') return 'basisDeemedConsent';
  const [a, b] = [basisWidth[before], basisWidth[after]];
  return b > a ? 'basisWider' : b < a ? 'basisNarrower' : 'basisChanged';
}

/** Third-party provision bases: consent leaves the user a say; a law or vital interest none; "other" is unknown. */
const thirdPartyBasisWidth: Record<ThirdPartyBasis, number> = {
  consent: 0,
  legalObligation: 1,
  vitalInterest: 1,
  other: 2,
};

const impactOf: Partial<Record<DiffReason, ChangeImpact>> = {
  itemsAdded: 'adverse',
  itemsRemoved: 'favourable',
  // Anything added is new data processed, whatever was dropped beside it.
  itemsReplaced: 'adverse',
  purposesAdded: 'adverse',
  purposesRemoved: 'favourable',
  purposesReplaced: 'adverse',
  replaced: 'adverse',
  basisWider: 'adverse',
  basisNarrower: 'favourable',
  refusalWeaker: 'adverse',
  refusalStronger: 'favourable',
  retentionLonger: 'adverse',
  retentionShorter: 'favourable',
  retentionMayBeLonger: 'adverse',
  newCountry: 'adverse',
  processorAbroadAdded: 'adverse',
  basisDeemedConsent: 'adverse',
  purposeChanged: 'adverse',
  recipientAdded: 'adverse',
  recipientRemoved: 'favourable',
  recipientChanged: 'adverse',
  objectionShorter: 'adverse',
  objectionLonger: 'favourable',
  inactiveSeparationAdded: 'favourable',
  inactiveSeparationRemoved: 'adverse',
  attentionAdded: 'adverse',
  leavesDevice: 'adverse',
  removed: 'favourable',
  optOutRemoved: 'adverse',
  optOutAdded: 'favourable',
  childrenAdsAllowed: 'adverse',
  childrenAdsExcluded: 'favourable',
  channelsRemoved: 'adverse',
  channelsAdded: 'favourable',
  // A way users had is gone, whatever came instead.
  channelsReplaced: 'adverse',
  responseSlower: 'adverse',
  responseFaster: 'favourable',
  dataTypesAdded: 'adverse',
  dataTypesRemoved: 'favourable',
  dataTypesReplaced: 'adverse',
  subProcessorAdded: 'adverse',
  subProcessorRemoved: 'favourable',
  collectionMethodChanged: 'adverse',
  destructionLater: 'adverse',
  destructionSooner: 'favourable',
  certificationAdded: 'favourable',
  certificationRemoved: 'adverse',
  certificationEndsSooner: 'adverse',
  certificationExtended: 'favourable',
  collectionStageChanged: 'neutral',
  lawChanged: 'neutral',
  destructionMethodChanged: 'neutral',
  certificationStartChanged: 'neutral',
  certificationScopeChanged: 'neutral',
  certificateNumberChanged: 'neutral',
  decisionRefusalRemoved: 'adverse',
  decisionRefusalAdded: 'favourable',
  // What a decision looks at, in words: other grounds may mean other information.
  decisionCriteriaChanged: 'adverse',
  decisionMethodChanged: 'neutral',
  transferMethodChanged: 'neutral',
  guardianRightsRemoved: 'adverse',
  guardianRightsAdded: 'favourable',
  // A right the representative had is gone, whatever came instead.
  guardianRightsReplaced: 'adverse',
  guardianConsentChanged: 'neutral',
  minimumAgeChanged: 'neutral',
  ageVerificationChanged: 'neutral',
  // Words nobody can show to cover less, like a purpose in words: they may record more.
  videoRangeChanged: 'adverse',
  recordingHoursChanged: 'adverse',
  videoNoticeChanged: 'neutral',
  howToExerciseChanged: 'neutral',
  responseTimeStated: 'favourable',
  responseTimeUnstated: 'adverse',
  purposeBeyondService: 'adverse',
  // Another kind of use (ads → AI training), or one beyond the service now called necessary (no longer declinable).
  purposeCategoryChanged: 'adverse',
  // How sensitive information could become public, in words nobody can show to be fewer ways.
  disclosureRiskChanged: 'adverse',
  assessmentChanged: 'neutral',
  inactiveNoticeChanged: 'neutral',
  securityMeasuresRemoved: 'adverse',
  securityMeasuresAdded: 'favourable',
  securityMeasuresChanged: 'neutral',
  childNoticeChanged: 'neutral',
  videoNowMobile: 'adverse',
  videoNowFixed: 'neutral',
  specialCategoryStated: 'neutral',
  specialCategoryUnstated: 'adverse',
  collectionMethodStated: 'neutral',
};

/**
 * Lists matched by a key: added, removed and kept entries with their indices. Entries with the same key (two
 * pseudonymisation entries for "통계") are paired in order, so each is compared with its own counterpart and one
 * dropped from several is still a removal.
 */
function match<T>(
  before: readonly T[],
  after: readonly T[],
  key: (entry: T) => string,
  sameEntry?: (entry: T) => string,
) {
  const beforeByKey = new Map<string, Array<{ entry: T; index: number }>>();
  before.forEach((entry, index) => {
    const bucket = beforeByKey.get(key(entry));
    if (bucket) bucket.push({ entry, index });
    else beforeByKey.set(key(entry), [{ entry, index }]);
  });
  const added: Array<{ entry: T; index: number }> = [];
  const kept: Array<{ before: T; after: T; index: number }> = [];
  const matched = new Set<number>();
  after.forEach((entry, index) => {
    const previous = beforeByKey.get(key(entry))?.shift();
    if (previous) {
      kept.push({ before: previous.entry, after: entry, index });
      matched.add(previous.index);
    } else added.push({ entry, index });
  });
  let removed = before.flatMap((entry, index) => (matched.has(index) ? [] : [{ entry, index }]));
  // `sameEntry` names an entry more loosely (a rule by its law alone): the one entry left unmatched on each side under
  // that name is the same entry, changed, rather than one removed ("처리가 줄어듭니다") and another added.
  if (sameEntry) {
    const only = (entries: Array<{ entry: T; index: number }>, name: string) => {
      const found = entries.filter(({ entry }) => sameEntry(entry) === name);
      return found.length === 1 ? found[0] : undefined;
    };
    const paired = added.flatMap((entry) => {
      const previous = only(removed, sameEntry(entry.entry));
      return previous && only(added, sameEntry(entry.entry)) ? [{ previous, next: entry }] : [];
    });
    for (const { previous, next } of paired)
      kept.push({ before: previous.entry, after: next.entry, index: next.index });
    added.splice(0, added.length, ...added.filter((entry) => !paired.some(({ next }) => next === entry)));
    removed = removed.filter((entry) => !paired.some(({ previous }) => previous === entry));
  }
  return { added, removed, kept };
}

function collectChanges(
  previous: Policy,
  next: Policy,
  translations: readonly Translation[] | undefined,
): RawChange[] {
  // An enum value compared as the words it is shown in: the caller's words, so a page with no words registered works.
  const valueWords = (locale: Locale) => policyReviewWords(locale, translations);
  const changes: RawChange[] = [];
  const push = (change: RawChange) => changes.push(change);
  const listChanges = <T>(
    area: DiffArea,
    field: string,
    before: readonly T[],
    after: readonly T[],
    key: (entry: T) => string,
    subject: (entry: T) => LocalizedText[],
    addedImpact: (entry: T) => { impact: ChangeImpact; reason: DiffReason } = () => ({
      impact: 'adverse',
      reason: 'added',
    }),
    describe?: (entry: T) => DiffValue,
    sameEntry?: (entry: T) => string,
    removedImpact: (entry: T) => { impact: ChangeImpact; reason: DiffReason } = () => ({
      impact: 'favourable',
      reason: 'removed',
    }),
  ) => {
    const matched = match(before, after, key, sameEntry);
    for (const { entry, index } of matched.added) {
      push({
        kind: 'added',
        area,
        path: [field, index],
        subject: subject(entry),
        ...addedImpact(entry),
        ...(describe ? { after: describe(entry) } : {}),
      });
    }
    for (const { entry, index } of matched.removed) {
      push({
        kind: 'removed',
        area,
        path: [field, index],
        subject: subject(entry),
        ...removedImpact(entry),
        ...(describe ? { before: describe(entry) } : {}),
      });
    }
    return matched.kept;
  };
  const textsChange = (
    area: DiffArea,
    path: PolicyPath,
    subject: DiffSubject[],
    before: readonly LocalizedText[],
    after: readonly LocalizedText[],
    [grewReason, shrankReason, replacedReason]: [DiffReason, DiffReason, ReplacedReason] = [
      'itemsAdded',
      'itemsRemoved',
      'itemsReplaced',
    ],
  ) => {
    const { added, removed } = textsDifference(before, after);
    if (added.length === 0 && removed.length === 0) return;
    push({
      kind: 'changed',
      area,
      path,
      subject,
      impact: added.length > 0 ? 'adverse' : 'favourable',
      reason: listReason(added.length > 0, removed.length > 0, [grewReason, shrankReason, replacedReason]),
      before: { type: 'texts', texts: [...before] },
      after: { type: 'texts', texts: [...after] },
    });
  };

  // Purposes
  for (const { before, after, index } of listChanges(
    'purposes',
    'purposes',
    previous.purposes,
    next.purposes,
    (purpose) => purpose.id,
    (purpose) => [purpose.title],
    undefined,
    (purpose) => ({ type: 'text', text: purpose.description ?? purpose.title }),
  )) {
    if (!sameText(before.title, after.title) || !sameText(before.description, after.description)) {
      push({
        kind: 'changed',
        area: 'purposes',
        path: ['purposes', index],
        subject: [after.title],
        impact: 'neutral',
        reason: 'reworded',
        before: { type: 'text', text: before.description ?? before.title },
        after: { type: 'text', text: after.description ?? after.title },
      });
    }
    // What the purpose is for, its own category or the one its DPV purpose implies: one beyond the service needs
    // consent the user can decline (PIPA Art. 22(5)), so becoming one is against users.
    if (purposeCategory(before) !== purposeCategory(after)) {
      const reason: DiffReason =
        isOptionalPurpose(after) && !isOptionalPurpose(before)
          ? 'purposeBeyondService'
          : 'purposeCategoryChanged';
      push({
        kind: 'changed',
        area: 'purposes',
        path: ['purposes', index, after.category !== before.category ? 'category' : 'dpvPurpose'],
        subject: [after.title],
        impact: impactOf[reason]!,
        reason,
        before: { type: 'purposeCategory', ...categoryOf(before) },
        after: { type: 'purposeCategory', ...categoryOf(after) },
      });
    }
  }

  // Collected items: the group, its items, purposes, basis, refusal and retention
  const purposeTitles = (policy: Policy, ids: readonly string[]) =>
    ids.map((id) => policy.purposes.find((purpose) => purpose.id === id)?.title ?? { ko: id, en: id });
  for (const { before, after, index } of listChanges(
    'collectedItems',
    'collectedItems',
    previous.collectedItems,
    next.collectedItems,
    (item) => item.id,
    (item) => item.items,
    undefined,
    (item) => ({ type: 'item', items: item.items, basis: item.basis }),
  )) {
    const at = (...rest: string[]): PolicyPath => ['collectedItems', index, ...rest];
    textsChange('collectedItems', at('items'), after.items, before.items, after.items);
    const addedPurposes = after.purposeIds.filter((id) => !before.purposeIds.includes(id));
    const removedPurposes = before.purposeIds.filter((id) => !after.purposeIds.includes(id));
    if (addedPurposes.length > 0 || removedPurposes.length > 0) {
      push({
        kind: 'changed',
        area: 'collectedItems',
        path: at('purposeIds'),
        subject: after.items,
        impact: addedPurposes.length > 0 ? 'adverse' : 'favourable',
        reason: listReason(addedPurposes.length > 0, removedPurposes.length > 0, [
          'purposesAdded',
          'purposesRemoved',
          'purposesReplaced',
        ]),
        before: { type: 'texts', texts: purposeTitles(previous, before.purposeIds) },
        after: { type: 'texts', texts: purposeTitles(next, after.purposeIds) },
      });
    }
    basisChange('collectedItems', at('basis'), after.items, before.basis, after.basis);
    objectionChange('collectedItems', at('deemedConsent', 'objectionDays'), after.items, before, after);
    const [ra, rb] = [refusalRank(before.refusal), refusalRank(after.refusal)];
    if (ra !== rb) {
      const reason: DiffReason = rb > ra ? 'refusalWeaker' : 'refusalStronger';
      push({
        kind: 'changed',
        area: 'collectedItems',
        path: at('refusal'),
        subject: after.items,
        impact: impactOf[reason]!,
        reason,
        before: { type: 'refusal', canRefuse: before.refusal.canRefuse, ...effectOf(before) },
        after: { type: 'refusal', canRefuse: after.refusal.canRefuse, ...effectOf(after) },
      });
    }
    // A group that now holds health, location … data is a new kind of processing, even with the same item names.
    const [typesBefore, typesAfter] = [before.dataTypes ?? [], after.dataTypes ?? []];
    const typesAdded = typesAfter.some((type) => !typesBefore.includes(type));
    const typesRemoved = typesBefore.some((type) => !typesAfter.includes(type));
    if (typesAdded || typesRemoved) {
      const reason = listReason(typesAdded, typesRemoved, [
        'dataTypesAdded',
        'dataTypesRemoved',
        'dataTypesReplaced',
      ]);
      push({
        kind: 'changed',
        area: 'collectedItems',
        path: at('dataTypes'),
        subject: after.items,
        impact: impactOf[reason]!,
        reason,
        before: { type: 'dataTypes', types: typesBefore },
        after: { type: 'dataTypes', types: typesAfter },
      });
    }
    // Another way of collecting (from a partner, through an SDK as well as a form) may collect more than before.
    textChange(
      'collectedItems',
      at('collectionMethod'),
      after.items,
      'collectionMethodChanged',
      before.collectionMethod,
      after.collectionMethod,
    );
    if (before.stage !== after.stage) {
      push({
        kind: 'changed',
        area: 'collectedItems',
        path: at('stage'),
        subject: after.items,
        impact: impactOf.collectionStageChanged!,
        reason: 'collectionStageChanged',
        before: { type: 'stage', stage: before.stage },
        after: { type: 'stage', stage: after.stage },
      });
    }
    textChange('collectedItems', at('law'), after.items, 'lawChanged', before.law, after.law);
    // The policy's own words on refusing, which the change notice shows beside the item: never changed unannounced.
    textChange(
      'collectedItems',
      at('refusal', 'howToRefuse'),
      after.items,
      'howToRefuseChanged',
      before.refusal.howToRefuse,
      after.refusal.howToRefuse,
    );
    textChange(
      'collectedItems',
      at('refusal', 'consequence'),
      after.items,
      'refusalConsequenceChanged',
      before.refusal.consequence,
      after.refusal.consequence,
    );
    const retention = compareRetention(before.retention, after.retention);
    if (retention) {
      push({
        kind: 'changed',
        area: 'retention',
        path: at('retention'),
        subject: after.items,
        impact: impactOf[retention] ?? 'neutral',
        reason: retention,
        before: { type: 'retention', retention: before.retention },
        after: { type: 'retention', retention: after.retention },
      });
    }
  }

  // Special categories
  const itemsOf = (policy: Policy, itemId: string) =>
    policy.collectedItems.find((item) => item.id === itemId)?.items ?? [{ ko: itemId, en: itemId }];
  // A notice on items processed in both versions (they are sensitive, or a unique identifier) says what they are; it
  // appearing or going does not change what is processed, and its going leaves readers knowing less.
  const processedIn = (policy: Policy, itemId: string) =>
    policy.collectedItems.some((item) => item.id === itemId);
  const noticeAdded = (entry: { itemId: string }): { impact: ChangeImpact; reason: DiffReason } =>
    processedIn(previous, entry.itemId)
      ? { impact: 'neutral', reason: 'specialCategoryStated' }
      : { impact: 'adverse', reason: 'added' };
  const noticeRemoved = (entry: { itemId: string }): { impact: ChangeImpact; reason: DiffReason } =>
    processedIn(next, entry.itemId)
      ? { impact: 'adverse', reason: 'specialCategoryUnstated' }
      : { impact: 'favourable', reason: 'removed' };
  for (const { before, after, index } of listChanges(
    'sensitiveInformation',
    'sensitiveInformation',
    previous.sensitiveInformation,
    next.sensitiveInformation,
    (entry) => entry.itemId,
    (entry) => itemsOf(next.sensitiveInformation.includes(entry) ? next : previous, entry.itemId),
    noticeAdded,
    undefined,
    undefined,
    noticeRemoved,
  )) {
    const at: PolicyPath = ['sensitiveInformation', index];
    const subject = itemsOf(next, after.itemId);
    textChange(
      'sensitiveInformation',
      [...at, 'disclosureRisk'],
      subject,
      'disclosureRiskChanged',
      before.disclosureRisk,
      after.disclosureRisk,
    );
    howToChange(
      'sensitiveInformation',
      [...at, 'howToKeepPrivate'],
      subject,
      before.howToKeepPrivate,
      after.howToKeepPrivate,
    );
  }
  listChanges(
    'uniqueIdentifiers',
    'uniqueIdentifiers',
    previous.uniqueIdentifiers,
    next.uniqueIdentifiers,
    (entry) => `${entry.kind}\u0000${entry.itemId}`,
    (entry) => itemsOf(next.uniqueIdentifiers.includes(entry) ? next : previous, entry.itemId),
    noticeAdded,
    undefined,
    undefined,
    noticeRemoved,
  );

  // Retention required by other laws
  for (const { before, after, index } of listChanges(
    'retention',
    'retention.legalRetention',
    previous.retention.legalRetention,
    next.retention.legalRetention,
    // One law often requires several records kept for different periods: a rule is its law and what it covers.
    (rule) => `${textKey(rule.law)}\u0000${rule.items.map(textKey).join('\u0000')}`,
    (rule) => rule.items,
    undefined,
    undefined,
    // The only rule of its law on each side is that rule with other records.
    (rule) => textKey(rule.law),
  )) {
    const reason = compareRetention(
      { kind: 'period', duration: before.period },
      { kind: 'period', duration: after.period },
    );
    if (reason) {
      push({
        kind: 'changed',
        area: 'retention',
        path: ['retention', 'legalRetention', index, 'period'],
        subject: after.items,
        impact: impactOf[reason] ?? 'neutral',
        reason,
        before: { type: 'duration', duration: before.period },
        after: { type: 'duration', duration: after.period },
      });
    }
    textsChange(
      'retention',
      ['retention', 'legalRetention', index, 'items'],
      [after.law],
      before.items,
      after.items,
    );
  }
  fixPaths(changes, 'retention.legalRetention', ['retention', 'legalRetention']);

  // Recipients, processors, transfers
  const previousCountries = new Set([
    'KR',
    ...previous.thirdPartyProvision.map((entry) => entry.country),
    ...previous.entrustment.map((entry) => entry.country),
    ...previous.overseasTransfer.map((entry) => entry.country),
  ]);
  for (const { before, after, index } of listChanges(
    'thirdPartyProvision',
    'thirdPartyProvision',
    previous.thirdPartyProvision,
    next.thirdPartyProvision,
    (entry) => textKey(entry.recipient),
    (entry) => [entry.recipient],
    undefined,
    (entry) => ({ type: 'texts', texts: [entry.purpose, ...entry.items] }),
  )) {
    textsChange(
      'thirdPartyProvision',
      ['thirdPartyProvision', index, 'items'],
      [after.recipient],
      before.items,
      after.items,
    );
    countryChange(
      'thirdPartyProvision',
      ['thirdPartyProvision', index, 'country'],
      after.recipient,
      before.country,
      after.country,
    );
    const at: PolicyPath = ['thirdPartyProvision', index];
    textChange(
      'thirdPartyProvision',
      [...at, 'purpose'],
      [after.recipient],
      'purposeChanged',
      before.purpose,
      after.purpose,
    );
    textChange(
      'thirdPartyProvision',
      [...at, 'retention'],
      [after.recipient],
      'retentionMayBeLonger',
      before.retention,
      after.retention,
    );
    textChange('thirdPartyProvision', [...at, 'law'], [after.recipient], 'lawChanged', before.law, after.law);
    if (before.basis !== after.basis) {
      const [a, b] = [thirdPartyBasisWidth[before.basis], thirdPartyBasisWidth[after.basis]];
      const reason: DiffReason = b > a ? 'basisWider' : b < a ? 'basisNarrower' : 'basisChanged';
      push({
        kind: 'changed',
        area: 'thirdPartyProvision',
        path: [...at, 'basis'],
        subject: [after.recipient],
        impact: impactOf[reason] ?? 'neutral',
        reason,
        before: { type: 'thirdPartyBasis', basis: before.basis },
        after: { type: 'thirdPartyBasis', basis: after.basis },
      });
    }
  }
  for (const { before, after, index } of listChanges(
    'entrustment',
    'entrustment',
    previous.entrustment,
    next.entrustment,
    (entry) => textKey(entry.processor),
    (entry) => [entry.processor],
    // Entrusting a task is not giving the data away; the PIPC lets processor lists be updated in batches. A processor
    // in a country the data never went to before is a new destination, though.
    (entry) =>
      entry.country === 'KR'
        ? { impact: 'neutral', reason: 'processorAdded' }
        : {
            impact: 'adverse',
            reason: previousCountries.has(entry.country) ? 'processorAbroadAdded' : 'newCountry',
          },
    (entry) => ({ type: 'country', code: entry.country }),
  )) {
    if (!sameText(before.task, after.task)) {
      push({
        kind: 'changed',
        area: 'entrustment',
        path: ['entrustment', index, 'task'],
        subject: [after.processor],
        impact: 'neutral',
        reason: 'reworded',
        before: { type: 'text', text: before.task },
        after: { type: 'text', text: after.task },
      });
    }
    countryChange(
      'entrustment',
      ['entrustment', index, 'country'],
      after.processor,
      before.country,
      after.country,
    );
    // PIPA Art. 26(6): a re-entrustment hands the information on once more, to a party the user never chose.
    if (before.subProcessor !== after.subProcessor) {
      const reason: DiffReason = after.subProcessor ? 'subProcessorAdded' : 'subProcessorRemoved';
      push({
        kind: 'changed',
        area: 'entrustment',
        path: ['entrustment', index, 'subProcessor'],
        subject: [after.processor],
        impact: impactOf[reason]!,
        reason,
        before: { type: 'flag', value: before.subProcessor },
        after: { type: 'flag', value: after.subProcessor },
      });
    }
  }
  for (const { before, after, index } of listChanges(
    'overseasTransfer',
    'overseasTransfer',
    previous.overseasTransfer,
    next.overseasTransfer,
    (entry) => `${textKey(entry.recipient)}\u0000${entry.country}`,
    (entry) => [entry.recipient],
    (entry) => ({ impact: 'adverse', reason: previousCountries.has(entry.country) ? 'added' : 'newCountry' }),
    (entry) => ({ type: 'country', code: entry.country }),
    // One recipient in another country is that transfer moved, said as a country change.
    (entry) => textKey(entry.recipient),
  )) {
    countryChange(
      'overseasTransfer',
      ['overseasTransfer', index, 'country'],
      after.recipient,
      before.country,
      after.country,
    );
    textsChange(
      'overseasTransfer',
      ['overseasTransfer', index, 'items'],
      [after.recipient],
      before.items,
      after.items,
    );
    const at: PolicyPath = ['overseasTransfer', index];
    textChange(
      'overseasTransfer',
      [...at, 'purpose'],
      [after.recipient],
      'purposeChanged',
      before.purpose,
      after.purpose,
    );
    textChange(
      'overseasTransfer',
      [...at, 'retention'],
      [after.recipient],
      'retentionMayBeLonger',
      before.retention,
      after.retention,
    );
    // Consent leaves the user a say over the transfer; every other basis of Art. 28-8(1) does not.
    if (before.legalBasis !== after.legalBasis) {
      const reason: DiffReason =
        before.legalBasis === 'consent'
          ? 'basisWider'
          : after.legalBasis === 'consent'
            ? 'basisNarrower'
            : 'basisChanged';
      push({
        kind: 'changed',
        area: 'overseasTransfer',
        path: [...at, 'legalBasis'],
        subject: [after.recipient],
        impact: impactOf[reason] ?? 'neutral',
        reason,
        before: { type: 'overseasTransferBasis', basis: before.legalBasis },
        after: { type: 'overseasTransferBasis', basis: after.legalBasis },
      });
    }
    // The way to refuse the transfer (Art. 28-8(2)): gone is adverse, new favourable, different said so.
    howToChange(
      'overseasTransfer',
      [...at, 'howToRefuse'],
      [after.recipient],
      before.howToRefuse,
      after.howToRefuse,
    );
    textChange(
      'overseasTransfer',
      [...at, 'timingAndMethod'],
      [after.recipient],
      'transferMethodChanged',
      before.timingAndMethod,
      after.timingAndMethod,
    );
    textChange(
      'overseasTransfer',
      [...at, 'contact'],
      [after.recipient],
      'contactChanged',
      { ko: before.contact, en: before.contact },
      { ko: after.contact, en: after.contact },
    );
    textChange(
      'overseasTransfer',
      [...at, 'refusalConsequence'],
      [after.recipient],
      'refusalConsequenceChanged',
      before.refusalConsequence,
      after.refusalConsequence,
    );
  }

  function countryChange(
    area: DiffArea,
    path: PolicyPath,
    subject: LocalizedText,
    before: string,
    after: string,
  ) {
    if (before === after) return;
    // Moving abroad takes the information out of Korea's reach; back home it is still a different country.
    const abroad = after !== 'KR';
    push({
      kind: 'changed',
      area,
      path,
      subject: [subject],
      impact: abroad ? 'adverse' : 'neutral',
      reason: abroad && !previousCountries.has(after) ? 'newCountry' : 'countryChanged',
      before: { type: 'country', code: before },
      after: { type: 'country', code: after },
    });
  }

  // Automatic collection and behavioural advertising
  const tracking = 'automaticCollection' as const;
  wholeBlock('automaticCollection', previous.automaticCollection, next.automaticCollection, [tracking]);
  if (previous.automaticCollection && next.automaticCollection) {
    for (const { before, after, index } of listChanges(
      'automaticCollection',
      'automaticCollection.devices',
      previous.automaticCollection.devices,
      next.automaticCollection.devices,
      (device) => `${device.kind}\u0000${textKey(device.name)}`,
      (device) => [device.name],
      undefined,
      undefined,
      // A device of another kind under the same name is that device, collecting another way.
      (device) => textKey(device.name),
    )) {
      // A device now run by another company hands what it collects to that company.
      const at: PolicyPath = ['automaticCollection', 'devices', index];
      const deviceKind = (kind: AutomaticCollectionDeviceKind): LocalizedText => ({
        ko: valueWords('ko').automaticCollectionDevices[kind],
        en: valueWords('en').automaticCollectionDevices[kind],
      });
      if (before.kind !== after.kind) {
        textChange(
          tracking,
          [...at, 'kind'],
          [after.name],
          'collectionMethodChanged',
          deviceKind(before.kind),
          deviceKind(after.kind),
        );
      }
      recipientChange(tracking, [...at, 'operator'], [after.name], before.operator, after.operator);
      textChange(tracking, [...at, 'purpose'], [after.name], 'purposeChanged', before.purpose, after.purpose);
      textChange(
        tracking,
        [...at, 'retention'],
        [after.name],
        'retentionMayBeLonger',
        before.retention,
        after.retention,
      );
    }
    fixPaths(changes, 'automaticCollection.devices', ['automaticCollection', 'devices']);
    optOutChange(
      'automaticCollection',
      previous.automaticCollection.optOut.available,
      next.automaticCollection.optOut.available,
      [tracking],
    );
    optOutWords(
      'automaticCollection',
      ['automaticCollection', 'optOut'],
      [tracking],
      previous.automaticCollection.optOut,
      next.automaticCollection.optOut,
    );
  }
  const ads = 'behaviouralAdvertising' as const;
  wholeBlock('behaviouralAdvertising', previous.behaviouralAdvertising, next.behaviouralAdvertising, [ads]);
  if (previous.behaviouralAdvertising && next.behaviouralAdvertising) {
    const [before, after] = [previous.behaviouralAdvertising, next.behaviouralAdvertising];
    textsChange(
      'behaviouralAdvertising',
      ['behaviouralAdvertising', 'items'],
      [ads],
      before.items,
      after.items,
    );
    basisChange(
      'behaviouralAdvertising',
      ['behaviouralAdvertising', 'basis'],
      [ads],
      before.basis,
      after.basis,
    );
    objectionChange(
      'behaviouralAdvertising',
      ['behaviouralAdvertising', 'deemedConsent', 'objectionDays'],
      [ads],
      before,
      after,
    );
    // Another way of collecting (an app as well as the web, an ad ID as well as cookies) may collect more.
    textChange(
      'behaviouralAdvertising',
      ['behaviouralAdvertising', 'collectionMethod'],
      [ads],
      'collectionMethodChanged',
      before.collectionMethod,
      after.collectionMethod,
    );
    textChange(
      'behaviouralAdvertising',
      ['behaviouralAdvertising', 'purpose'],
      [ads],
      'purposeChanged',
      before.purpose,
      after.purpose,
    );
    textChange(
      'behaviouralAdvertising',
      ['behaviouralAdvertising', 'retention'],
      [ads],
      'retentionMayBeLonger',
      before.retention,
      after.retention,
    );
    // Each ad operator collects behavioural information on the service: a new one is a new recipient.
    for (const kept of listChanges(
      'behaviouralAdvertising',
      'behaviouralAdvertising.operators',
      before.operators,
      after.operators,
      (operator) => textKey(operator.name),
      (operator) => [operator.name],
      () => ({ impact: 'adverse', reason: 'recipientAdded' }),
      (operator) => ({ type: 'text', text: operator.name }),
    )) {
      // Another collection tool (an SDK as well as a script) may collect more.
      textChange(
        'behaviouralAdvertising',
        [ads, 'operators', kept.index, 'collectionTool'],
        [kept.after.name],
        'collectionMethodChanged',
        kept.before.collectionTool,
        kept.after.collectionTool,
      );
    }
    fixPaths(changes, 'behaviouralAdvertising.operators', ['behaviouralAdvertising', 'operators']);
    optOutChange('behaviouralAdvertising', before.optOut.available, after.optOut.available, [ads]);
    optOutWords('behaviouralAdvertising', [ads, 'optOut'], [ads], before.optOut, after.optOut);
    if (before.childrenUnder14Excluded !== after.childrenUnder14Excluded) {
      push({
        kind: 'changed',
        area: 'behaviouralAdvertising',
        path: ['behaviouralAdvertising', 'childrenUnder14Excluded'],
        subject: [ads],
        impact: after.childrenUnder14Excluded ? 'favourable' : 'adverse',
        reason: after.childrenUnder14Excluded ? 'childrenAdsExcluded' : 'childrenAdsAllowed',
        before: { type: 'flag', value: before.childrenUnder14Excluded },
        after: { type: 'flag', value: after.childrenUnder14Excluded },
      });
    }
  }

  // Inactive accounts: kept apart after a time without use, then destroyed
  const [inactiveBefore, inactiveAfter] = [
    previous.retention.inactiveAccounts,
    next.retention.inactiveAccounts,
  ];
  const inactive = 'inactiveAccounts' as const;
  if (!inactiveBefore !== !inactiveAfter) {
    push({
      kind: inactiveAfter ? 'added' : 'removed',
      area: 'retention',
      path: ['retention', 'inactiveAccounts'],
      subject: [inactive],
      impact: inactiveAfter ? 'favourable' : 'adverse',
      reason: inactiveAfter ? 'inactiveSeparationAdded' : 'inactiveSeparationRemoved',
    });
  }
  textChange(
    'retention',
    ['retention', 'principle'],
    ['retentionPrinciple'],
    'retentionChanged',
    previous.retention.principle,
    next.retention.principle,
  );
  if (inactiveBefore && inactiveAfter) {
    textChange(
      'retention',
      ['retention', 'inactiveAccounts', 'notice'],
      [inactive],
      'inactiveNoticeChanged',
      inactiveBefore.notice,
      inactiveAfter.notice,
    );
    for (const field of ['inactivityPeriod', 'separateStorage'] as const) {
      const [a, b] = [inactiveBefore[field], inactiveAfter[field]];
      const reason = durationReason(a, b);
      if (!reason) continue;
      push({
        kind: 'changed',
        area: 'retention',
        path: ['retention', 'inactiveAccounts', field],
        subject: [inactive],
        impact: impactOf[reason] ?? 'neutral',
        reason,
        before: { type: 'duration', duration: a },
        after: { type: 'duration', duration: b },
      });
    }
  }

  // Behavioural information collected for purposes other than ads
  const behaviour = 'behaviouralInformation' as const;
  wholeBlock(behaviour, previous.behaviouralInformation, next.behaviouralInformation, [behaviour]);
  if (previous.behaviouralInformation && next.behaviouralInformation) {
    const [before, after] = [previous.behaviouralInformation, next.behaviouralInformation];
    textsChange(behaviour, [behaviour, 'items'], [behaviour], before.items, after.items);
    textsChange(behaviour, [behaviour, 'purposes'], [behaviour], before.purposes, after.purposes, [
      'purposesAdded',
      'purposesRemoved',
      'purposesReplaced',
    ]);
    // Another way of collecting (an SDK as well as the app itself) may collect more, as for ads.
    textChange(
      behaviour,
      [behaviour, 'collectionMethod'],
      [behaviour],
      'collectionMethodChanged',
      before.collectionMethod,
      after.collectionMethod,
    );
    textChange(
      behaviour,
      [behaviour, 'retention'],
      [behaviour],
      'retentionMayBeLonger',
      before.retention,
      after.retention,
    );
    for (const kept of listChanges(
      behaviour,
      'behaviouralInformation.collectors',
      before.collectors,
      after.collectors,
      (collector) => textKey(collector.name),
      (collector) => [collector.name],
      () => ({ impact: 'adverse', reason: 'recipientAdded' }),
      (collector) => ({ type: 'text', text: collector.name }),
    )) {
      textChange(
        behaviour,
        [behaviour, 'collectors', kept.index, 'collectionTool'],
        [kept.after.name],
        'collectionMethodChanged',
        kept.before.collectionTool,
        kept.after.collectionTool,
      );
    }
    fixPaths(changes, 'behaviouralInformation.collectors', [behaviour, 'collectors']);
    optOutChange(behaviour, before.optOut.available, after.optOut.available, [behaviour]);
    optOutWords(behaviour, [behaviour, 'optOut'], [behaviour], before.optOut, after.optOut);
  }

  // Pseudonymised information: who receives or processes it, and with whose it is combined
  for (const { before, after, index } of listChanges(
    'pseudonymisedInformation',
    'pseudonymisedInformation',
    previous.pseudonymisedInformation,
    next.pseudonymisedInformation,
    (entry) => textKey(entry.purpose),
    (entry) => [entry.purpose],
    undefined,
    (entry) => ({ type: 'texts', texts: entry.items }),
  )) {
    const at: PolicyPath = ['pseudonymisedInformation', index];
    const area = 'pseudonymisedInformation' as const;
    textsChange(area, [...at, 'items'], [after.purpose], before.items, after.items);
    textChange(
      area,
      [...at, 'retention'],
      [after.purpose],
      'retentionMayBeLonger',
      before.retention,
      after.retention,
    );
    recipientChange(area, [...at, 'recipient'], [after.purpose], before.recipient, after.recipient);
    recipientChange(area, [...at, 'processor'], [after.purpose], before.processor, after.processor);
    recipientChange(
      area,
      [...at, 'combination'],
      [after.purpose],
      before.combination?.with,
      after.combination?.with,
    );
    // The combination agency receives both controllers' information to combine it.
    if (before.combination && after.combination) {
      recipientChange(
        area,
        [...at, 'combination', 'agency'],
        [after.purpose],
        before.combination.agency,
        after.combination.agency,
      );
    }
    const purposeKindText = (kind: PseudonymisationPurpose | undefined): LocalizedText | undefined =>
      kind && {
        ko: valueWords('ko').pseudonymisationPurposes[kind],
        en: valueWords('en').pseudonymisationPurposes[kind],
      };
    textChange(
      area,
      [...at, 'purposeKind'],
      [after.purpose],
      'purposeChanged',
      purposeKindText(before.purposeKind),
      purposeKindText(after.purposeKind),
    );
  }

  // Use or provision without consent, compatible with the original purpose
  for (const { before, after, index } of listChanges(
    'additionalUse',
    'additionalUse',
    previous.additionalUse,
    next.additionalUse,
    (entry) => `${entry.kind}\u0000${textKey(entry.purpose)}`,
    (entry) => [entry.purpose],
    undefined,
    (entry) => ({ type: 'texts', texts: entry.recipient ? [...entry.items, entry.recipient] : entry.items }),
    // Use that becomes provision (or back) is that entry changed: its recipient appears or goes.
    (entry) => textKey(entry.purpose),
  )) {
    const at: PolicyPath = ['additionalUse', index];
    textsChange('additionalUse', [...at, 'items'], [after.purpose], before.items, after.items);
    recipientChange(
      'additionalUse',
      [...at, 'recipient'],
      [after.purpose],
      before.recipient,
      after.recipient,
    );
    // Enforcement Decree Art. 14-2: how each criterion was weighed is the whole case for doing this without consent.
    const assessments = (entry: AdditionalUse) => entry.criteria.map((criterion) => criterion.assessment);
    if (JSON.stringify(before.criteria) !== JSON.stringify(after.criteria)) {
      push({
        kind: 'changed',
        area: 'additionalUse',
        path: [...at, 'criteria'],
        subject: [after.purpose],
        impact: impactOf.assessmentChanged!,
        reason: 'assessmentChanged',
        before: { type: 'texts', texts: assessments(before) },
        after: { type: 'texts', texts: assessments(after) },
      });
    }
  }

  // Generative AI: its features, the prompts it processes, and training on users' information
  const ai = 'generativeAi' as const;
  const [aiBefore, aiAfter] = [previous.generativeAi, next.generativeAi];
  wholeBlock(ai, aiBefore, aiAfter, [ai]);
  if (aiBefore && aiAfter)
    textsChange(ai, [ai, 'features'], [ai], aiBefore.features, aiAfter.features, [
      'added',
      'removed',
      'replaced',
    ]);
  const [trainingBefore, trainingAfter] = [aiBefore?.training, aiAfter?.training];
  const training = 'aiTraining' as const;
  partWithItems(ai, [ai, 'training'], [training], trainingBefore, trainingAfter);
  if (trainingBefore && trainingAfter) {
    textsChange(ai, [ai, 'training', 'items'], [training], trainingBefore.items, trainingAfter.items);
    textChange(
      ai,
      [ai, 'training', 'purpose'],
      [training],
      'purposeChanged',
      trainingBefore.purpose,
      trainingAfter.purpose,
    );
    optOutChange(
      ai,
      trainingBefore.optOut.available,
      trainingAfter.optOut.available,
      [training],
      [ai, 'training', 'optOut', 'available'],
    );
    optOutWords(ai, [ai, 'training', 'optOut'], [training], trainingBefore.optOut, trainingAfter.optOut);
  }
  const [promptsBefore, promptsAfter] = [aiBefore?.prompts, aiAfter?.prompts];
  const prompts = 'aiPrompts' as const;
  partWithItems(ai, [ai, 'prompts'], [prompts], promptsBefore, promptsAfter);
  if (promptsBefore && promptsAfter) {
    textsChange(ai, [ai, 'prompts', 'items'], [prompts], promptsBefore.items, promptsAfter.items);
    textChange(
      ai,
      [ai, 'prompts', 'retention'],
      [prompts],
      'retentionMayBeLonger',
      promptsBefore.retention,
      promptsAfter.retention,
    );
    recipientChange(
      ai,
      [ai, 'prompts', 'processor'],
      [prompts],
      promptsBefore.processor,
      promptsAfter.processor,
    );
  }

  // Decisions made without a person, processing kept on the device, and video devices
  for (const { before, after, index } of listChanges(
    'automatedDecisions',
    'automatedDecisions',
    previous.automatedDecisions,
    next.automatedDecisions,
    (decision) => textKey(decision.name),
    (decision) => [decision.name],
    undefined,
    (decision) => ({ type: 'text', text: decision.criteria }),
  )) {
    const at: PolicyPath = ['automatedDecisions', index];
    const area = 'automatedDecisions' as const;
    // PIPA Art. 37-2(1): only canRefuse true claims a right to refuse; left out and false both claim none.
    const [couldRefuse, canRefuse] = [before.canRefuse === true, after.canRefuse === true];
    if (couldRefuse !== canRefuse) {
      const reason: DiffReason = canRefuse ? 'decisionRefusalAdded' : 'decisionRefusalRemoved';
      push({
        kind: 'changed',
        area,
        path: [...at, 'canRefuse'],
        subject: [after.name],
        impact: impactOf[reason]!,
        reason,
        before: { type: 'flag', value: couldRefuse },
        after: { type: 'flag', value: canRefuse },
      });
    }
    textChange(
      area,
      [...at, 'criteria'],
      [after.name],
      'decisionCriteriaChanged',
      before.criteria,
      after.criteria,
    );
    textChange(
      area,
      [...at, 'procedure'],
      [after.name],
      'decisionMethodChanged',
      before.procedure,
      after.procedure,
    );
    textChange(
      area,
      [...at, 'howToObject'],
      [after.name],
      'howToRefuseChanged',
      before.howToObject,
      after.howToObject,
    );
  }
  for (const { before, after, index } of listChanges(
    'onDeviceProcessing',
    'onDeviceProcessing',
    previous.onDeviceProcessing,
    next.onDeviceProcessing,
    (entry) => textKey(entry.feature),
    (entry) => [entry.feature],
    undefined,
    (entry) => ({ type: 'texts', texts: entry.items }),
  )) {
    const at: PolicyPath = ['onDeviceProcessing', index];
    textsChange('onDeviceProcessing', [...at, 'items'], [after.feature], before.items, after.items);
    textChange(
      'onDeviceProcessing',
      [...at, 'purpose'],
      [after.feature],
      'purposeChanged',
      before.purpose,
      after.purpose,
    );
    // What leaves the device reaches the controller: anything new there may send more.
    textChange(
      'onDeviceProcessing',
      [...at, 'sentOffDevice'],
      [after.feature],
      after.sentOffDevice ? 'leavesDevice' : 'removed',
      before.sentOffDevice,
      after.sentOffDevice,
    );
  }
  for (const { before, after, index } of listChanges(
    'videoDevices',
    'videoDevices',
    previous.videoDevices,
    next.videoDevices,
    (device) => `${device.kind}\u0000${textKey(device.locations)}`,
    (device) => [device.locations],
    undefined,
    (device) => ({ type: 'text', text: device.range }),
    (device) => textKey(device.locations),
  )) {
    const at: PolicyPath = ['videoDevices', index];
    // PIPA Art. 25-2: a mobile device records wherever it goes.
    if (before.kind !== after.kind) {
      const reason: DiffReason = after.kind === 'mobile' ? 'videoNowMobile' : 'videoNowFixed';
      push({
        kind: 'changed',
        area: 'videoDevices',
        path: [...at, 'kind'],
        subject: [after.locations],
        impact: impactOf[reason]!,
        reason,
        before: { type: 'videoDeviceKind', kind: before.kind },
        after: { type: 'videoDeviceKind', kind: after.kind },
      });
    }
    textChange(
      'videoDevices',
      [...at, 'purpose'],
      [after.locations],
      'purposeChanged',
      before.purpose,
      after.purpose,
    );
    const place = [after.locations];
    textChange('videoDevices', [...at, 'range'], place, 'videoRangeChanged', before.range, after.range);
    textChange(
      'videoDevices',
      [...at, 'recordingHours'],
      place,
      'recordingHoursChanged',
      before.recordingHours,
      after.recordingHours,
    );
    textChange('videoDevices', [...at, 'manager'], place, 'contactChanged', before.manager, after.manager);
    textChange(
      'videoDevices',
      [...at, 'contact'],
      place,
      'contactChanged',
      { ko: before.contact, en: before.contact },
      { ko: after.contact, en: after.contact },
    );
    textChange(
      'videoDevices',
      [...at, 'howToRequestAccess'],
      place,
      'howToExerciseChanged',
      before.howToRequestAccess,
      after.howToRequestAccess,
    );
    textChange('videoDevices', [...at, 'notice'], place, 'videoNoticeChanged', before.notice, after.notice);
    const reason = durationReason(before.retention, after.retention);
    if (reason) {
      push({
        kind: 'changed',
        area: 'videoDevices',
        path: [...at, 'retention'],
        subject: [after.locations],
        impact: impactOf[reason] ?? 'neutral',
        reason,
        before: { type: 'duration', duration: before.retention },
        after: { type: 'duration', duration: after.retention },
      });
    }
  }

  /** A part that holds items (AI training, prompts) appearing is adverse, disappearing favourable, with its items. */
  function partWithItems(
    area: DiffArea,
    path: PolicyPath,
    subject: DiffSubject[],
    before: { items: LocalizedText[] } | undefined,
    after: { items: LocalizedText[] } | undefined,
  ) {
    if (!before === !after) return;
    push({
      kind: after ? 'added' : 'removed',
      area,
      path,
      subject,
      impact: after ? 'adverse' : 'favourable',
      reason: after ? 'added' : 'removed',
      ...(after
        ? { after: { type: 'texts', texts: after.items } }
        : { before: { type: 'texts', texts: before!.items } }),
    });
  }
  function wholeBlock(area: DiffArea, before: unknown, after: unknown, subject: DiffSubject[]) {
    if (!before && after)
      push({ kind: 'added', area, path: [area], subject, impact: 'adverse', reason: 'added' });
    if (before && !after)
      push({ kind: 'removed', area, path: [area], subject, impact: 'favourable', reason: 'removed' });
  }
  function basisChange(
    area: DiffArea,
    path: PolicyPath,
    subject: DiffSubject[],
    before: LegalBasis,
    after: LegalBasis,
  ) {
    const reason = compareBasis(before, after);
    if (!reason) return;
    push({
      kind: 'changed',
      area,
      path,
      subject,
      impact: impactOf[reason] ?? 'neutral',
      reason,
      before: { type: 'basis', basis: before },
      after: { type: 'basis', basis: after },
    });
  }
  // Deemed consent kept on both sides: fewer days to object leave users less time to say no.
  function objectionChange(
    area: DiffArea,
    path: PolicyPath,
    subject: DiffSubject[],
    before: { deemedConsent?: DeemedConsent | undefined },
    after: { deemedConsent?: DeemedConsent | undefined },
  ) {
    const [howBefore, howAfter] = [before.deemedConsent?.howToObject, after.deemedConsent?.howToObject];
    // Users who learnt one way to object must hear of the new one before silence counts as consent.
    if (howBefore && howAfter)
      howToChange(area, [...path.slice(0, -1), 'howToObject'], subject, howBefore, howAfter);
    const [a, b] = [before.deemedConsent?.objectionDays, after.deemedConsent?.objectionDays];
    if (a === undefined || b === undefined || a === b) return;
    const reason: DiffReason = b < a ? 'objectionShorter' : 'objectionLonger';
    push({
      kind: 'changed',
      area,
      path,
      subject,
      impact: impactOf[reason]!,
      reason,
      before: { type: 'duration', duration: { value: a, unit: 'days' } },
      after: { type: 'duration', duration: { value: b, unit: 'days' } },
    });
  }
  /** A field in words (a purpose, a retention rule) whose change nobody can show to be in the user's favour. */
  function textChange(
    area: DiffArea,
    path: PolicyPath,
    subject: DiffSubject[],
    reason: DiffReason,
    before: LocalizedText | undefined,
    after: LocalizedText | undefined,
  ) {
    if (sameText(before, after)) return;
    // A way of collecting stated where none was is news about the same collection, not another way of collecting.
    if (reason === 'collectionMethodChanged' && !before) reason = 'collectionMethodStated';
    push({
      kind: 'changed',
      area,
      path,
      subject,
      impact: impactOf[reason] ?? 'neutral',
      reason,
      ...(before ? { before: { type: 'text', text: before } } : {}),
      ...(after ? { after: { type: 'text', text: after } } : {}),
    });
  }
  /** A way to refuse or object, in words: none any more is adverse, a new one favourable, another one neutral. */
  function howToChange(
    area: DiffArea,
    path: PolicyPath,
    subject: DiffSubject[],
    before: LocalizedText | undefined,
    after: LocalizedText | undefined,
  ) {
    if (sameText(before, after)) return;
    const reason: DiffReason = !after ? 'optOutRemoved' : !before ? 'optOutAdded' : 'howToRefuseChanged';
    textChange(area, path, subject, reason, before, after);
  }
  /** Who receives or processes the information: a new one is adverse, none any more favourable. */
  function recipientChange(
    area: DiffArea,
    path: PolicyPath,
    subject: DiffSubject[],
    before: LocalizedText | undefined,
    after: LocalizedText | undefined,
  ) {
    if (sameText(before, after)) return;
    const reason: DiffReason = !before ? 'recipientAdded' : !after ? 'recipientRemoved' : 'recipientChanged';
    push({
      kind: 'changed',
      area,
      path,
      subject,
      impact: impactOf[reason]!,
      reason,
      ...(before ? { before: { type: 'text', text: before } } : {}),
      ...(after ? { after: { type: 'text', text: after } } : {}),
    });
  }
  /**
   * The steps to opt out and what opting out costs, in the policy's words: another wording is said, not ranked. A way
   * out that appears or disappears is optOutChange's row, which these words go with.
   */
  function optOutWords(
    area: DiffArea,
    path: PolicyPath,
    subject: DiffSubject[],
    before: OptOut,
    after: OptOut,
  ) {
    if (before.available !== after.available) return;
    if (JSON.stringify(before.how ?? null) !== JSON.stringify(after.how ?? null)) {
      push({
        kind: 'changed',
        area,
        path: [...path, 'how'],
        subject,
        impact: impactOf.howToRefuseChanged ?? 'neutral',
        reason: 'howToRefuseChanged',
        ...(before.how ? { before: { type: 'texts', texts: before.how } } : {}),
        ...(after.how ? { after: { type: 'texts', texts: after.how } } : {}),
      });
    }
    textChange(
      area,
      [...path, 'consequence'],
      subject,
      'refusalConsequenceChanged',
      before.consequence,
      after.consequence,
    );
  }
  function optOutChange(
    area: DiffArea,
    before: boolean,
    after: boolean,
    subject: DiffSubject[],
    path: PolicyPath = [area, 'optOut', 'available'],
  ) {
    if (before === after) return;
    push({
      kind: 'changed',
      area,
      path,
      subject,
      impact: after ? 'favourable' : 'adverse',
      reason: after ? 'optOutAdded' : 'optOutRemoved',
      before: { type: 'flag', value: before },
      after: { type: 'flag', value: after },
    });
  }

  // Children
  if (previous.children.collectsFromUnder14 !== next.children.collectsFromUnder14) {
    const children = 'children' as const;
    push({
      kind: next.children.collectsFromUnder14 ? 'added' : 'removed',
      area: 'children',
      path: ['children', 'collectsFromUnder14'],
      subject: [children],
      impact: next.children.collectsFromUnder14 ? 'adverse' : 'favourable',
      reason: next.children.collectsFromUnder14 ? 'added' : 'removed',
    });
  }

  // What a child's legal representative may ask for (PIPA Arts. 35–38 with 22-2): fewer is adverse, more favourable.
  // Compared while children's information is processed on both sides; starting or stopping is the row above.
  if (previous.children.collectsFromUnder14 && next.children.collectsFromUnder14) {
    const [guardianBefore, guardianAfter] = [previous.children, next.children];
    const [rightsBefore, rightsAfter] = [
      guardianBefore.guardianRights?.rights ?? [],
      guardianAfter.guardianRights?.rights ?? [],
    ];
    const rightsLost = rightsBefore.some((right) => !rightsAfter.includes(right));
    const rightsGained = rightsAfter.some((right) => !rightsBefore.includes(right));
    if (rightsLost || rightsGained) {
      const reason = listReason(rightsGained, rightsLost, [
        'guardianRightsAdded',
        'guardianRightsRemoved',
        'guardianRightsReplaced',
      ]);
      push({
        kind: 'changed',
        area: 'children',
        path: ['children', 'guardianRights', 'rights'],
        subject: ['guardianRights'],
        impact: impactOf[reason]!,
        reason,
        before: { type: 'guardianRights', rights: rightsBefore },
        after: { type: 'guardianRights', rights: rightsAfter },
      });
    }
    textChange(
      'children',
      ['children', 'guardianRights', 'howToExercise'],
      ['guardianRights'],
      'howToExerciseChanged',
      guardianBefore.guardianRights?.howToExercise,
      guardianAfter.guardianRights?.howToExercise,
    );
    textChange(
      'children',
      ['children', 'guardianConsent', 'method'],
      ['guardianConsent'],
      'guardianConsentChanged',
      guardianBefore.guardianConsent?.method,
      guardianAfter.guardianConsent?.method,
    );
    textsChange(
      'children',
      ['children', 'guardianConsent', 'itemsFromGuardian'],
      ['guardianConsent'],
      guardianBefore.guardianConsent?.itemsFromGuardian ?? [],
      guardianAfter.guardianConsent?.itemsFromGuardian ?? [],
    );
  }
  const ageText = (age: number | undefined): LocalizedText | undefined =>
    age === undefined ? undefined : { ko: `만 ${age}세`, en: String(age) };
  textChange(
    'children',
    ['children', 'minimumAge'],
    ['minimumAge'],
    'minimumAgeChanged',
    ageText(previous.children.minimumAge),
    ageText(next.children.minimumAge),
  );
  textChange(
    'children',
    ['children', 'childFriendlyNotice'],
    ['children'],
    'childNoticeChanged',
    previous.children.childFriendlyNotice,
    next.children.childFriendlyNotice,
  );
  textChange(
    'children',
    ['children', 'ageVerification'],
    ['ageVerification'],
    'ageVerificationChanged',
    previous.children.ageVerification,
    next.children.ageVerification,
  );

  // Rights: the ways to use them and how soon requests are answered
  textChange(
    'rights',
    ['rights', 'howToExercise'],
    ['rightsChannels'],
    'howToExerciseChanged',
    previous.rights.howToExercise,
    next.rights.howToExercise,
  );
  textChange(
    'rights',
    ['rights', 'legalRepresentative'],
    ['legalRepresentative'],
    'howToExerciseChanged',
    previous.rights.legalRepresentative,
    next.rights.legalRepresentative,
  );
  // The details of a kind of channel kept on both sides (another address, number or menu path) are new contacts.
  for (const kind of new Set(next.rights.channels.map((channel) => channel.kind))) {
    const details = (policy: Policy) =>
      policy.rights.channels.filter((channel) => channel.kind === kind).map((channel) => channel.detail);
    const [a, b] = [details(previous), details(next)];
    if (a.length === 0 || JSON.stringify(a) === JSON.stringify(b)) continue;
    push({
      kind: 'changed',
      area: 'rights',
      path: [
        'rights',
        'channels',
        next.rights.channels.findIndex((channel) => channel.kind === kind),
        'detail',
      ],
      subject: [
        {
          ko: valueWords('ko').rightsChannels[kind],
          en: valueWords('en').rightsChannels[kind],
        },
      ],
      impact: 'neutral',
      reason: 'contactChanged',
      before: { type: 'texts', texts: a },
      after: { type: 'texts', texts: b },
    });
  }
  const rightsSubject = 'rightsChannels' as const;
  const [channelsBefore, channelsAfter] = [
    [...new Set(previous.rights.channels.map((channel) => channel.kind))],
    [...new Set(next.rights.channels.map((channel) => channel.kind))],
  ];
  const lost = channelsBefore.filter((kind) => !channelsAfter.includes(kind));
  const gained = channelsAfter.filter((kind) => !channelsBefore.includes(kind));
  if (lost.length > 0 || gained.length > 0) {
    const reason = listReason(gained.length > 0, lost.length > 0, [
      'channelsAdded',
      'channelsRemoved',
      'channelsReplaced',
    ]);
    push({
      kind: 'changed',
      area: 'rights',
      path: ['rights', 'channels'],
      subject: [rightsSubject],
      impact: impactOf[reason]!,
      reason,
      before: { type: 'channels', kinds: channelsBefore },
      after: { type: 'channels', kinds: channelsAfter },
    });
  }
  const [responseBefore, responseAfter] = [previous.rights.responseTime, next.rights.responseTime];
  // The PIPA Decree's ten days still bind, but the policy no longer promises a time (or now does).
  if (!responseBefore !== !responseAfter) {
    push({
      kind: responseAfter ? 'added' : 'removed',
      area: 'rights',
      path: ['rights', 'responseTime'],
      subject: ['responseTime'],
      impact: responseAfter ? 'favourable' : 'adverse',
      reason: responseAfter ? 'responseTimeStated' : 'responseTimeUnstated',
      ...(responseBefore ? { before: { type: 'duration', duration: responseBefore } } : {}),
      ...(responseAfter ? { after: { type: 'duration', duration: responseAfter } } : {}),
    });
  }
  if (responseBefore && responseAfter && durationInDays(responseBefore) !== durationInDays(responseAfter)) {
    const slower = durationInDays(responseAfter) > durationInDays(responseBefore);
    push({
      kind: 'changed',
      area: 'rights',
      path: ['rights', 'responseTime'],
      subject: ['responseTime'],
      impact: slower ? 'adverse' : 'favourable',
      reason: slower ? 'responseSlower' : 'responseFaster',
      before: { type: 'duration', duration: responseBefore },
      after: { type: 'duration', duration: responseAfter },
    });
  }

  // Security measures (PIPA Art. 29): one dropped is adverse, one added favourable, some of each said as a change.
  const measureKinds = [
    ['administrative', 'administrativeMeasures'],
    ['technical', 'technicalMeasures'],
    ['physical', 'physicalMeasures'],
  ] as const;
  for (const [kind, subject] of measureKinds) {
    const [a, b] = [previous.securityMeasures[kind], next.securityMeasures[kind]];
    const [keysA, keysB] = [new Set(a.map(textKey)), new Set(b.map(textKey))];
    const dropped = a.some((measure) => !keysB.has(textKey(measure)));
    const added = b.some((measure) => !keysA.has(textKey(measure)));
    if (!dropped && !added) continue;
    const reason: DiffReason =
      dropped && added && b.length >= a.length
        ? 'securityMeasuresChanged'
        : dropped
          ? 'securityMeasuresRemoved'
          : 'securityMeasuresAdded';
    push({
      kind: 'changed',
      area: 'securityMeasures',
      path: ['securityMeasures', kind],
      subject: [subject],
      impact: impactOf[reason]!,
      reason,
      // No measures left of a kind is shown as absent, not as an empty list.
      ...(a.length > 0 ? { before: { type: 'texts', texts: [...a] } } : {}),
      ...(b.length > 0 ? { after: { type: 'texts', texts: [...b] } } : {}),
    });
  }

  // Contacts: who answers for the data and where to reach them
  const officer = (policy: Policy) => policy.privacyOfficer;
  // Every detail, so that the row shows what changed (a new position, other hours), not the same words twice.
  const officerText = ({ name, position, department, phone, email }: Policy['privacyOfficer']) =>
    detailsText(name, [position, department, phone, email]);
  const departmentText = ({ name, phone, email, hours }: NonNullable<Policy['contactDepartment']>) =>
    detailsText(name, [phone, email, hours]);
  if (JSON.stringify(officer(previous)) !== JSON.stringify(officer(next))) {
    push({
      kind: 'changed',
      area: 'contacts',
      path: ['privacyOfficer'],
      subject: ['privacyOfficer'],
      impact: 'neutral',
      reason: 'contactChanged',
      before: { type: 'text', text: officerText(previous.privacyOfficer) },
      after: { type: 'text', text: officerText(next.privacyOfficer) },
    });
  }
  const [deptBefore, deptAfter] = [previous.contactDepartment, next.contactDepartment];
  if (JSON.stringify(deptBefore ?? null) !== JSON.stringify(deptAfter ?? null)) {
    const subject: DiffSubject[] = ['contactDepartment'];
    if (!deptAfter) {
      push({
        kind: 'removed',
        area: 'contacts',
        path: ['contactDepartment'],
        subject,
        impact: 'adverse',
        reason: 'channelsRemoved',
      });
    } else if (!deptBefore) {
      push({
        kind: 'added',
        area: 'contacts',
        path: ['contactDepartment'],
        subject,
        impact: 'favourable',
        reason: 'channelsAdded',
      });
    } else {
      push({
        kind: 'changed',
        area: 'contacts',
        path: ['contactDepartment'],
        subject,
        impact: 'neutral',
        reason: 'contactChanged',
        before: { type: 'text', text: departmentText(deptBefore) },
        after: { type: 'text', text: departmentText(deptAfter) },
      });
    }
  }

  // The controller, a domestic agent (PIPA Art. 31-2), the desk for access requests (Art. 35) and places of redress
  if (JSON.stringify(previous.controller) !== JSON.stringify(next.controller)) {
    const controllerText = ({
      name,
      representative,
      address,
      phone,
      email,
      website,
      businessRegistrationNumber,
    }: Policy['controller']) =>
      detailsText(name, [representative, address, phone, email, website, businessRegistrationNumber]);
    push({
      kind: 'changed',
      area: 'contacts',
      path: ['controller'],
      subject: ['controller'],
      impact: 'neutral',
      reason: 'contactChanged',
      before: { type: 'text', text: controllerText(previous.controller) },
      after: { type: 'text', text: controllerText(next.controller) },
    });
  }
  contactPart(['domesticAgent'], ['domesticAgent'], previous.domesticAgent, next.domesticAgent, (entry) =>
    detailsText(entry.name, [entry.address, entry.phone, entry.email]),
  );
  contactPart(['accessRequests'], ['accessRequests'], previous.accessRequests, next.accessRequests, (entry) =>
    detailsText(entry.department, [entry.phone, entry.email, entry.address, entry.howToRequest]),
  );
  const remedyText = (remedy: Policy['remedies'][number]) =>
    detailsText(remedy.name, [remedy.phone, remedy.website]);
  for (const { before, after, index } of listChanges(
    'contacts',
    'remedies',
    previous.remedies,
    next.remedies,
    (remedy) => textKey(remedy.name),
    (remedy) => [remedy.name],
    () => ({ impact: 'favourable', reason: 'channelsAdded' }),
    (remedy) => ({ type: 'text', text: remedyText(remedy) }),
  )) {
    textChange(
      'contacts',
      ['remedies', index],
      [after.name],
      'contactChanged',
      remedyText(before),
      remedyText(after),
    );
  }
  // A place of redress gone is one fewer place to turn to, not less processing.
  for (const change of changes) {
    if (change.path[0] === 'remedies' && change.kind === 'removed') {
      change.impact = 'adverse';
      change.reason = 'channelsRemoved';
    }
  }
  /** A contact that may be left out: gone is adverse, new favourable, different said with its details. */
  function contactPart<T>(
    path: PolicyPath,
    subject: DiffSubject[],
    before: T | undefined,
    after: T | undefined,
    describe: (entry: T) => LocalizedText,
  ) {
    if (JSON.stringify(before ?? null) === JSON.stringify(after ?? null)) return;
    if (!after || !before) {
      push({
        kind: after ? 'added' : 'removed',
        area: 'contacts',
        path,
        subject,
        impact: after ? 'favourable' : 'adverse',
        reason: after ? 'channelsAdded' : 'channelsRemoved',
        ...(after ? { after: { type: 'text', text: describe(after) } } : {}),
        ...(before ? { before: { type: 'text', text: describe(before) } } : {}),
      });
      return;
    }
    push({
      kind: 'changed',
      area: 'contacts',
      path,
      subject,
      impact: 'neutral',
      reason: 'contactChanged',
      before: { type: 'text', text: describe(before) },
      after: { type: 'text', text: describe(after) },
    });
  }

  // Destruction: how long after retention ends the information is destroyed (PIPA Art. 21(1)); none stated is
  // without delay, so a deadline newly stated is later, and one dropped sooner.
  const [deadlineBefore, deadlineAfter] = [previous.destruction.deadline, next.destruction.deadline];
  if (deadlineBefore || deadlineAfter) {
    const comparison =
      deadlineBefore && deadlineAfter ? compareDurations(deadlineBefore, deadlineAfter) : undefined;
    // A deadline nobody can show to be shorter (1 month → 30 days) may leave information undestroyed longer.
    const reason: DiffReason | undefined =
      comparison === 'same'
        ? undefined
        : comparison === 'shorter' || !deadlineAfter
          ? 'destructionSooner'
          : 'destructionLater';
    if (reason) {
      push({
        kind: 'changed',
        area: 'destruction',
        path: ['destruction', 'deadline'],
        subject: ['destructionDeadline'],
        impact: impactOf[reason]!,
        reason,
        before: { type: 'destructionDeadline', ...(deadlineBefore ? { deadline: deadlineBefore } : {}) },
        after: { type: 'destructionDeadline', ...(deadlineAfter ? { deadline: deadlineAfter } : {}) },
      });
    }
  }

  // How information is destroyed (PIPA Art. 21): in words, so another procedure or method is said, never ranked.
  const destructionWords = [
    ['procedure', 'destructionProcedure'],
    ['electronicMethod', 'electronicDestruction'],
    ['paperMethod', 'paperDestruction'],
  ] as const;
  for (const [field, subject] of destructionWords) {
    textChange(
      'destruction',
      ['destruction', field],
      [subject],
      'destructionMethodChanged',
      previous.destruction[field],
      next.destruction[field],
    );
  }

  // Certifications: one no longer held, or held for less time, is an assurance users lose
  const certificationKey = (certification: Certification) =>
    `${certification.scheme}\u0000${textKey(certification.name)}`;
  const certificationName = (certification: Certification): LocalizedText =>
    certification.name ?? {
      ko: valueWords('ko').certificationSchemes[certification.scheme],
      en: valueWords('en').certificationSchemes[certification.scheme],
    };
  const certifications = match(previous.certifications, next.certifications, certificationKey);
  for (const { entry, index } of certifications.added) {
    push({
      kind: 'added',
      area: 'certifications',
      path: ['certifications', index],
      subject: [certificationName(entry)],
      impact: impactOf.certificationAdded!,
      reason: 'certificationAdded',
      after: { type: 'date', date: entry.validTo },
    });
  }
  for (const { entry, index } of certifications.removed) {
    push({
      kind: 'removed',
      area: 'certifications',
      path: ['certifications', index],
      subject: [certificationName(entry)],
      impact: impactOf.certificationRemoved!,
      reason: 'certificationRemoved',
      before: { type: 'date', date: entry.validTo },
    });
  }
  for (const { before, after, index } of certifications.kept) {
    const subject = [certificationName(after)];
    const at: PolicyPath = ['certifications', index];
    // Another first day is another period, neither longer nor shorter by itself: said, not ranked.
    if (before.validFrom !== after.validFrom) {
      push({
        kind: 'changed',
        area: 'certifications',
        path: [...at, 'validFrom'],
        subject,
        impact: impactOf.certificationStartChanged!,
        reason: 'certificationStartChanged',
        before: { type: 'date', date: before.validFrom },
        after: { type: 'date', date: after.validFrom },
      });
    }
    textChange(
      'certifications',
      [...at, 'scope'],
      subject,
      'certificationScopeChanged',
      before.scope,
      after.scope,
    );
    const numberText = (number: string | undefined): LocalizedText | undefined =>
      number === undefined ? undefined : { ko: number, en: number };
    textChange(
      'certifications',
      [...at, 'certificateNumber'],
      subject,
      'certificateNumberChanged',
      numberText(before.certificateNumber),
      numberText(after.certificateNumber),
    );
    if (before.validTo === after.validTo) continue;
    // ISO dates compare as strings.
    const reason: DiffReason =
      after.validTo < before.validTo ? 'certificationEndsSooner' : 'certificationExtended';
    push({
      kind: 'changed',
      area: 'certifications',
      path: ['certifications', index, 'validTo'],
      subject: [certificationName(after)],
      impact: impactOf[reason]!,
      reason,
      before: { type: 'date', date: before.validTo },
      after: { type: 'date', date: after.validTo },
    });
  }
  return changes.sort((a, b) => diffAreas.indexOf(a.area) - diffAreas.indexOf(b.area));
}

function categoryOf(purpose: Purpose): { category?: PurposeCategory } {
  const category = purposeCategory(purpose);
  return category ? { category } : {};
}

function effectOf(item: CollectedItem): { effect?: RefusalEffect } {
  return item.refusal.effect ? { effect: item.refusal.effect } : {};
}

/** A name with its details in brackets, per language: "예시 주식회사 (서울 …, 02-…, a@example.com)". */
function detailsText(
  name: LocalizedText,
  details: ReadonlyArray<LocalizedText | string | undefined>,
): LocalizedText {
  const text: LocalizedText = {};
  for (const [language, value] of Object.entries(name)) {
    if (value === undefined) continue;
    const parts = details.flatMap((detail) =>
      detail === undefined ? [] : [typeof detail === 'string' ? detail : localize(detail, language)],
    );
    text[language] = parts.length > 0 ? `${value} (${parts.join(', ')})` : value;
  }
  return text;
}

/** Paths of nested lists were built with a dotted field name; split it into real path segments. */
function fixPaths(changes: RawChange[], dotted: string, segments: string[]) {
  for (const change of changes) {
    if (change.path[0] === dotted) change.path = [...segments, ...change.path.slice(1)];
  }
}

/** Entries of `after` not in `before` (added) and of `before` not in `after` (removed), matched by name. */
function textsDifference(before: readonly LocalizedText[], after: readonly LocalizedText[]) {
  const beforeKeys = new Set(before.map(textKey));
  const afterKeys = new Set(after.map(textKey));
  return {
    added: after.filter((text) => !beforeKeys.has(textKey(text))),
    removed: before.filter((text) => !afterKeys.has(textKey(text))),
  };
}

/** The entries of a list value, each with the key it is matched by and its name in the language. */
function listEntries(
  value: DiffValue | undefined,
  words: PolicyReviewWords,
  locale: Locale,
): Array<{ key: string; name: string }> | undefined {
  switch (value?.type) {
    case 'texts':
      return value.texts.map((text) => ({ key: textKey(text), name: localize(text, locale) }));
    case 'dataTypes':
      return value.types.map((type) => ({ key: type, name: words.dataTypes[type] }));
    case 'channels':
      return value.kinds.map((kind) => ({ key: kind, name: words.rightsChannels[kind] }));
    case 'guardianRights':
      return value.rights.map((right) => ({ key: right, name: words.guardianRights[right] }));
    default:
      return undefined;
  }
}

/** Why a change has its impact, in words; a list that gained some entries and lost others names both. */
function reasonWords(raw: RawChange, words: PolicyReviewWords, locale: Locale): string {
  const [before, after] = [listEntries(raw.before, words, locale), listEntries(raw.after, words, locale)];
  if (isReplacedReason(raw.reason) && before && after) {
    const [beforeKeys, afterKeys] = [
      new Set(before.map(({ key }) => key)),
      new Set(after.map(({ key }) => key)),
    ];
    const names = (entries: Array<{ name: string }>) => [...new Set(entries.map(({ name }) => name))];
    const added = names(after.filter(({ key }) => !beforeKeys.has(key)));
    const removed = names(before.filter(({ key }) => !afterKeys.has(key)));
    // Two purposes of one title swapped leave no name to give: the words without names still say what happened.
    if (added.length > 0 && removed.length > 0) return words.diffReplaced[raw.reason]({ added, removed });
  }
  return words.diff.reasons[raw.reason];
}

function subjectNames(subject: readonly DiffSubject[], words: PolicyReviewWords, locale: Locale): string[] {
  return subject.map((part) =>
    typeof part === 'string' ? words.diff.subjects[part] : localize(part, locale),
  );
}

/** A value before or after a change, in words. */
export function describeDiffValue(value: DiffValue, words: PolicyReviewWords, locale: Locale): string {
  const text = (item: LocalizedText) => localize(item, locale);
  switch (value.type) {
    case 'text':
      return text(value.text);
    case 'texts':
      return words.format.list(value.texts.map(text));
    case 'basis':
      return words.legalBases[value.basis];
    case 'thirdPartyBasis':
      return words.thirdPartyBases[value.basis];
    case 'overseasTransferBasis':
      return words.overseasTransferBases[value.basis];
    case 'refusal':
      return value.canRefuse ? words.refusalEffects[value.effect ?? 'none'] : words.diff.cannotRefuse;
    case 'retention':
      return words.format.retention(value.retention, text);
    case 'duration':
      return words.format.duration(value.duration);
    case 'country':
      return words.format.country(value.code);
    case 'flag':
      return value.value ? words.diff.yes : words.diff.no;
    case 'channels':
      return words.format.list(value.kinds.map((kind) => words.rightsChannels[kind]));
    case 'stage':
      return words.collectionStages[value.stage];
    case 'item':
      return `${words.format.list(value.items.map(text))} (${words.legalBases[value.basis]})`;
    case 'dataTypes':
      return value.types.length > 0
        ? words.format.list(value.types.map((type) => words.dataTypes[type]))
        : '—';
    case 'guardianRights':
      return value.rights.length > 0
        ? words.format.list(value.rights.map((right) => words.guardianRights[right]))
        : '—';
    case 'purposeCategory':
      return words.diffValues.purposeCategories[value.category ?? 'unstated'];
    case 'videoDeviceKind':
      return words.diffValues.videoDeviceKinds[value.kind];
    case 'date':
      return words.format.date(value.date);
    case 'destructionDeadline':
      // The destruction label's own words: "5일 이내 파기", "지체 없이 파기".
      return words.labels.destruction.caption(value.deadline ? { deadline: value.deadline } : {}, {
        words,
        text,
        names: (values) => [...new Set(values.map(text))],
      });
  }
}

/** The languages of every message: Korean and English first, then any others asked for. */
export function messageLocales(extra: readonly Locale[] = []): Locale[] {
  return [...new Set(['ko', 'en', ...extra])];
}

/** One message in every language of `locales`, each composed from that language's words. */
export function inLocales(
  locales: readonly Locale[],
  translations: readonly Translation[] | undefined,
  compose: (words: PolicyReviewWords, locale: Locale) => string,
): LocalizedMessage {
  const message: Record<string, string> = {};
  for (const locale of locales) message[locale] = compose(policyReviewWords(locale, translations), locale);
  return message as LocalizedMessage;
}

/**
 * The changes from `previous` to `next`: every field of the policy a reader relies on — all but what identifies the
 * policy itself (title, serviceName, policyUrl, effectiveDate, versionHistory) and the DPV purpose beyond the category
 * it implies (diffCoverage.test.ts changes each one in turn) — each with its computed impact and reason; and the labels
 * whose caption or flags change. Every attention flag the labels gain is
 * also a change (adverse), and a label whose words change with nothing found in its fields a change (neutral), so the
 * comparison never says less than the labels; both rows carry the path of the label's first source field.
 */
export function diffPolicies(previous: Policy, next: Policy, options: DiffPoliciesOptions = {}): PolicyDiff {
  const locales = messageLocales(options.locales);
  const { translations } = options;
  const say = (compose: (words: PolicyReviewWords, locale: Locale) => string) =>
    inLocales(locales, translations, compose);
  const changes = collectChanges(previous, next, translations).map((raw): PolicyChange => {
    const change: PolicyChange = {
      kind: raw.kind,
      area: raw.area,
      path: raw.path,
      jsonPath: formatJsonPath(raw.path),
      subject: say((words, locale) => words.diff.subject(raw.area, subjectNames(raw.subject, words, locale))),
      name: say((words, locale) => subjectNames(raw.subject, words, locale).join(', ')),
      impact: raw.impact,
      reasonCode: raw.reason,
      reason: say((words, locale) => reasonWords(raw, words, locale)),
      values: {
        subject: raw.subject,
        ...(raw.before ? { before: raw.before } : {}),
        ...(raw.after ? { after: raw.after } : {}),
      },
    };
    if (raw.before) change.before = say((words, locale) => describeDiffValue(raw.before!, words, locale));
    if (raw.after) change.after = say((words, locale) => describeDiffValue(raw.after!, words, locale));
    return change;
  });
  const labels = diffLabels(previous, next, locales, translations);
  // Fields found changed in the data, before the label rows below add their own paths.
  const changedFields = new Set(changes.map((change) => change.path[0]));
  // The safety net: a warning the labels did not raise before is a change against users, whichever field caused it.
  for (const { id, title, message } of labels.flagsGained) {
    const path = labelPath(id);
    changes.push({
      kind: 'changed',
      area: 'labels',
      path,
      jsonPath: formatJsonPath(path),
      subject: say((words, locale) => words.diff.subject('labels', [title[locale] ?? ''])),
      name: title,
      after: message,
      impact: 'adverse',
      reasonCode: 'attentionAdded',
      reason: say((words) => words.diff.reasons.attentionAdded),
      values: { subject: [title], after: { type: 'text', text: message } },
    });
  }
  // A label whose words change with no change found in the fields it reads: say so, so that the comparison never
  // reads "nothing changed" beside a label that did.
  for (const label of labels.changes) {
    if (label.id === 'policy-changes') continue;
    const fields = getLabelDefinition(label.id).sourceFields.map((field) => field.replace(/[[.].*$/, ''));
    if (fields.some((field) => changedFields.has(field))) continue;
    if (label.before && label.after && sameText(label.before.caption, label.after.caption)) continue;
    const title = label.title;
    const path = labelPath(label.id);
    changes.push({
      kind: label.kind,
      area: 'labels',
      path,
      jsonPath: formatJsonPath(path),
      subject: say((words, locale) => words.diff.subject('labels', [title[locale] ?? ''])),
      name: title,
      ...(label.before ? { before: label.before.caption } : {}),
      ...(label.after ? { after: label.after.caption } : {}),
      impact: 'neutral',
      reasonCode: 'captionChanged',
      reason: say((words) => words.diff.reasons.captionChanged),
      values: {
        subject: [title],
        ...(label.before ? { before: { type: 'text', text: label.before.caption } } : {}),
        ...(label.after ? { after: { type: 'text', text: label.after.caption } } : {}),
      },
    });
  }
  const impact: ChangeImpact = changes.some((change) => change.impact === 'adverse')
    ? 'adverse'
    : changes.some((change) => change.impact === 'favourable')
      ? 'favourable'
      : 'neutral';
  const significant =
    impact === 'adverse' ||
    changes.some(
      (change) =>
        (change.area === 'purposes' || change.area === 'collectedItems') &&
        (change.kind === 'added' ||
          change.reasonCode === 'itemsAdded' ||
          change.reasonCode === 'itemsReplaced' ||
          change.reasonCode === 'purposesAdded' ||
          change.reasonCode === 'purposesReplaced'),
    );
  return {
    previousEffectiveDate: previous.effectiveDate,
    effectiveDate: next.effectiveDate,
    changes,
    labels: labels.changes,
    impact,
    significant,
  };
}

/** Where to look for what a label row is about: the top field of the label's first source ("collectedItems[].retention" → $.collectedItems). */
function labelPath(id: LabelId): PolicyPath {
  const first = getLabelDefinition(id).sourceFields[0];
  return first ? [first.replace(/[[.].*$/, '')] : [];
}

function diffLabels(
  previous: Policy,
  next: Policy,
  locales: readonly Locale[],
  translations: readonly Translation[] | undefined,
): {
  changes: LabelChange[];
  flagsGained: Array<{
    id: LabelId;
    code: AttentionCode;
    title: LocalizedMessage;
    message: LocalizedMessage;
  }>;
} {
  const derive = (policy: Policy) =>
    locales.map((locale) => ({
      locale,
      labels: new Map(
        deriveLabels(policy, { locale, ...(translations ? { translations } : {}) }).map((label) => [
          label.id,
          label,
        ]),
      ),
    }));
  const [before, after] = [derive(previous), derive(next)];
  const ids = [...new Set([...after[0]!.labels.keys(), ...before[0]!.labels.keys()])];
  const state = (all: typeof before, id: LabelId): LabelState | undefined => {
    if (!all[0]!.labels.has(id)) return undefined;
    const caption: Record<string, string> = {};
    for (const { locale, labels } of all) caption[locale] = labels.get(id)!.caption;
    return {
      caption: caption as LocalizedMessage,
      attention: all[0]!.labels.get(id)!.attention.map((flag, index) => {
        const message: Record<string, string> = {};
        for (const { locale, labels } of all) message[locale] = labels.get(id)!.attention[index]!.message;
        return { code: flag.code, message: message as LocalizedMessage };
      }),
    };
  };
  const changes: LabelChange[] = [];
  const codesBeforeAll = new Set(
    [...before[0]!.labels.values()].flatMap((label) => label.attention.map((flag) => flag.code)),
  );
  const flagsGained: Array<{
    id: LabelId;
    code: AttentionCode;
    title: LocalizedMessage;
    message: LocalizedMessage;
  }> = [];
  for (const id of ids) {
    const [a, b] = [state(before, id), state(after, id)];
    const codesBefore = a?.attention.map((flag) => flag.code) ?? [];
    const codesAfter = b?.attention.map((flag) => flag.code) ?? [];
    const flagsAdded = codesAfter.filter((code) => !codesBefore.includes(code));
    const flagsRemoved = codesBefore.filter((code) => !codesAfter.includes(code));
    const kind: ChangeKind | undefined = !a
      ? 'added'
      : !b
        ? 'removed'
        : JSON.stringify(a) !== JSON.stringify(b)
          ? 'changed'
          : undefined;
    if (!kind) continue;
    const title: Record<string, string> = {};
    for (const { locale, labels } of b ? after : before) title[locale] = labels.get(id)!.title;
    changes.push({
      id,
      kind,
      title: title as LocalizedMessage,
      ...(a ? { before: a } : {}),
      ...(b ? { after: b } : {}),
      flagsAdded,
      flagsRemoved,
    });
    // The policy-changes label restates the author's own adverseToUsers, which never decides the impact.
    if (id === 'policy-changes') continue;
    for (const flag of b?.attention ?? []) {
      if (codesBeforeAll.has(flag.code) || flagsGained.some((gained) => gained.code === flag.code)) continue;
      flagsGained.push({ id, code: flag.code, title: title as LocalizedMessage, message: flag.message });
    }
  }
  return { changes, flagsGained };
}
