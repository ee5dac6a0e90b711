import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deriveLabels, type Policy, parsePolicy, type Translation } from '@privacy-label-kit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExample } from '../../../test/fixtures/examples.js';
// The public entry, which registers the built-in words, as a user imports it.
import { exportLabels, exportWords, type Manifest, missingGlyphs, summaryFacts } from './index.js';
import { parseSvg, pdfText, temporaryFolder } from './testing/support.js';

function example(name: string): Policy {
  const result = parsePolicy(readExample(name));
  if (!result.ok) throw new Error(`${name} is not valid`);
  return result.policy;
}

/** A business's own language with only a few words: everything else falls back to English. */
const japanese: Translation = {
  locale: 'ja',
  fallback: 'en',
  words: {
    schema: { labels: { purposes: { title: '処理目的' } } },
    export: { labelSheetTitle: 'プライバシーラベル', keyFactsHeading: 'ポイント' },
  },
};

const svgText = (svg: string) =>
  [...parseSvg(svg).getElementsByTagName('text')].map((text) => text.textContent).join(' ');

describe('exportLabels with a translation for a language the kit does not ship', () => {
  const shop = example('small-shop');
  const english = deriveLabels(shop, { locale: 'en' });
  let outDir: string;
  let manifest: Manifest;
  beforeAll(async () => {
    outDir = join(await temporaryFolder(), 'ja');
    manifest = await exportLabels(shop, {
      outDir,
      locales: ['ja'],
      translations: [japanese],
      formats: ['svg', 'pdf'],
      variants: ['online'],
    });
  });

  it('writes the label files under the language tag, in the translation’s words with English for the rest', async () => {
    expect(new Set(manifest.files.map((file) => file.locale))).toEqual(new Set(['ja']));
    const purposes = await readFile(join(outDir, 'labels/online/ja/purposes.svg'), 'utf8');
    expect(parseSvg(purposes).documentElement.getAttribute('lang')).toBe('ja');
    const shown = svgText(purposes);
    expect(shown).toContain('処理目的');
    expect(shown).toContain(english.find((label) => label.id === 'purposes')!.caption);
    const collected = svgText(await readFile(join(outDir, 'labels/online/ja/collected-items.svg'), 'utf8'));
    const collectedInEnglish = english.find((label) => label.id === 'collected-items')!;
    expect(collected).toContain(collectedInEnglish.title);
    expect(collected).toContain(collectedInEnglish.caption);
  });

  it('titles the label sheet and the summary in the translation, English elsewhere', async () => {
    const sheet = await pdfText(join(outDir, 'print/label-sheet-online-ja.pdf'));
    expect(sheet).toContain('プライバシーラベル');
    expect(sheet).toContain('Full privacy policy');
    const summary = await pdfText(join(outDir, 'print/summary-online-ja.pdf'));
    expect(summary).toContain('ポイント');
    expect(summary).toContain('Privacy officer');
    expect(summaryFacts(shop, 'ja', [japanese])[0]!.term).toBe(exportWords('en').controller);
  });

  // Noto Sans KR, the one font the exporter embeds, has kana and the hanja of KS X 1001 but not Japanese forms such
  // as 処 and 内 (Korean writes 處 and 內). Until a font with it is bundled, such a character is an empty box
  // in PDFs and PNGs and drops out of the PDF's text layer; `missingGlyphs` finds it before anything is printed.
  it('names the characters the bundled font cannot draw (known limitation: 処)', async () => {
    expect(missingGlyphs('処理目的 プライバシーラベル 主な内容')).toEqual(['処', '内']);
    expect(missingGlyphs('처리 목적 Privacy labels')).toEqual([]);
    const pdf = await pdfText(join(outDir, 'labels/online/ja/purposes.pdf'));
    expect(pdf).toContain('理目的');
    expect(pdf).not.toContain('処');
  });

  it('refuses a locale that is not a language tag, before naming any folder after it', async () => {
    const folder = join(await temporaryFolder(), 'bad');
    await expect(exportLabels(shop, { outDir: folder, locales: ['../ja'] })).rejects.toThrow(
      /BCP 47 language tag/,
    );
  });
});
