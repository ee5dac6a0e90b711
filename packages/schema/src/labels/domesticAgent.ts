import type { LocalizedText } from '../text.js';
import { defineLabel } from './defineLabel.js';

export interface DomesticAgentFacts {
  name: LocalizedText;
  phone: string;
}

/** PIPA Art. 31-2: the domestic agent of a controller without an address or office in Korea. */
export const domesticAgentLabel = defineLabel({
  id: 'domestic-agent',
  family: 'protection',
  legalReference: [{ law: 'pipa', article: '31-2' }],
  dpvConcept: 'dpv:Representative',
  sourceFields: ['domesticAgent'],
  applies: (policy) => policy.domesticAgent !== undefined,
  facts: (policy): DomesticAgentFacts => ({
    name: policy.domesticAgent!.name,
    phone: policy.domesticAgent!.phone,
  }),
});
