import type { LocalizedText } from '../text.js';
import { defineLabel } from './defineLabel.js';
import type { ItemNamesFacts } from './policyFacts.js';

export type PseudonymisedInformationFacts = ItemNamesFacts;

const key = (text: LocalizedText) => JSON.stringify(Object.entries(text).sort());

/**
 * Pseudonymised information as a data type (PIPA Art. 28-2): which items are pseudonymised, each once though several
 * uses may hold it. What it is processed for, who receives it and whether it is combined is the pseudonymisation
 * label's to state, from the same entries.
 */
export const pseudonymisedInformationLabel = defineLabel({
  id: 'pseudonymised-information',
  family: 'dataType',
  legalReference: [
    { law: 'pipa', article: '28-2' },
    { law: 'pipa', article: '30(1)(3-2)' },
  ],
  dpvConcept: 'dpv:PseudonymisedData',
  sourceFields: ['pseudonymisedInformation'],
  applies: (policy) => policy.pseudonymisedInformation.length > 0,
  facts: (policy): PseudonymisedInformationFacts => {
    const items = new Map<string, LocalizedText>();
    for (const entry of policy.pseudonymisedInformation) {
      for (const item of entry.items) if (!items.has(key(item))) items.set(key(item), item);
    }
    return { count: items.size, items: [...items.values()] };
  },
});
