// Ways a hand-edited policy file goes wrong, as mutations of a parsed JSON tree: a value replaced by anything, a field
// or list entry deleted, a field added (often a misspelling of a real one), a subtree copied to another place (a
// duplicate id, an item in the wrong list) or a list entry duplicated.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

/** Every enum value the policy schema knows: mutations that stay close to a valid file reach more of the code. */
export const schemaEnumValues: string[] = (() => {
  const schema = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../packages/schema/policy.schema.json', import.meta.url)), 'utf8'),
  ) as unknown;
  const values = new Set<string>();
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (Array.isArray(record.enum))
      for (const value of record.enum) if (typeof value === 'string') values.add(value);
    if (typeof record.const === 'string') values.add(record.const);
    for (const child of Object.values(record)) walk(child);
  };
  walk(schema);
  return [...values].sort();
})();

const awkwardText = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\u202e역방향',
  '<script>alert(1)</script>',
  '은(는)',
  '가'.repeat(5000),
  'undefined',
  '__proto__',
  'constructor',
);

/** Replacement values: any JSON, the schema's own words and shapes, and text that has broken parsers before. */
export const replacementValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 3 },
  { arbitrary: fc.constantFrom(...schemaEnumValues), weight: 3 },
  {
    arbitrary: fc.record({ ko: fc.oneof(fc.string(), awkwardText), en: fc.oneof(fc.string(), awkwardText) }),
    weight: 2,
  },
  { arbitrary: fc.record({ ko: fc.string() }, { requiredKeys: [] }), weight: 1 },
  { arbitrary: awkwardText, weight: 1 },
  {
    arbitrary: fc.constantFrom(0, -1, 1.5, 2 ** 53, -0, 1e308, 366, 10_000, true, false, null, [], {}),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom(
      '2024-02-30',
      '2025-13-01',
      '2025-01-01',
      'not-an-email',
      'https://',
      'KR',
      'XX',
    ),
    weight: 1,
  },
);

export type Mutation =
  | { kind: 'replace' | 'add'; position: number; value: unknown }
  | { kind: 'delete' | 'duplicate'; position: number }
  | { kind: 'copy'; position: number; from: number };

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), position: fc.nat(), value: replacementValue }),
  fc.record({ kind: fc.constant('add' as const), position: fc.nat(), value: replacementValue }),
  fc.record({ kind: fc.constant('delete' as const), position: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), position: fc.nat() }),
  fc.record({ kind: fc.constant('copy' as const), position: fc.nat(), from: fc.nat() }),
);

/** Applies a mutation in place at the position-th container (object or array) of a depth-first walk of `root`. */
export function mutate(root: unknown, mutation: Mutation): void {
  const containers: Array<Record<string, unknown> | unknown[]> = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    containers.push(node as Record<string, unknown>);
    for (const child of Object.values(node)) walk(child);
  };
  walk(root);
  if (containers.length === 0) return;
  const container = containers[mutation.position % containers.length]!;
  const keys = Object.keys(container);
  const key = keys.length > 0 ? keys[mutation.position % keys.length]! : undefined;

  switch (mutation.kind) {
    case 'add':
      if (Array.isArray(container)) container.push(mutation.value);
      // A near miss of an existing field name (an extra letter), or a new one.
      else
        container[
          key !== undefined && mutation.position % 2 === 0 ? `${key}s` : `extra${mutation.position}`
        ] = mutation.value;
      return;
    case 'replace':
      if (key === undefined) return;
      if (Array.isArray(container)) container[Number(key)] = mutation.value;
      else container[key] = mutation.value;
      return;
    case 'delete':
      if (key === undefined) return;
      if (Array.isArray(container)) container.splice(Number(key), 1);
      else delete container[key];
      return;
    case 'duplicate':
      if (Array.isArray(container) && container.length > 0) {
        container.push(structuredClone(container[mutation.position % container.length]));
      }
      return;
    case 'copy': {
      if (key === undefined) return;
      // Never the root: a whole policy copied into itself a few times over grows past any real file.
      if (containers.length < 2) return;
      const source = structuredClone(containers[1 + (mutation.from % (containers.length - 1))]);
      if (Array.isArray(container)) container[Number(key)] = source;
      else container[key] = source;
      return;
    }
  }
}
