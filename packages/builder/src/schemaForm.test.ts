import { policyJsonSchema, resolveWords } from '@privacy-label-kit/schema';
import { describe, expect, it } from 'vitest';
import { errorSchemaFor, type Problem } from './checks.js';
import { formSteps, localizeSchema, stepSchema } from './schemaForm.js';
import { builderEn } from './words/en.js';
import { builderKo } from './words/ko.js';
import type { BuilderWords } from './words/words.js';

type Node = {
  properties?: Record<string, Node>;
  items?: Node;
  oneOf?: Node[];
  title?: string;
  $ref?: string;
};

const schema = policyJsonSchema() as Node & Record<string, unknown>;
const words = (locale: 'ko' | 'en') =>
  resolveWords('builder', locale, [builderKo, builderEn]) as BuilderWords;

/** Every property in a schema, as dotted paths (array items as `items`). */
function propertyPaths(node: Node, path: string[] = []): Array<{ path: string; node: Node }> {
  const found: Array<{ path: string; node: Node }> = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    found.push({ path: [...path, key].join('.'), node: child });
    found.push(...propertyPaths(child, [...path, key]));
  }
  if (node.items) found.push(...propertyPaths(node.items, [...path, 'items']));
  for (const option of node.oneOf ?? []) found.push(...propertyPaths(option, path));
  return found;
}

describe('the guided form, generated from the policy schema', () => {
  it('asks for every top-level field of the schema in exactly one step', () => {
    const asked = formSteps(schema).flatMap((step) => step.fields);
    const fields = Object.keys(schema.properties ?? {}).filter((key) => key !== '$schema');
    expect([...asked].sort()).toEqual([...fields].sort());
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('puts a field the schema gains later into the step "Everything else", with a readable name', () => {
    const grown = {
      ...schema,
      properties: {
        ...schema.properties,
        loyaltyProgramme: { type: 'string', description: 'The stamp card' },
      },
    };
    const more = formSteps(grown).find((step) => step.id === 'more');
    expect(more?.fields).toContain('loyaltyProgramme');
    const form = localizeSchema(grown, words('en'), resolveWords('schema', 'en'));
    const field = (form.schema.properties as Record<string, Node & { description?: string }>)
      .loyaltyProgramme;
    expect(field?.title).toBe('Loyalty programme');
    expect(field?.description).toBe('The stamp card');
  });

  it.each(['ko', 'en'] as const)('names every field and no $ref is left (%s)', (locale) => {
    const form = localizeSchema(schema, words(locale), resolveWords('schema', locale));
    expect(JSON.stringify(form.schema)).not.toContain('$ref');
    const untitled = propertyPaths(form.schema as Node).filter(({ node }) => !node.title);
    expect(untitled.map(({ path }) => path)).toEqual([]);
  });

  it('shows Korean help only in Korean, never the schema’s English descriptions', () => {
    const form = localizeSchema(schema, words('ko'), resolveWords('schema', 'ko'));
    const english = propertyPaths(form.schema as Node)
      .map(({ node }) => (node as { description?: string }).description)
      .filter((text): text is string => Boolean(text) && !/[가-힣]/.test(text as string));
    expect(english).toEqual([]);
  });

  it('names values in the schema’s words (legal bases in Korean)', () => {
    const form = localizeSchema(schema, words('ko'), resolveWords('schema', 'ko'));
    const basis = (
      form.uiSchema.collectedItems as { items: { basis: { 'ui:enumNames': Record<string, string> } } }
    ).items.basis['ui:enumNames'];
    expect(basis.consentRequired).toBe(resolveWords('schema', 'ko').legalBases.consentRequired);
    expect(basis.contract).toBe(resolveWords('schema', 'ko').legalBases.contract);
  });

  it('gives one step only its own fields and their required ones', () => {
    const form = localizeSchema(schema, words('ko'), resolveWords('schema', 'ko'));
    const step = stepSchema(form, ['controller', 'serviceName', 'policyUrl']);
    expect(Object.keys(step.schema.properties ?? {})).toEqual(['controller', 'serviceName', 'policyUrl']);
    expect(step.schema.required).toEqual(['controller', 'policyUrl']);
  });
});

describe('messages at their field', () => {
  const problem = (path: Problem['path'], message: string): Problem => ({
    path,
    jsonPath: '',
    severity: 'invalid',
    message,
  });

  it('places each message at the deepest field of its path, only for the step’s fields', () => {
    const errors = errorSchemaFor(
      [
        problem(['collectedItems', 2, 'basis'], 'basis'),
        problem(['collectedItems', 2, 'basis'], 'again'),
        problem(['controller', 'name', 'ko'], 'name'),
        problem([], 'whole policy'),
      ],
      ['collectedItems'],
      (p) => p.message,
    );
    expect(errors).toEqual({ collectedItems: { 2: { basis: { __errors: ['basis', 'again'] } } } });
  });
});
