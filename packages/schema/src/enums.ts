// The schema's enumerations as plain constants, apart from the zod schemas, so that components can list legal bases or
// stages without bundling the validator.

export const collectionStages = ['signUp', 'serviceUse', 'automatic'] as const;
export type CollectionStage = (typeof collectionStages)[number];

/**
 * The legal basis of processing (PIPA Arts. 15, 17, 22, 23, 24). `separateConsent` is consent asked apart from every
 * other consent (sensitive information, unique identifiers, marketing: PIPA Art. 22(1)). `deemedConsent` is not a
 * basis the Act recognises; it exists so that a policy that relies on "no objection within N days means consent" can
 * be described, and labelled as such.
 */
export const legalBases = [
  'consentRequired',
  'consentOptional',
  'separateConsent',
  'contract',
  'legalObligation',
  'legitimateInterest',
  'vitalInterest',
  'publicInterest',
  'deemedConsent',
] as const;
export type LegalBasis = (typeof legalBases)[number];

export const consentBases: readonly LegalBasis[] = [
  'consentRequired',
  'consentOptional',
  'separateConsent',
  'deemedConsent',
];

/** Consent the user can decline and still use the service: declining it must be possible (PIPA Art. 22(5)). */
export const declinableConsentBases: readonly LegalBasis[] = ['consentOptional', 'separateConsent'];

/** The bases on which sensitive information and unique identifiers may be processed (PIPA Arts. 23(1), 24(1)). */
export const specialCategoryBases: readonly LegalBasis[] = ['separateConsent', 'legalObligation'];

/**
 * What saying no to an item costs (PIPA Art. 16(3): refusing what is not needed must not cost the service):
 * nothing, one feature, the whole service, or the contract itself.
 */
export const refusalEffects = [
  'none',
  'featureUnavailable',
  'serviceUnavailable',
  'contractTerminated',
] as const;
export type RefusalEffect = (typeof refusalEffects)[number];

/**
 * What a purpose is for, where it goes beyond providing the service the user signed up for. Marketing, personalised
 * advertising, recommendations, AI training and profiling are not needed to provide a service, so they need consent
 * the user can decline (PIPA Arts. 16(3), 22(1), 22(5)). `necessary` says a purpose is needed for the service, for a
 * purpose the kit would otherwise infer from its DPV concept.
 */
export const purposeCategories = [
  'necessary',
  'marketing',
  'personalisedAdvertising',
  'recommendations',
  'aiTraining',
  'profiling',
] as const;
export type PurposeCategory = (typeof purposeCategories)[number];

export const thirdPartyBases = ['consent', 'legalObligation', 'vitalInterest', 'other'] as const;
export type ThirdPartyBasis = (typeof thirdPartyBases)[number];

export const rightsChannelKinds = ['web', 'email', 'phone', 'mail', 'inPerson', 'app'] as const;
export type RightsChannelKind = (typeof rightsChannelKinds)[number];

export const retentionKinds = [
  'untilAccountDeletion',
  'untilPurposeFulfilled',
  'untilConsentWithdrawn',
  'period',
  'law',
  'custom',
] as const;

export const uniqueIdentifierKinds = [
  'residentRegistrationNumber',
  'passportNumber',
  'driversLicenseNumber',
  'alienRegistrationNumber',
] as const;
export type UniqueIdentifierKind = (typeof uniqueIdentifierKinds)[number];

/**
 * The kinds of personal information the PIPC's 2026 data-type symbols name, as a collected item says it holds them
 * (`collectedItems[].dataTypes`). Health information and biometric data used to recognise a person are sensitive
 * information (PIPA Art. 23(1), Decree Art. 18(3)); the unique identifying numbers are not here, because
 * `uniqueIdentifiers[]` already says which item holds which number.
 */
export const dataTypes = [
  'health',
  'biometric',
  'biometricRecognition',
  'images',
  'location',
  'payment',
] as const;
export type DataType = (typeof dataTypes)[number];

/** Data types that make an item sensitive information in itself (PIPA Art. 23(1); Decree Art. 18(3)). */
export const sensitiveDataTypes: readonly DataType[] = ['health', 'biometricRecognition'];

export const overseasTransferBases = [
  'consent',
  'contractDisclosed',
  'lawOrTreaty',
  'certification',
  'adequacyDecision',
] as const;
export type OverseasTransferBasis = (typeof overseasTransferBases)[number];

export const automaticCollectionDeviceKinds = [
  'cookie',
  'localStorage',
  'webBeacon',
  'sdk',
  'advertisingId',
  'other',
] as const;
export type AutomaticCollectionDeviceKind = (typeof automaticCollectionDeviceKinds)[number];

/** PIPA Arts. 25 and 25-2: a fixed video device (고정형, e.g. a wall-mounted CCTV) or a mobile one (이동형: body cams, drones, vehicles). */
export const videoDeviceKinds = ['fixed', 'mobile'] as const;
export type VideoDeviceKind = (typeof videoDeviceKinds)[number];

export const durationUnits = ['days', 'months', 'years'] as const;
export type DurationUnit = (typeof durationUnits)[number];

/** PIPA Art. 15(3): further use by the controller itself; Art. 17(4): further provision to a third party. */
export const additionalUseKinds = ['use', 'provision'] as const;
export type AdditionalUseKind = (typeof additionalUseKinds)[number];

/**
 * Enforcement Decree Art. 14-2(1): what a controller weighs before further use or provision without consent —
 * relation to the original purpose, whether the person could foresee it from how the data was collected and is
 * usually processed, whether it unfairly harms the person's interests, and safeguards such as pseudonymisation or
 * encryption.
 */
export const compatibilityCriteria = [
  'relatedToOriginalPurpose',
  'foreseeable',
  'noUnfairHarm',
  'safeguards',
] as const;
export type CompatibilityCriterion = (typeof compatibilityCriteria)[number];

/** PIPA Art. 28-2(1): what pseudonymised information may be processed for without consent. */
export const pseudonymisationPurposes = [
  'statistics',
  'scientificResearch',
  'publicInterestArchiving',
] as const;
export type PseudonymisationPurpose = (typeof pseudonymisationPurposes)[number];

/** Certification schemes a policy may name (PIPA Art. 32-2: ISMS-P; cross-border: APEC CBPR and PRP). */
export const certificationSchemes = [
  'ismsP',
  'isms',
  'iso27001',
  'iso27701',
  'apecCbpr',
  'apecPrp',
  'other',
] as const;
export type CertificationScheme = (typeof certificationSchemes)[number];

/** PIPA Arts. 35–38: what a legal representative may ask for on a child's behalf. */
export const guardianRightKinds = [
  'access',
  'correction',
  'deletion',
  'suspension',
  'consentWithdrawal',
] as const;
export type GuardianRightKind = (typeof guardianRightKinds)[number];
