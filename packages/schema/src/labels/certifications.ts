import type { CertificationScheme } from '../enums.js';
import type { Certification, Policy } from '../policySchema.js';
import type { LocalizedText } from '../text.js';
import { defineLabel } from './defineLabel.js';

/** A certificate is in force on a day when the day is within its period, both ends included. */
export const inForceOn = (certification: Certification, isoDate: string) =>
  certification.validFrom <= isoDate && isoDate <= certification.validTo;

/** The certifications in force on the day the policy takes effect; the label claims these and no others. */
export const certificationsInForce = (policy: Policy): Certification[] =>
  policy.certifications.filter((certification) => inForceOn(certification, policy.effectiveDate));

export interface CertificationsFacts {
  /**
   * Each certification in force on the policy's effective date: its scheme, for other schemes its name, and the last
   * day it is valid. The caption states that day, so a label read or printed after a certificate expires still says
   * only what was true ("ISMS-P (2027. 12. 31.까지)"), never that the service holds it now.
   */
  inForce: Array<{ scheme: CertificationScheme; name?: LocalizedText; validTo: string }>;
}

/**
 * Privacy and security certifications (ISMS-P, ISO/IEC 27701, APEC CBPR …). The label appears only while one is in
 * force on the policy's effective date, and names each with the day it ends, so it never claims an expired certificate
 * (not even on a sticker read years later); the checks flag listed ones that are not in force.
 */
export const certificationsLabel = defineLabel({
  id: 'certifications',
  family: 'protection',
  legalReference: [{ law: 'pipa', article: '32-2' }],
  dpvConcept: 'dpv:Certification',
  sourceFields: ['certifications', 'effectiveDate'],
  applies: (policy) => certificationsInForce(policy).length > 0,
  facts: (policy): CertificationsFacts => ({
    inForce: certificationsInForce(policy).map(({ scheme, name, validTo }) =>
      name ? { scheme, name, validTo } : { scheme, validTo },
    ),
  }),
});
