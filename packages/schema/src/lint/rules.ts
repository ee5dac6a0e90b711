// The PIPA checks, one entry per rule: what it looks at, how serious a finding is, and where the law says so.
// The words of each rule (title, message, fix) are in each language's `ReviewWords.lint.rules[id]` (review/ko.ts, review/en.ts). Every rule's
// source is in the project's research notes (research/korea.md): the Act's articles, the Decree and the PIPC
// guideline as summarised there.

import type { PolicyDiff } from '../diff/diffPolicies.js';
import {
  type CertificationScheme,
  type CompatibilityCriterion,
  compatibilityCriteria,
  type LegalBasis,
  type RefusalEffect,
  type UniqueIdentifierKind,
} from '../enums.js';
import { inForceOn } from '../labels/certifications.js';
import type { LegalReference } from '../labels/defineLabel.js';
import { currentVersions, latestVersion } from '../labels/policyChanges.js';
import { childrenMayUse, sensitiveItems } from '../labels/policyFacts.js';
import type { Policy } from '../policySchema.js';
import type { LocalizedText } from '../text.js';
import {
  isBeyondContract,
  isOptionalPurpose,
  nonConsentBases,
  purposesOf,
  requiredBases,
} from './purposeCategory.js';

/**
 * `error`: the Act or its Decree forbids it or requires what is missing; `warning`: a PIPC guideline asks otherwise,
 * or the law is likely broken; `notice`: worth a look, nothing is broken.
 */
export type LintSeverity = 'error' | 'warning' | 'notice';
export const lintSeverities: readonly LintSeverity[] = ['error', 'warning', 'notice'];

/** A purpose as a rule names it: the policy's own title, or personalised advertising (named by the words). */
export type PurposeName = LocalizedText | 'personalisedAdvertising';

/** The values a rule's message and fix state, per rule. */
export interface LintRuleParams {
  'optional-purpose-on-required-consent': {
    items: LocalizedText[];
    purposes: PurposeName[];
    basis: LegalBasis;
  };
  'optional-purpose-without-consent': { items: LocalizedText[]; purposes: PurposeName[]; basis: LegalBasis };
  'deemed-consent-beyond-contract': { items: LocalizedText[]; purposes: PurposeName[]; days: number };
  'refusal-costs-service': { items: LocalizedText[]; effect: RefusalEffect };
  'resident-registration-number-without-law': { items: LocalizedText[] };
  'special-category-without-separate-consent': {
    items: LocalizedText[];
    kind: 'sensitive' | UniqueIdentifierKind;
    basis: LegalBasis;
  };
  'children-without-guardian-consent': { minimumAge?: number };
  'personalised-ads-to-children': { minimumAge?: number };
  'overseas-transfer-particular-missing': {
    recipient: LocalizedText;
    missing: Array<'howToRefuse' | 'refusalConsequence'>;
  };
  'automatic-collection-without-refusal': Record<string, never>;
  'ads-without-opt-out': Record<string, never>;
  'behavioural-collection-without-opt-out': Record<string, never>;
  'ai-training-without-opt-out': Record<string, never>;
  'mandatory-item-missing': { item: 'automaticCollection' | 'securityMeasures' | 'contact' };
  'sensitive-disclosure-missing': {
    items: LocalizedText[];
    missing: Array<'disclosureRisk' | 'howToKeepPrivate'>;
    /** Set when the item is sensitive by its data types and has no `sensitiveInformation` entry to write them in. */
    itemIdWithoutEntry?: string;
  };
  'change-notice-too-short': { days: number; required: 7 | 30; version: string };
  'significant-change-without-comparison': { version: string };
  'adverse-change-not-declared': { version?: string; adverseChanges: number };
  'adverse-change-not-computed': { version: string };
  'effective-version-not-in-history': {
    effectiveDate: string;
    /** The latest version that took effect before the effective date, when the history lists one. */
    latestBefore?: { version: string; effectiveOn: string };
  };
  'certification-not-in-force': {
    scheme: CertificationScheme;
    name?: LocalizedText;
    validFrom: string;
    validTo: string;
    effectiveDate: string;
    /** Whether the period ended before the effective date (else it starts after it). */
    ended: boolean;
  };
  'additional-use-criteria-missing': { purpose: LocalizedText; missing: CompatibilityCriterion[] };
  'guardian-rights-missing': Record<string, never>;
  'name-written-two-ways': {
    /** What is named: items are counted as distinct in every language, companies in each caption's own language. */
    kind: NamedThing;
    /** The language in which the names agree, and the name. */
    shared: { language: string; text: string };
    /** The language in which they do not, and each way it is written there. */
    differing: { language: string; texts: string[] };
  };
}

