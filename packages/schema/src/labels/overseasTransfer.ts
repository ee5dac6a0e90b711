import { defineLabel } from './defineLabel.js';

export interface OverseasTransferFacts {
  /** ISO 3166-1 codes of the destination countries, each once, in policy order. */
  countries: string[];
  /** How many recipients abroad. */
  recipients: number;
}

export const overseasTransferLabel = defineLabel({
  id: 'overseas-transfer',
  family: 'processing',
  legalReference: [
    { law: 'pipa', article: '28-8' },
    { law: 'pipaDecree', article: '31' },
  ],
  dpvConcept: 'dpv:CrossBorderTransfer',
  sourceFields: ['overseasTransfer'],
  applies: (policy) => policy.overseasTransfer.length > 0,
  facts: (policy): OverseasTransferFacts => ({
    countries: [...new Set(policy.overseasTransfer.map((transfer) => transfer.country))],
    recipients: policy.overseasTransfer.length,
  }),
  attention: () => [{ code: 'overseas-transfer' }],
});
