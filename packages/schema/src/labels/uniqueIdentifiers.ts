import type { UniqueIdentifierKind } from '../enums.js';
import { defineLabel } from './defineLabel.js';

export interface UniqueIdentifiersFacts {
  /** The kinds of number processed, each once, in policy order. */
  kinds: UniqueIdentifierKind[];
}

export const uniqueIdentifiersLabel = defineLabel({
  id: 'unique-identifiers',
  family: 'dataType',
  legalReference: [
    { law: 'pipa', article: '24' },
    { law: 'pipa', article: '24-2' },
  ],
  dpvConcept: 'dpv:Identifier',
  sourceFields: ['uniqueIdentifiers'],
  applies: (policy) => policy.uniqueIdentifiers.length > 0,
  facts: (policy): UniqueIdentifiersFacts => ({
    kinds: [...new Set(policy.uniqueIdentifiers.map((entry) => entry.kind))],
  }),
  attention: (policy) =>
    policy.uniqueIdentifiers.some((entry) => entry.kind === 'residentRegistrationNumber')
      ? [{ code: 'resident-registration-number' }]
      : [],
});
