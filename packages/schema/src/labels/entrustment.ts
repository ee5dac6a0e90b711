import type { LocalizedText } from '../text.js';
import { defineLabel } from './defineLabel.js';

export interface EntrustmentFacts {
  /**
   * The processor of every entrusted task, in policy order. A company entrusted with two tasks appears twice here;
   * captions count and name it once (`CaptionContext.names`), two or three names and then how many more.
   */
  processors: LocalizedText[];
}

export const entrustmentLabel = defineLabel({
  id: 'entrustment',
  family: 'processing',
  legalReference: [
    { law: 'pipa', article: '26' },
    { law: 'pipa', article: '30(1)(4)' },
  ],
  dpvConcept: 'dpv:DataProcessor',
  sourceFields: ['entrustment'],
  applies: (policy) => policy.entrustment.length > 0,
  facts: (policy): EntrustmentFacts => ({
    processors: policy.entrustment.map((entry) => entry.processor),
  }),
});
