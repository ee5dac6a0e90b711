import type { GuardianRightKind } from '../enums.js';
import { defineLabel } from './defineLabel.js';
import { processesChildrensData } from './policyFacts.js';

export interface LegalRepresentativeFacts {
  /** What a child's legal representative may ask for, as the policy lists it (empty when it does not). */
  rights: GuardianRightKind[];
}

/**
 * The rights of a child's legal representative (법정대리인, PIPA Arts. 22-2, 38(2)). It applies with children's data;
 * the children label states the consent a guardian gives, this one what a guardian may ask for afterwards.
 */
export const legalRepresentativeLabel = defineLabel({
  id: 'legal-representative',
  family: 'protection',
  legalReference: [
    { law: 'pipa', article: '22-2' },
    { law: 'pipa', article: '38(2)' },
  ],
  dpvConcept: 'dpv:GuardianOfDataSubject',
  sourceFields: ['children'],
  applies: processesChildrensData,
  facts: (policy): LegalRepresentativeFacts => ({
    rights: [...new Set(policy.children.guardianRights?.rights ?? [])],
  }),
});
