import { defineLabel } from './defineLabel.js';

export interface OnDeviceProcessingFacts {
  /** How many features process personal information on the device. */
  features: number;
  /** Whether none of them sends anything derived from it off the device. */
  nothingLeavesDevice: boolean;
}

/** PIPC 2026 guideline: personal information processed only on the user's device and not sent to the controller. */
export const onDeviceProcessingLabel = defineLabel({
  id: 'on-device-processing',
  family: 'processing',
  legalReference: [{ law: 'policyGuideline' }],
  dpvConcept: 'dpv:WithinDevice',
  sourceFields: ['onDeviceProcessing'],
  applies: (policy) => policy.onDeviceProcessing.length > 0,
  facts: (policy): OnDeviceProcessingFacts => ({
    features: policy.onDeviceProcessing.length,
    nothingLeavesDevice: policy.onDeviceProcessing.every((entry) => entry.sentOffDevice === undefined),
  }),
});
