// Main entry of @privacy-label-kit/react: everything in `core`, and every component that shows words brings the
// built-in Korean and English ones — only the components an app imports, and only the words each needs (see
// `withBuiltInWords`). Nothing is registered globally and importing has no effect, so bundlers drop what is unused.
// An app that ships one language imports `@privacy-label-kit/react/core` and `/locales/<language>` instead.
import type { Locale, Policy, Translation } from '@privacy-label-kit/schema/core';
import * as core from './core.js';
import {
  AtAGlance as AtAGlanceWithoutWords,
  AttentionFlags as AttentionFlagsWithoutWords,
  CctvSign as CctvSignWithoutWords,
  ChangeNotice as ChangeNoticeWithoutWords,
  ConsentTable as ConsentTableWithoutWords,
  EasyReadPolicy as EasyReadPolicyWithoutWords,
  LabelSummary as LabelSummaryWithoutWords,
  PolicyComparison as PolicyComparisonWithoutWords,
  PolicyFindings as PolicyFindingsWithoutWords,
  PolicyLocaleProvider as PolicyLocaleProviderWithoutWords,
  type PolicySectionProps,
  type PolicyWords,
  PrivacyPolicy as PrivacyPolicyWithoutWords,
  policySections as policySectionsWithoutWords,
  TableOfContents as TableOfContentsWithoutWords,
  usePolicyWords as usePolicyWordsWithoutBuiltIns,
} from './core.js';
import { withBuiltInWords } from './locale/withBuiltInWords.js';
import { en, enAtAGlance, enEasyRead, enReview, enSummary, enVideoSign } from './locales/en.js';
import { ko, koAtAGlance, koEasyRead, koReview, koSummary, koVideoSign } from './locales/ko.js';

export * from './core.js';

/** The page's and the labels' words in both built-in languages. */
const pageWords: readonly Translation[] = [ko, en];
// The labels alone (given derived labels) need only the words around them: the heading, the flag prefix, the ⓘ button.
const summaryWords: readonly Translation[] = [koSummary, enSummary];
const easyReadWords: readonly Translation[] = [ko, en, koEasyRead, enEasyRead];
const reviewWords: readonly Translation[] = [ko, en, koReview, enReview];
// The at-a-glance statements and the CCTV sign use only their own words, not the page's or the labels'.
const atAGlanceWords: readonly Translation[] = [koAtAGlance, enAtAGlance];
const videoSignWords: readonly Translation[] = [koVideoSign, enVideoSign];

export const PrivacyPolicy = /* @__PURE__ */ withBuiltInWords(PrivacyPolicyWithoutWords, pageWords);
export const LabelSummary = /* @__PURE__ */ withBuiltInWords(LabelSummaryWithoutWords, summaryWords);
export const LabelBadge = /* @__PURE__ */ withBuiltInWords(core.LabelBadge, summaryWords);
export const TableOfContents = /* @__PURE__ */ withBuiltInWords(TableOfContentsWithoutWords, pageWords);
export const ConsentTable = /* @__PURE__ */ withBuiltInWords(ConsentTableWithoutWords, pageWords);
export const AttentionFlags = /* @__PURE__ */ withBuiltInWords(AttentionFlagsWithoutWords, summaryWords);
export const PolicyLocaleProvider = /* @__PURE__ */ withBuiltInWords(
  PolicyLocaleProviderWithoutWords,
  pageWords,
);
export const EasyReadPolicy = /* @__PURE__ */ withBuiltInWords(EasyReadPolicyWithoutWords, easyReadWords);
export const ChangeNotice = /* @__PURE__ */ withBuiltInWords(ChangeNoticeWithoutWords, reviewWords);
export const PolicyComparison = /* @__PURE__ */ withBuiltInWords(PolicyComparisonWithoutWords, reviewWords);
export const PolicyFindings = /* @__PURE__ */ withBuiltInWords(PolicyFindingsWithoutWords, reviewWords);
export const AtAGlance = /* @__PURE__ */ withBuiltInWords(AtAGlanceWithoutWords, atAGlanceWords);
export const CctvSign = /* @__PURE__ */ withBuiltInWords(CctvSignWithoutWords, videoSignWords);

