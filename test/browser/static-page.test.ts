import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { renderLabelSummarySnippet, renderStaticPolicyPage } from '@privacy-label-kit/react/static';
import { assertPolicy, deriveLabels, type Locale } from '@privacy-label-kit/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleNames, readExample } from '../fixtures/examples.js';
import { axePath, axeViolations } from './support/axe.js';
import { launchChromium } from './support/chromium.js';
import { startTestServer, type TestServer } from './support/server.js';

const run = promisify(execFile);

/** The text a reader sees (display: none parts excluded), without line breaks in the way of a phrase. */
const visibleText = async (page: Page) =>
  // biome-ignore lint/performance/useDomNodeTextContent: innerText is the point — it leaves out the hidden language.
  (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');

// The static privacy_policy.html (issue 11) as a host serves it: no script, in Chromium.
describe('the static policy page (privacy_policy.html)', () => {
  let browser: Browser;
  let server: TestServer;
  let page: Page;
  let folder: string;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
    server.file('/axe.min.js', axePath);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    folder = await mkdtemp(join(tmpdir(), 'plk-static-page-'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(folder, { recursive: true, force: true });
  });

  const localeSets: Locale[][] = [['ko'], ['en'], ['ko', 'en']];
  const cases = exampleNames().flatMap((example) => localeSets.map((locales) => ({ example, locales })));

  it.each(cases)(
    '$example $locales: no script, axe clean, every caption shown',
    async ({ example, locales }) => {
      const policy = assertPolicy(readExample(example));
      const html = renderStaticPolicyPage(policy, { locales });
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${locales[0]}">`));
      const url = server.page(`/${example}-${locales.join('-')}/privacy_policy.html`, html);
      await page.goto(url);
      expect(await axeViolations(page)).toEqual([]);
      const first = locales[0]!;
      const shown = await visibleText(page);
      for (const label of deriveLabels(policy, { locale: first })) {
        expect(shown).toContain(label.title);
        expect(shown).toContain(label.caption.replace(/\s+/g, ' '));
      }
      for (const other of locales.slice(1)) {
        // One language at a time: the others are one link away, and a link to any of their sections shows them.
        expect(shown).not.toContain(deriveLabels(policy, { locale: other })[0]!.caption);
        await page.getByRole('link', { name: other === 'en' ? 'English' : other }).click();
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${other}`);
        const switched = await visibleText(page);
        for (const label of deriveLabels(policy, { locale: other }))
          expect(switched).toContain(label.caption);
        expect(await axeViolations(page)).toEqual([]);
        // A section link inside the other language keeps that language on screen.
        await page.goto(`${url}#${other}-privacy-retention`);
        expect(
          await page.evaluate(() => document.querySelector('.plk-locale-default')?.checkVisibility()),
        ).toBe(false);
      }
    },
  );

  it('prints on A4 with no table wider than the page', async () => {
    const policy = assertPolicy(readExample('small-shop'));
    await page.goto(
      server.page('/print/privacy_policy.html', renderStaticPolicyPage(policy, { locales: ['ko'] })),
    );
    // A4 less the page margins of the print stylesheet (14 mm each side) at 96 px per inch.
    await page.setViewportSize({ width: Math.floor(((210 - 28) / 25.4) * 96), height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('table')]
        .filter((table) => table.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((table) => table.closest('section')?.id ?? 'table'),
    );
    expect(overflowing).toEqual([]);
    const file = join(folder, 'privacy_policy.pdf');
    await writeFile(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const { stdout: info } = await run('pdfinfo', [file]);
    // Chromium rounds A4 to whole CSS pixels (594.96 × 841.92 pt); pdfinfo still names it A4.
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
    const { stdout: text } = await run('pdftotext', ['-raw', file, '-']);
    expect(text.replace(/\s+/g, '')).toContain('제3자제공');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows Korean in glyphs, not boxes (screenshot kept for a person to look at)', async () => {
    const policy = assertPolicy(readExample('small-shop'));
    await page.goto(
      server.page('/look/privacy_policy.html', renderStaticPolicyPage(policy, { locales: ['ko', 'en'] })),
    );
    const shot = await page.screenshot({ fullPage: false });
    await writeFile(join(process.env.PLK_SCREENSHOT_DIR ?? folder, 'static-page-ko.png'), shot);
    // The title is laid out at a real width: a missing font would not change that, but tofu boxes and a page
    // without its styles would show as a very different heading box.
    const box = await page.locator('h1').first().boundingBox();
    expect(box?.height).toBeGreaterThan(20);
    expect(await page.evaluate(() => document.fonts.check('16px sans-serif', '개인정보'))).toBe(true);
  });
});

describe('the label summary snippet for hosted shop builders', () => {
  let browser: Browser;
  let server: TestServer;
  let page: Page;
  const host = (inner: string) => `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>우리 가게</title><link rel="icon" href="data:,">
<style>body{font-family:serif;color:#222}</style></head>
<body><header><h1 id="host-title">우리 가게</h1></header>
<main><p id="host-text">가게 소개</p><ul id="host-list"><li>상품</li></ul><nav aria-label="가게 메뉴"><a href="#top">처음으로</a></nav>
${inner}
</main></body></html>`;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
    server.file('/axe.min.js', axePath);
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['ko', 'en'] as const)(
    'in %s: pasted into a page, changes none of its styles and passes axe',
    async (locale) => {
      const policy = assertPolicy(readExample('small-shop'));
      const snippet = renderLabelSummarySnippet(policy, { locale });
      expect(snippet).not.toMatch(/<script/i);
      const hostStyles = () =>
        page.evaluate(() =>
          ['host-title', 'host-text', 'host-list'].map((id) => {
            const style = getComputedStyle(document.getElementById(id)!);
            return [
              style.color,
              style.fontFamily,
              style.margin,
              style.padding,
              style.listStyleType,
              style.fontSize,
            ];
          }),
        );
      await page.goto(server.page(`/host-${locale}.html`, host('')));
      const before = await hostStyles();
      await page.goto(server.page(`/host-${locale}-snippet.html`, host(snippet)));
      expect(await hostStyles()).toEqual(before);
      expect(await axeViolations(page)).toEqual([]);
      const shown = await visibleText(page);
      for (const label of deriveLabels(policy, { locale })) expect(shown).toContain(label.caption);
      // Each badge links to its section of the full policy, which the host page does not have, in the snippet's
      // language: the page's first language has plain ids, the others their language prefix.
      const prefix = locale === policy.defaultLocale ? '' : `${locale}-`;
      const links = await page
        .locator('[data-plk-label-summary] a')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect(href).toMatch(new RegExp(`^${policy.policyUrl}#${prefix}privacy-`));
    },
  );
});
