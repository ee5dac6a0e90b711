import { defineLabel } from './defineLabel.js';
import { type ItemNamesFacts, itemNamesFacts, itemsHolding } from './policyFacts.js';

export type ImagesAndVideoFacts = ItemNamesFacts;

/**
 * Images and video of people (개인영상정보) collected as items: items marked `images`. Footage from video devices has its
 * own labels (fixed-video-devices, mobile-video-devices).
 */
export const imagesAndVideoLabel = defineLabel({
  id: 'images-and-video',
  family: 'dataType',
  legalReference: [{ law: 'pipa', article: '15' }, { law: 'policyGuideline' }],
  dpvConcept: 'pd:Picture',
  sourceFields: ['collectedItems'],
  applies: (policy) => itemsHolding(policy, 'images').length > 0,
  facts: (policy): ImagesAndVideoFacts => itemNamesFacts(itemsHolding(policy, 'images')),
});
