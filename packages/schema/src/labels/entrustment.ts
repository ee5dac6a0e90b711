import type { LocalizedText } from '../text.js';
import { defineLabel } from './defineLabel.js';

export interface EntrustmentFacts {
  count: number;
  /** Every processor, in policy order; captions name two or three and count the rest. */
  processors: LocalizedText[];
}

export const entrustmentLabel = defineLabel({
  id: 'entrustment',
  family: 'processing',
  legalReference: [
    { law: 'pipa', article: '26' },
    { law: 'pipa', article: '30(1)(5)' },
  ],
  dpvConcept: 'dpv:DataProcessor',
  sourceFields: ['entrustment'],
  applies: (policy) => policy.entrustment.length > 0,
  facts: (policy): EntrustmentFacts => ({
    count: policy.entrustment.length,
    processors: policy.entrustment.map((entry) => entry.processor),
  }),
});
