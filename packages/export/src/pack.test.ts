import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Policy, parsePolicy } from '@privacy-label-kit/schema';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExample } from '../../../test/fixtures/examples.js';
import { policyInputArbitrary } from '../../../test/fixtures/policyArbitrary.js';
// The public Node entry, as a user imports it: the core plus Node's fonts, pdfkit and resvg.
import {
  documentFormat,
  exportLabels,
  type FileFormat,
  formatRegistry,
  makePack,
  manifestFileName,
  type Pack,
  packWordsEn,
  packWordsKo,
  purposes,
  registryFileFormats,
  zipPack,
} from './index.js';
import { temporaryFolder } from './testing/support.js';

function example(name: string): Policy {
  const result = parsePolicy(readExample(name));
  if (!result.ok) throw new Error(`${name} is not valid`);
  return result.policy;
}

const shop = example('small-shop');
const decoder = new TextDecoder();
const readmeOf = (pack: Pack, locale: string) =>
  decoder.decode(pack.files.find((file) => file.path === `README-${locale}.txt`)!.data);
/** The lines of a read-me that name a file: a path on its own, before any note in parentheses or after a dash. */
const listedPaths = (readme: string) =>
  readme
    .split('\r\n')
    .map((line) => line.trim().split(/\s+(?:\(|—)/)[0]!)
    .filter((line) => /^[A-Za-z0-9_@.-]+(\/[A-Za-z0-9_@.-]+)*\.[a-z]+$/.test(line));

describe('makePack', () => {
  let pack: Pack;
  beforeAll(async () => {
    pack = await makePack(shop);
  }, 60_000);

  it('lists every file of the pack, and no other, in each language’s read-me', () => {
    const paths = [...pack.files.map((file) => file.path), manifestFileName].sort();
    for (const locale of ['ko', 'en']) {
      expect([...listedPaths(readmeOf(pack, locale))].sort(), locale).toEqual(paths);
    }
  });

  it('arranges files in folders by purpose, with ASCII names, and says what each folder is for', () => {
    for (const file of pack.files) {
      expect(file.path, file.path).toMatch(/^[A-Za-z0-9_@./-]+$/);
      if (file.kind === 'read-me') expect(file.path).toMatch(/^README-(ko|en)\.txt$/);
      else expect(file.path.split('/')[0], file.path).toBe(file.purpose);
    }
    const used = new Set(pack.files.map((file) => file.purpose));
    expect(used).toContain('print');
    expect(used).toContain('labels');
    const korean = readmeOf(pack, 'ko');
    const english = readmeOf(pack, 'en');
    for (const purpose of purposes.filter((name) => used.has(name))) {
      expect(korean).toContain(packWordsKo.purposes[purpose].heading);
      expect(english).toContain(packWordsEn.purposes[purpose].heading);
    }
    expect(korean).toContain(packWordsKo.kinds.summary);
    expect(english).toContain(packWordsEn.kinds['label-sheet']);
    expect(korean).toContain(shop.policyUrl);
  });

  it('makes a file for every registered format, each under its entry’s purpose', () => {
    for (const entry of formatRegistry()) {
      const made = pack.files.filter((file) => file.kind === entry.kind && file.format === entry.format);
      expect(made.length, `${entry.kind} ${entry.format}`).toBeGreaterThan(0);
      for (const file of made) expect(file.purpose).toBe(entry.purpose);
    }
  });

  it('gives the same bytes as the CLI writes, file for file', async () => {
    const outDir = join(await temporaryFolder(), 'written');
    const manifest = await exportLabels(shop, { outDir, formats: ['svg', 'pdf'], locales: ['ko'] });
    const inMemory = await makePack(shop, { formats: ['svg', 'pdf'], locales: ['ko'] });
    expect(inMemory.manifest).toEqual(manifest);
    for (const file of inMemory.files) {
      expect(Buffer.from(file.data).equals(await readFile(join(outDir, file.path))), file.path).toBe(true);
    }
  }, 60_000);

  it('zips every file and the manifest, byte for byte, and the same pack gives the same zip', async () => {
    const zip = zipPack(pack);
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(
      [...pack.files.map((file) => file.path), manifestFileName].sort(),
    );
    for (const file of pack.files) {
      expect(Buffer.from(entries[file.path]!).equals(file.data), file.path).toBe(true);
    }
    expect(JSON.parse(decoder.decode(entries[manifestFileName]))).toEqual(pack.manifest);
    expect(Buffer.from(zipPack(pack)).equals(zip)).toBe(true);
  });
});

describe('the read-me of any pack', () => {
  it('lists every file, whatever the policy, formats, variants and languages', async () => {
    const formats = registryFileFormats().filter((format) => format !== 'png');
    await fc.assert(
      fc.asyncProperty(
        policyInputArbitrary,
        fc.subarray(formats, { minLength: 1 }),
        fc.subarray(['online', 'offline'] as const, { minLength: 1 }),
        fc.subarray(['ko', 'en', 'ja'], { minLength: 1 }),
        async (input, chosenFormats, variants, locales) => {
          const parsed = parsePolicy(input);
          if (!parsed.ok) throw new Error('the arbitrary made an invalid policy');
          const generated = await makePack(parsed.policy, {
            formats: chosenFormats as FileFormat[],
            variants,
            locales,
          });
          const paths = [...generated.files.map((file) => file.path), manifestFileName].sort();
          expect(generated.files.filter((file) => file.kind === 'read-me')).toHaveLength(locales.length);
          for (const locale of locales)
            expect([...listedPaths(readmeOf(generated, locale))].sort()).toEqual(paths);
        },
      ),
      { numRuns: 6 },
    );
  }, 120_000);
});

describe('the registry', () => {
  const text = (name: string) =>
    documentFormat({
      kind: 'policy-snippet',
      format: 'html',
      purpose: 'web',
      stem: name,
      make: () => '<p>hi</p>',
    });

  it('places a new format’s files in its purpose folder and describes them in the read-me', async () => {
    const pack = await makePack(shop, { registry: [text('snippet')], locales: ['ko'], variants: ['online'] });
    expect(pack.files.map((file) => file.path)).toEqual(['web/snippet-online-ko.html', 'README-ko.txt']);
    const readme = readmeOf(pack, 'ko');
    expect(readme).toContain(packWordsKo.purposes.web.heading);
    expect(readme).toContain(packWordsKo.kinds['policy-snippet']);
  });

  it('refuses two files of the same name and names that are not plain ASCII paths', async () => {
    await expect(makePack(shop, { registry: [text('same'), text('same')] })).rejects.toThrow(/Two files/);
    await expect(makePack(shop, { registry: [text('요약')] })).rejects.toThrow(/not a plain ASCII path/);
    await expect(makePack(shop, { registry: [text('../up')] })).rejects.toThrow(/not a plain ASCII path/);
  });

  it('refuses a format no entry makes', async () => {
    await expect(makePack(shop, { formats: ['gif' as FileFormat] })).rejects.toThrow(/Unknown format "gif"/);
  });
});
