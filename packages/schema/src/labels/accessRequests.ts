import type { LocalizedText } from '../text.js';
import { defineLabel } from './defineLabel.js';

export interface AccessRequestsFacts {
  department: LocalizedText;
  phone: string;
}

/** PIPA Art. 35, Enforcement Decree Art. 41: the department that receives and handles requests to see one's data. */
export const accessRequestsLabel = defineLabel({
  id: 'access-requests',
  family: 'protection',
  legalReference: [
    { law: 'pipa', article: '35' },
    { law: 'pipaDecree', article: '41' },
  ],
  dpvConcept: 'dpv:RightExerciseNotice',
  sourceFields: ['accessRequests'],
  applies: (policy) => policy.accessRequests !== undefined,
  facts: (policy): AccessRequestsFacts => ({
    department: policy.accessRequests!.department,
    phone: policy.accessRequests!.phone,
  }),
});
