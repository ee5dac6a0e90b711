// The guided form is generated from the policy's JSON Schema (made from the zod schema in @privacy-label-kit/schema),
// so a field added to the schema appears in the builder without a hand-written form. This module turns that schema
// into what react-jsonschema-form renders: $refs inlined, every field titled and described in the builder's words
// (falling back to the schema's own description), values named in the schema's words, and the fields split into steps.
import type { SchemaWords } from '@privacy-label-kit/schema/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { BuilderWords, StepId } from './words/words.js';

type JsonSchema = Record<string, unknown> & {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  required?: string[];
  description?: string;
  title?: string;
};

export const localizedTextDefinition = '#/$defs/LocalizedText';

/** Which top-level fields each step asks for. A top-level field in none of them lands in the step 'more'. */
export const stepFields: Record<Exclude<StepId, 'start' | 'download'>, readonly string[]> = {
  business: ['controller', 'serviceName', 'title', 'policyUrl', 'effectiveDate', 'defaultLocale'],
  contacts: ['privacyOfficer', 'contactDepartment', 'domesticAgent'],
  items: ['purposes', 'collectedItems', 'sensitiveInformation', 'uniqueIdentifiers'],
  sharing: ['thirdPartyProvision', 'entrustment', 'overseasTransfer'],
  online: [
    'automaticCollection',
    'behaviouralAdvertising',
    'children',
    'videoDevices',
    'automatedDecisions',
    'pseudonymisedInformation',
  ],
  keeping: ['retention', 'destruction', 'securityMeasures'],
  rights: ['rights', 'remedies'],
  more: [],
};

/** Fields a person never fills in: editor hints in the file. */
const hiddenFields = new Set(['$schema']);

export type FormStepId = keyof typeof stepFields;

export interface FormStep {
  id: FormStepId;
  fields: string[];
}

/** The form steps in order, with every top-level field of the schema in exactly one (steps left empty are dropped). */
export function formSteps(schema: JsonSchema): FormStep[] {
  const all = Object.keys(schema.properties ?? {}).filter((key) => !hiddenFields.has(key));
  const placed = new Set(Object.values(stepFields).flat());
  const steps = (Object.keys(stepFields) as FormStepId[]).map((id) => ({
    id,
    fields:
      id === 'more'
        ? all.filter((key) => !placed.has(key))
        : stepFields[id].filter((key) => all.includes(key)),
  }));
  return steps.filter((step) => step.fields.length > 0);
}

/** Long answers get a text area rather than a one-line box. */
const longTextFields = new Set([
  'description',
  'procedure',
  'principle',
  'howToExercise',
  'howToObject',
  'howToRefuse',
  'consequence',
  'notice',
  'summary',
  'detail',
  'electronicMethod',
  'paperMethod',
  'criteria',
  'childFriendlyNotice',
  'howToKeepPrivate',
  'disclosureRisk',
  'timingAndMethod',
]);

export interface LocalizedForm {
  schema: RJSFSchema;
  uiSchema: UiSchema;
}

/**
 * Names of schema values the schema's words already have (legal bases, stages, data types, certification schemes …):
 * every record of names in them, so a value set the schema gains with its words is named here too.
 */
export function valueNamesFrom(schemaWords: SchemaWords): Record<string, string> {
  const names: Record<string, string> = {};
  for (const record of Object.values(schemaWords as unknown as Record<string, unknown>)) {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) continue;
    const entries = Object.entries(record);
    if (entries.length === 0 || !entries.every(([, name]) => typeof name === 'string')) continue;
    for (const [value, name] of entries) names[value] ??= name as string;
  }
  return names;
}

