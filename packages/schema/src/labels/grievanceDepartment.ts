import type { LocalizedText } from '../text.js';
import { defineLabel } from './defineLabel.js';

export interface GrievanceDepartmentFacts {
  name: LocalizedText;
  phone: string;
}

export const grievanceDepartmentLabel = defineLabel({
  id: 'grievance-department',
  family: 'protection',
  legalReference: [{ law: 'pipa', article: '30(1)(6)' }],
  sourceFields: ['contactDepartment'],
  applies: (policy) => policy.contactDepartment !== undefined,
  facts: (policy): GrievanceDepartmentFacts => ({
    name: policy.contactDepartment!.name,
    phone: policy.contactDepartment!.phone,
  }),
});
