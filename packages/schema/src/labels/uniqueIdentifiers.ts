import type { UniqueIdentifierKind } from '../enums.js';
import { defineLabel } from './defineLabel.js';

export interface UniqueIdentifiersFacts {
  /** The kinds of number processed, each once, in policy order. */
  kinds: UniqueIdentifierKind[];
}

/**
 * Unique identifying numbers (고유식별정보) as a whole: the kinds processed. Resident registration numbers and identity
 * document numbers also have labels of their own, from the same `uniqueIdentifiers[]` entries.
 */
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
  // The resident-registration-number flag is raised by that number's own label, once.
});