function humanise(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The schema with $refs inlined and titles, descriptions and value names in the builder's language, and the
 * matching uiSchema (value names, the two-language text field, text areas).
 */
export function localizeSchema(
  policySchema: JsonSchema,
  words: BuilderWords,
  schemaWords: SchemaWords,
  schemaDescriptions = schemaWords.locale === 'en' || schemaWords.locale.startsWith('en-'),
): LocalizedForm {
  const definitions = policySchema.$defs ?? {};
  const valueNames = { ...valueNamesFrom(schemaWords), ...words.values };
  const nameOf = (value: unknown) => valueNames[String(value)] ?? String(value);

  const walk = (node: JsonSchema, path: readonly string[]): { schema: JsonSchema; ui: UiSchema } => {
    const key = path[path.length - 1] ?? '';
    let source = node;
    let localizedText = false;
    if (node.$ref) {
      const { $ref, ...rest } = node;
      const { description: _generic, ...definition } = definitions[$ref.replace('#/$defs/', '')] ?? {};
      localizedText = $ref === localizedTextDefinition;
      // A definition's own description ("Text in Korean …") says nothing about this field; only the field's does.
      source = { ...definition, ...rest };
    }
    const field = words.fields[path.join('.')] ?? words.fields[key];
    const schema: JsonSchema = { ...source };
    const ui: UiSchema = {};
    if (key) {
      schema.title = field?.label ?? humanise(key);
      // The schema's descriptions are English: they stand in for help text the builder's words lack in English only.
      const description = field?.help ?? (schemaDescriptions ? source.description : undefined);
      if (description) schema.description = description;
      else delete schema.description;
    }
    if (localizedText) {
      // Drawn by LocalizedTextField; the two languages are titled here too, for anything else reading the schema.
      schema.properties = Object.fromEntries(
        Object.entries(source.properties ?? {}).map(([language, child]) => [
          language,
          {
            ...child,
            title: words.localizedText[language as 'ko' | 'en'] ?? language,
            description: undefined,
          },
        ]),
      );
      ui['ui:field'] = 'localizedText';
      if (longTextFields.has(key)) ui['ui:options'] = { multiline: true };
      return { schema, ui };
    }
    if (source.enum) {
      ui['ui:enumNames'] = Object.fromEntries(source.enum.map((value) => [String(value), nameOf(value)]));
    }
    if (source.properties) {
      schema.properties = {};
      for (const [name, child] of Object.entries(source.properties)) {
        if (hiddenFields.has(name)) continue;
        const walked = walk(child, [...path, name]);
        schema.properties[name] = walked.schema;
        ui[name] = walked.ui;
      }
    }
    if (source.items) {
      const walked = walk(source.items, [...path, 'items']);
      // Array items take the array's words for their own title ("Purposes" → each "Purpose" box).
      walked.schema.title = schema.title;
      delete walked.schema.description;
      schema.items = walked.schema;
      ui.items = walked.ui;
    }
    if (source.oneOf) {
      schema.oneOf = source.oneOf.map((option) => {
        const walked = walk(option, path).schema;
        const kind = (option.properties?.kind as JsonSchema | undefined)?.const;
        walked.title = kind === undefined ? walked.title : nameOf(kind);
        delete walked.description;
        return walked;
      });
    }
    if (source.type === 'string' && longTextFields.has(key)) ui['ui:widget'] = 'textarea';
    return { schema, ui };
  };

  const { $defs: _definitions, ...root } = policySchema;
  const walked = walk(root, []);
  return { schema: walked.schema as RJSFSchema, uiSchema: walked.ui };
}

/** The part of the localized schema one step asks for. */
export function stepSchema(localized: LocalizedForm, fields: readonly string[]): LocalizedForm {
  const root = localized.schema as JsonSchema;
  const properties = Object.fromEntries(fields.map((key) => [key, root.properties?.[key] ?? {}]));
  const required = (root.required ?? []).filter((key) => fields.includes(key));
  const uiSchema: UiSchema = Object.fromEntries(fields.map((key) => [key, localized.uiSchema[key] ?? {}]));
  uiSchema['ui:order'] = [...fields];
  return {
    schema: { type: 'object', properties, required } as RJSFSchema,
    uiSchema,
  };
}
