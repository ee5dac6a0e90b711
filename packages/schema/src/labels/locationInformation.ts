import { defineLabel } from './defineLabel.js';
import { type ItemNamesFacts, itemNamesFacts, itemsHolding } from './policyFacts.js';

export type LocationInformationFacts = ItemNamesFacts;

/** Location information (위치정보): items marked `location`. */
export const locationInformationLabel = defineLabel({
  id: 'location-information',
  family: 'dataType',
  legalReference: [{ law: 'pipa', article: '15' }, { law: 'policyGuideline' }],
  dpvConcept: 'pd:Location',
  sourceFields: ['collectedItems'],
  applies: (policy) => itemsHolding(policy, 'location').length > 0,
  facts: (policy): LocationInformationFacts => itemNamesFacts(itemsHolding(policy, 'location')),
});
