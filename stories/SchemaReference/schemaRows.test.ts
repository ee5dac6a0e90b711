import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type JsonSchemaNode, schemaRows } from './schemaRows.js';

const schema = JSON.parse(
  readFileSync(new URL('../../packages/schema/policy.schema.json', import.meta.url), 'utf8'),
) as JsonSchemaNode;

describe('schema reference rows', () => {
  const rows = schemaRows(schema);
  const byPath = new Map(rows.map((row) => [row.path, row]));

  it('has a row for every top-level field of the policy except $schema', () => {
    const topLevel = Object.keys(schema.properties ?? {}).filter((key) => key !== '$schema');
    expect(rows.filter((row) => row.depth === 1).map((row) => row.path)).toEqual(topLevel);
  });

  it('marks required fields and lists the choices of an enum', () => {
    expect(byPath.get('privacyOfficer.email')).toMatchObject({ required: true });
    expect(byPath.get('privacyOfficer.phone')).toMatchObject({ required: false });
    expect(byPath.get('collectedItems[].basis')?.values).toContain('deemedConsent');
  });

  it('names shared types instead of expanding them, and documents each retention kind', () => {
    expect(byPath.get('controller.name')?.type).toBe('text { ko, en }');
    expect(byPath.has('controller.name.ko')).toBe(false);
    expect(byPath.get('collectedItems[].retention.duration (kind: "period")')?.type).toBe(
      'duration { value, unit }',
    );
  });
});
