import { defineLabel } from './defineLabel.js';
import { type ItemNamesFacts, itemNamesFacts, ordinaryItems } from './policyFacts.js';

export type PersonalInformationFacts = ItemNamesFacts;

/**
 * Ordinary personal information (일반 개인정보): the collected items that are neither sensitive information nor a unique
 * identifying number. Location, payment, images and biometric data not used for recognition count here too, since in
 * law they are ordinary personal information; they also have labels of their own.
 */
export const personalInformationLabel = defineLabel({
  id: 'personal-information',
  family: 'dataType',
  legalReference: [{ law: 'pipa', article: '15' }],
  dpvConcept: 'dpv:PersonalData',
  sourceFields: ['collectedItems', 'sensitiveInformation', 'uniqueIdentifiers'],
  applies: (policy) => ordinaryItems(policy).length > 0,
  facts: (policy): PersonalInformationFacts => itemNamesFacts(ordinaryItems(policy)),
});
