import {
  type DiffPoliciesOptions,
  diffPolicies,
  inLocales,
  type LocalizedMessage,
  messageLocales,
} from '../diff/diffPolicies.js';
import type { LegalReference } from '../labels/defineLabel.js';
import { formatJsonPath, type PolicyPath } from '../parsePolicy.js';
import type { Policy } from '../policySchema.js';
import { localize } from '../text.js';
import { type LintContext, type LintRuleId, type LintSeverity, lintRules, type RawFinding } from './rules.js';

/** One problem `lintPolicy` found: where, how serious, what the law says and how to fix it. */
export interface LintFinding {
  ruleId: LintRuleId;
  severity: LintSeverity;
  path: PolicyPath;
  /** The same place as a JSON path, e.g. `$.collectedItems[17].basis`. */
  jsonPath: string;
  /** What is wrong, naming the items concerned. */
  message: LocalizedMessage;
  /** What to change. */
  fix: LocalizedMessage;
  /** The provisions the finding rests on. */
  legalReference: readonly LegalReference[];
  /** Those provisions in words: "개인정보 보호법 제22조제5항" / "PIPA Art. 22(5)". */
  citation: LocalizedMessage;
}

export interface LintOptions extends DiffPoliciesOptions {
  /**
   * The version before this one. With it, the version rules compare what actually changed (the computed impact)
   * with what the version history says; without it, they go by the history's `adverseToUsers`.
   */
  previous?: Policy;
  /** Rules to skip, e.g. a finding the policy's own text explains. */
  ignore?: readonly LintRuleId[];
}

const severityOrder: Record<LintSeverity, number> = { error: 0, warning: 1, notice: 2 };

/**
 * Checks a valid policy against PIPA, its Decree and the PIPC guideline: consent for purposes beyond the service,
 * what refusing costs, deemed consent, special categories, children, overseas transfers, ways to opt out, mandatory
 * items, and (with `previous`) how a change is announced. Findings come errors first, in policy order within each.
 */
export function lintPolicy(policy: Policy, options: LintOptions = {}): LintFinding[] {
  const locales = messageLocales(options.locales);
  const { translations, previous } = options;
  const diff = previous
    ? diffPolicies(previous, policy, { locales: ['ko'], ...(translations ? { translations } : {}) })
    : undefined;
  const context: LintContext = { policy, ...(previous ? { previous } : {}), ...(diff ? { diff } : {}) };
  const findings: LintFinding[] = [];
  for (const rule of lintRules) {
    if (options.ignore?.includes(rule.id)) continue;
    if ('needsPrevious' in rule && rule.needsPrevious && !previous) continue;
    for (const raw of (rule.check as (context: LintContext) => RawFinding[])(context)) {
      const compose = (part: 'message' | 'fix') =>
        inLocales(locales, translations, (words, locale) => {
          const ruleWords = words.lint.rules[rule.id] as {
            message: (params: unknown, text: (value: Parameters<typeof localize>[0]) => string) => string;
            fix: (params: unknown, text: (value: Parameters<typeof localize>[0]) => string) => string;
          };
          return ruleWords[part](raw.params, (value) => localize(value, locale));
        });
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        path: raw.path,
        jsonPath: formatJsonPath(raw.path),
        message: compose('message'),
        fix: compose('fix'),
        legalReference: rule.legalReference,
        citation: inLocales(locales, translations, (words) =>
          words.format.legalReference(rule.legalReference),
        ),
      });
    }
  }
  return findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}

/** How many findings of each severity: `{ error: 2, warning: 1, notice: 0 }`. */
export function countFindings(findings: readonly LintFinding[]): Record<LintSeverity, number> {
  const counts: Record<LintSeverity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
