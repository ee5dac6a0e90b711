import type { Policy } from '../policySchema.js';
import { defineLabel } from './defineLabel.js';

type Version = Policy['versionHistory'][number];

export interface PolicyChangesFacts {
  /** The date this policy applies from (YYYY-MM-DD): its `effectiveDate`. */
  effectiveOn: string;
  /** The date an announced later version takes effect, when the history lists one after the current version. */
  upcoming?: string;
}

/** The most recent entry of the version history by effective date, if any. */
export function latestVersion(policy: Policy): Version | undefined {
  let latest: Version | undefined;
  for (const version of policy.versionHistory) {
    if (!latest || version.effectiveOn > latest.effectiveOn) latest = version;
  }
  return latest;
}

/**
 * The versions in force on the policy's effective date: those that take effect that day, else the latest entry that took
 * effect before it. A version announced for a later day is not the current one (its changes are not in force yet), and
 * several entries of one day are all current: the reader is under every one of them.
 */
export function currentVersions(policy: Policy): Version[] {
  const sameDay = policy.versionHistory.filter((version) => version.effectiveOn === policy.effectiveDate);
  if (sameDay.length > 0) return sameDay;
  let latestBefore: string | undefined;
  for (const version of policy.versionHistory) {
    if (version.effectiveOn < policy.effectiveDate && (!latestBefore || version.effectiveOn > latestBefore)) {
      latestBefore = version.effectiveOn;
    }
  }
  return policy.versionHistory.filter((version) => version.effectiveOn === latestBefore);
}

/** The versions announced to take effect after the policy's effective date, earliest first. */
export function upcomingVersions(policy: Policy): Version[] {
  return policy.versionHistory
    .filter((version) => version.effectiveOn > policy.effectiveDate)
    .sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn));
}

export const policyChangesLabel = defineLabel({
  id: 'policy-changes',
  family: 'protection',
  legalReference: [{ law: 'pipaDecree', article: '31(2)' }],
  dpvConcept: 'dpv:PrivacyNotice',
  sourceFields: ['versionHistory', 'effectiveDate'],
  applies: () => true,
  facts: (policy): PolicyChangesFacts => {
    const upcoming = upcomingVersions(policy)[0];
    return {
      // The policy's own effective date, as its header states: a history whose latest entry is older (the version of
      // that day not listed) must not make the label date the policy years back.
      effectiveOn: policy.effectiveDate,
      ...(upcoming ? { upcoming: upcoming.effectiveOn } : {}),
    };
  },
  attention: (policy) => {
    const adverseAhead = upcomingVersions(policy).find((version) => version.adverseToUsers);
    return [
      ...(currentVersions(policy).some((version) => version.adverseToUsers)
        ? [{ code: 'adverse-change' as const }]
        : []),
      // An announced change that works against users is the one a reader most needs to know of before it applies.
      ...(adverseAhead ? [{ code: 'adverse-change-ahead' as const, date: adverseAhead.effectiveOn }] : []),
    ];
  },
});