/** What the labels count by name: collected items, recipients (of a provision or an overseas transfer), processors. */
export type NamedThing = 'item' | 'recipient' | 'processor';

export type LintRuleId = keyof LintRuleParams;

/** A finding before it is put into words. */
export interface RawFinding<Id extends LintRuleId = LintRuleId> {
  path: ReadonlyArray<string | number>;
  params: LintRuleParams[Id];
}

/** What a rule may look at: the policy and, for the version rules, the previous version and the computed diff. */
export interface LintContext {
  policy: Policy;
  previous?: Policy;
  diff?: PolicyDiff;
}

export interface LintRule<Id extends LintRuleId = LintRuleId> {
  id: Id;
  severity: LintSeverity;
  /** The provisions the finding cites. */
  legalReference: readonly LegalReference[];
  /** Whether the rule needs the previous version (`lintPolicy(policy, { previous })`) to say anything. */
  needsPrevious?: boolean;
  check(context: LintContext): Array<RawFinding<Id>>;
}

function defineRule<const Id extends LintRuleId>(rule: LintRule<Id>): LintRule<Id> {
  return rule;
}

const itemsOf = (policy: Policy, itemId: string): LocalizedText[] =>
  policy.collectedItems.find((item) => item.id === itemId)?.items ?? [];

/** The purpose of `behaviouralAdvertising`, named in each language's words. */
const personalisedAds = 'personalisedAdvertising' as const;

/**
 * Items (and personalised ads) whose purposes go beyond what the service needs, collected on one of `bases`: the same
 * finding for required consent (an error) and for no consent at all (a warning).
 */
