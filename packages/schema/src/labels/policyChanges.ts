import type { Policy } from '../policySchema.js';
import { defineLabel } from './defineLabel.js';

export interface PolicyChangesFacts {
  /** The date the current version applies from (YYYY-MM-DD). */
  effectiveOn: string;
}

/** The most recent entry of the version history by effective date, if any. */
export function latestVersion(policy: Policy): Policy['versionHistory'][number] | undefined {
  let latest: Policy['versionHistory'][number] | undefined;
  for (const version of policy.versionHistory) {
    if (!latest || version.effectiveOn > latest.effectiveOn) latest = version;
  }
  return latest;
}

export const policyChangesLabel = defineLabel({
  id: 'policy-changes',
  family: 'protection',
  legalReference: [{ law: 'pipaDecree', article: '31(2)' }],
  dpvConcept: 'dpv:PrivacyNotice',
  sourceFields: ['versionHistory'],
  applies: () => true,
  facts: (policy): PolicyChangesFacts => ({
    effectiveOn: latestVersion(policy)?.effectiveOn ?? policy.effectiveDate,
  }),
  attention: (policy) => (latestVersion(policy)?.adverseToUsers ? [{ code: 'adverse-change' }] : []),
});
