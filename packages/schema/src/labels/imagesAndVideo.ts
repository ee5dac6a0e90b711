import { defineLabel } from './defineLabel.js';
import { type ItemNamesFacts, itemNamesFacts, itemsHolding } from './policyFacts.js';

export interface ImagesAndVideoFacts extends ItemNamesFacts {
  /** How many video devices (fixed and mobile) film people; their particulars are in their own labels. */
  devices: number;
}

/**
 * Images and video of people (개인영상정보): collected items marked `images`, and the footage of the video devices the
 * policy operates — personal video information is, in the PIPC's standard guideline, what those devices record. The
 * devices' particulars stay with their own labels (fixed-video-devices, mobile-video-devices); this one says that
 * images of people are processed at all.
 */
export const imagesAndVideoLabel = defineLabel({
  id: 'images-and-video',
  family: 'dataType',
  legalReference: [
    { law: 'pipa', article: '15' },
    { law: 'pipa', article: '25' },
    { law: 'pipa', article: '25-2' },
  ],
  dpvConcept: 'pd:Picture',
  sourceFields: ['collectedItems', 'videoDevices'],
  applies: (policy) => itemsHolding(policy, 'images').length > 0 || policy.videoDevices.length > 0,
  facts: (policy): ImagesAndVideoFacts => ({
    ...itemNamesFacts(itemsHolding(policy, 'images')),
    devices: policy.videoDevices.length,
  }),
});
