// react-jsonschema-form asks its validator two things: "is this data valid?" (we answer that ourselves, with the
// schema package's parsePolicy — the zod schema is the one source of truth, and its messages are the plain ko/en words
// shown at each field) and "which `oneOf` option does this data match?" (for the retention rule's kinds). The second
// needs only a shape check — types, `const`, `enum`, required properties — so the builder does not ship a second,
// general JSON Schema validator (ajv and its formats: about 45 KB gzip of the form step) to answer it.
import type { RJSFSchema, ValidationData, ValidatorType } from '@rjsf/utils';

type Schema = RJSFSchema & Record<string, unknown>;

function typeMatches(type: unknown, value: unknown): boolean {
  if (type === undefined) return true;
  if (Array.isArray(type)) return type.some((one) => typeMatches(one, value));
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

/** Whether `value` has the shape `schema` describes: type, const, enum, required and nested properties. */
export function matchesShape(schema: Schema, value: unknown): boolean {
  if (schema.const !== undefined && value !== schema.const) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value as never)) return false;
  if (!typeMatches(schema.type, value)) return false;
  if (Array.isArray(schema.oneOf) && !schema.oneOf.some((option) => matchesShape(option as Schema, value))) {
    return false;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in record)) return false;
    for (const [key, child] of Object.entries(
      (schema.properties as Record<string, Schema> | undefined) ?? {},
    )) {
      if (key in record && !matchesShape(child, record[key])) return false;
    }
  }
  return true;
}

export const schemaShapeValidator: ValidatorType = {
  validateFormData: () => ({ errors: [], errorSchema: {} }) as ValidationData<unknown>,
  isValid: (schema, formData) => matchesShape(schema as Schema, formData),
  rawValidation: () => ({ errors: [] }),
};
