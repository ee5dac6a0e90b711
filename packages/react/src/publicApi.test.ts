import { describe, expect, it } from 'vitest';

const componentsAndHooks = [
  'AccessRequestsSection',
  'AdditionalUseSection',
  'AtAGlance',
  'AttentionFlags',
  'AutomatedDecisionsSection',
  'AutomaticCollectionSection',
  'BehaviouralAdvertisingSection',
  'BehaviouralInformationSection',
  'CctvSign',
  'CertificationsSection',
  'ChangeNotice',
  'Character',
  'ChildrenSection',
  'CollectedItemsSection',
  'ConsentTable',
  'ContactDepartmentSection',
  'DestructionSection',
  'DomesticAgentSection',
  'EasyReadPolicy',
  'EntrustmentSection',
  'FixedVideoDevicesSection',
  'GenerativeAiSection',
  'Heading',
  'LabelBadge',
  'LabelIcon',
  'LabelSummary',
  'LegalRepresentativeSection',
  'MobileVideoDevicesSection',
  'OnDeviceProcessingSection',
  'OverseasTransferSection',
  'PolicyComparison',
  'PolicyFindings',
  'PolicyLocaleProvider',
  'PolicySectionFrame',
  'PrivacyLabelThemeProvider',
  'PrivacyOfficerSection',
  'PrivacyPolicy',
  'PseudonymisationSection',
  'PseudonymisedInformationSection',
  'PurposesSection',
  'RemediesSection',
  'RetentionSection',
  'RightsSection',
  'SecurityMeasuresSection',
  'SensitiveInformationSection',
  'SubHeading',
  'TableOfContents',
  'ThirdPartyProvisionSection',
  'UniqueIdentifiersSection',
  'VersionHistorySection',
  'WarningSign',
  'collectedItemAnchor',
  'colorTokenNames',
  'colorTokenProperty',
  'darkColors',
  'fontFamily',
  'groupByLegalBasis',
  'labelDisplays',
  'largeTypeDarkColors',
  'largeTypeLayout',
  'largeTypeLightColors',
  'largeTypeMeasure',
  'largeTypeTargetSize',
  'layoutTokenProperty',
  'layoutTokens',
  'lightColors',
  'localizedNode',
  'pickMessage',
  'policySections',
  'privacyLabelThemes',
  'subHeadingLevelBelow',
  'typeScales',
  'usePolicyLocale',
  'usePolicyWords',
  'usePrivacyLabelTheme',
  'useSection',
];

// The public API changes only on purpose. This imports the built package by name, as an application does.
describe('public API of the built package', () => {
  it('@privacy-label-kit/react: components, hooks, theme tokens and locale, with Korean and English registered', async () => {
    expect(Object.keys(await import('@privacy-label-kit/react')).sort()).toEqual(componentsAndHooks);
  });

  it('@privacy-label-kit/react/core: the same, registering no words', async () => {
    expect(Object.keys(await import('@privacy-label-kit/react/core')).sort()).toEqual(componentsAndHooks);
  });

  it('@privacy-label-kit/react/locales/ko and /en: one language each, page and schema words in one Translation', async () => {
    const ko = await import('@privacy-label-kit/react/locales/ko');
    const en = await import('@privacy-label-kit/react/locales/en');
    expect(Object.keys(ko).sort()).toEqual([
      'ko',
      'koAtAGlance',
      'koEasyRead',
      'koReview',
      'koSummary',
      'koVideoSign',
      'pageKo',
    ]);
    expect(Object.keys(en).sort()).toEqual([
      'en',
      'enAtAGlance',
      'enEasyRead',
      'enReview',
      'enSummary',
      'enVideoSign',
      'pageEn',
    ]);
    expect(ko.ko.locale).toBe('ko');
    expect(Object.keys(ko.ko.words).sort()).toEqual(['page', 'schema']);
    expect(Object.keys(ko.koEasyRead.words)).toEqual(['easyRead']);
    expect(Object.keys(ko.koReview.words)).toEqual(['review']);
    expect(Object.keys(en.en.words).sort()).toEqual(['page', 'schema']);
    // The labels alone: only the words around them, the same objects as the page's.
    expect(ko.koSummary.words.page).toEqual({
      summary: ko.pageKo.summary,
      attentionFlag: ko.pageKo.attentionFlag,
    });
    expect(en.enSummary.words.page?.summary).toBe(en.pageEn.summary);
  });

  it('@privacy-label-kit/react/by-id: the icon looked up by label id, kept out of the main entry', async () => {
    expect(Object.keys(await import('@privacy-label-kit/react/by-id')).sort()).toEqual(['LabelIconById']);
  });
});
