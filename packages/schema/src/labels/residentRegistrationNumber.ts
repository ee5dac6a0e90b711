import { distinctTexts, type LocalizedText } from '../text.js';
import { defineLabel } from './defineLabel.js';
import { identifierItems } from './policyFacts.js';

export interface ResidentRegistrationNumberFacts {
  /** The laws that require or allow it, each once, in policy order (the items whose basis is legalObligation). */
  laws: LocalizedText[];
  /**
   * How many of the items holding it are processed on another basis than a law (consent, contract …), which PIPA
   * Art. 24-2 does not allow; the caption says so rather than let the laws it names stand for every item.
   */
  withoutLaw: number;
}

/**
 * Resident registration numbers (주민등록번호), from `uniqueIdentifiers[]` entries of that kind: PIPA Art. 24-2 allows
 * them only where a law specifically requires or allows it, so the caption names those laws.
 */
export const residentRegistrationNumberLabel = defineLabel({
  id: 'resident-registration-number',
  family: 'dataType',
  legalReference: [{ law: 'pipa', article: '24-2' }],
  dpvConcept: 'pd:OfficialID',
  sourceFields: ['uniqueIdentifiers', 'collectedItems'],
  applies: (policy) => policy.uniqueIdentifiers.some((entry) => entry.kind === 'residentRegistrationNumber'),
  facts: (policy): ResidentRegistrationNumberFacts => {
    const items = identifierItems(policy, ['residentRegistrationNumber']);
    const byLaw = items.filter((item) => item.basis === 'legalObligation' && item.law);
    return {
      laws: distinctTexts(byLaw.map((item) => item.law!)),
      withoutLaw: items.length - byLaw.length,
    };
  },
  attention: () => [{ code: 'resident-registration-number' }],
});
