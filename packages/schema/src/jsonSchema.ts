import { z } from 'zod';
import { policyObjectSchema } from './policySchema.js';

/**
 * The JSON Schema (draft 2020-12) of a hand-written policy file, for editors' autocompletion and for validators in
 * other languages. Generated from the zod schema; `policy.schema.json` in this package is this, committed.
 * Cross-field rules (ids that must exist, a law named for legal obligations …) are only checked by `parsePolicy`.
 */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(policyObjectSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    $schema: schema.$schema,
    $id: 'https://privacy-label-kit.dev/schema/policy.schema.json',
    title: 'Privacy Label Kit policy',
    description:
      'A privacy policy (개인정보 처리방침) as data: everything PIPA Art. 30 and Enforcement Decree Art. 31 ask for.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

/** The JSON Schema as the text of `policy.schema.json`. */
export function policyJsonSchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}
