import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.js';
import { startTestServer, type TestServer } from './support/server.js';

const root = resolve(import.meta.dirname, '..', '..');

describe('the static Storybook site', () => {
  const outputDir = mkdtempSync(join(tmpdir(), 'plk-storybook-'));
  let browser: Browser;
  let server: TestServer;
  let origin: string;

  beforeAll(async () => {
    // The static build is what gets published; building it here is also the CI check that it builds.
    execFileSync(
      join(root, 'node_modules', '.bin', 'storybook'),
      ['build', '--output-dir', outputDir, '--quiet'],
      {
        cwd: root,
        stdio: 'pipe',
        env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      },
    );
    server = await startTestServer();
    server.folder('/', outputDir);
    origin = server.origin;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(outputDir, { recursive: true, force: true });
  });

  async function openGallery(locale: 'ko' | 'en'): Promise<Page> {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const story = locale === 'ko' ? 'korean' : 'english';
    await page.goto(`${origin}/iframe.html?id=label-gallery-gallery--${story}&viewMode=story`);
    await page.locator('[data-icon-id]').first().waitFor();
    return page;
  }

  async function openIconPage(iconId: string, locale: 'ko' | 'en'): Promise<Page> {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(
      `${origin}/iframe.html?id=label-gallery-icons--${iconId}&viewMode=story&globals=locale:${locale}`,
    );
    await page.locator(`[data-icon-page="${iconId}"]`).waitFor();
    return page;
  }

  async function download(page: Page, button: string) {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  }

  it('lists every label page in the sidebar index', () => {
    const index = JSON.parse(readFileSync(join(outputDir, 'index.json'), 'utf8')) as {
      entries: Record<string, { title: string }>;
    };
    const titles = new Set(Object.values(index.entries).map((entry) => entry.title.split('/')[0]));
    for (const page of ['Introduction', 'Label gallery', 'Schema reference', 'Printing labels offline']) {
      expect(titles).toContain(page);
    }
  });

  it('downloads an icon without its caption as a valid standalone SVG named with variant and language', async () => {
    const page = await openIconPage('third-party-provision', 'en');
    await page.getByLabel('Offline (print, monochrome)').check();
    await page.getByLabel('Symbol only').check();
    const file = await download(page, 'Download SVG');
    expect(file.name).toBe('privacy-label-third-party-provision-offline-en.svg');
    // Parse it the way a browser opening the file would: as XML, not HTML.
    const parsed = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml');
      const svgElement = document.documentElement;
      return {
        error: document.getElementsByTagName('parsererror').length > 0,
        root: svgElement.localName,
        namespace: svgElement.namespaceURI,
        viewBox: svgElement.getAttribute('viewBox'),
        title: svgElement.querySelector('title')?.textContent,
      };
    }, file.bytes.toString('utf8'));
    expect(parsed).toEqual({
      error: false,
      root: 'svg',
      namespace: 'http://www.w3.org/2000/svg',
      viewBox: '0 0 24 24',
      title: 'Third-party provision',
    });
    await page.context().close();
  });

  it('downloads an icon with its caption as SVG, PNG and PDF', async () => {
    const page = await openIconPage('retention', 'ko');
    const svg = await download(page, 'SVG 내려받기');
    expect(svg.name).toBe('privacy-label-retention-online-ko-caption.svg');
    expect(svg.bytes.toString('utf8')).toContain('>보유 기간</text>');

    const png = await download(page, 'PNG 내려받기');
    expect(png.name).toBe('privacy-label-retention-online-ko-caption.png');
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // IHDR: width and height are the first two big-endian words of the first chunk; the caption makes it taller.
    const [width, height] = [png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)];
    expect(width).toBeGreaterThanOrEqual(480);
    expect(height).toBeGreaterThan(width * 0.9);

    const pdf = await download(page, 'PDF 내려받기');
    expect(pdf.name).toBe('privacy-label-retention-online-ko-caption.pdf');
    const text = pdf.bytes.toString('latin1');
    expect(text.startsWith('%PDF-1.7')).toBe(true);
    expect(text).toMatch(/\/Subtype \/Image \/Width \d+ \/Height \d+/);
    // The cross-reference table points at each object: a broken offset makes viewers repair or refuse the file.
    const xref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets.length).toBeGreaterThan(3);
    offsets.forEach((offset, index) => {
      expect(text.slice(offset).startsWith(`${index + 1} 0 obj\n`)).toBe(true);
    });
    await page.context().close();
  });

  it('shows every size of an icon smallest first, each labelled', async () => {
    const page = await openIconPage('retention', 'en');
    const labels = await page.locator('[data-variant="online"] [data-size]').allTextContents();
    expect(labels).toEqual(['16 px', '24 px', '32 px', '48 px', '96 px']);
    await page.context().close();
  });

  it('filters by family and finds icons by Korean tag', async () => {
    const page = await openGallery('ko');
    await page.getByLabel('보호 의무 (둥근 사각형)').check();
    const families = await page
      .locator('[data-icon-id]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-family')));
    expect(new Set(families)).toEqual(new Set(['protection']));
    await page.getByLabel('전체').check();
    await page.getByRole('searchbox').fill('쿠키');
    const ids = await page
      .locator('[data-icon-id]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-icon-id')));
    expect(ids).toContain('automatic-collection');
    expect(ids.length).toBeLessThan(20);
    await page.context().close();
  });
});
