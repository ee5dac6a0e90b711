// Adding a label touches its definition (packages/schema/src/labels/<id>.ts), its words in each built-in language,
// its icon (assets/icons/<id>.svg + <id>.json) and its section in @privacy-label-kit/react. This test fails while any
// one of them is missing, on either side, and while the icon's metadata disagrees with the definition.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { iconIds, labelIcons } from '@privacy-label-kit/icons/map';
import { policySections } from '@privacy-label-kit/react';
import { labelDefinitions, labelIds, schemaWords } from '@privacy-label-kit/schema';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const definitionIds = [...labelIds].sort();

describe('every label is complete in every package', () => {
  it('has an icon for every definition, and a definition for every icon', () => {
    expect([...iconIds].sort()).toEqual(definitionIds);
  });

  it('draws each icon in the frame of its label family, with the title the label shows', () => {
    for (const definition of labelDefinitions) {
      const icon = labelIcons[definition.id as keyof typeof labelIcons];
      expect(icon.family, definition.id).toBe(definition.family);
      for (const locale of ['ko', 'en'] as const) {
        expect(icon.title[locale]).toBe(schemaWords(locale).labels[definition.id].title);
      }
    }
  });

  it('keeps the icon metadata file beside each source as the one place the titles are written', () => {
    for (const id of definitionIds) {
      const metadata = JSON.parse(readFileSync(join(root, 'assets/icons', `${id}.json`), 'utf8'));
      expect(metadata.id).toBe(id);
      expect(schemaWords('ko').labels[id as (typeof labelIds)[number]].title).toBe(metadata.title.ko);
    }
  });

  it('has a section component for every label, and a label for every section', () => {
    expect(Object.keys(policySections).sort()).toEqual(definitionIds);
    for (const section of Object.values(policySections)) expect(typeof section).toBe('function');
  });

  it('has words for every label in every built-in language', () => {
    for (const locale of ['ko', 'en']) {
      const words = schemaWords(locale);
      expect(Object.keys(words.labels).sort()).toEqual(definitionIds);
      for (const id of labelIds) {
        expect(words.labels[id].title.length, `${locale} ${id}`).toBeGreaterThan(0);
        expect(words.labels[id].description.length, `${locale} ${id}`).toBeGreaterThan(0);
        expect(typeof words.labels[id].caption).toBe('function');
      }
    }
  });
});
