import { defineLabel } from './defineLabel.js';
import { referencedItem } from './policyFacts.js';

export interface SensitiveInformationFacts {
  /** How many sensitive items, counted in the collected items the entries refer to. */
  count: number;
}

export const sensitiveInformationLabel = defineLabel({
  id: 'sensitive-information',
  family: 'dataType',
  legalReference: [{ law: 'pipa', article: '23' }],
  dpvConcept: 'dpv:SensitivePersonalData',
  sourceFields: ['sensitiveInformation'],
  applies: (policy) => policy.sensitiveInformation.length > 0,
  facts: (policy): SensitiveInformationFacts => ({
    count: policy.sensitiveInformation.reduce(
      (sum, entry) => sum + (referencedItem(policy, entry.itemId)?.items.length ?? 0),
      0,
    ),
  }),
});
