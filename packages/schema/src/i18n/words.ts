import type {
  AutomaticCollectionDeviceKind,
  CertificationScheme,
  CollectionStage,
  CompatibilityCriterion,
  DataType,
  GuardianRightKind,
  LegalBasis,
  OverseasTransferBasis,
  PseudonymisationPurpose,
  RefusalEffect,
  RightsChannelKind,
  ThirdPartyBasis,
  UniqueIdentifierKind,
} from '../enums.js';
import type { AttentionNotice, LawId, LegalReference } from '../labels/defineLabel.js';
import type { LabelFacts, LabelId } from '../labels/index.js';
import type { Retention } from '../policySchema.js';
import type { Duration } from '../primitives.js';
import type { Locale, LocalizedText } from '../text.js';

/** What a caption template gets besides its facts: the language's words and the policy's text in that language. */
export interface CaptionContext {
  words: SchemaWords;
  /** The policy text in the page's language, or along its fallback chain. */
  text(value: LocalizedText): string;
  /**
   * Each of `values` once, in the page's language, in policy order: a company named in two entries (or written with a
   * translation in one of them only) is one place, so captions count and name it once.
   */
  names(values: readonly LocalizedText[]): string[];
}

/** The words of one label in one language. */
export interface LabelWords<Facts> {
  /** The label's title, e.g. "제3자 제공". */
  title: string;
  /** The heading of the policy article the label summarises and links to, e.g. "개인정보의 제3자 제공". */
  heading: string;
  /** One sentence on what the label tells the reader. */
  description: string;
  /** The caption from the label's facts, e.g. "제3자 제공 2곳: …". It states the facts and nothing else. */
  caption(facts: Facts, context: CaptionContext): string;
}

/**
 * Every word the schema package shows a reader, in one language: label titles, descriptions and caption templates,
 * attention flags, the names of the schema's values, and how numbers, dates, lists and periods are written.
 * `locales/ko.ts` and `locales/en.ts` implement it; a business's own language or wording is a `Translation` whose
 * `words.schema` gives some or all of it.
 */
export interface SchemaWords {
  /** The language of these words, for `Intl` formatting. */
  locale: Locale;
  labels: { [Id in LabelId]: LabelWords<LabelFacts<Id>> };
  attention: { [Code in AttentionNotice['code']]: (notice: AttentionNotice) => string };
  legalBases: Record<LegalBasis, string>;
  collectionStages: Record<CollectionStage, string>;
  refusalEffects: Record<RefusalEffect, string>;
  uniqueIdentifiers: Record<UniqueIdentifierKind, string>;
  /** The names of the data types an item holds (`collectedItems[].dataTypes`): "건강정보" / "health information". */
  dataTypes: Record<DataType, string>;
  automaticCollectionDevices: Record<AutomaticCollectionDeviceKind, string>;
  overseasTransferBases: Record<OverseasTransferBasis, string>;
  thirdPartyBases: Record<ThirdPartyBasis, string>;
  specialCategoryBases: Record<'separateConsent' | 'legalObligation', string>;
  rightsChannels: Record<RightsChannelKind, string>;
  /** "통계작성" / "statistics": the purposes PIPA Art. 28-2(1) allows pseudonymised information for. */
  pseudonymisationPurposes: Record<PseudonymisationPurpose, string>;
  /** "ISMS-P", "ISO/IEC 27701": certification schemes as their certificates name them. */
  certificationSchemes: Record<CertificationScheme, string>;
  /** "열람" / "access": what a child's legal representative may ask for. */
  guardianRights: Record<GuardianRightKind, string>;
  /** Enforcement Decree Art. 14-2(1): the criteria weighed before further use or provision. */
  compatibilityCriteria: Record<CompatibilityCriterion, string>;
  laws: Record<LawId, string>;
  format: {
    /** "5년" / "5 years". */
    duration(duration: Duration): string;
    /** "2026. 2. 4." / "4 Feb 2026", from YYYY-MM-DD. */
    date(isoDate: string): string;
    /** One item's retention rule: "회원 탈퇴 시까지", "5년 (전자상거래법)". */
    retention(retention: Retention, text: (value: LocalizedText) => string): string;
    /** "미국, 일본" / "the US and Japan". */
    list(values: readonly string[]): string;
    /**
     * Organisations named as the PIPC caption rule asks: up to three by name, else two and how many more ("A, B 외 3곳" /
     * "A, B and 3 more").
     * `names` are all of them, in order.
     */
    someOrganisations(names: readonly string[]): string;
    /**
     * Items named as the PIPC caption rule asks: up to three by name, else two and how many more ("이름, 연락처 외 3개" /
     * "name, phone number and 3 more"). `names` are all of them, in order.
     */
    someItems(names: readonly string[]): string;
    /** A country's name from its ISO 3166-1 code. */
    country(code: string): string;
    /** "개인정보 보호법 제15조·제22조" / "PIPA Arts. 15 and 22". */
    legalReference(references: readonly LegalReference[]): string;
  };
}
