import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { PrivacyPolicy } from '@privacy-label-kit/react';
import { assertPolicy } from '@privacy-label-kit/schema';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExample } from '../fixtures/examples.js';
import { launchChromium } from './support/chromium.js';
import { inlineJson } from './support/policyPage.js';

const root = resolve(import.meta.dirname, '..', '..');

// The policy page under a strict Content Security Policy: scripts and styles run only with this response's nonce, and
// nothing inline without it (no 'unsafe-inline', no 'unsafe-eval', no hosts). styled-components gets the nonce through
// its documented mechanisms: `new ServerStyleSheet({ nonce })` on the server; on the client either the
// `<meta property="csp-nonce" nonce="…">` it detects by itself, or `<StyleSheetManager nonce>`.
const policyFor = (nonce: string) =>
  [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

type ClientNonce = 'meta' | 'style-sheet-manager' | 'none';

/** The client entry of each variant: hydrate the server's markup with the same props. */
const clientEntry = (clientNonce: ClientNonce) => `
  import { createElement } from 'react';
  import { hydrateRoot } from 'react-dom/client';
  import { StyleSheetManager } from 'styled-components';
  import { PrivacyPolicy } from '@privacy-label-kit/react';
  const props = JSON.parse(document.getElementById('policy-props').textContent);
  let app = createElement(PrivacyPolicy, props);
  ${
    clientNonce === 'style-sheet-manager'
      ? // Browsers hide a nonce attribute from the DOM after parsing; the element's .nonce property keeps it.
        "app = createElement(StyleSheetManager, { nonce: document.querySelector('script[nonce]').nonce }, app);"
      : ''
  }
  hydrateRoot(document.getElementById('root'), app, {
    onRecoverableError: (error) => console.error('recoverable: ' + error.message),
  });
  setTimeout(() => { window.hydrationDone = true; }, 200);
`;

describe('the policy page under a strict Content Security Policy (nonces, no unsafe-inline)', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  const clients = new Map<ClientNonce, Uint8Array>();
  const policy = assertPolicy(readExample('small-shop'));

  /** What the application's server does per request: a fresh nonce, in the header, the style tags and the scripts. */
  function renderPage(
    clientNonce: ClientNonce,
    brandColor?: string,
    brandRule?: string,
  ): { html: string; nonce: string } {
    const nonce = randomBytes(16).toString('base64');
    const sheet = new ServerStyleSheet({ nonce });
    try {
      const props = { policy, locale: 'ko', brandColor };
      const body = renderToString(sheet.collectStyles(createElement(PrivacyPolicy, props)));
      const meta = clientNonce === 'meta' ? `<meta property="csp-nonce" nonce="${nonce}">` : '';
      const html = `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><link rel="icon" href="data:,">${meta}<title>개인정보 처리방침</title>
${sheet.getStyleTags()}
${brandRule ? `<style nonce="${nonce}">[data-plk-theme] { --plk-color-brand: ${brandRule} !important; }</style>` : ''}
</head><body><main id="root">${body}</main>
<script type="application/json" id="policy-props">${inlineJson(props)}</script>
<script type="module" nonce="${nonce}" src="/client-${clientNonce}.js"></script></body></html>`;
      return { html, nonce };
    } finally {
      sheet.seal();
    }
  }

  beforeAll(async () => {
    const bundles = await Promise.all(
      (['meta', 'style-sheet-manager', 'none'] as const).map(async (clientNonce) => {
        const result = await build({
          stdin: { contents: clientEntry(clientNonce), resolveDir: root, loader: 'js' },
          bundle: true,
          format: 'esm',
          platform: 'browser',
          write: false,
          define: { 'process.env.NODE_ENV': '"production"' },
          logLevel: 'silent',
        });
        return [clientNonce, result.outputFiles[0]!.contents] as const;
      }),
    );
    for (const [clientNonce, contents] of bundles) clients.set(clientNonce, contents);

    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const script = /^\/client-(.+)\.js$/.exec(url.pathname);
      if (script && clients.has(script[1] as ClientNonce)) {
        response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
        response.end(clients.get(script[1] as ClientNonce));
        return;
      }
      if (url.pathname === '/policy') {
        const clientNonce = (url.searchParams.get('client') ?? 'meta') as ClientNonce;
        const { html, nonce } = renderPage(
          clientNonce,
          url.searchParams.get('brand') ?? undefined,
          url.searchParams.get('brandRule') ?? undefined,
        );
        response.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': policyFor(nonce),
          'cache-control': 'no-store',
        });
        response.end(html);
        return;
      }
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  /** Loads the page, hydrates it, and reports every CSP violation and console error, and whether it is styled. */
  async function visit(query: string, hydrates = true) {
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
    });
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    // Registered before any of the page's own code runs (init scripts are not subject to the page's policy).
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as Window & { cspViolations?: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
      );
    });
    await page.goto(`${origin}/policy?${query}`);
    if (hydrates) {
      await page
        .waitForFunction(
          () => (window as Window & { hydrationDone?: boolean }).hydrationDone === true,
          null,
          {
            timeout: 15_000,
          },
        )
        .catch((error: Error) => {
          throw new Error(`${error.message}\n${messages.join('\n')}`);
        });
    } else {
      await page.waitForTimeout(500);
    }
    const state = await page.evaluate(() => {
      const article = document.querySelector('#root > *') as HTMLElement;
      const styles = [...document.querySelectorAll('style')];
      const rules = styles.reduce((sum, style) => sum + (style.sheet?.cssRules.length ?? 0), 0);
      return {
        violations: (window as Window & { cspViolations?: string[] }).cspViolations ?? [],
        hydrated: Object.keys(document.getElementById('root')!).some((key) =>
          key.startsWith('__reactContainer'),
        ),
        // The theme root's font stack comes from a styled-components rule: it applies only if the rule was allowed.
        fontFamily: getComputedStyle(article).fontFamily,
        brand: getComputedStyle(article).getPropertyValue('--plk-color-brand').trim(),
        styleRules: rules,
        styleTagsWithoutNonce: styles.filter((style) => !style.nonce).length,
      };
    });
    await page.close();
    return { ...state, messages };
  }

  it('is styled and hydrates with 0 violations (client nonce from <meta property="csp-nonce">)', async () => {
    const result = await visit('client=meta');
    expect(result.violations).toEqual([]);
    expect(result.messages).toEqual([]);
    expect(result.hydrated).toBe(true);
    expect(result.fontFamily).toContain('Pretendard');
    expect(result.styleRules).toBeGreaterThan(50);
    expect(result.styleTagsWithoutNonce).toBe(0);
  });

  // styled-components moves the server's styles into a tag of its own as soon as it loads, before any component (and
  // so any StyleSheetManager) renders: only a nonce it finds in the document (the meta tag) is there in time. These two
  // cases are the checks failing as they should, and the reason the README asks for the meta tag.
  it.each(['none', 'style-sheet-manager'] as const)(
    'catches a client whose nonce comes too late or not at all (%s)',
    async (clientNonce) => {
      const result = await visit(`client=${clientNonce}`, false);
      expect(result.violations).toContainEqual(expect.stringMatching(/^style-src-elem blocked inline/));
    },
  );

  it('brandColor is an inline style attribute, which the policy blocks: set the colour in a stylesheet', async () => {
    const result = await visit('client=meta&brand=%23c2410c');
    expect(result.violations).toContainEqual(expect.stringMatching(/^style-src-attr blocked inline/));
    expect(result.brand).not.toBe('#c2410c');
  });

  it('a brand colour set in a stylesheet with the nonce applies, with 0 violations', async () => {
    const result = await visit('client=meta&brandRule=%23c2410c');
    expect(result.violations).toEqual([]);
    expect(result.brand).toBe('#c2410c');
  });
});
