// What the builder says about a draft: the schema's validation errors (parsePolicy) and, for a valid policy, the
// PIPA checks (lintPolicy), each at the JSON path it concerns, so the form can show it at that field.
import {
  type LintFinding,
  type Locale,
  lintPolicy,
  type Policy,
  type PolicyPath,
  parsePolicy,
} from '@privacy-label-kit/schema/core';
import type { ErrorSchema } from '@rjsf/utils';

export type ProblemSeverity = 'invalid' | LintFinding['severity'];

export interface Problem {
  path: PolicyPath;
  jsonPath: string;
  severity: ProblemSeverity;
  message: string;
  fix?: string;
  citation?: string;
}

export interface DraftCheck {
  /** The policy with defaults filled in, when the draft is valid. */
  policy?: Policy;
  problems: Problem[];
}

/** Validates the draft and, when it is valid, runs the checks; messages in `locale`. */
export function checkDraft(draft: unknown, locale: Locale): DraftCheck {
  const parsed = parsePolicy(draft);
  if (!parsed.ok) {
    return {
      problems: parsed.errors.map((error) => ({
        path: error.path,
        jsonPath: error.jsonPath,
        severity: 'invalid',
        message: locale === 'ko' ? error.message.ko : error.message.en,
      })),
    };
  }
  const findings = lintPolicy(parsed.policy, { locales: [locale] });
  return {
    policy: parsed.policy,
    problems: findings.map((finding) => ({
      path: finding.path,
      jsonPath: finding.jsonPath,
      severity: finding.severity,
      message: finding.message[locale] ?? Object.values(finding.message)[0] ?? '',
      fix: finding.fix[locale] ?? Object.values(finding.fix)[0],
      citation: finding.citation[locale] ?? Object.values(finding.citation)[0],
    })),
  };
}

/**
 * react-jsonschema-form's error tree for the problems under `fields` (one step's top-level fields): each message at
 * the deepest field of its path. A problem whose path ends inside a two-language text is shown at that text.
 */
export function errorSchemaFor(
  problems: readonly Problem[],
  fields: readonly string[],
  describe: (problem: Problem) => string,
): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const problem of problems) {
    const [first] = problem.path;
    if (typeof first !== 'string' || !fields.includes(first)) continue;
    let node = root;
    for (const segment of problem.path) {
      const key = String(segment);
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node.__errors = [...((node.__errors as string[] | undefined) ?? []), describe(problem)];
  }
  return root as ErrorSchema;
}

/** The top-level field a problem is about (its step's field), or undefined for the policy as a whole. */
export function topLevelField(problem: Problem): string | undefined {
  const [first] = problem.path;
  return typeof first === 'string' ? first : undefined;
}

/** The id rjsf gives the input (or fieldset) at a path: `root_controller_phone`. */
export function fieldId(path: PolicyPath): string {
  return ['root', ...path.map(String)].join('_');
}
