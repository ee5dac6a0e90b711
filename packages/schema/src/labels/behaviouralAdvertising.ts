import type { AttentionNotice } from './defineLabel.js';
import { defineLabel } from './defineLabel.js';
import { childrenMayUse } from './policyFacts.js';

export interface BehaviouralAdvertisingFacts {
  /** Whether users can block personalised ads. */
  canOptOut: boolean;
  /** Whether behavioural information is collected on deemed consent. */
  deemedConsent: boolean;
}

/**
 * Personalised ads built from behavioural information (PIPC guideline): the basis, deemed consent and whether ads can
 * be blocked. What is collected and who collects it is the behavioural-information label's to state.
 */
export const behaviouralAdvertisingLabel = defineLabel({
  id: 'behavioural-advertising',
  family: 'processing',
  legalReference: [{ law: 'policyGuideline' }, { law: 'adsGuideline' }],
  dpvConcept: 'dpv:PersonalisedAdvertising',
  sourceFields: ['behaviouralAdvertising'],
  applies: (policy) => policy.behaviouralAdvertising !== undefined,
  facts: (policy): BehaviouralAdvertisingFacts => {
    const ads = policy.behaviouralAdvertising!;
    return {
      canOptOut: ads.optOut.available,
      deemedConsent: ads.basis === 'deemedConsent',
    };
  },
  attention: (policy) => {
    const ads = policy.behaviouralAdvertising!;
    const notices: AttentionNotice[] = [];
    if (ads.deemedConsent) notices.push({ code: 'deemed-consent', days: ads.deemedConsent.objectionDays });
    if (!ads.optOut.available) notices.push({ code: 'ads-without-opt-out' });
    // Only where children may use the service can they be shown ads; where they may, and ads do not leave them out,
    // the flag says so (the same test as the checks' personalised-ads-to-children rule).
    if (childrenMayUse(policy) && !ads.childrenUnder14Excluded) notices.push({ code: 'ads-to-children' });
    return notices;
  },
});
