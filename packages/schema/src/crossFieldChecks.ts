import {
  type DataType,
  declinableConsentBases,
  type LegalBasis,
  sensitiveDataTypes,
  specialCategoryBases,
} from './enums.js';
import type { PolicyErrorCode } from './errorMessages.js';

type Path = ReadonlyArray<string | number>;
type Report = (path: Path, code: PolicyErrorCode, params?: { value?: unknown; known?: unknown[] }) => void;
type Entry = Record<string, unknown>;

/** Ads on these bases rest on the user's choice, so there must be a way to say no. */
// Optional or separate consent to ads that cannot be declined contradicts itself. Deemed consent with no way out of
// the ads afterwards does not (the days to object are the way in, and then there is none): it is the second seed's
// platform, which the labels must be able to state ("맞춤형 광고 · 간주 동의 · 거부 불가") and the checks report.
const adsConsentBases: readonly LegalBasis[] = declinableConsentBases;

// These run even when the structure has errors (so every problem is reported in one pass), which means the value
// may be anything: every read is guarded, and a part that is not the right shape is skipped (its structural error is
// already reported).
// A loop, not flatMap: this runs over every collected item on each parse, and flatMap was a tenth of parsing time.
const entries = (value: unknown): Array<[number, Entry]> => {
  const found: Array<[number, Entry]> = [];
  if (!Array.isArray(value)) return found;
  for (let index = 0; index < value.length; index++) {
    const entry: unknown = value[index];
    if (isEntry(entry)) found.push([index, entry]);
  }
  return found;
};
const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const entryAt = (value: unknown, key: string): Entry | undefined => {
  const inner = isEntry(value) ? value[key] : undefined;
  return isEntry(inner) ? inner : undefined;
};
const isText = (value: unknown) =>
  isEntry(value) && Object.values(value).some((text) => typeof text === 'string');

/**
 * Rules that span several fields. Each reports a stable code at the field a person would change; the message for
 * each code is in errorMessages.ts. Contradictions only: whether a policy is lawful is `lintPolicy`'s business.
 */
