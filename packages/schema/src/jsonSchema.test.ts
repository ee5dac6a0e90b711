import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { exampleNames, readExample } from '../../../test/fixtures/examples.js';
import { policyJsonSchema, policyJsonSchemaText } from './jsonSchema.js';

const committedPath = new URL('../policy.schema.json', import.meta.url);

describe('policy.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema:generate -w @privacy-label-kit/schema` if not)', () => {
    expect(readFileSync(committedPath, 'utf8')).toBe(policyJsonSchemaText());
  });

  const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(
    policyJsonSchema(),
  );

  it.each(exampleNames())('accepts the %s example, as editors will', (name) => {
    const valid = validate(readExample(name));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects what an editor should underline: unknown fields, wrong enums, text with no language', () => {
    const policy = readExample('small-shop') as Record<string, any>;
    policy.privacyOficer = policy.privacyOfficer;
    expect(validate(policy)).toBe(false);

    const wrongBasis = readExample('small-shop') as Record<string, any>;
    wrongBasis.collectedItems[0].basis = 'implied';
    expect(validate(wrongBasis)).toBe(false);

    const emptyText = readExample('small-shop') as Record<string, any>;
    emptyText.controller.name = {};
    expect(validate(emptyText)).toBe(false);
  });
});
