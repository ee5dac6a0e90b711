import { describe, expect, it } from 'vitest';

// The public API changes only on purpose. This imports the built package by name, as an application does.
describe('public API of the built package', () => {
  it('@privacy-label-kit/react: components, theme tokens, locale and messages', async () => {
    expect(Object.keys(await import('@privacy-label-kit/react')).sort()).toEqual([
      'AttentionFlags',
      'AutomatedDecisionsSection',
      'AutomaticCollectionSection',
      'BehaviouralAdvertisingSection',
      'ChildrenSection',
      'CollectedItemsSection',
      'ConsentTable',
      'ContactDepartmentSection',
      'DestructionSection',
      'EntrustmentSection',
      'Heading',
      'LabelBadge',
      'LabelIcon',
      'LabelSummary',
      'OverseasTransferSection',
      'PolicyLocaleProvider',
      'PolicySectionFrame',
      'PrivacyLabelThemeProvider',
      'PrivacyOfficerSection',
      'PrivacyPolicy',
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
      'colorTokenNames',
      'colorTokenProperty',
      'darkColors',
      'fontFamily',
      'formatMessage',
      'groupByLegalBasis',
      'layoutTokenProperty',
      'layoutTokens',
      'lightColors',
      'localizedNode',
      'messages',
      'policySections',
      'privacyLabelThemes',
      'sectionHeading',
      'usePolicyLocale',
      'usePrivacyLabelTheme',
    ]);
  });

  it('@privacy-label-kit/react/by-id: the icon looked up by label id, kept out of the main entry', async () => {
    expect(Object.keys(await import('@privacy-label-kit/react/by-id')).sort()).toEqual(['LabelIconById']);
  });
});
