import type { UniqueIdentifierKind } from '../enums.js';
import { defineLabel } from './defineLabel.js';

/** The numbers of identity documents other than the resident registration card (Decree Art. 19). */
export const identityDocumentKinds = [
  'passportNumber',
  'driversLicenseNumber',
  'alienRegistrationNumber',
] as const satisfies readonly UniqueIdentifierKind[];
export type IdentityDocumentKind = (typeof identityDocumentKinds)[number];

export interface IdentityDocumentNumbersFacts {
  /** The kinds of number processed, each once, in policy order. */
  kinds: IdentityDocumentKind[];
}

const isDocumentKind = (kind: UniqueIdentifierKind): kind is IdentityDocumentKind =>
  (identityDocumentKinds as readonly UniqueIdentifierKind[]).includes(kind);

/**
 * Passport, driver's licence and alien registration numbers, from `uniqueIdentifiers[]` (PIPA Art. 24, Decree Art.
 * 19).
 */
export const identityDocumentNumbersLabel = defineLabel({
  id: 'identity-document-numbers',
  family: 'dataType',
  legalReference: [
    { law: 'pipa', article: '24' },
    { law: 'pipaDecree', article: '19' },
  ],
  dpvConcept: 'pd:OfficialID',
  sourceFields: ['uniqueIdentifiers'],
  applies: (policy) => policy.uniqueIdentifiers.some((entry) => isDocumentKind(entry.kind)),
  facts: (policy): IdentityDocumentNumbersFacts => ({
    kinds: [...new Set(policy.uniqueIdentifiers.map((entry) => entry.kind).filter(isDocumentKind))],
  }),
});
