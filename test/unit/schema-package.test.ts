import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const packageDir = join(root, 'packages', 'schema');

describe('the built @privacy-label-kit/schema package', () => {
  const consumer = mkdtempSync(join(tmpdir(), 'plk-schema-consumer-'));
  afterAll(() => rmSync(consumer, { recursive: true, force: true }));

  // A consumer project outside the workspace that sees the package only through node_modules, as users will.
  symlinkSync(join(root, 'node_modules'), join(consumer, 'node_modules'), 'dir');

  it('imports as ESM from plain Node and validates a policy', () => {
    const script = `
      import { parsePolicy, deriveLabels, labelCatalog } from '@privacy-label-kit/schema';
      import { readFileSync } from 'node:fs';
      const result = parsePolicy(JSON.parse(readFileSync(${JSON.stringify(join(root, 'assets/examples/small-shop.json'))}, 'utf8')));
      console.log(JSON.stringify({ ok: result.ok, labels: deriveLabels(result.policy, { locale: 'en' }).length, catalog: labelCatalog.length }));
    `;
    writeFileSync(join(consumer, 'check.mjs'), script);
    const output = execFileSync(process.execPath, ['check.mjs'], { cwd: consumer, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ ok: true, labels: 13, catalog: 20 });
  });

  it('ships types that TypeScript resolves through the exports map', () => {
    writeFileSync(
      join(consumer, 'check.ts'),
      `import { parsePolicy, type Policy, type DerivedLabel } from '@privacy-label-kit/schema';
       const result = parsePolicy({});
       const policy: Policy | undefined = result.ok ? result.policy : undefined;
       const captions: DerivedLabel['caption'][] = [];
       // @ts-expect-error a Policy has no such field: the types are real, not any
       policy?.notAField;
       export { captions };`,
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ['check.ts'],
      }),
    );
    const tsc = join(root, 'node_modules', '.bin', 'tsc');
    expect(() => execFileSync(tsc, ['-p', consumer], { encoding: 'utf8' })).not.toThrow();
  });

  it('declares types first in its exports map and ships the JSON Schema', () => {
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.exports['.'])[0]).toBe('types');
    expect(manifest.files).toContain('policy.schema.json');
    expect(manifest.sideEffects).toBe(false);
  });
});
