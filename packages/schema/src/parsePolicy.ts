import { z } from 'zod';
import { isPolicyErrorCode, type PolicyErrorCode, policyErrorMessages } from './errorMessages.js';
import { type Policy, policySchema } from './policySchema.js';
import type { LocalizedText } from './text.js';

export type PolicyPath = ReadonlyArray<string | number>;

export interface PolicyError {
  /** Where the problem is, as keys and indices from the root of the policy. */
  path: PolicyPath;
  /** The same place as a JSON path, e.g. `$.collectedItems[2].basis`. */
  jsonPath: string;
  /** A stable code to match on in code; see `policyErrorMessages`. */
  code: PolicyErrorCode;
  /** What is wrong and how to fix it, in Korean and English. */
  message: Required<LocalizedText>;
}

export type ParsePolicyResult = { ok: true; policy: Policy } | { ok: false; errors: PolicyError[] };

/**
 * Validates anything (parsed JSON, a hand-written object, garbage) as a privacy policy. Never throws: it returns the
 * typed policy with defaults filled in, or every problem with its place, a stable code and a ko/en message.
 */
export function parsePolicy(input: unknown): ParsePolicyResult {
  try {
    const result = policySchema.safeParse(input);
    if (result.success) return { ok: true, policy: result.data };
    return { ok: false, errors: result.error.issues.flatMap((issue) => toPolicyErrors(issue, input)) };
  } catch (error) {
    // Getters that throw, revoked proxies and the like: report, don't crash the caller.
    return {
      ok: false,
      errors: [makeError([], 'unreadable_input', { value: describeThrown(error) })],
    };
  }
}

/** Like `parsePolicy`, but throws a `PolicyValidationError` listing every problem; for code paths that must have a policy. */
export function assertPolicy(input: unknown): Policy {
  const result = parsePolicy(input);
  if (!result.ok) throw new PolicyValidationError(result.errors);
  return result.policy;
}

export class PolicyValidationError extends Error {
  readonly errors: PolicyError[];
  constructor(errors: PolicyError[]) {
    super(
      `The privacy policy is not valid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n` +
        errors.map((error) => `  ${error.jsonPath}: ${error.message.en}`).join('\n'),
    );
    this.name = 'PolicyValidationError';
    this.errors = errors;
  }
}

