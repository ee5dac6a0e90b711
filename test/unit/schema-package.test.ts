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
      import { parsePolicy, deriveLabels, labelDefinitions } from '@privacy-label-kit/schema';
      import { readFileSync } from 'node:fs';
      const result = parsePolicy(JSON.parse(readFileSync(${JSON.stringify(join(root, 'assets/examples/small-shop.json'))}, 'utf8')));
      console.log(JSON.stringify({ ok: result.ok, labels: deriveLabels(result.policy, { locale: 'en' }).length, definitions: labelDefinitions.length }));
    `;
    writeFileSync(join(consumer, 'check.mjs'), script);
    const output = execFileSync(process.execPath, ['check.mjs'], { cwd: consumer, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ ok: true, labels: 17, definitions: 40 });
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
    for (const entry of ['.', './core', './locales/ko', './locales/en']) {
      expect(Object.keys(manifest.exports[entry])[0]).toBe('types');
    }
    expect(manifest.files).toContain('policy.schema.json');
    // Only the main entry has an effect on import: it registers the built-in Korean and English words.
    expect(manifest.sideEffects).toEqual(['./dist/index.js']);
  });

  it('derives labels from /core with only the language passed in, and says how to fix a missing one', () => {
    const script = `
      import { parsePolicy, deriveLabels } from '@privacy-label-kit/schema/core';
      import { ko } from '@privacy-label-kit/schema/locales/ko';
      import { readFileSync } from 'node:fs';
      const { policy } = parsePolicy(JSON.parse(readFileSync(${JSON.stringify(join(root, 'assets/examples/small-shop.json'))}, 'utf8')));
      const titles = deriveLabels(policy, { locale: 'ko', translations: [ko] }).map((label) => label.title);
      let error = '';
      try { deriveLabels(policy, { locale: 'en' }); } catch (thrown) { error = thrown.message; }
      console.log(JSON.stringify({ first: titles[0], error }));
    `;
    writeFileSync(join(consumer, 'core.mjs'), script);
    const output = JSON.parse(
      execFileSync(process.execPath, ['core.mjs'], { cwd: consumer, encoding: 'utf8' }),
    );
    expect(output.first).toBe('개인정보');
    expect(output.error).toMatch(/No words for "schema" in "en"/);
    expect(output.error).toMatch(/pass a translation/);
  });
});
