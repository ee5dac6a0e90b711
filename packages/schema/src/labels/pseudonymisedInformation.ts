import { defineLabel } from './defineLabel.js';

export interface PseudonymisedInformationFacts {
  count: number;
}

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
  facts: (policy): PseudonymisedInformationFacts => ({ count: policy.pseudonymisedInformation.length }),
});
