// The schema's enumerations as plain constants, apart from the zod schemas, so that components can list legal bases or
// stages without bundling the validator.

export const collectionStages = ['signUp', 'serviceUse', 'automatic'] as const;
export type CollectionStage = (typeof collectionStages)[number];

/**
 * The legal basis of processing (PIPA Arts. 15, 17, 22). `deemedConsent` is not a basis the Act recognises; it exists
 * so that a policy that relies on "no objection within N days means consent" can be described, and labelled as such.
 */
export const legalBases = [
  'consentRequired',
  'consentOptional',
  'contract',
  'legalObligation',
  'legitimateInterest',
  'vitalInterest',
  'publicInterest',
  'deemedConsent',
] as const;
export type LegalBasis = (typeof legalBases)[number];

export const consentBases: readonly LegalBasis[] = ['consentRequired', 'consentOptional', 'deemedConsent'];

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

export const overseasTransferBases = [
  'consent',
  'contractDisclosed',
  'lawOrTreaty',
  'certification',
  'adequacyDecision',
] as const;

export const automaticCollectionDeviceKinds = [
  'cookie',
  'localStorage',
  'webBeacon',
  'sdk',
  'advertisingId',
  'other',
] as const;

export const durationUnits = ['days', 'months', 'years'] as const;
export type DurationUnit = (typeof durationUnits)[number];
