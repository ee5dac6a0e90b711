import { defineLabel } from './defineLabel.js';

export interface SecurityMeasuresFacts {
  count: number;
}

export const securityMeasuresLabel = defineLabel({
  id: 'security-measures',
  family: 'protection',
  legalReference: [
    { law: 'pipa', article: '29' },
    { law: 'pipaDecree', article: '30' },
  ],
  dpvConcept: 'dpv:TechnicalOrganisationalMeasure',
  sourceFields: ['securityMeasures'],
  applies: () => true,
  facts: (policy): SecurityMeasuresFacts => {
    const { administrative, technical, physical } = policy.securityMeasures;
    return { count: administrative.length + technical.length + physical.length };
  },
});
