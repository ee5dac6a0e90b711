import type { LocalizedText } from '../text.js';
import { defineLabel } from './defineLabel.js';

export interface ThirdPartyProvisionFacts {
  count: number;
  /** Every recipient, in policy order; captions name two or three and count the rest. */
  recipients: LocalizedText[];
  /** How many provisions a law requires (basis legalObligation). */
  byLaw: number;
}

export const thirdPartyProvisionLabel = defineLabel({
  id: 'third-party-provision',
  family: 'processing',
  legalReference: [
    { law: 'pipa', article: '17' },
    { law: 'pipa', article: '30(1)(3)' },
  ],
  dpvConcept: 'dpv:ThirdParty',
  sourceFields: ['thirdPartyProvision'],
  applies: (policy) => policy.thirdPartyProvision.length > 0,
  facts: (policy): ThirdPartyProvisionFacts => ({
    count: policy.thirdPartyProvision.length,
    recipients: policy.thirdPartyProvision.map((provision) => provision.recipient),
    byLaw: policy.thirdPartyProvision.filter((provision) => provision.basis === 'legalObligation').length,
  }),
});
