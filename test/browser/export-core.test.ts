// The export core in a real browser: `@privacy-label-kit/export/core` bundled by esbuild for the browser (no Node
// built-ins can sneak in: the bundle would not build), loaded in Chromium over http. It makes a label SVG, a PDF with
// the Korean fonts fetched from URLs, a PNG through the canvas, and a zipped pack — and the files are the ones the
// Node side makes from the same code: SVGs byte for byte, PNGs pixel for pixel within anti-aliasing, PDFs with the
// same text and page size.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { makePack, renderLabelPdf, renderLabelPng, renderLabelSvg } from '@privacy-label-kit/export';
import { assertPolicy, deriveLabels } from '@privacy-label-kit/schema';
import { build } from 'esbuild';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExample } from '../fixtures/examples.js';
import { launchChromium } from './support/chromium.js';
import { startTestServer, type TestServer } from './support/server.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');
const require = createRequire(join(root, 'packages/export/package.json'));
const fontFile = (weight: string) =>
  require.resolve(`@expo-google-fonts/noto-sans-kr/${weight}/NotoSansKR_${weight}.ttf`);

const entry = `
  import * as core from '@privacy-label-kit/export/core';
  window.exportCore = core;
  window.coreReady = true;
`;

/** Fetches the fonts once per page (later calls return at once), so each test also runs on its own. */
const fontsReady = `await core.loadFonts(core.fontUrlLoader({ regular: '/fonts/regular.ttf', bold: '/fonts/bold.ttf' }));`;

const policy = assertPolicy(readExample('small-shop'));
const label = deriveLabels(policy, { locale: 'ko' }).find(
  (candidate) => candidate.id === 'third-party-provision',
)!;
const creationDate = new Date(`${policy.effectiveDate}T00:00:00Z`);

/** Runs `body` in the page with the core as `core`; bytes come back as arrays of numbers. */
async function inPage<T>(page: Page, body: string, argument: unknown = null): Promise<T> {
  return page.evaluate(
    ([source, value]) =>
      new Function('core', 'argument', `return (async () => { ${source} })();`)(
        (window as unknown as { exportCore: unknown }).exportCore,
        value,
      ),
    [body, argument] as const,
  ) as Promise<T>;
}

function pixels(png: Uint8Array) {
  return PNG.sync.read(Buffer.from(png));
}