export const AutomatedDecisionsSection = /* @__PURE__ */ withBuiltInWords(
  core.AutomatedDecisionsSection,
  pageWords,
);
export const AutomaticCollectionSection = /* @__PURE__ */ withBuiltInWords(
  core.AutomaticCollectionSection,
  pageWords,
);
export const BehaviouralAdvertisingSection = /* @__PURE__ */ withBuiltInWords(
  core.BehaviouralAdvertisingSection,
  pageWords,
);
export const ChildrenSection = /* @__PURE__ */ withBuiltInWords(core.ChildrenSection, pageWords);
export const CollectedItemsSection = /* @__PURE__ */ withBuiltInWords(core.CollectedItemsSection, pageWords);
export const ContactDepartmentSection = /* @__PURE__ */ withBuiltInWords(
  core.ContactDepartmentSection,
  pageWords,
);
export const DestructionSection = /* @__PURE__ */ withBuiltInWords(core.DestructionSection, pageWords);
export const EntrustmentSection = /* @__PURE__ */ withBuiltInWords(core.EntrustmentSection, pageWords);
export const FixedVideoDevicesSection = /* @__PURE__ */ withBuiltInWords(
  core.FixedVideoDevicesSection,
  pageWords,
);
export const MobileVideoDevicesSection = /* @__PURE__ */ withBuiltInWords(
  core.MobileVideoDevicesSection,
  pageWords,
);
export const OverseasTransferSection = /* @__PURE__ */ withBuiltInWords(
  core.OverseasTransferSection,
  pageWords,
);
export const PrivacyOfficerSection = /* @__PURE__ */ withBuiltInWords(core.PrivacyOfficerSection, pageWords);
export const PseudonymisedInformationSection = /* @__PURE__ */ withBuiltInWords(
  core.PseudonymisedInformationSection,
  pageWords,
);
export const PurposesSection = /* @__PURE__ */ withBuiltInWords(core.PurposesSection, pageWords);
export const RemediesSection = /* @__PURE__ */ withBuiltInWords(core.RemediesSection, pageWords);
export const RetentionSection = /* @__PURE__ */ withBuiltInWords(core.RetentionSection, pageWords);
export const RightsSection = /* @__PURE__ */ withBuiltInWords(core.RightsSection, pageWords);
export const SecurityMeasuresSection = /* @__PURE__ */ withBuiltInWords(
  core.SecurityMeasuresSection,
  pageWords,
);
export const SensitiveInformationSection = /* @__PURE__ */ withBuiltInWords(
  core.SensitiveInformationSection,
  pageWords,
);
export const ThirdPartyProvisionSection = /* @__PURE__ */ withBuiltInWords(
  core.ThirdPartyProvisionSection,
  pageWords,
);
export const UniqueIdentifiersSection = /* @__PURE__ */ withBuiltInWords(
  core.UniqueIdentifiersSection,
  pageWords,
);
export const VersionHistorySection = /* @__PURE__ */ withBuiltInWords(core.VersionHistorySection, pageWords);
export const AccessRequestsSection = /* @__PURE__ */ withBuiltInWords(core.AccessRequestsSection, pageWords);
export const AdditionalUseSection = /* @__PURE__ */ withBuiltInWords(core.AdditionalUseSection, pageWords);
export const BehaviouralInformationSection = /* @__PURE__ */ withBuiltInWords(
  core.BehaviouralInformationSection,
  pageWords,
);
export const CertificationsSection = /* @__PURE__ */ withBuiltInWords(core.CertificationsSection, pageWords);
export const DomesticAgentSection = /* @__PURE__ */ withBuiltInWords(core.DomesticAgentSection, pageWords);
export const GenerativeAiSection = /* @__PURE__ */ withBuiltInWords(core.GenerativeAiSection, pageWords);
export const LegalRepresentativeSection = /* @__PURE__ */ withBuiltInWords(
  core.LegalRepresentativeSection,
  pageWords,
);
export const OnDeviceProcessingSection = /* @__PURE__ */ withBuiltInWords(
  core.OnDeviceProcessingSection,
  pageWords,
);
export const PseudonymisationSection = /* @__PURE__ */ withBuiltInWords(
  core.PseudonymisationSection,
  pageWords,
);

/**
 * Each section with the built-in words. One function called once and marked pure: a pure mark on `Object.freeze(…)`
 * alone left its arguments (`Object.fromEntries(…)` over every section) in any bundle that used another component
 * defined in this file, so `AtAGlance` from the main entry carried every section (41 KB gzip instead of a few).
 */
function sectionsWithBuiltInWords(
  sections: typeof policySectionsWithoutWords,
  words: readonly Translation[],
): typeof policySectionsWithoutWords {
  return Object.freeze(
    Object.fromEntries(
      Object.entries(sections).map(([id, Section]) => [
        id,
        withBuiltInWords<PolicySectionProps>(Section, words),
      ]),
    ) as typeof policySectionsWithoutWords,
  );
}

/** The section component of each label, each bringing the built-in words. */
export const policySections: typeof policySectionsWithoutWords = /* @__PURE__ */ sectionsWithBuiltInWords(
  policySectionsWithoutWords,
  pageWords,
);

/** `usePolicyWords` with the built-in Korean and English words after any given or provided ones. */
export function usePolicyWords(
  locale?: Locale,
  policy?: Pick<Policy, 'defaultLocale'>,
  translations?: readonly Translation[],
): PolicyWords {
  return usePolicyWordsWithoutBuiltIns(locale, policy, translations, pageWords);
}
