import type { Duration } from '../primitives.js';
import { defineLabel } from './defineLabel.js';

export interface DataSubjectRightsFacts {
  /** How soon requests are answered, when the policy says. */
  responseTime?: Duration;
}

export const dataSubjectRightsLabel = defineLabel({
  id: 'data-subject-rights',
  family: 'protection',
  legalReference: [{ law: 'pipa', article: '35~38' }],
  dpvConcept: 'dpv:DataSubjectRight',
  sourceFields: ['rights'],
  applies: () => true,
  facts: (policy): DataSubjectRightsFacts =>
    policy.rights.responseTime ? { responseTime: policy.rights.responseTime } : {},
});
