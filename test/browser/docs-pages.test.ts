import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.js';
import { startTestServer, type TestServer } from './support/server.js';

const root = resolve(import.meta.dirname, '..', '..');

interface IndexEntry {
  id: string;
  type: 'docs' | 'story';
  title: string;
  tags?: string[];
}

interface DocsGlobals {
  locale: 'ko' | 'en';
  theme: 'light' | 'dark';
}

interface PageReport {
  /** How far the page reaches past the right edge of the window, in CSS pixels (0 = no sideways scrolling). */
  overflow: number;
  /** The elements that stick out, for the failure message. */
  culprits: string[];
  /** Markdown tables that MDX printed as text instead of rendering. */
  rawTables: string[];
  /** Korean words split by `word-break: normal` in the docs prose (should be keep-all). */
  breakAll: number;
}

/**
 * Every docs page of the static Storybook, as published, at a desktop and a phone width: nothing may scroll sideways,
 * nothing may log an error, and no Markdown table may show as `| --- |` text.
 */
describe('the docs pages', () => {
  const outputDir = mkdtempSync(join(tmpdir(), 'plk-docs-'));
  let browser: Browser;
  let server: TestServer;
  let docsPages: IndexEntry[] = [];

  beforeAll(async () => {
    // Another test file may have built it already; this one needs its own copy to stay independent (~10 s).
    execFileSync(
      join(root, 'node_modules', '.bin', 'storybook'),
      ['build', '--output-dir', outputDir, '--quiet'],
      {
        cwd: root,
        stdio: 'pipe',
        env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      },
    );
    const index = JSON.parse(readFileSync(join(outputDir, 'index.json'), 'utf8')) as {
      entries: Record<string, IndexEntry>;
    };
    docsPages = Object.values(index.entries).filter(
      (entry) => entry.type === 'docs' && !(entry.tags ?? []).includes('!dev'),
    );
    server = await startTestServer();
    server.folder('/', outputDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(outputDir, { recursive: true, force: true });
  });

  it('finds the pages a reader starts from', () => {
    const ids = docsPages.map((entry) => entry.id);
    for (const id of [
      'introduction--docs',
      'label-gallery-all-icons--docs',
      'design-principles--docs',
      'components-privacypolicy--docs',
      'example-policies--docs',
      'schema-reference--docs',
      'printing-labels-offline--docs',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('opens the builder in one click from the Introduction page, in either language', async () => {
    for (const [locale, name, query, heading] of [
      ['ko', '코드 없이 라벨 만들기: 빌더 열기 →', '', '개인정보 처리 표시 만들기'],
      ['en', 'Make your labels without code: open the builder →', '?lang=en', 'Privacy label builder'],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.origin}/?path=/docs/introduction--docs&globals=locale:${locale}`);
      await page.frameLocator('#storybook-preview-iframe').getByRole('link', { name }).click();
      await page.waitForURL(`${server.origin}/builder/index.html${query}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      await page.close();
    }
  });

  it('notices a page that scrolls sideways or shows a Markdown table as text', async () => {
    // The same measurement on a deliberately broken page: a check that cannot fail would prove nothing.
    const url = server.page(
      '/broken-docs.html',
      '<!doctype html><html lang="ko"><body><div class="sbdocs-content">' +
        '<p>| 항목 | 설명 |\n| --- | --- |</p><div style="width:2000px">넓은 상자</div></div></body></html>',
    );
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(url);
    const report = await page.evaluate(measurePage);
    await page.close();
    expect(report.overflow).toBeGreaterThan(1000);
    expect(report.culprits[0]).toContain('넓은 상자');
    expect(report.rawTables).toHaveLength(1);
  });

  /** Loads each docs page in Korean with the light theme and in English with the dark theme, and measures both. */
  async function visitAll(context: BrowserContext, width: number, variants: readonly DocsGlobals[]) {
    const page = await context.newPage();
    const errors: string[] = [];
    let current = 'start';
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${current}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${current}: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${current}: HTTP ${response.status()} ${response.url()}`);
    });
    /** Loads a docs page; false when Storybook shows its error screen instead (the console errors say why). */
    const open = async (id: string, globals: string): Promise<boolean> => {
      await page.goto(`${server.origin}/iframe.html?viewMode=docs&id=${id}&globals=${globals}`);
      const shown = await page
        .locator('.sbdocs-content, .sb-show-errordisplay')
        .first()
        .waitFor({ timeout: 20_000 })
        .then(() => page.evaluate(() => !document.body.classList.contains('sb-show-errordisplay')))
        .catch(() => false);
      if (shown) await page.evaluate(settle);
      return shown;
    };
    const problems: string[] = [];
    for (const entry of docsPages) {
      current = entry.id;
      for (const globals of variants) {
        const query = `locale:${globals.locale};theme:${globals.theme}`;
        // Loaded by URL, not switched in place: Storybook reloads the whole preview when the globals change while a
        // story on the page is still rendering, which would make this test flaky.
        if (!(await open(entry.id, query))) {
          problems.push(`${entry.id} (${query}) does not render`);
          continue;
        }
        const report = await page.evaluate(measurePage);
        const where = `${entry.id} at ${width}px (${globals.locale}, ${globals.theme})`;
        if (report.overflow > 0) {
          problems.push(`${where} scrolls sideways by ${report.overflow}px: ${report.culprits.join('; ')}`);
        }
        for (const table of report.rawTables)
          problems.push(`${where}: Markdown table shown as text: ${table}`);
        if (report.breakAll > 0)
          problems.push(`${where}: ${report.breakAll} Korean paragraphs break mid-word`);
      }
    }
    await page.close();
    return { problems, errors };
  }

  // Phones get both languages (long Korean words and long English ones break differently); the desktop gets Korean,
  // whose unbreakable words are the likelier overflow. Both themes are loaded at least once per page.
  const passes: Array<[number, number, DocsGlobals[]]> = [
    [1440, 900, [{ locale: 'ko', theme: 'light' }]],
    [
      390,
      844,
      [
        { locale: 'ko', theme: 'dark' },
        { locale: 'en', theme: 'light' },
      ],
    ],
  ];
  // Two pages at once (one per width): the loads wait on the network and the main thread in turns.
  describe.concurrent('at each width', () => {
    for (const [width, height, variants] of passes) {
      const languages = variants.map((globals) => `${globals.locale}/${globals.theme}`).join(', ');
      it(`shows every docs page at ${width}px (${languages}) without sideways scrolling, raw tables or errors`, async () => {
        const context = await browser.newContext({ viewport: { width, height } });
        const { problems, errors } = await visitAll(context, width, variants);
        await context.close();
        expect(problems).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  });
});

/** Runs in the page: waits for rendering, web fonts and images. */
async function settle(): Promise<void> {
  const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  await frame();
  await frame();
  await document.fonts.ready;
  await Promise.all(
    [...document.images].map((image) => (image.complete ? undefined : image.decode().catch(() => undefined))),
  );
}

/** Runs in the page. */
function measurePage(): PageReport {
  const viewport = document.documentElement.clientWidth;
  const overflow = Math.max(0, document.documentElement.scrollWidth - viewport);
  const culprits: string[] = [];
  if (overflow > 0) {
    for (const element of document.querySelectorAll<HTMLElement>('.sbdocs-content *')) {
      const box = element.getBoundingClientRect();
      if (box.right <= viewport + 1 || box.width === 0) continue;
      // Inside a scrolling box (a wide table or code block) it scrolls there, not the page.
      let ancestor = element.parentElement;
      let scrolls = false;
      while (ancestor && !scrolls) {
        scrolls = ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(ancestor).overflowX);
        ancestor = ancestor.parentElement;
      }
      if (!scrolls)
        culprits.push(`<${element.tagName.toLowerCase()}> "${element.textContent?.slice(0, 40)}"`);
      if (culprits.length >= 5) break;
    }
  }
  const rawTables = [...document.querySelectorAll('.sbdocs-content p, .sbdocs-content li')]
    .map((element) => element.textContent ?? '')
    .filter((text) => /\|\s*-{3,}\s*\|/.test(text))
    .map((text) => text.slice(0, 60));
  const breakAll = [
    ...document.querySelectorAll('.sbdocs-content p[lang="ko"], .sbdocs-content [lang="ko"] p'),
  ].filter((element) => getComputedStyle(element).wordBreak !== 'keep-all').length;
  return { overflow, culprits, rawTables, breakAll };
}
