import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { largeTypeMeasure, largeTypeTargetSize } from '@privacy-label-kit/react';
import { assertPolicy, type Locale } from '@privacy-label-kit/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleNames, readExample } from '../fixtures/examples.js';
import { axePath, axeViolations } from './support/axe.js';
import { launchChromium } from './support/chromium.js';
import { type LargeTypeView, renderEasyReadPage } from './support/easyReadPage.js';
import { startTestServer, type TestServer } from './support/server.js';

/** Screenshots to look at; their paths are printed. */
const screenshotFolder = join(tmpdir(), 'plk-easy-read-screenshots');

interface Measurements {
  /** The smallest computed font size of body text (paragraphs, list items, definitions, cells), in CSS px. */
  smallestBodyText: number;
  /** The lowest contrast of any text against its background. */
  lowestContrast: { ratio: number; text: string };
  /** The longest line any text block can hold, in full-width characters ("가" in its own font). */
  longestMeasure: { characters: number; text: string };
  /** The smallest link, in CSS px. */
  smallestTarget: { width: number; height: number; text: string };
  /** CSS rules that show, hide or reveal something of this page on :hover. */
  hoverOnly: string[];
}

/** Measured in the page: computed styles, layout boxes and the stylesheets Chromium parsed. */
async function measure(page: Page): Promise<Measurements> {
  return page.evaluate(() => {
    const parse = (value: string): [number, number, number, number] => {
      const match = value.match(/rgba?\(([^)]+)\)/);
      if (!match) return [0, 0, 0, 0];
      const parts = match[1]!
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const luminance = ([r, g, b]: number[]) => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    };
    const backgroundOf = (element: Element | null): number[] => {
      for (let node = element; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if (colour[3] > 0.5) return colour;
      }
      return [255, 255, 255, 1];
    };
    const root = document.querySelector('#root')!;
    const textElements = new Set<Element>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim()) continue;
      if (parent.closest('.plk-visually-hidden, svg, [aria-hidden="true"]')) continue;
      textElements.add(parent);
    }
    let lowestContrast = { ratio: 99, text: '' };
    for (const element of textElements) {
      const fg = luminance(parse(getComputedStyle(element).color));
      const bg = luminance(backgroundOf(element));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < lowestContrast.ratio) lowestContrast = { ratio, text: element.textContent!.slice(0, 40) };
    }
    const blocks = [...root.querySelectorAll('p, li, dd, dt, td, th, [data-plk-label] span')].filter(
      (element) => element.textContent?.trim() && !element.closest('.plk-visually-hidden'),
    );
    let smallestBodyText = 99;
    let longestMeasure = { characters: 0, text: '' };
    const probe = document.createElement('span');
    probe.textContent = '가'.repeat(10);
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
    for (const element of blocks) {
      const style = getComputedStyle(element);
      smallestBodyText = Math.min(smallestBodyText, Number.parseFloat(style.fontSize));
      element.appendChild(probe);
      const character = probe.getBoundingClientRect().width / 10;
      probe.remove();
      const width =
        element.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      const characters = width / character;
      if (characters > longestMeasure.characters) {
        longestMeasure = { characters, text: element.textContent!.slice(0, 40) };
      }
    }
    let smallestTarget = { width: 999, height: 999, text: '' };
    for (const link of root.querySelectorAll('a')) {
      const box = link.getBoundingClientRect();
      if (Math.min(box.width, box.height) < Math.min(smallestTarget.width, smallestTarget.height)) {
        smallestTarget = { width: box.width, height: box.height, text: link.textContent!.slice(0, 40) };
      }
    }
    const hoverOnly: string[] = [];
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSStyleRule) || !rule.selectorText.includes(':hover')) continue;
        // Only rules that reach an element of this page count: a component's CSS carries the rules of all its display
        // modes (the tooltip mode's :hover among them), while this page shows captions. ':hover' read as "always" finds
        // the elements such a rule would change under the pointer.
        let reachesThisPage = true;
        try {
          reachesThisPage = document.querySelector(rule.selectorText.replaceAll(':hover', ':is(*)')) !== null;
        } catch {
          // A selector Chromium parsed but we cannot rewrite: count it, so nothing slips through unchecked.
        }
        if (!reachesThisPage) continue;
        for (const property of ['display', 'visibility', 'opacity', 'content', 'max-height', 'clip-path']) {
          if (rule.style.getPropertyValue(property)) hoverOnly.push(rule.cssText);
        }
      }
    }
    return { smallestBodyText, lowestContrast, longestMeasure, smallestTarget, hoverOnly };
  });
}

