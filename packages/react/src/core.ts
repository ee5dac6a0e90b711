// Every component, hook and type of @privacy-label-kit/react, without registering any words: an app that ships one
// language imports from here and registers or passes only that language's words, e.g.
//   import { ko } from '@privacy-label-kit/react/locales/ko'; registerTranslations(ko);
// Every component renders on the server; see README.md for SSR, theming and languages.
export { AtAGlance, type AtAGlanceProps } from './AtAGlance/AtAGlance.js';
export { AttentionFlags, type AttentionFlagsProps, WarningSign } from './AttentionFlags/AttentionFlags.js';
export { CctvSign, type CctvSignProps } from './CctvSign/CctvSign.js';
export { ChangeNotice, type ChangeNoticeProps } from './ChangeNotice/ChangeNotice.js';
export {
  ConsentTable,
  type ConsentTableProps,
  collectedItemAnchor,
  groupByLegalBasis,
} from './ConsentTable/ConsentTable.js';
export { Character, type CharacterProps } from './EasyReadPolicy/Character.js';
export { EasyReadPolicy, type EasyReadPolicyProps } from './EasyReadPolicy/EasyReadPolicy.js';
export {
  LabelBadge,
  type LabelBadgeProps,
  type LabelDisplay,
  labelDisplays,
} from './LabelBadge/LabelBadge.js';
export { LabelIcon, type LabelIconProps, type LabelIconVariant } from './LabelIcon/LabelIcon.js';
export { LabelSummary, type LabelSummaryProps } from './LabelSummary/LabelSummary.js';
export { localizedNode } from './locale/LocalizedText.js';
export {
  PolicyLocaleProvider,
  type PolicyLocaleProviderProps,
  type PolicyWords,
  usePolicyLocale,
  usePolicyWords,
} from './locale/PolicyLocaleProvider.js';
export type { PageWords } from './locales/words.js';
export { PolicyComparison, type PolicyComparisonProps } from './PolicyComparison/PolicyComparison.js';
export { PolicyFindings, type PolicyFindingsProps } from './PolicyFindings/PolicyFindings.js';
export { pickMessage } from './PolicyFindings/pickMessage.js';
export { Heading, type HeadingLevel, type HeadingProps } from './PolicySection/Heading.js';
export {
  PolicySectionFrame,
  type PolicySectionProps,
  SubHeading,
  type SubHeadingProps,
  subHeadingLevelBelow,
  useSection,
} from './PolicySection/PolicySection.js';
export { PrivacyPolicy, type PrivacyPolicyProps } from './PrivacyPolicy/PrivacyPolicy.js';
export { AccessRequestsSection } from './sections/AccessRequestsSection/AccessRequestsSection.js';
export { AdditionalUseSection } from './sections/AdditionalUseSection/AdditionalUseSection.js';
export { AutomatedDecisionsSection } from './sections/AutomatedDecisionsSection/AutomatedDecisionsSection.js';
export { AutomaticCollectionSection } from './sections/AutomaticCollectionSection/AutomaticCollectionSection.js';
export { BehaviouralAdvertisingSection } from './sections/BehaviouralAdvertisingSection/BehaviouralAdvertisingSection.js';
export { BehaviouralInformationSection } from './sections/BehaviouralInformationSection/BehaviouralInformationSection.js';
export { CertificationsSection } from './sections/CertificationsSection/CertificationsSection.js';
export { ChildrenSection } from './sections/ChildrenSection/ChildrenSection.js';
export { CollectedItemsSection } from './sections/CollectedItemsSection/CollectedItemsSection.js';
export { ContactDepartmentSection } from './sections/ContactDepartmentSection/ContactDepartmentSection.js';
export { DestructionSection } from './sections/DestructionSection/DestructionSection.js';
export { DomesticAgentSection } from './sections/DomesticAgentSection/DomesticAgentSection.js';
export { EntrustmentSection } from './sections/EntrustmentSection/EntrustmentSection.js';
export { FixedVideoDevicesSection } from './sections/FixedVideoDevicesSection/FixedVideoDevicesSection.js';
export { GenerativeAiSection } from './sections/GenerativeAiSection/GenerativeAiSection.js';
export { LegalRepresentativeSection } from './sections/LegalRepresentativeSection/LegalRepresentativeSection.js';
export { MobileVideoDevicesSection } from './sections/MobileVideoDevicesSection/MobileVideoDevicesSection.js';
export { OnDeviceProcessingSection } from './sections/OnDeviceProcessingSection/OnDeviceProcessingSection.js';
export { OverseasTransferSection } from './sections/OverseasTransferSection/OverseasTransferSection.js';
export { PrivacyOfficerSection } from './sections/PrivacyOfficerSection/PrivacyOfficerSection.js';
export { PseudonymisationSection } from './sections/PseudonymisationSection/PseudonymisationSection.js';
export { PseudonymisedInformationSection } from './sections/PseudonymisedInformationSection/PseudonymisedInformationSection.js';
export { PurposesSection } from './sections/PurposesSection/PurposesSection.js';
export { policySections } from './sections/policySections.js';
export { RemediesSection } from './sections/RemediesSection/RemediesSection.js';
export { RetentionSection } from './sections/RetentionSection/RetentionSection.js';
export { RightsSection } from './sections/RightsSection/RightsSection.js';
export { SecurityMeasuresSection } from './sections/SecurityMeasuresSection/SecurityMeasuresSection.js';
export { SensitiveInformationSection } from './sections/SensitiveInformationSection/SensitiveInformationSection.js';
export { ThirdPartyProvisionSection } from './sections/ThirdPartyProvisionSection/ThirdPartyProvisionSection.js';
export { UniqueIdentifiersSection } from './sections/UniqueIdentifiersSection/UniqueIdentifiersSection.js';
export { VersionHistorySection } from './sections/VersionHistorySection/VersionHistorySection.js';
export { TableOfContents, type TableOfContentsProps } from './TableOfContents/TableOfContents.js';
export {
  PrivacyLabelThemeProvider,
  type PrivacyLabelThemeProviderProps,
  usePrivacyLabelTheme,
} from './theme/PrivacyLabelThemeProvider.js';
export { type PrivacyLabelTheme, privacyLabelThemes } from './theme/themeRoot.js';
export {
  type ColorTokenName,
  colorTokenNames,
  colorTokenProperty,
  darkColors,
  fontFamily,
  type LayoutTokenName,
  largeTypeDarkColors,
  largeTypeLayout,
  largeTypeLightColors,
  largeTypeMeasure,
  largeTypeTargetSize,
  layoutTokenProperty,
  layoutTokens,
  lightColors,
  type ThemeColors,
  type TypeScale,
  typeScales,
} from './theme/tokens.js';
