import { defineLabel } from './defineLabel.js';

export interface AutomaticCollectionFacts {
  usesCookies: boolean;
  deviceCount: number;
  /** Whether the policy gives a way to refuse automatic collection. */
  canRefuse: boolean;
}

export const automaticCollectionLabel = defineLabel({
  id: 'automatic-collection',
  family: 'processing',
  legalReference: [{ law: 'pipa', article: '30(1)(7)' }],
  dpvConcept: 'dpv:Observe',
  sourceFields: ['automaticCollection'],
  applies: (policy) => (policy.automaticCollection?.devices.length ?? 0) > 0,
  facts: (policy): AutomaticCollectionFacts => {
    const collection = policy.automaticCollection!;
    return {
      usesCookies: collection.devices.some((device) => device.kind === 'cookie'),
      deviceCount: collection.devices.length,
      canRefuse: collection.optOut.available,
    };
  },
  attention: (policy) =>
    policy.automaticCollection!.optOut.available ? [] : [{ code: 'tracking-without-opt-out' }],
});
