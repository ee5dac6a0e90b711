import { assertPolicy, deriveLabels, type Locale } from '@privacy-label-kit/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleNames, readExample } from '../fixtures/examples.js';
import { axePath, axeViolations } from './support/axe.js';
import { launchChromium } from './support/chromium.js';
import { renderPolicyPage } from './support/policyPage.js';
import { startTestServer, type TestServer } from './support/server.js';

const locales: Locale[] = ['ko', 'en'];
const themes = ['light', 'dark'] as const;

// Every example in assets/examples (read from the folder, so new ones are covered), in both languages and themes,
// rendered on the server as an application would and checked in real Chromium. One browser for the whole file.
describe('the server-rendered policy page in Chromium', () => {
  let browser: Browser;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
    server.file('/axe.min.js', axePath);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const cases = exampleNames().flatMap((example) =>
    locales.flatMap((locale) => themes.map((theme) => ({ example, locale, theme }))),
  );

  it.each(cases)(
    '$example ($locale, $theme): axe finds no violations',
    async ({ example, locale, theme }) => {
      const policy = assertPolicy(readExample(example));
      const url = server.page(
        `/${example}-${locale}-${theme}.html`,
        renderPolicyPage({ policy, locale, theme }),
      );
      await page.goto(url);
      expect(await axeViolations(page, server.origin)).toEqual([]);
    },
  );

  it.each(exampleNames().flatMap((example) => locales.map((locale) => ({ example, locale }))))(
    '$example ($locale): every summary link is reached by Tab and Enter moves focus to its section',
    async ({ example, locale }) => {
      const policy = assertPolicy(readExample(example));
      const anchors = deriveLabels(policy, { locale }).map((label) => label.anchor);
      const url = server.page(
        `/${example}-${locale}-keyboard.html`,
        renderPolicyPage({ policy, locale, theme: 'light' }),
      );
      await page.goto(url);

      // Tab from the top of the page: the summary links come first, one per label, in label order.
      const reached: string[] = [];
      for (let step = 0; step < anchors.length + 2; step++) {
        await page.keyboard.press('Tab');
        reached.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? ''));
      }
      const summaryLinks = reached.filter((href) => href.startsWith('#privacy-'));
      expect(summaryLinks.slice(0, anchors.length)).toEqual(anchors.map((anchor) => `#${anchor}`));

      // Enter on each link moves keyboard focus to its section, not merely the scroll position.
      for (const anchor of anchors) {
        const link = page.locator(`[data-plk-label-summary] a[href="#${anchor}"]`);
        await link.focus();
        await page.keyboard.press('Enter');
        const focused = await page.evaluate(() => {
          const active = document.activeElement;
          return { id: active?.id, tag: active?.localName, top: active?.getBoundingClientRect().top ?? -1 };
        });
        expect(focused, anchor).toMatchObject({ id: anchor, tag: 'section' });
        expect(Math.abs(focused.top), `${anchor} is scrolled into view`).toBeLessThan(50);
      }
    },
  );
});
