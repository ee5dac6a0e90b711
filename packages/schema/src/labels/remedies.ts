import { defineLabel } from './defineLabel.js';

export interface RemediesFacts {
  count: number;
}

export const remediesLabel = defineLabel({
  id: 'remedies',
  family: 'protection',
  legalReference: [
    { law: 'pipa', article: '40' },
    { law: 'pipa', article: '62' },
  ],
  sourceFields: ['remedies'],
  applies: (policy) => policy.remedies.length > 0,
  facts: (policy): RemediesFacts => ({ count: policy.remedies.length }),
});
