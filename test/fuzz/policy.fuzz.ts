// Fuzzing at scale: the schema's entry points against ≥ 10,000 generated inputs each. What a user relies on:
// `parsePolicy` never throws, whatever it is given, and explains every rejection; everything that runs on a parsed
// policy (`deriveLabels`, and `lintPolicy` / `diffPolicies` where the schema package has them) never throws on any policy
// that parsed, and produces words, not `undefined` or `[object Object]`.
import * as schema from '@privacy-label-kit/schema';
import { deriveLabels, type Policy, parsePolicy } from '@privacy-label-kit/schema';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleNames, readExample } from '../fixtures/examples.js';
import { policyInputArbitrary } from '../fixtures/policyArbitrary.js';
import { type Mutation, mutate, mutationArbitrary } from './mutations.js';

const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const settings = { numRuns: runs, seed, endOnFailure: true } as const;

const examples = exampleNames().map((name) => readExample(name));
const tally = new Map<string, { inputs: number; rejected?: number }>();
const count = (target: string, rejected = false) => {
  const entry = tally.get(target) ?? { inputs: 0, rejected: 0 };
  entry.inputs += 1;
  if (rejected) entry.rejected = (entry.rejected ?? 0) + 1;
  tally.set(target, entry);
};

/** A bundled example with 1–4 mutations: what a person editing a policy file by hand produces. */
const mutatedExample = fc
  .tuple(fc.nat(examples.length - 1), fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }))
  .map(([index, mutations]) => applied(examples[index], mutations));
/** A generated valid policy (every label-relevant field varied), sometimes with a mutation or two. */
const generatedPolicy = fc
  .tuple(policyInputArbitrary, fc.array(mutationArbitrary, { maxLength: 2 }))
  .map(([policy, mutations]) => applied(policy, mutations));

function applied(input: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(input);
  for (const mutation of mutations) mutate(copy, mutation);
  return copy;
}

// Plain checks rather than `expect` in the hot loops: tens of thousands of inputs, each with dozens of checks.
function check(condition: boolean, what: string, value?: unknown): void {
  if (!condition) throw new Error(`${what}: ${JSON.stringify(value)?.slice(0, 500)}`);
}

function expectExplainedRejection(result: ReturnType<typeof parsePolicy>): void {
  check(typeof result.ok === 'boolean', 'parsePolicy returns { ok }', result);
  if (result.ok) return;
  check(result.errors.length > 0, 'a rejection has at least one error', result);
  for (const error of result.errors) {
    check(error.jsonPath.startsWith('$'), 'an error has a JSON path', error);
    check(
      error.message.ko.trim().length > 0 && error.message.en.trim().length > 0,
      'an error explains itself in ko and en',
      error,
    );
  }
}

/** Text meant for people: never a JavaScript value leaking through, unless the policy itself says it. */
function expectWords(text: unknown, input: string): void {
  check(typeof text === 'string' && text.trim().length > 0, 'words, not an empty value', text);
  for (const leak of ['undefined', '[object Object]', 'NaN']) {
    check(input.includes(leak) || !(text as string).includes(leak), `no ${leak} in the words`, text);
  }
}

/** A policy that parsed; inputs that did not are skipped (fast-check counts only the policies that parsed). */
function parsed(input: unknown): Policy {
  const result = parsePolicy(input);
  fc.pre(result.ok);
  const policy = (result as { ok: true; policy: Policy }).policy;
  parsedPolicies.add(policy);
  return policy;
}
const parsedPolicies = new WeakSet<object>();
const isPolicy = (value: unknown): value is Policy =>
  typeof value === 'object' && value !== null && parsedPolicies.has(value);

// Present once the schema package has them (issue 10); until then these targets are skipped and the run says so.
const lintPolicy = (schema as Record<string, unknown>).lintPolicy as
  | ((policy: Policy) => unknown)
  | undefined;
const diffPolicies = (schema as Record<string, unknown>).diffPolicies as
  | ((previous: Policy, next: Policy) => unknown)
  | undefined;

describe('parsePolicy never throws and explains every rejection', () => {
  it(`on ${runs} arbitrary JSON values`, () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = parsePolicy(value);
        count('parsePolicy: arbitrary JSON', !result.ok);
        expectExplainedRejection(result);
      }),
      settings,
    );
    expect(tally.get('parsePolicy: arbitrary JSON')?.inputs).toBeGreaterThanOrEqual(runs);
  });

  it(`on ${runs} mutated example policies`, () => {
    fc.assert(
      fc.property(mutatedExample, (input) => {
        const result = parsePolicy(input);
        count('parsePolicy: mutated examples', !result.ok);
        expectExplainedRejection(result);
      }),
      settings,
    );
    expect(tally.get('parsePolicy: mutated examples')?.inputs).toBeGreaterThanOrEqual(runs);
  });

  it(`on ${Math.ceil(runs / 5)} values that are not JSON (undefined, dates, maps, sparse arrays, symbols)`, () => {
    fc.assert(
      fc.property(
        fc.anything({
          withMap: true,
          withSet: true,
          withDate: true,
          withSparseArray: true,
          withBigInt: true,
        }),
        (value) => {
          const result = parsePolicy(value);
          count('parsePolicy: non-JSON values', !result.ok);
          expectExplainedRejection(result);
        },
      ),
      { ...settings, numRuns: Math.ceil(runs / 5) },
    );
    expect(tally.get('parsePolicy: non-JSON values')?.inputs).toBeGreaterThanOrEqual(Math.ceil(runs / 5));
  });
});

