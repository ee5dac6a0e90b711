import type { LocalizedText } from '../text.js';
import { defineLabel } from './defineLabel.js';

export interface PrivacyOfficerFacts {
  name: LocalizedText;
}

export const privacyOfficerLabel = defineLabel({
  id: 'privacy-officer',
  family: 'protection',
  legalReference: [
    { law: 'pipa', article: '31' },
    { law: 'pipa', article: '30(1)(6)' },
  ],
  dpvConcept: 'dpv:DataProtectionOfficer',
  sourceFields: ['privacyOfficer'],
  applies: () => true,
  facts: (policy): PrivacyOfficerFacts => ({ name: policy.privacyOfficer.name }),
});
