import { defineLabel } from './defineLabel.js';
import { itemNamesFacts, sensitiveItems } from './policyFacts.js';

export interface SensitiveInformationFacts {
  /**
   * How many sensitive items: those of the collected items the entries refer to, and of those whose data types are
   * sensitive in themselves (health, biometric recognition), each item once however many groups collect it.
   */
  count: number;
}

export const sensitiveInformationLabel = defineLabel({
  id: 'sensitive-information',
  family: 'dataType',
  legalReference: [{ law: 'pipa', article: '23' }],
  dpvConcept: 'dpv:SensitivePersonalData',
  sourceFields: ['sensitiveInformation', 'collectedItems'],
  applies: (policy) => sensitiveItems(policy).length > 0,
  facts: (policy): SensitiveInformationFacts => ({
    count: itemNamesFacts(sensitiveItems(policy)).count,
  }),
});
