import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  iconSourceDirectory,
  iconsPackageDirectory,
  listIconMetadataIds,
  listIconSourceIds,
  metadataSchemaPath,
} from '../scripts/iconSources.mjs';
import { iconIds, labelIcons, labelIconTags } from './map.js';

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const validateMetadata = new Ajv2020({ allErrors: true }).compile(readJson(metadataSchemaPath) as object);

// Whether every label of the schema has an icon (and the other way round) is checked across packages in
// test/unit/label-completeness.test.ts; this package only holds its own sources and output together.
describe('icon sources, metadata and the built icons match one to one', () => {
  it('has a metadata file for every source and none without a source', () => {
    expect(listIconMetadataIds()).toEqual(listIconSourceIds());
  });

  it('builds one icon per source into the id map', () => {
    expect([...iconIds].sort()).toEqual(listIconSourceIds());
    expect(Object.keys(labelIcons).sort()).toEqual(listIconSourceIds());
  });

  it.each(listIconSourceIds())(
    '%s: the built icon carries the family, titles and tags of its metadata',
    (id) => {
      const metadata = readJson(join(iconSourceDirectory, `${id}.json`)) as Record<string, unknown>;
      const icon = labelIcons[id as keyof typeof labelIcons];
      expect(icon).toMatchObject({ id, family: metadata.family, title: metadata.title });
      expect(labelIconTags[id as keyof typeof labelIconTags]).toEqual(metadata.tags);
    },
  );
});

describe('icon metadata JSON Schema', () => {
  it.each(listIconMetadataIds())('%s.json validates', (id) => {
    const valid = validateMetadata(readJson(join(iconSourceDirectory, `${id}.json`)));
    expect(validateMetadata.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  const valid = {
    id: 'retention',
    family: 'processing',
    title: { ko: '보유 기간', en: 'Retention' },
    tags: { ko: ['보관'], en: ['storage'] },
  };

  it('accepts a complete record', () => {
    expect(validateMetadata(valid)).toBe(true);
  });

  it.each([
    ['an unknown family', { ...valid, family: 'marketing' }],
    ['a missing English title', { ...valid, title: { ko: '보유 기간' } }],
    ['an empty Korean tag list', { ...valid, tags: { ko: [], en: ['storage'] } }],
    ['an id that is not kebab-case', { ...valid, id: 'Retention_Period' }],
    ['a title with surrounding spaces', { ...valid, title: { ko: ' 보유 기간', en: 'Retention' } }],
    ['an unknown field', { ...valid, colour: '#f00' }],
  ])('rejects %s', (_, metadata) => {
    expect(validateMetadata(metadata)).toBe(false);
  });
});

describe('icons knows nothing of policies', () => {
  it('declares no dependency on the schema package', () => {
    const manifest = readJson(join(iconsPackageDirectory, 'package.json')) as Record<string, unknown>;
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies']) {
      expect(Object.keys((manifest[field] as object | undefined) ?? {})).not.toContain(
        '@privacy-label-kit/schema',
      );
    }
  });

  it('imports the schema package from tests only', () => {
    const sourceFiles = (
      readdirSync(join(iconsPackageDirectory, 'src'), { recursive: true }) as string[]
    ).filter((name) => /\.(ts|mts|js|mjs)$/.test(name) && !/\.test\.ts$/.test(name));
    expect(sourceFiles.length).toBeGreaterThan(5);
    const importing = sourceFiles.filter((name) =>
      readFileSync(join(iconsPackageDirectory, 'src', name), 'utf8').includes('@privacy-label-kit/schema'),
    );
    expect(importing).toEqual([]);
  });
});
