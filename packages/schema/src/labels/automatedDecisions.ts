import { defineLabel } from './defineLabel.js';

export interface AutomatedDecisionsFacts {
  count: number;
  /**
   * Whether the user can refuse every decision (`canRefuse`, PIPA Art. 37-2(1)). Not where a decision rests on consent,
   * a contract or a law, or where the policy does not say: then the caption claims only the right to an explanation
   * (Art. 37-2(2)), which the schema's required `howToObject` tells how to use.
   */
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
    canObject: policy.automatedDecisions.every((decision) => decision.canRefuse === true),
  }),
});
