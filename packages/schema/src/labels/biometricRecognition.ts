import { defineLabel } from './defineLabel.js';
import { type ItemNamesFacts, itemNamesFacts, itemsHolding } from './policyFacts.js';

export type BiometricRecognitionFacts = ItemNamesFacts;

/**
 * Biometric data used to identify or authenticate a person (생체인식정보, e.g. face or fingerprint login): sensitive
 * information (PIPA Art. 23(1), Decree Art. 18(3)).
 */
export const biometricRecognitionLabel = defineLabel({
  id: 'biometric-recognition',
  family: 'dataType',
  legalReference: [
    { law: 'pipa', article: '23(1)' },
    { law: 'pipaDecree', article: '18(3)' },
  ],
  dpvConcept: 'pd:Biometric',
  sourceFields: ['collectedItems'],
  applies: (policy) => itemsHolding(policy, 'biometricRecognition').length > 0,
  facts: (policy): BiometricRecognitionFacts => itemNamesFacts(itemsHolding(policy, 'biometricRecognition')),
});
