import type { Policy } from '../policySchema.js';
import { distinctTexts, type LocalizedText } from '../text.js';
import { defineLabel } from './defineLabel.js';

export interface BehaviouralInformationFacts {
  /** How many kinds of behavioural information are collected, for ads and for anything else, each counted once. */
  items: number;
  /** Everyone besides the controller who collects it on the service (ad operators and other collectors), once each. */
  collectors: LocalizedText[];
}

/** Each text once, in first-seen order (the same item or company named in both places is one). */
const distinct = (texts: readonly LocalizedText[]) => distinctTexts(texts);

/** Where the policy says behavioural information is collected: for ads, for other purposes, or both. */
export function collectsBehaviouralInformation(policy: Policy): boolean {
  return policy.behaviouralInformation !== undefined || policy.behaviouralAdvertising !== undefined;
}

/**
 * Behavioural information (행태정보, PIPC guideline): what is collected and who collects it. Its use for personalised
 * ads — basis, deemed consent, blocking ads, children — is the behavioural-advertising label's to state, so this label
 * states none of it.
 */
export const behaviouralInformationLabel = defineLabel({
  id: 'behavioural-information',
  family: 'processing',
  legalReference: [{ law: 'policyGuideline' }, { law: 'adsGuideline' }],
  // DPV's personal-data extension: behavioural data (a user's activity, e.g. browsing and usage).
  dpvConcept: 'pd:Behavioral',
  sourceFields: ['behaviouralInformation', 'behaviouralAdvertising'],
  applies: collectsBehaviouralInformation,
  facts: (policy): BehaviouralInformationFacts => {
    const other = policy.behaviouralInformation;
    const ads = policy.behaviouralAdvertising;
    return {
      items: distinct([...(other?.items ?? []), ...(ads?.items ?? [])]).length,
      collectors: distinct([
        ...(ads?.operators ?? []).map((operator) => operator.name),
        ...(other?.collectors ?? []).map((collector) => collector.name),
      ]),
    };
  },
  // Collection for other purposes with no way to stop it: said in words, as the ads label says it for ads.
  attention: (policy) =>
    policy.behaviouralInformation?.optOut.available === false
      ? [{ code: 'behavioural-collection-without-opt-out' }]
      : [],
});
