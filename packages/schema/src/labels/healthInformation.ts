import { defineLabel } from './defineLabel.js';
import { type ItemNamesFacts, itemNamesFacts, itemsHolding } from './policyFacts.js';

export type HealthInformationFacts = ItemNamesFacts;

/** Health information (건강정보): items marked `health`. It is sensitive information in itself (PIPA Art. 23(1)). */
export const healthInformationLabel = defineLabel({
  id: 'health-information',
  family: 'dataType',
  legalReference: [{ law: 'pipa', article: '23(1)' }],
  dpvConcept: 'pd:Health',
  sourceFields: ['collectedItems'],
  applies: (policy) => itemsHolding(policy, 'health').length > 0,
  facts: (policy): HealthInformationFacts => itemNamesFacts(itemsHolding(policy, 'health')),
});