describe('the export core in Chromium', () => {
  let browser: Browser;
  let server: TestServer;
  let page: Page;
  let folder: string;
  const requested: string[] = [];

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'export-core-'));
    const [launched, started] = await Promise.all([
      launchChromium(),
      startTestServer(),
      build({
        stdin: { contents: entry, resolveDir: root, loader: 'js' },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        // pdfkit and fontkit are dynamic imports in the core: their own chunks, fetched when a file is made.
        splitting: true,
        outdir: join(folder, 'app'),
        logLevel: 'silent',
      }),
    ]);
    browser = launched;
    server = started;
    server.folder('/app/', join(folder, 'app'));
    server.file('/fonts/regular.ttf', fontFile('400Regular'));
    server.file('/fonts/bold.ttf', fontFile('700Bold'));
    const url = server.page(
      '/index.html',
      '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>export core</title><link rel="icon" href="data:,"></head><body><script type="module" src="/app/stdin.js"></script></body></html>',
    );
    page = await browser.newPage();
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { coreReady?: boolean }).coreReady === true);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('loads neither the fonts nor pdfkit until a file is made', () => {
    expect(requested.some((path) => path.endsWith('.ttf'))).toBe(false);
    expect(requested.some((path) => path.includes('pdfkit'))).toBe(false);
  });

  it('makes a label SVG identical to the one made on Node, after fetching the fonts', async () => {
    const svg = await inPage<string>(
      page,
      `${fontsReady}
       return core.renderLabelSvg(argument, { variant: 'online', locale: 'ko' });`,
      label,
    );
    expect(requested.filter((path) => path.endsWith('.ttf')).sort()).toEqual([
      '/fonts/bold.ttf',
      '/fonts/regular.ttf',
    ]);
    expect(svg).toBe(renderLabelSvg(label, { variant: 'online', locale: 'ko' }));
    expect(svg).toContain(label.caption);
  });

  it('makes a label PDF with pdfkit’s browser build: the same page size and Korean text as Node’s', async () => {
    const bytes = await inPage<number[]>(
      page,
      `${fontsReady}
       await core.loadPdfKit();
       const pdf = await core.renderLabelPdf(argument.label, { variant: 'offline', locale: 'ko', creationDate: new Date(argument.date) });
       return Array.from(pdf);`,
      { label, date: creationDate.toISOString() },
    );
    expect(requested.some((path) => path.includes('pdfkit'))).toBe(true);
    const browserPdf = join(folder, 'browser.pdf');
    const nodePdf = join(folder, 'node.pdf');
    await writeFile(browserPdf, Uint8Array.from(bytes));
    await writeFile(nodePdf, await renderLabelPdf(label, { variant: 'offline', locale: 'ko', creationDate }));
    const text = async (file: string) => (await run('pdftotext', ['-layout', file, '-'])).stdout;
    const size = async (file: string) => /Page size:\s+(.*)/.exec((await run('pdfinfo', [file])).stdout)?.[1];
    expect(await text(browserPdf)).toContain(label.title);
    expect((await text(browserPdf)).replace(/\s+/g, ' ')).toBe((await text(nodePdf)).replace(/\s+/g, ' '));
    expect(await size(browserPdf)).toBe(await size(nodePdf));
    // Drawn, not only extractable: the rendered page has ink where the text is.
    const { stdout } = await run('pdftoppm', [
      '-png',
      '-r',
      '72',
      '-singlefile',
      browserPdf,
      join(folder, 'browser'),
    ]);
    expect(stdout).toBe('');
    const page1 = pixels(await readFile(join(folder, 'browser.png')));
    let dark = 0;
    for (let index = 0; index < page1.data.length; index += 4) if (page1.data[index]! < 128) dark++;
    expect(dark).toBeGreaterThan(500);
  });

  it('makes label PNGs on a canvas: the size of resvg’s on Node and the same picture within anti-aliasing, at every density', async () => {
    // One rasteriser for 1× then 4× of the same card: the second reuses the decoded SVG and must still be sharp.
    const [oneX, fourX] = await inPage<[number[], number[]]>(
      page,
      `${fontsReady}
       const rasterise = core.canvasRasteriser();
       const make = (scale) => core.renderLabelPng(argument, { variant: 'online', locale: 'ko', scale, rasterise });
       return [Array.from(await make(1)), Array.from(await make(4))];`,
      label,
    );
    for (const [bytes, scale] of [
      [oneX, 1],
      [fourX, 4],
    ] as const) {
      const fromBrowser = pixels(Uint8Array.from(bytes));
      const fromNode = pixels(await renderLabelPng(label, { variant: 'online', locale: 'ko', scale }));
      expect([fromBrowser.width, fromBrowser.height]).toEqual([fromNode.width, fromNode.height]);
      expect(fromBrowser.width).toBe(300 * scale);
      let difference = 0;
      for (let index = 0; index < fromNode.data.length; index++) {
        difference += Math.abs(fromNode.data[index]! - fromBrowser.data[index]!);
      }
      // Mean difference per channel (0–255): measured 0.6 at 1× and 0.2 at 4× — the same shapes, edge smoothing
      // aside. Resvg's 1× picture blown up to 4× differs from its 4× one by 5.5: a blurry density would fail.
      expect(difference / fromNode.data.length, `${scale}×`).toBeLessThan(1.5);
    }
  });

  it('makes the pack as one zip with the same files as the CLI, and a read-me that lists them', async () => {
    const result = await inPage<{ zip: string; seconds: number }>(
      page,
      `const started = performance.now();
       const pack = await core.makePack(argument, {
         locales: ['ko'],
         fonts: core.fontUrlLoader({ regular: '/fonts/regular.ttf', bold: '/fonts/bold.ttf' }),
         rasterise: core.canvasRasteriser(),
       });
       const zip = core.zipPack(pack);
       const seconds = (performance.now() - started) / 1000;
       // Base64 crosses to the test far faster than an array of numbers.
       let binary = '';
       for (let index = 0; index < zip.length; index += 0x8000) binary += String.fromCharCode(...zip.subarray(index, index + 0x8000));
       return { zip: btoa(binary), seconds };`,
      policy,
    );
    const entries = unzipSync(Buffer.from(result.zip, 'base64'));
    const fromNode = await makePack(policy, { locales: ['ko'] });
    expect(Object.keys(entries).sort()).toEqual(
      [...fromNode.files.map((file) => file.path), 'manifest.json'].sort(),
    );
    for (const file of fromNode.files.filter((candidate) => candidate.format === 'svg')) {
      expect(new TextDecoder().decode(entries[file.path]), file.path).toBe(
        new TextDecoder().decode(file.data),
      );
    }
    const readme = new TextDecoder().decode(entries['README-ko.txt']);
    for (const path of Object.keys(entries)) if (path !== 'README-ko.txt') expect(readme).toContain(path);
    console.info(`pack in Chromium (small shop, ko, every format): ${result.seconds.toFixed(2)} s`);
  }, 120_000);
});