export function crossFieldChecks(policy: unknown, report: Report): void {
  if (!isEntry(policy)) return;

  const purposeIds = new Set<unknown>();
  for (const [index, purpose] of entries(policy.purposes)) {
    if (purposeIds.has(purpose.id)) report(['purposes', index, 'id'], 'duplicate_id');
    purposeIds.add(purpose.id);
  }

  const itemsById = new Map<unknown, Entry>();
  for (const [index, item] of entries(policy.collectedItems)) {
    const at = (...rest: Array<string | number>): Path => ['collectedItems', index, ...rest];
    if (itemsById.has(item.id)) report(at('id'), 'duplicate_id');
    itemsById.set(item.id, item);
    if (Array.isArray(item.purposeIds)) {
      item.purposeIds.forEach((purposeId, purposeIndex) => {
        if (typeof purposeId === 'string' && !purposeIds.has(purposeId)) {
          report(at('purposeIds', purposeIndex), 'unknown_purpose', {
            value: purposeId,
            known: [...purposeIds],
          });
        }
      });
    }
    if (item.basis === 'legalObligation' && !isText(item.law)) report(at('law'), 'missing_law');
    checkDeemedConsent(item, at, report);
    const refusal = entryAt(item, 'refusal');
    if (refusal) {
      if (refusal.canRefuse === true && refusal.effect === undefined) {
        report(at('refusal', 'effect'), 'missing_refusal_effect');
      }
      if (refusal.canRefuse === false && refusal.effect !== undefined) {
        report(at('refusal', 'effect'), 'refusal_effect_without_refusal');
      }
      // "Optional" or "separate" consent that cannot be declined says two opposite things (PIPA Art. 22(5)).
      if (refusal.canRefuse === false && declinableConsentBases.includes(item.basis as LegalBasis)) {
        report(at('refusal', 'canRefuse'), 'declinable_consent_not_refusable', { value: item.basis });
      }
      // "No objection within N days counts as consent" with no way to object says two opposite things.
      if (refusal.canRefuse === false && item.basis === 'deemedConsent') {
        report(at('refusal', 'canRefuse'), 'deemed_consent_not_refusable');
      }
    }
  }

  for (const field of ['sensitiveInformation', 'uniqueIdentifiers'] as const) {
    for (const [index, entry] of entries(policy[field])) {
      if (typeof entry.itemId !== 'string') continue;
      const item = itemsById.get(entry.itemId);
      if (!item) {
        report([field, index, 'itemId'], 'unknown_item', {
          value: entry.itemId,
          known: [...itemsById.keys()],
        });
      } else if (!specialCategoryBases.includes(item.basis as LegalBasis)) {
        report([field, index, 'itemId'], 'special_category_basis', { value: item.basis });
      }
    }
  }

  checkDataTypes(policy, itemsById, report);

  for (const [index, provision] of entries(policy.thirdPartyProvision)) {
    if (provision.basis === 'legalObligation' && !isText(provision.law)) {
      report(['thirdPartyProvision', index, 'law'], 'missing_law');
    }
  }

  // Decree Art. 31: a provision or entrustment abroad must come with the overseas-transfer particulars.
  const transferCountries = new Set<unknown>();
  for (const [index, transfer] of entries(policy.overseasTransfer)) {
    // A transfer "abroad" to Korea would have its label warn of a transfer that at a glance says is not there.
    if (transfer.country === 'KR')
      report(['overseasTransfer', index, 'country'], 'overseas_transfer_to_korea');
    transferCountries.add(transfer.country);
  }
  for (const field of ['thirdPartyProvision', 'entrustment'] as const) {
    for (const [index, entry] of entries(policy[field])) {
      if (
        typeof entry.country === 'string' &&
        entry.country !== 'KR' &&
        !transferCountries.has(entry.country)
      ) {
        report([field, index, 'country'], 'missing_overseas_transfer', { value: entry.country });
      }
    }
  }

  const ads = entryAt(policy, 'behaviouralAdvertising');
  if (ads) {
    checkDeemedConsent(ads, (...rest) => ['behaviouralAdvertising', ...rest], report);
    const adsOptOut = entryAt(ads, 'optOut');
    checkOptOut(adsOptOut, ['behaviouralAdvertising', 'optOut'], report);
    // Consent to ads that cannot be declined contradicts itself (see adsConsentBases).
    if (adsOptOut?.available === false && adsConsentBases.includes(ads.basis as LegalBasis)) {
      report(['behaviouralAdvertising', 'optOut', 'available'], 'ads_consent_without_opt_out', {
        value: ads.basis,
      });
    }
  }
  checkOptOut(
    entryAt(entryAt(policy, 'automaticCollection'), 'optOut'),
    ['automaticCollection', 'optOut'],
    report,
  );

  checkGuideline2026(policy, report);

  const children = entryAt(policy, 'children');
  if (children?.collectsFromUnder14 === true) {
    // PIPA Art. 22-2: under-14 data needs a legal representative's consent.
    if (!children.guardianConsent) report(['children', 'guardianConsent'], 'missing_guardian_consent');
    if (typeof children.minimumAge === 'number' && children.minimumAge >= 14) {
      report(['children', 'minimumAge'], 'minimum_age_contradiction', { value: children.minimumAge });
    }
  }

  const versions = new Set<unknown>();
  for (const [index, version] of entries(policy.versionHistory)) {
    if (versions.has(version.version)) report(['versionHistory', index, 'version'], 'duplicate_version');
    versions.add(version.version);
    if (
      typeof version.effectiveOn === 'string' &&
      typeof version.announcedOn === 'string' &&
      version.effectiveOn < version.announcedOn
    ) {
      report(['versionHistory', index, 'effectiveOn'], 'effective_before_announced');
    }
  }
}

/** `deemedConsent` details are required with the basis deemedConsent, and meaningless with any other. */
function checkDeemedConsent(entry: Entry, at: (...rest: string[]) => Path, report: Report) {
  if (entry.basis === 'deemedConsent' && entry.deemedConsent === undefined) {
    report(at('deemedConsent'), 'missing_deemed_consent');
  }
  if (
    entry.basis !== 'deemedConsent' &&
    entry.deemedConsent !== undefined &&
    typeof entry.basis === 'string'
  ) {
    report(at('deemedConsent'), 'deemed_consent_without_basis', { value: entry.basis });
  }
}

/** A way out needs its steps; steps without a way out contradict it. */
function checkOptOut(optOut: Entry | undefined, path: Path, report: Report) {
  if (!optOut) return;
  if (optOut.available === true && optOut.how === undefined)
    report([...path, 'how'], 'missing_opt_out_steps');
  if (optOut.available === false && optOut.how !== undefined) {
    report([...path, 'how'], 'opt_out_steps_without_opt_out');
  }
}

