import { defineLabel } from './defineLabel.js';
import { distinctItems, type ItemNamesFacts } from './policyFacts.js';

export type PseudonymisedInformationFacts = ItemNamesFacts;

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
    { law: 'pipa', article: '30(1)(4-2)' },
  ],
  dpvConcept: 'dpv:PseudonymisedData',
  sourceFields: ['pseudonymisedInformation'],
  applies: (policy) => policy.pseudonymisedInformation.length > 0,
  facts: (policy): PseudonymisedInformationFacts => {
    const items = distinctItems(policy.pseudonymisedInformation.map((entry) => entry.items));
    return { count: items.length, items };
  },
});