export function formatJsonPath(path: PolicyPath): string {
  let text = '$';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) text += `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** A message parameter: the same in both languages, or worded per language. */
type Param = string | number | { ko: string; en: string };
type Params = Record<string, Param>;

function makeError(path: PolicyPath, code: PolicyErrorCode, params: Params = {}): PolicyError {
  const jsonPath = formatJsonPath(path);
  const fill = (template: string, locale: 'ko' | 'en') =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (name === 'path') return jsonPath;
      const param = params[name];
      if (param === undefined) return name === 'hint' || name === 'suggestion' ? '' : whole;
      return typeof param === 'object' ? param[locale] : String(param);
    });
  const { ko, en } = policyErrorMessages[code];
  return { path, jsonPath, code, message: { ko: fill(ko, 'ko'), en: fill(en, 'en') } };
}

function toPolicyErrors(issue: z.core.$ZodIssue, input: unknown): PolicyError[] {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const received = valueAt(input, path);
  const value = quote(received);
  const hint = describeAt(path);
  // Field descriptions are written in English (they also document the JSON Schema), so only the English message shows them.
  const hintParams: Params = { hint: { ko: '', en: hint ? ` (${hint})` : '' } };

  // Custom messages on a field also replace zod's "missing" message; a missing value is always reported as such.
  if (issue.code === 'invalid_type' && received === undefined) {
    return [makeError(path, 'required', { expected: expectedAt(path, issue.expected), ...hintParams })];
  }

  if (isPolicyErrorCode(issue.message)) {
    const params: Params = { value, ...hintParams };
    const extra = (issue as { params?: { value?: unknown; known?: unknown } }).params;
    if (extra?.value !== undefined) params.value = quote(extra.value);
    if (Array.isArray(extra?.known)) params.values = extra.known.map(quote).join(', ') || '—';
    return [makeError(path, issue.message, params)];
  }

  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'int' && typeof received === 'number') return [makeError(path, 'not_integer')];
      const expected = expectedAt(path, issue.expected);
      if (received === undefined) return [makeError(path, 'required', { expected, ...hintParams })];
      return [makeError(path, 'invalid_type', { expected, received: typeName(received), ...hintParams })];
    }
    case 'invalid_value':
      // A choice left out is missing, not a wrong value ("nothing is not allowed here").
      if (received === undefined) {
        return [
          makeError(path, 'missing_choice', { values: issue.values.map(quote).join(', '), ...hintParams }),
        ];
      }
      return [makeError(path, 'unknown_value', { value, values: issue.values.map(quote).join(', ') })];
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = closest(key, knownKeysAt(path));
        return makeError([...path, key], 'unknown_key', {
          key,
          suggestion: suggestion
            ? { ko: ` 비슷한 항목: "${suggestion}".`, en: ` Did you mean "${suggestion}"?` }
            : '',
        });
      });
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'array') {
        return [makeError(path, 'too_few', { minimum, plural: minimum === 1 ? 'y' : 'ies' })];
      }
      if (issue.origin === 'string') return [makeError(path, 'empty_text')];
      return [makeError(path, issue.inclusive ? 'too_small' : 'not_above', { minimum })];
    }
    case 'too_big':
      return [makeError(path, 'too_big', { maximum: Number(issue.maximum) })];
    case 'invalid_union': {
      // A discriminated union (retention rules) whose "kind" matches none of the options.
      const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
      if (discriminator && options) {
        // zod already points the path at the discriminator ("kind").
        return [makeError(path, 'unknown_value', { value, values: options.map(quote).join(', ') })];
      }
      return [makeError(path, 'invalid_input', hintParams)];
    }
    default:
      return [makeError(path, 'invalid_input', hintParams)];
  }
}

// --- reading the input and the schema at a path ---------------------------------------------------------------

function valueAt(input: unknown, path: PolicyPath): unknown {
  let current: unknown = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

type AnySchema = z.core.$ZodType;

/** Walks the zod schema along a data path, through optionals, defaults, arrays, unions and refinements. */
function schemaAt(path: PolicyPath): AnySchema | undefined {
  let current: AnySchema | undefined = policySchema as unknown as AnySchema;
  for (const segment of path) {
    current = current && unwrap(current);
    if (!current) return undefined;
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def.type === 'array' && typeof segment === 'number') current = def.element as AnySchema;
    else if (def.type === 'object' && typeof segment === 'string') {
      current = (def.shape as Record<string, AnySchema>)[segment];
    } else if (def.type === 'union' && typeof segment === 'string') {
      const options = def.options as AnySchema[];
      current = options.map((option) => shapeOf(option)?.[segment]).find(Boolean);
    } else return undefined;
  }
  return current;
}

function unwrap(schema: AnySchema): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (let depth = 0; current && depth < 10; depth++) {
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (
      def.type === 'optional' ||
      def.type === 'default' ||
      def.type === 'nullable' ||
      def.type === 'prefault'
    ) {
      current = def.innerType as AnySchema;
    } else if (def.type === 'pipe') current = def.in as AnySchema;
    else return current;
  }
  return current;
}

function shapeOf(schema: AnySchema): Record<string, AnySchema> | undefined {
  const def = unwrap(schema)?._zod.def as unknown as { shape?: Record<string, AnySchema> } | undefined;
  return def?.shape;
}

function describeAt(path: PolicyPath): string | undefined {
  const schema = schemaAt(path);
  if (!schema) return undefined;
  const direct = (schema as unknown as { description?: string }).description;
  if (direct) return direct;
  const inner = unwrap(schema);
  return inner ? (inner as unknown as { description?: string }).description : undefined;
}

function knownKeysAt(path: PolicyPath): string[] {
  const schema = schemaAt(path);
  const def = schema && (unwrap(schema)?._zod.def as unknown as Record<string, unknown> | undefined);
  if (def?.type === 'object') return Object.keys(def.shape as object);
  if (def?.type === 'union') {
    return (def.options as AnySchema[]).flatMap((option) => Object.keys(shapeOf(option) ?? {}));
  }
  return [];
}

// --- wording helpers ------------------------------------------------------------------------------------------

const typeNames: Record<string, { ko: string; en: string }> = {
  object: { ko: '객체 { … }', en: 'an object { … }' },
  array: { ko: '목록 [ … ]', en: 'a list [ … ]' },
  string: { ko: '따옴표로 감싼 글', en: 'text in quotes' },
  number: { ko: '숫자', en: 'a number' },
  boolean: { ko: 'true 또는 false', en: 'true or false' },
};

const formatNames: Record<string, { ko: string; en: string }> = {
  email: { ko: '이메일 주소', en: 'an email address' },
  url: { ko: 'https://로 시작하는 주소', en: 'a web address starting with https://' },
};

/** What belongs at `path`, in words: "an email address" says more than zod's "string". */
function expectedAt(path: PolicyPath, zodExpected: string): Param {
  const schema = schemaAt(path);
  const inner = schema && unwrap(schema);
  const def = inner?._zod.def as unknown as { format?: string; shape?: Record<string, unknown> } | undefined;
  if (def?.format && formatNames[def.format]) return formatNames[def.format]!;
  if (inner && z.globalRegistry.get(inner as z.ZodType)?.id === 'Date') {
    return { ko: '"YYYY-MM-DD" 형식의 날짜', en: 'a date as "YYYY-MM-DD"' };
  }
  const keys = def?.shape ? Object.keys(def.shape).sort().join(',') : '';
  if (keys === 'en,ko')
    return { ko: '{"ko": "…", "en": "…"} 형식의 글', en: 'text as {"ko": "…", "en": "…"}' };
  return typeNames[zodExpected] ?? zodExpected;
}

function typeName(value: unknown): Param {
  if (value === null) return 'null';
  const kind = Array.isArray(value) ? 'array' : typeof value;
  const name = typeNames[kind] ?? { ko: kind, en: kind };
  if (kind === 'array' || kind === 'object') return name;
  return { ko: `${name.ko} ${quote(value)}`, en: `${name.en} ${quote(value)}` };
}

function quote(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'a list' : 'an object';
}

function describeThrown(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The known key nearest to a misspelt one, if it is close enough to be a plausible typo. */
function closest(key: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}
