import { defineLabel } from './defineLabel.js';
import { type ItemNamesFacts, itemNamesFacts, itemsHolding } from './policyFacts.js';

export type BiometricInformationFacts = ItemNamesFacts;

/**
 * Biometric data (생체정보: face, fingerprint, voice …): items marked `biometric` or `biometricRecognition` (data used
 * for recognition is biometric data too).
 */
export const biometricInformationLabel = defineLabel({
  id: 'biometric-information',
  family: 'dataType',
  legalReference: [{ law: 'pipa', article: '15' }, { law: 'policyGuideline' }],
  dpvConcept: 'pd:Biometric',
  sourceFields: ['collectedItems'],
  applies: (policy) => itemsHolding(policy, 'biometric').length > 0,
  facts: (policy): BiometricInformationFacts => itemNamesFacts(itemsHolding(policy, 'biometric')),
});
