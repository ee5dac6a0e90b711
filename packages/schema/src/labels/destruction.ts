import type { Duration } from '../primitives.js';
import { defineLabel } from './defineLabel.js';

export interface DestructionFacts {
  /** Destroyed within this time after retention ends; none given means without delay. */
  deadline?: Duration;
}

export const destructionLabel = defineLabel({
  id: 'destruction',
  family: 'processing',
  legalReference: [
    { law: 'pipa', article: '21' },
    { law: 'pipa', article: '30(1)(3-2)' },
  ],
  dpvConcept: 'dpv:Erase',
  sourceFields: ['destruction'],
  applies: () => true,
  facts: (policy): DestructionFacts =>
    policy.destruction.deadline ? { deadline: policy.destruction.deadline } : {},
});
