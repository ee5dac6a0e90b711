import { defineLabel } from './defineLabel.js';

export interface AutomatedDecisionsFacts {
  count: number;
  /** Whether every decision says how to object or ask for an explanation (the schema requires it: PIPA Art. 37-2). */
  canObject: boolean;
}

export const automatedDecisionsLabel = defineLabel({
  id: 'automated-decisions',
  family: 'processing',
  legalReference: [{ law: 'pipa', article: '37-2' }],
  dpvConcept: 'dpv:AutomatedDecisionMaking',
  sourceFields: ['automatedDecisions'],
  applies: (policy) => policy.automatedDecisions.length > 0,
  facts: (policy): AutomatedDecisionsFacts => ({
    count: policy.automatedDecisions.length,
    canObject: policy.automatedDecisions.every((decision) =>
      Object.values(decision.howToObject).some(Boolean),
    ),
  }),
});
