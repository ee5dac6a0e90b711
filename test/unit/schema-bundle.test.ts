import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

function bundledInputs(code: string): string[] {
  const result = buildSync({
    stdin: { contents: code, resolveDir: root },
    bundle: true,
    format: 'esm',
    write: false,
    outfile: 'bundle.js',
    metafile: true,
    logLevel: 'silent',
  });
  // The output's inputs are the modules that put bytes into the bundle, after tree shaking.
  const [output] = Object.values(result.metafile.outputs);
  return Object.keys(output?.inputs ?? {});
}

describe('what a browser bundle of @privacy-label-kit/schema pulls in', () => {
  it('leaves the zod validator out when only labels and captions are used', () => {
    const inputs = bundledInputs(
      `import { deriveLabels, localize, formatDate, labelDefinitions, legalBases, formatRetention } from '@privacy-label-kit/schema';
       console.log(deriveLabels, localize, formatDate, labelDefinitions, legalBases, formatRetention);`,
    );
    expect(inputs.some((path) => path.includes('packages/schema/dist/deriveLabels.js'))).toBe(true);
    expect(inputs.filter((path) => path.includes('node_modules/zod'))).toEqual([]);
  });

  it('carries one language when /core is used with one translation', () => {
    const inputs = bundledInputs(
      `import { deriveLabels } from '@privacy-label-kit/schema/core';
       import { ko } from '@privacy-label-kit/schema/locales/ko';
       console.log(deriveLabels, ko);`,
    );
    expect(inputs.some((path) => path.includes('packages/schema/dist/locales/ko.js'))).toBe(true);
    expect(inputs.filter((path) => path.includes('packages/schema/dist/locales/en.js'))).toEqual([]);
    expect(inputs.filter((path) => path.includes('node_modules/zod'))).toEqual([]);
  });

  it('includes zod when the policy is validated', () => {
    const inputs = bundledInputs(
      `import { parsePolicy } from '@privacy-label-kit/schema'; console.log(parsePolicy);`,
    );
    expect(inputs.some((path) => path.includes('node_modules/zod'))).toBe(true);
  });
});
