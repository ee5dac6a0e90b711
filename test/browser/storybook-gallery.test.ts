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

  it('lists every label page in the sidebar index', () => {
    const index = JSON.parse(readFileSync(join(outputDir, 'index.json'), 'utf8')) as {
      entries: Record<string, { title: string }>;
    };
    const titles = new Set(Object.values(index.entries).map((entry) => entry.title.split('/')[0]));
    for (const page of ['Introduction', 'Label gallery', 'Schema reference', 'Printing labels offline']) {
      expect(titles).toContain(page);
    }
  });

  it('downloads an icon from the gallery as a valid standalone SVG', async () => {
    const page = await openGallery('en');
    const card = page.locator('[data-icon-id="third-party-provision"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: /Offline.*SVG/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('privacy-label-third-party-provision-offline.svg');
    const svg = readFileSync(await download.path(), 'utf8');
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
    }, svg);
    expect(parsed).toEqual({
      error: false,
      root: 'svg',
      namespace: 'http://www.w3.org/2000/svg',
      viewBox: '0 0 24 24',
      title: 'Third-party provision',
    });
    await page.context().close();
  });

  it('downloads an icon from the gallery as a PNG image', async () => {
    const page = await openGallery('ko');
    const card = page.locator('[data-icon-id="retention"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: /온라인.*PNG/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('privacy-label-retention-online.png');
    const png = readFileSync(await download.path());
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // IHDR: width and height are the first two big-endian words of the first chunk.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([192, 192]);
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