function optionalPurposesOnBases(
  policy: Policy,
  bases: readonly LegalBasis[],
): Array<RawFinding<'optional-purpose-on-required-consent' | 'optional-purpose-without-consent'>> {
  const findings: Array<
    RawFinding<'optional-purpose-on-required-consent' | 'optional-purpose-without-consent'>
  > = [];
  policy.collectedItems.forEach((item, index) => {
    if (!bases.includes(item.basis)) return;
    const optional = purposesOf(policy, item).filter(isOptionalPurpose);
    if (optional.length === 0) return;
    findings.push({
      path: ['collectedItems', index, 'basis'],
      params: { items: item.items, purposes: optional.map((purpose) => purpose.title), basis: item.basis },
    });
  });
  const ads = policy.behaviouralAdvertising;
  if (ads && bases.includes(ads.basis)) {
    findings.push({
      path: ['behaviouralAdvertising', 'basis'],
      params: { items: ads.items, purposes: [personalisedAds], basis: ads.basis },
    });
  }
  return findings;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export const lintRules = [
  // PIPA Arts. 22(1), 22(5): marketing, ads, recommendations, AI training and profiling need consent the user can decline.
  defineRule({
    id: 'optional-purpose-on-required-consent',
    severity: 'error',
    legalReference: [
      { law: 'pipa', article: '22(1)' },
      { law: 'pipa', article: '22(5)' },
    ],
    check: ({ policy }) => optionalPurposesOnBases(policy, requiredBases),
  }),
  // The PIPC fined Google and Meta in 2022 for behavioural data collected without valid consent (research/korea.md).
  defineRule({
    id: 'optional-purpose-without-consent',
    severity: 'warning',
    legalReference: [{ law: 'pipa', article: '22(1)' }, { law: 'adsGuideline' }],
    check: ({ policy }) => optionalPurposesOnBases(policy, nonConsentBases),
  }),
  // PIPA Art. 22(1) and Decree Art. 17: consent is a clear act; silence is not consent. Only what the contract needs
  // may be processed without consent (Art. 15(1)), so deemed consent can cover nothing else.
  defineRule({
    id: 'deemed-consent-beyond-contract',
    severity: 'error',
    legalReference: [
      { law: 'pipa', article: '22(1)' },
      { law: 'pipa', article: '22(5)' },
      { law: 'pipaDecree', article: '17' },
    ],
    check: ({ policy }) => {
      const findings: Array<RawFinding<'deemed-consent-beyond-contract'>> = [];
      policy.collectedItems.forEach((item, index) => {
        if (item.basis !== 'deemedConsent') return;
        const beyond = purposesOf(policy, item).filter((purpose) => purpose.category !== 'necessary');
        if (beyond.length === 0) return;
        findings.push({
          path: ['collectedItems', index, 'basis'],
          params: {
            items: item.items,
            purposes: beyond.map((purpose) => purpose.title),
            days: item.deemedConsent?.objectionDays ?? 0,
          },
        });
      });
      const ads = policy.behaviouralAdvertising;
      if (ads?.basis === 'deemedConsent') {
        findings.push({
          path: ['behaviouralAdvertising', 'basis'],
          params: {
            items: ads.items,
            purposes: [personalisedAds],
            days: ads.deemedConsent?.objectionDays ?? 0,
          },
        });
      }
      return findings;
    },
  }),
  // PIPA Arts. 16(3), 22(5): declining what the service does not need must not cost the service.
  defineRule({
    id: 'refusal-costs-service',
    severity: 'error',
    legalReference: [
      { law: 'pipa', article: '16(3)' },
      { law: 'pipa', article: '22(5)' },
    ],
    check: ({ policy }) =>
      policy.collectedItems.flatMap((item, index) => {
        const effect = item.refusal.effect;
        if (effect !== 'serviceUnavailable' && effect !== 'contractTerminated') return [];
        if (!isBeyondContract(policy, item)) return [];
        return [
          { path: ['collectedItems', index, 'refusal', 'effect'], params: { items: item.items, effect } },
        ];
      }),
  }),
  // PIPA Art. 24-2: resident registration numbers only where a law requires or allows them; consent is not enough.
  defineRule({
    id: 'resident-registration-number-without-law',
    severity: 'error',
    legalReference: [{ law: 'pipa', article: '24-2' }],
    check: ({ policy }) =>
      policy.uniqueIdentifiers.flatMap((identifier, index) => {
        if (identifier.kind !== 'residentRegistrationNumber') return [];
        const item = policy.collectedItems.find((candidate) => candidate.id === identifier.itemId);
        if (!item || item.basis === 'legalObligation') return [];
        return [{ path: ['uniqueIdentifiers', index, 'itemId'], params: { items: item.items } }];
      }),
  }),
  // PIPA Arts. 23, 24. `parsePolicy` already rejects these (special_category_basis); the rule covers policies built in
  // code without it, so the check holds however a policy was made.
  defineRule({
    id: 'special-category-without-separate-consent',
    severity: 'error',
    legalReference: [
      { law: 'pipa', article: '23' },
      { law: 'pipa', article: '24' },
    ],
    check: ({ policy }) => {
      const findings: Array<RawFinding<'special-category-without-separate-consent'>> = [];
      const check = (
        field: 'sensitiveInformation' | 'uniqueIdentifiers',
        index: number,
        itemId: string,
        kind: 'sensitive' | UniqueIdentifierKind,
      ) => {
        const item = policy.collectedItems.find((candidate) => candidate.id === itemId);
        if (!item || item.basis === 'separateConsent' || item.basis === 'legalObligation') return;
        findings.push({
          path: [field, index, 'itemId'],
          params: { items: item.items, kind, basis: item.basis },
        });
      };
      policy.sensitiveInformation.forEach((entry, index) => {
        check('sensitiveInformation', index, entry.itemId, 'sensitive');
      });
      policy.uniqueIdentifiers.forEach((entry, index) => {
        check('uniqueIdentifiers', index, entry.itemId, entry.kind);
      });
      return findings;
    },
  }),
  // PIPA Art. 22-2: a service open to under-14s needs a legal representative's consent.
  defineRule({
    id: 'children-without-guardian-consent',
    severity: 'error',
    legalReference: [{ law: 'pipa', article: '22-2' }],
    check: ({ policy }) => {
      const { children } = policy;
      if (children.guardianConsent || !childrenMayUse(policy)) return [];
      return [
        {
          path: children.collectsFromUnder14 ? ['children', 'guardianConsent'] : ['children', 'minimumAge'],
          params: children.minimumAge === undefined ? {} : { minimumAge: children.minimumAge },
        },
      ];
    },
  }),
  // The PIPC's guidelines: no personalised ads from behavioural data of children under 14 (and the first seed's promise).
  defineRule({
    id: 'personalised-ads-to-children',
    severity: 'error',
    legalReference: [{ law: 'adsGuideline' }, { law: 'policyGuideline' }, { law: 'pipa', article: '22-2' }],
    check: ({ policy }) => {
      const ads = policy.behaviouralAdvertising;
      if (!ads || ads.childrenUnder14Excluded || !childrenMayUse(policy)) return [];
      return [
        {
          path: ['behaviouralAdvertising', 'childrenUnder14Excluded'],
          params: policy.children.minimumAge === undefined ? {} : { minimumAge: policy.children.minimumAge },
        },
      ];
    },
  }),
  // PIPA Art. 28-8 and Decree Art. 31: a transfer on consent tells users how to refuse it and what refusing costs.
  defineRule({
    id: 'overseas-transfer-particular-missing',
    severity: 'error',
    legalReference: [
      { law: 'pipa', article: '28-8' },
      { law: 'pipaDecree', article: '31' },
    ],
    check: ({ policy }) =>
      policy.overseasTransfer.flatMap((transfer, index) => {
        if (transfer.legalBasis !== 'consent') return [];
        const missing = (['howToRefuse', 'refusalConsequence'] as const).filter((key) => !transfer[key]);
        if (missing.length === 0) return [];
        return [
          {
            path: ['overseasTransfer', index, missing[0]!],
            params: { recipient: transfer.recipient, missing: [...missing] },
          },
        ];
      }),
  }),
  // PIPA Art. 30(1)(7): the policy must say how to refuse automatic collection devices; there must be a way.
  defineRule({
    id: 'automatic-collection-without-refusal',
    severity: 'error',
    legalReference: [{ law: 'pipa', article: '30(1)(7)' }],
    check: ({ policy }) =>
      policy.automaticCollection && !policy.automaticCollection.optOut.available
        ? [{ path: ['automaticCollection', 'optOut', 'available'], params: {} }]
        : [],
  }),
  // The PIPC's personalised-ads guideline: users can block personalised ads at any time.
  defineRule({
    id: 'ads-without-opt-out',
    severity: 'warning',
    legalReference: [{ law: 'adsGuideline' }, { law: 'policyGuideline' }],
    check: ({ policy }) =>
      policy.behaviouralAdvertising && !policy.behaviouralAdvertising.optOut.available
        ? [{ path: ['behaviouralAdvertising', 'optOut', 'available'], params: {} }]
        : [],
  }),
  // PIPA Art. 37(1): users may ask that processing stop or withdraw consent; the PIPC's policy guideline (2026) asks
  // the policy to say how to stop the collection of behavioural information.
  defineRule({
    id: 'behavioural-collection-without-opt-out',
    severity: 'warning',
    legalReference: [{ law: 'pipa', article: '37' }, { law: 'policyGuideline' }],
    check: ({ policy }) =>
      policy.behaviouralInformation && !policy.behaviouralInformation.optOut.available
        ? [{ path: ['behaviouralInformation', 'optOut', 'available'], params: {} }]
        : [],
  }),
  // PIPA Art. 37(1) and the PIPC's policy guideline (2026): a way to keep one's information out of model training.
  defineRule({
    id: 'ai-training-without-opt-out',
    severity: 'warning',
    legalReference: [{ law: 'pipa', article: '37' }, { law: 'policyGuideline' }],
    check: ({ policy }) =>
      policy.generativeAi?.training && !policy.generativeAi.training.optOut.available
        ? [{ path: ['generativeAi', 'training', 'optOut', 'available'], params: {} }]
        : [],
  }),
  // PIPA Art. 30(1), Decree Art. 31(1): what the policy must contain, for what the data shows is processed.
  defineRule({
    id: 'mandatory-item-missing',
    severity: 'error',
    legalReference: [
      { law: 'pipa', article: '30(1)' },
      { law: 'pipaDecree', article: '31(1)' },
    ],
    check: ({ policy }) => {
      const findings: Array<RawFinding<'mandatory-item-missing'>> = [];
      // Behavioural information is gathered by cookies, scripts or SDKs: those devices and how to refuse them.
      if (policy.behaviouralAdvertising && !policy.automaticCollection) {
        findings.push({ path: ['automaticCollection'], params: { item: 'automaticCollection' } });
      }
      const { administrative, technical, physical } = policy.securityMeasures;
      if (administrative.length + technical.length + physical.length === 0) {
        findings.push({ path: ['securityMeasures'], params: { item: 'securityMeasures' } });
      }
      // Art. 30(1)(6): the officer's contact, or a department's name and phone number.
      if (!policy.privacyOfficer.phone && !policy.contactDepartment) {
        findings.push({ path: ['contactDepartment'], params: { item: 'contact' } });
      }
      return findings;
    },
  }),
  // PIPA Art. 30(1) (research/korea.md, item 5): sensitive information that may be disclosed, and how to keep it private.
  defineRule({
    id: 'sensitive-disclosure-missing',
    severity: 'warning',
    legalReference: [
      { law: 'pipa', article: '23(3)' },
      { law: 'pipa', article: '30(1)' },
    ],
    check: ({ policy }) => {
      const findings = policy.sensitiveInformation.flatMap((entry, index) => {
        const missing = (['disclosureRisk', 'howToKeepPrivate'] as const).filter((key) => !entry[key]);
        if (missing.length === 0) return [];
        return [
          {
            path: ['sensitiveInformation', index, missing[0]!] as Array<string | number>,
            params: {
              items: itemsOf(policy, entry.itemId),
              missing: [...missing],
            } as LintRuleParams['sensitive-disclosure-missing'],
          },
        ];
      });
      // Items that are sensitive by their data types (health, biometric recognition) without an entry of their own.
      const entries = new Set(policy.sensitiveInformation.map((entry) => entry.itemId));
      for (const item of sensitiveItems(policy)) {
        if (entries.has(item.id)) continue;
        findings.push({
          path: ['collectedItems', policy.collectedItems.indexOf(item), 'dataTypes'],
          params: {
            items: item.items,
            missing: ['disclosureRisk', 'howToKeepPrivate'],
            itemIdWithoutEntry: item.id,
          },
        });
      }
      return findings;
    },
  }),
  // PIPC guideline (2026) and common template wording: 7 days' notice, 30 for a change adverse to users.
  defineRule({
    id: 'change-notice-too-short',
    severity: 'warning',
    legalReference: [{ law: 'policyGuideline' }],
    check: ({ policy, diff }) => {
      const index = latestVersionIndex(policy);
      if (index === undefined) return [];
      const version = policy.versionHistory[index]!;
      const adverse = diff ? diff.impact === 'adverse' : version.adverseToUsers;
      const expands = diff ? diff.changes.some((change) => change.kind === 'added') : adverse;
      const required = adverse ? 30 : expands ? 7 : undefined;
      const days = daysBetween(version.announcedOn, version.effectiveOn);
      if (required === undefined || days >= required) return [];
      return [
        {
          path: ['versionHistory', index, 'announcedOn'],
          params: { days, required, version: version.version },
        },
      ];
    },
  }),
  // PIPC guideline (2026): a significant change comes with a before/after comparison table (신구대조표).
  defineRule({
    id: 'significant-change-without-comparison',
    severity: 'warning',
    legalReference: [{ law: 'policyGuideline' }],
    check: ({ policy, diff }) => {
      const index = latestVersionIndex(policy);
      if (index === undefined) return [];
      const version = policy.versionHistory[index]!;
      const significant = diff ? diff.significant : version.adverseToUsers;
      if (!significant || version.comparisonUrl) return [];
      return [{ path: ['versionHistory', index, 'comparisonUrl'], params: { version: version.version } }];
    },
  }),
  // The adverse-change flag on the labels comes from `adverseToUsers`: it must agree with what actually changed.
  defineRule({
    id: 'adverse-change-not-declared',
    severity: 'error',
    legalReference: [{ law: 'policyGuideline' }, { law: 'pipaDecree', article: '31(2)' }],
    needsPrevious: true,
    check: ({ policy, diff }) => {
      if (diff?.impact !== 'adverse') return [];
      const adverseChanges = diff.changes.filter((change) => change.impact === 'adverse').length;
      const index = currentVersionIndex(policy);
      if (index === undefined) return [{ path: ['versionHistory'], params: { adverseChanges } }];
      const version = policy.versionHistory[index]!;
      if (version.adverseToUsers) return [];
      return [
        {
          path: ['versionHistory', index, 'adverseToUsers'],
          params: { version: version.version, adverseChanges },
        },
      ];
    },
  }),
  defineRule({
    id: 'adverse-change-not-computed',
    severity: 'notice',
    legalReference: [{ law: 'policyGuideline' }],
    needsPrevious: true,
    check: ({ policy, diff }) => {
      if (!diff || diff.impact === 'adverse') return [];
      const index = currentVersionIndex(policy);
      const version = index === undefined ? undefined : policy.versionHistory[index];
      if (!version?.adverseToUsers) return [];
      return [{ path: ['versionHistory', index!, 'adverseToUsers'], params: { version: version.version } }];
    },
  }),
  // The labels and the page date the policy by its effectiveDate, and flag an adverse change from the versions in
  // force that day: a history without the version of that day leaves both without their source.
  defineRule({
    id: 'effective-version-not-in-history',
    severity: 'warning',
    legalReference: [{ law: 'pipaDecree', article: '31(2)' }],
    check: ({ policy }) => {
      if (policy.versionHistory.length === 0) return [];
      if (policy.versionHistory.some((version) => version.effectiveOn === policy.effectiveDate)) return [];
      const before = currentVersions(policy)[0];
      return [
        {
          path: ['versionHistory'],
          params: {
            effectiveDate: policy.effectiveDate,
            ...(before ? { latestBefore: { version: before.version, effectiveOn: before.effectiveOn } } : {}),
          },
        },
      ];
    },
  }),
  // A certificate outside its period is not held on the day the policy takes effect: the certifications label leaves
  // it out, and the policy should not list it as held (PIPA Art. 32-2; ISMS-P certificates last three years).
  defineRule({
    id: 'certification-not-in-force',
    severity: 'warning',
    legalReference: [{ law: 'pipa', article: '32-2' }, { law: 'policyGuideline' }],
    check: ({ policy }) =>
      policy.certifications.flatMap(
        (certification, index): Array<RawFinding<'certification-not-in-force'>> => {
          if (inForceOn(certification, policy.effectiveDate)) return [];
          const ended = certification.validTo < policy.effectiveDate;
          const { scheme, name, validFrom, validTo } = certification;
          return [
            {
              path: ['certifications', index, ended ? 'validTo' : 'validFrom'],
              params: {
                scheme,
                ...(name ? { name } : {}),
                validFrom,
                validTo,
                effectiveDate: policy.effectiveDate,
                ended,
              },
            },
          ];
        },
      ),
  }),
  // Enforcement Decree Art. 14-2: further use or provision without consent weighs every criterion, and the policy
  // says in advance how it does.
  defineRule({
    id: 'additional-use-criteria-missing',
    severity: 'warning',
    legalReference: [
      { law: 'pipa', article: '15(3)' },
      { law: 'pipa', article: '17(4)' },
      { law: 'pipaDecree', article: '14-2' },
    ],
    check: ({ policy }) =>
      policy.additionalUse.flatMap((use, index): Array<RawFinding<'additional-use-criteria-missing'>> => {
        const given = new Set(use.criteria.map((entry) => entry.criterion));
        const missing = compatibilityCriteria.filter((criterion) => !given.has(criterion));
        return missing.length > 0
          ? [{ path: ['additionalUse', index, 'criteria'], params: { purpose: use.purpose, missing } }]
          : [];
      }),
  }),
  // PIPA Art. 30(1)(5): the policy says what a legal representative may ask for and how; with children's data
  // (Art. 22-2) that is the legal-representative label's content.
  defineRule({
    id: 'guardian-rights-missing',
    severity: 'warning',
    legalReference: [
      { law: 'pipa', article: '30(1)(5)' },
      { law: 'pipa', article: '22-2' },
    ],
    check: ({ policy }) =>
      policy.children.collectsFromUnder14 &&
      !policy.children.guardianRights &&
      !policy.rights.legalRepresentative
        ? [{ path: ['children', 'guardianRights'], params: {} }]
        : [],
  }),
  // The labels count items as distinct when some language writes them differently ("이메일 주소 / Email address" and
  // "이메일 주소 / E-mail address" are two items), which is right for two things that share a Korean name, but a Korean
  // reader then sees a count above the names listed. Companies are counted by the caption's own language, so one
  // written two ways in English is one company in the Korean label and two in the English one. Worth a look: often
  // one name written two ways.
  defineRule({
    id: 'name-written-two-ways',
    severity: 'notice',
    legalReference: [{ law: 'policyGuideline' }],
    check: ({ policy }) => [
      ...namesWrittenTwoWays(
        'item',
        policy.collectedItems.flatMap((item, index) =>
          item.items.map((text, at) => ({ text, path: ['collectedItems', index, 'items', at] })),
        ),
      ),
      // Each label counts its own companies: provision, overseas transfer and entrustment apart.
      ...namesWrittenTwoWays(
        'recipient',
        policy.thirdPartyProvision.map((provision, index) => ({
          text: provision.recipient,
          path: ['thirdPartyProvision', index, 'recipient'],
        })),
      ),
      ...namesWrittenTwoWays(
        'recipient',
        policy.overseasTransfer.map((transfer, index) => ({
          text: transfer.recipient,
          path: ['overseasTransfer', index, 'recipient'],
        })),
      ),
      ...namesWrittenTwoWays(
        'processor',
        policy.entrustment.map((entry, index) => ({
          text: entry.processor,
          path: ['entrustment', index, 'processor'],
        })),
      ),
    ],
  }),
] as const;

/**
 * Names that agree in one language and differ in another, once per set of spellings: the finding points at the first
 * place that writes the name differently from the first spelling.
 */
function namesWrittenTwoWays(
  kind: NamedThing,
  places: ReadonlyArray<{ text: LocalizedText; path: Array<string | number> }>,
): Array<RawFinding<'name-written-two-ways'>> {
  type Place = (typeof places)[number];
  const byName = new Map<string, Place[]>();
  for (const place of places) {
    for (const [language, written] of Object.entries(place.text)) {
      if (written === undefined) continue;
      const key = `${language}\u0000${written}`;
      const same = byName.get(key);
      if (same) same.push(place);
      else byName.set(key, [place]);
    }
  }
  const findings: Array<RawFinding<'name-written-two-ways'>> = [];
  const reported = new Set<string>();
  for (const [key, same] of byName) {
    if (same.length < 2) continue;
    const [language, text] = key.split('\u0000') as [string, string];
    // Every other language any of these places is written in, not only the first place's.
    const others = new Set(
      same.flatMap((place) => Object.keys(place.text)).filter((other) => other !== language),
    );
    for (const other of others) {
      const written = same.filter((place) => place.text[other] !== undefined);
      const texts = [...new Set(written.map((place) => place.text[other] as string))];
      if (texts.length < 2) continue;
      // Names that agree in two languages and differ in a third are one finding, not one per agreeing language.
      const spellings = `${other}\u0000${[...texts].sort().join('\u0000')}`;
      if (reported.has(spellings)) continue;
      reported.add(spellings);
      const differs = written.find((place) => place.text[other] !== texts[0])!;
      findings.push({
        path: differs.path,
        params: { kind, shared: { language, text }, differing: { language: other, texts } },
      });
    }
  }
  return findings;
}

export type AnyLintRule = (typeof lintRules)[number];

/** The index in `versionHistory` of the latest version by effective date. */
function latestVersionIndex(policy: Policy): number | undefined {
  const latest = latestVersion(policy);
  return latest ? policy.versionHistory.indexOf(latest) : undefined;
}

/** The version entry of the policy's own effective date (the change being made), else the latest one. */
function currentVersionIndex(policy: Policy): number | undefined {
  const index = policy.versionHistory.findIndex((version) => version.effectiveOn === policy.effectiveDate);
  return index >= 0 ? index : latestVersionIndex(policy);
}

export const lintRuleIds: readonly LintRuleId[] = lintRules.map((rule) => rule.id);
