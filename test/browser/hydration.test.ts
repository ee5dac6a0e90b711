import { assertPolicy, type Locale } from '@privacy-label-kit/schema';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleNames, readExample } from '../fixtures/examples.js';
import { launchChromium } from './support/chromium.js';
import { bundleClient } from './support/clientBundle.js';
import { inlineJson, renderPolicyPage } from './support/policyPage.js';
import { startTestServer, type TestServer } from './support/server.js';

// The client side of server rendering: the page the server sent is hydrated in the browser with the same props.
// Any difference between server and client output shows as a console error or warning from React (development
// build), and React would then replace the server's DOM; neither may happen.
const clientEntry = `
  import { createElement } from 'react';
  import { hydrateRoot } from 'react-dom/client';
  import { PrivacyPolicy } from '@privacy-label-kit/react';
  const props = JSON.parse(document.getElementById('policy-props').textContent);
  hydrateRoot(document.getElementById('root'), createElement(PrivacyPolicy, props), {
    onRecoverableError: (error) => console.error('recoverable: ' + error.message),
  });
  // Let React finish the (concurrent) hydration before the test looks.
  setTimeout(() => { window.hydrationDone = true; }, 200);
`;

describe('hydrating the server-rendered policy page', () => {
  let browser: Browser;
  let server: TestServer;

  beforeAll(async () => {
    const [launched, started, bundle] = await Promise.all([
      launchChromium(),
      startTestServer(),
      bundleClient(clientEntry),
    ]);
    browser = launched;
    server = started;
    server.page('/client.js', bundle);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const largest = exampleNames().includes('messenger-platform') ? 'messenger-platform' : exampleNames()[0]!;
  it.each([
    { example: largest, locale: 'ko' as Locale, theme: 'light' as const, brandColor: undefined },
    { example: 'small-shop', locale: 'en' as Locale, theme: 'dark' as const, brandColor: '#c2410c' },
  ])(
    '$example ($locale, $theme) hydrates without a warning and keeps the server’s DOM',
    async ({ example, locale, theme, brandColor }) => {
      const policy = assertPolicy(readExample(example));
      const props = { policy, locale, theme, brandColor };
      const html = renderPolicyPage({
        ...props,
        bodyEnd: `<script type="application/json" id="policy-props">${inlineJson(props)}</script><script type="module" src="/client.js"></script>`,
      });
      const url = server.page(`/hydrate-${example}-${locale}.html`, html);

      const page = await browser.newPage();
      const messages: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          messages.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));

      await page.goto(url, { waitUntil: 'domcontentloaded' });
      // Tag a server-rendered node before the client script runs; if React re-rendered instead of hydrating, the
      // tagged node would be gone.
      await page.evaluate(() => {
        (
          document.querySelector('#privacy-collected-items') as HTMLElement & { serverNode?: true }
        ).serverNode = true;
      });
      await page.waitForFunction(
        () => (window as Window & { hydrationDone?: boolean }).hydrationDone === true,
      );

      const state = await page.evaluate(() => {
        const root = document.getElementById('root')!;
        const section = document.querySelector('#privacy-collected-items') as HTMLElement & {
          serverNode?: true;
        };
        return {
          hydrated: Object.keys(root).some((key) => key.startsWith('__reactContainer')),
          sameNode: section.serverNode === true,
          styleTags: document.querySelectorAll('style[data-styled]').length,
        };
      });
      await page.close();
      expect(messages).toEqual([]);
      expect(state).toEqual({ hydrated: true, sameNode: true, styleTags: 1 });
    },
  );
});