describe('the easy-read version and large type in Chromium', () => {
  let browser: Browser;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
    server.file('/axe.min.js', axePath);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    mkdirSync(screenshotFolder, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const easyReadCases = exampleNames().flatMap((example) =>
    (['ko', 'en'] as Locale[]).flatMap((locale) =>
      (['light', 'dark'] as const).map((theme) => ({ example, locale, theme })),
    ),
  );
  it.each(easyReadCases)(
    '$example easy-read ($locale, $theme) at phone width: axe finds no violations',
    async ({ example, locale, theme }) => {
      const policy = assertPolicy(readExample(example));
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(
        server.page(
          `/easy-${example}-${locale}-${theme}.html`,
          renderEasyReadPage({ policy, locale, view: 'easy-read', theme }),
        ),
      );
      expect(await axeViolations(page, server.origin)).toEqual([]);
      // Nothing wider than the phone: the chat wraps instead of scrolling sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    },
  );

  const views: LargeTypeView[] = ['page', 'summary', 'easy-read'];
  const largeCases = exampleNames().flatMap((example) =>
    views.flatMap((view) =>
      (['light', 'dark'] as const).flatMap((theme) =>
        [390, 1280].map((width) => ({ example, view, theme, width })),
      ),
    ),
  );
  it.each(largeCases)(
    '$example $view in large type ($theme, $width px): 20 px text, ≤ 40 characters a line, 7:1, 44 px targets',
    async ({ example, view, theme, width }) => {
      const policy = assertPolicy(readExample(example));
      await page.setViewportSize({ width, height: 900 });
      await page.goto(
        server.page(
          `/large-${example}-${view}-${theme}-${width}.html`,
          renderEasyReadPage({ policy, locale: 'ko', view, theme, typeScale: 'large' }),
        ),
      );
      await page.evaluate(() => document.fonts.ready);
      const measured = await measure(page);
      console.log(
        `${example} ${view} ${theme} ${width}px: body ≥ ${measured.smallestBodyText} px, contrast ≥ ${measured.lowestContrast.ratio.toFixed(2)}:1, ` +
          `longest line ${measured.longestMeasure.characters.toFixed(1)} characters, smallest link ` +
          `${measured.smallestTarget.width.toFixed(0)}×${measured.smallestTarget.height.toFixed(0)} px`,
      );
      expect(measured.smallestBodyText).toBeGreaterThanOrEqual(20);
      expect(measured.lowestContrast.ratio, measured.lowestContrast.text).toBeGreaterThanOrEqual(7);
      expect(measured.longestMeasure.characters, measured.longestMeasure.text).toBeLessThanOrEqual(
        largeTypeMeasure + 0.5,
      );
      expect(measured.smallestTarget.height, measured.smallestTarget.text).toBeGreaterThanOrEqual(
        largeTypeTargetSize - 0.5,
      );
      expect(measured.smallestTarget.width, measured.smallestTarget.text).toBeGreaterThanOrEqual(
        largeTypeTargetSize - 0.5,
      );
      expect(measured.hoverOnly).toEqual([]);
      if (theme === 'light' && example === 'kids-learning-app') {
        await page.screenshot({
          path: join(screenshotFolder, `large-${example}-${view}-${width}.png`),
          fullPage: true,
        });
      }
    },
  );

  it('screenshots of the children’s example in easy-read at 390 px (ko and en), to look at', async () => {
    const policy = assertPolicy(readExample('kids-learning-app'));
    await page.setViewportSize({ width: 390, height: 844 });
    for (const locale of ['ko', 'en'] as const) {
      await page.goto(
        server.page(
          `/easy-shot-${locale}.html`,
          renderEasyReadPage({ policy, locale, view: 'easy-read', theme: 'light' }),
        ),
      );
      await page.evaluate(() => document.fonts.ready);
      const path = join(screenshotFolder, `easy-read-kids-learning-app-${locale}-390.png`);
      await page.screenshot({ path, fullPage: true });
      console.log(`screenshot: ${path}`);
      // Hangul is drawn with a Korean font, not as empty boxes: a row of 가 is wider than a row of boxes would be.
      expect(await page.evaluate(() => document.fonts.check('20px "Noto Sans CJK KR"'))).toBe(true);
    }
  });
});