/**
 * An item says which data types it holds, once: no type twice, no `biometric` beside `biometricRecognition` (which
 * says it already), and an item of a sensitive type (health, biometric recognition) is sensitive information in
 * itself, so it needs the special-category basis and no `sensitiveInformation` entry that only repeats it.
 */
function checkDataTypes(policy: Entry, itemsById: ReadonlyMap<unknown, Entry>, report: Report) {
  const referencedAsSensitive = new Set(
    entries(policy.sensitiveInformation).map(([, entry]) => entry.itemId),
  );
  for (const [index, item] of entries(policy.collectedItems)) {
    if (!Array.isArray(item.dataTypes)) continue;
    const types = item.dataTypes as unknown[];
    types.forEach((type, typeIndex) => {
      const at: Path = ['collectedItems', index, 'dataTypes', typeIndex];
      if (types.indexOf(type) !== typeIndex) report(at, 'duplicate_data_type', { value: type });
      else if (type === 'biometric' && types.includes('biometricRecognition')) {
        report(at, 'biometric_implied_by_recognition');
      }
    });
    const sensitiveType = types.find((type) => sensitiveDataTypes.includes(type as DataType));
    if (
      sensitiveType !== undefined &&
      typeof item.basis === 'string' &&
      !specialCategoryBases.includes(item.basis as LegalBasis) &&
      // A sensitiveInformation entry on the item reports the same basis already.
      !referencedAsSensitive.has(item.id)
    ) {
      report(['collectedItems', index, 'basis'], 'sensitive_data_type_basis', {
        value: sensitiveType,
        known: [...specialCategoryBases],
      });
    }
  }
  for (const [index, entry] of entries(policy.sensitiveInformation)) {
    const item = itemsById.get(entry.itemId);
    const types = Array.isArray(item?.dataTypes) ? (item.dataTypes as unknown[]) : [];
    const sensitiveType = types.find((type) => sensitiveDataTypes.includes(type as DataType));
    if (
      sensitiveType !== undefined &&
      entry.disclosureRisk === undefined &&
      entry.howToKeepPrivate === undefined
    ) {
      report(['sensitiveInformation', index], 'sensitive_stated_twice', { value: entry.itemId });
    }
  }
}

/** The fields the PIPC 2026 guideline's labels read: additional use, behavioural information, generative AI, certifications. */
function checkGuideline2026(policy: Entry, report: Report) {
  for (const [index, use] of entries(policy.additionalUse)) {
    const at = (...rest: Array<string | number>): Path => ['additionalUse', index, ...rest];
    // PIPA Art. 17(4) is provision to someone; Art. 15(3) is the controller's own use.
    if (use.kind === 'provision' && !isText(use.recipient))
      report(at('recipient'), 'missing_additional_use_recipient');
    if (use.kind === 'use' && use.recipient !== undefined)
      report(at('recipient'), 'recipient_without_provision');
    const seen = new Set<unknown>();
    for (const [criterionIndex, criterion] of entries(use.criteria)) {
      if (seen.has(criterion.criterion)) {
        report(at('criteria', criterionIndex, 'criterion'), 'duplicate_criterion', {
          value: criterion.criterion,
        });
      }
      seen.add(criterion.criterion);
    }
  }

  const behavioural = entryAt(policy, 'behaviouralInformation');
  if (behavioural) checkOptOut(entryAt(behavioural, 'optOut'), ['behaviouralInformation', 'optOut'], report);

  const ai = entryAt(policy, 'generativeAi');
  if (ai) {
    if (ai.prompts === undefined && ai.training === undefined)
      report(['generativeAi'], 'generative_ai_without_data');
    checkOptOut(entryAt(entryAt(ai, 'training'), 'optOut'), ['generativeAi', 'training', 'optOut'], report);
  }

  for (const [index, certification] of entries(policy.certifications)) {
    if (certification.scheme === 'other' && !isText(certification.name)) {
      report(['certifications', index, 'name'], 'missing_certification_name');
    }
    if (
      typeof certification.validFrom === 'string' &&
      typeof certification.validTo === 'string' &&
      certification.validTo < certification.validFrom
    ) {
      report(['certifications', index, 'validTo'], 'certificate_ends_before_it_starts', {
        value: certification.validTo,
      });
    }
  }
}