describe('on every policy that parses', () => {
  // Generated policies mostly parse; mutated examples parse about one time in five, so they get the smaller weight.
  const validPolicy = fc.oneof(
    { arbitrary: generatedPolicy, weight: 3 },
    { arbitrary: mutatedExample, weight: 1 },
  );

  it(`deriveLabels gives words in Korean and English (${runs} policies)`, () => {
    fc.assert(
      fc.property(validPolicy, (input) => {
        const policy = parsed(input);
        const text = JSON.stringify(input);
        for (const locale of ['ko', 'en']) {
          const labels = deriveLabels(policy, { locale });
          check(labels.length > 0, 'every policy has labels', labels);
          for (const label of labels) {
            expectWords(label.title, text);
            expectWords(label.caption, text);
            check(label.anchor === `privacy-${label.id}`, 'a label links to its section', label);
            for (const flag of label.attention) expectWords(flag.message, text);
          }
        }
        count('deriveLabels');
      }),
      { ...settings, maxSkipsPerRun: 1_000 },
    );
    expect(tally.get('deriveLabels')?.inputs).toBeGreaterThanOrEqual(runs);
  });

  it.skipIf(lintPolicy === undefined)(`lintPolicy reports findings, never throws (${runs} policies)`, () => {
    fc.assert(
      fc.property(validPolicy, (input) => {
        const findings = lintPolicy!(parsed(input));
        check(Array.isArray(findings), 'lintPolicy returns a list of findings', findings);
        for (const finding of findings as Array<Record<string, any>>) {
          check(
            ['error', 'warning', 'notice'].includes(finding.severity),
            'a finding has a severity',
            finding,
          );
          check(String(finding.jsonPath).startsWith('$'), 'a finding has a JSON path', finding);
          check(
            finding.message?.ko?.length > 0 && finding.message?.en?.length > 0,
            'a finding explains itself',
            finding,
          );
        }
        count('lintPolicy');
      }),
      { ...settings, maxSkipsPerRun: 1_000 },
    );
    expect(tally.get('lintPolicy')?.inputs).toBeGreaterThanOrEqual(runs);
  });

  // Not among the 10,000-input targets and the slowest per input (two parses and two diffs): a fifth as many
  // pairs keeps `.ci/run` short. Pairs: an example and its edit, and two generated policies.
  const diffRuns = Math.ceil(runs / 5);
  it.skipIf(diffPolicies === undefined)(
    `diffPolicies compares two versions either way, never throws (${diffRuns} pairs)`,
    () => {
      const parsedExamples = examples.map((example) => parsed(example));
      const pair = fc.oneof(
        fc
          .tuple(fc.nat(examples.length - 1), fc.array(mutationArbitrary, { minLength: 1, maxLength: 2 }))
          .map(([index, mutations]) => ({
            previous: parsedExamples[index]!,
            next: applied(examples[index], mutations),
          })),
        fc.tuple(generatedPolicy, generatedPolicy).map(([previous, next]) => ({ previous, next })),
      );
      fc.assert(
        fc.property(pair, ({ previous, next }) => {
          const before = isPolicy(previous) ? previous : parsed(previous);
          const after = parsed(next);
          diffPolicies!(before, after);
          diffPolicies!(after, before);
          count('diffPolicies');
        }),
        { ...settings, numRuns: diffRuns, maxSkipsPerRun: 1_000 },
      );
      expect(tally.get('diffPolicies')?.inputs).toBeGreaterThanOrEqual(diffRuns);
    },
  );
});

afterAll(() => {
  // One line per target, so CI logs show how many inputs each entry point saw and how many parsed.
  for (const [target, { inputs, rejected }] of tally) {
    const rejection = rejected
      ? ` (${rejected} rejected with explained errors, ${inputs - rejected} parsed)`
      : '';
    console.log(`fuzz: ${target}: ${inputs} inputs, 0 throws${rejection}`);
  }
  if (lintPolicy === undefined)
    console.log('fuzz: lintPolicy: not in @privacy-label-kit/schema yet — skipped');
  if (diffPolicies === undefined)
    console.log('fuzz: diffPolicies: not in @privacy-label-kit/schema yet — skipped');
});
