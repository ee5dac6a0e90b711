import type { LocalizedText } from '../text.js';
import { defineLabel } from './defineLabel.js';
import { identifierItems } from './policyFacts.js';

export interface ResidentRegistrationNumberFacts {
  /** The laws that require or allow it, each once, in policy order (the items whose basis is legalObligation). */
  laws: LocalizedText[];
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
    const laws: LocalizedText[] = [];
    const seen = new Set<string>();
    for (const item of identifierItems(policy, ['residentRegistrationNumber'])) {
      if (item.basis !== 'legalObligation' || !item.law) continue;
      const key = JSON.stringify(item.law);
      if (!seen.has(key)) laws.push(item.law);
      seen.add(key);
    }
    return { laws };
  },
  attention: () => [{ code: 'resident-registration-number' }],
});
