import { defineLabel } from './defineLabel.js';
import { processesChildrensData } from './policyFacts.js';

export interface ChildrenFacts {
  /** Whether a guardian's consent is obtained (the schema requires it when children's data is processed). */
  guardianConsent: boolean;
}

export const childrenLabel = defineLabel({
  id: 'children',
  family: 'processing',
  legalReference: [{ law: 'pipa', article: '22-2' }],
  dpvConcept: 'dpv:Child',
  sourceFields: ['children'],
  applies: processesChildrensData,
  facts: (policy): ChildrenFacts => ({ guardianConsent: policy.children.guardianConsent !== undefined }),
  attention: (policy) => {
    const ads = policy.behaviouralAdvertising;
    return ads && !ads.childrenUnder14Excluded ? [{ code: 'ads-to-children' }] : [];
  },
});
