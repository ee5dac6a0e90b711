import { defineLabel } from './defineLabel.js';
import { type ItemNamesFacts, itemNamesFacts, itemsHolding } from './policyFacts.js';

export type LocationInformationFacts = ItemNamesFacts;

/** Location information (위치정보): items marked `location`. */
export const locationInformationLabel = defineLabel({
  id: 'location-information',
  family: 'dataType',
  legalReference: [
    { law: 'pipa', article: '15' },
    // Personal location information is collected with the consent the Location Information Act asks for.
    { law: 'locationInformationAct', article: '18' },
  ],
  dpvConcept: 'pd:Location',
  sourceFields: ['collectedItems'],
  applies: (policy) => itemsHolding(policy, 'location').length > 0,
  facts: (policy): LocationInformationFacts => itemNamesFacts(itemsHolding(policy, 'location')),
});
