import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AtAGlance,
  CctvSign,
  ChangeNotice,
  EasyReadPolicy,
  LabelSummary,
  PrivacyPolicy,
} from '@privacy-label-kit/react';
import { assertPolicy, deriveAtAGlance, deriveLabels } from '@privacy-label-kit/schema';
import type { Browser, Page } from 'playwright-core';
import { createElement, Fragment, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleNames, examplesDir, readExample } from '../fixtures/examples.js';
import { withoutGeneratedClasses } from '../fixtures/markup.js';
import { launchChromium } from './support/chromium.js';
import { startTestServer, type TestServer } from './support/server.js';

// A page rendered as a React Server Component draws each styled component as a plain element whose class is the
// component's fixed id, and takes its styles from `@privacy-label-kit/react/styles.css` (src/theme/staticStyles.ts).
// packages/react/src/context/withoutContext.test.ts holds that markup to the ordinary render with styled-components'
// generated classes taken out; this test holds the stylesheet to styled-components' own styles: every element of the
// page, at desktop and phone width, gets the same computed style either way.
const stylesheet = readFileSync(join(import.meta.dirname, '../../packages/react/dist/styles.css'), 'utf8');

function render(element: ReactElement): { html: string; styles: string } {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(element));
    return { html, styles: sheet.getStyleTags() };
  } finally {
    sheet.seal();
  }
}

const documentOf = (head: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}</head><body>${body}</body></html>`;

/** Every element's computed style, each as one string, in document order. */
const computedStyles = (page: Page) =>
  page.evaluate(() =>
    [...document.body.querySelectorAll('*')].map((element) => {
      const style = getComputedStyle(element);
      const declarations: string[] = [];
      for (let index = 0; index < style.length; index++) {
        const property = style.item(index);
        declarations.push(`${property}:${style.getPropertyValue(property)}`);
      }
      const path = `${element.localName}${element.id ? `#${element.id}` : ''}.${element.getAttribute('class') ?? ''}`;
      return { path, style: declarations.join(';') };
    }),
  );

describe('styles.css, for pages rendered as Server Components', () => {
  let browser: Browser;
  let server: TestServer;
  let page: Page;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startTestServer()]);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function expectSameLook(name: string, element: ReactElement) {
    const { html, styles } = render(element);
    const styled = server.page(`/${name}-styled.html`, documentOf(styles, html));
    const staticPage = server.page(
      `/${name}-static.html`,
      documentOf(`<style>${stylesheet}</style>`, withoutGeneratedClasses(html)),
    );
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(styled);
      const expected = await computedStyles(page);
      await page.goto(staticPage);
      const actual = await computedStyles(page);
      expect(actual.length, `${name} at ${width}px: elements`).toBe(expected.length);
      expect(expected.length).toBeGreaterThan(50);
      for (const [index, { path, style }] of expected.entries()) {
        if (actual[index]!.style === style) continue;
        const want = new Set(style.split(';'));
        const got = actual[index]!.style.split(';').filter((declaration) => !want.has(declaration));
        expect.fail(`${name} at ${width}px, ${path}: ${got.slice(0, 5).join('; ')}`);
      }
    }
  }

  it.each(exampleNames())('gives the policy page of %s the look styled-components gives it', async (name) => {
    const policy = assertPolicy(readExample(name));
    await expectSameLook(
      name,
      createElement(PrivacyPolicy, { policy, locale: policy.defaultLocale, summaryDisplay: 'toggle' }),
    );
  });

  it('gives every other component the look styled-components gives it, in the dark theme too', async () => {
    const next = assertPolicy(readExample('messenger-platform'));
    const previous = assertPolicy(
      JSON.parse(readFileSync(join(examplesDir, 'versions', 'messenger-platform-3.1.json'), 'utf8')),
    );
    const clinic = assertPolicy(readExample('clinic'));
    await expectSameLook(
      'components',
      createElement(
        Fragment,
        null,
        createElement(LabelSummary, { labels: deriveLabels(next, { locale: 'ko' }), display: 'tooltip' }),
        createElement(AtAGlance, { statements: deriveAtAGlance(next, { locale: 'ko' }), locale: 'ko' }),
        createElement(EasyReadPolicy, { policy: next, locale: 'ko', theme: 'dark' }),
        createElement(CctvSign, { policy: clinic, locale: 'ko' }),
        createElement(ChangeNotice, { previous, next, locale: 'ko', showFindings: true }),
        createElement(PrivacyPolicy, { policy: clinic, locale: 'en', theme: 'dark', typeScale: 'large' }),
      ),
    );
  });
});
