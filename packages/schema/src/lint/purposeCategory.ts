import { type LegalBasis, legalBases, type PurposeCategory } from '../enums.js';
import type { CollectedItem, Policy, Purpose } from '../policySchema.js';

// DPV purposes that never serve the contract itself; used when a purpose has no `category` of its own.
const dpvCategories: Record<string, PurposeCategory> = {
  'dpv:DirectMarketing': 'marketing',
  'dpv:Marketing': 'marketing',
  'dpv:SocialMediaMarketing': 'marketing',
  'dpv:Advertising': 'personalisedAdvertising',
  'dpv:PersonalisedAdvertising': 'personalisedAdvertising',
  'dpv:TargetedAdvertising': 'personalisedAdvertising',
  'dpv:PersonalisedBenefits': 'recommendations',
  'dpv:CreatePersonalisedRecommendations': 'recommendations',
  'dpv:CreatePersonalizedRecommendations': 'recommendations',
  'dpv:Profiling': 'profiling',
};

/** What a purpose is for: its own `category`, else the one its DPV purpose implies, else unknown. */
export function purposeCategory(purpose: Purpose): PurposeCategory | undefined {
  return purpose.category ?? (purpose.dpvPurpose ? dpvCategories[purpose.dpvPurpose] : undefined);
}

/** Whether a purpose goes beyond the service (marketing, ads, recommendations, AI training, profiling). */
export function isOptionalPurpose(purpose: Purpose): boolean {
  const category = purposeCategory(purpose);
  return category !== undefined && category !== 'necessary';
}

/** The purposes of a collected item, in the policy's order (unknown ids are a validation error, skipped here). */
export function purposesOf(policy: Policy, item: CollectedItem): Purpose[] {
  return policy.purposes.filter((purpose) => item.purposeIds.includes(purpose.id));
}

/** Bases on which the user cannot decline and keep the service: "required" in the sense of PIPA Art. 22(5). */
export const requiredBases: readonly LegalBasis[] = ['consentRequired', 'contract'];

/** Consent the user can decline: the only bases for purposes beyond the service (deemed consent has a rule of its own). */
const declinableBases: readonly LegalBasis[] = ['consentOptional', 'separateConsent', 'deemedConsent'];

/**
 * Bases that are not consent at all, for purposes that need it: every basis but declinable consent and the required
 * bases (a rule of their own). A law (legalObligation) requires its own purpose, never marketing or ads.
 */
export const nonConsentBases: readonly LegalBasis[] = legalBases.filter(
  (basis) => !declinableBases.includes(basis) && !requiredBases.includes(basis),
);

/**
 * Whether an item goes beyond what the contract needs: collected on consent the user may decline (optional, separate,
 * deemed), or only for purposes beyond the service.
 */
export function isBeyondContract(policy: Policy, item: CollectedItem): boolean {
  if (
    item.basis === 'consentOptional' ||
    item.basis === 'separateConsent' ||
    item.basis === 'deemedConsent'
  ) {
    return true;
  }
  const purposes = purposesOf(policy, item);
  return purposes.length > 0 && purposes.every(isOptionalPurpose);
}
