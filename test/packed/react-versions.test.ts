import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../browser/support/chromium.js';
import { startTestServer, type TestServer } from '../browser/support/server.js';
import { examplesDir } from '../fixtures/examples.js';
import { installConsumer, run, waitForHydration, watchHydration } from './support/consumer.js';

// The packed packages, installed from their tarballs into a project of its own on each supported React major, render
// on the server (plain Node, that project's React) and hydrate in Chromium with no warning, keeping the server's DOM.
// Each fixture (test/packed/react18, react19) is a package.json with its own lockfile pinning React and
// styled-components at the bottom of the peer ranges; the workspace's own tests cover the newest React 19.
const clientEntry = `
  import { createElement } from 'react';
  import { hydrateRoot } from 'react-dom/client';
  import { PrivacyPolicy } from '@privacy-label-kit/react';
  const props = JSON.parse(document.getElementById('policy-props').textContent);
  hydrateRoot(document.getElementById('root'), createElement(PrivacyPolicy, props), {
    onRecoverableError: (error) => console.error('recoverable: ' + error.message),
  });
`;

describe.each([
  { fixture: 'test/packed/react18', major: '18' },
  { fixture: 'test/packed/react19', major: '19' },
])('the packed packages on React $major', ({ fixture, major }) => {
  let directory: string;
  let browser: Browser;
  let server: TestServer;

  beforeAll(async () => {
    [directory, browser, server] = await Promise.all([
      installConsumer(fixture, inject('tarballs')),
      launchChromium(),
      startTestServer(),
    ]);
    copyFileSync(join(import.meta.dirname, 'render-policy.mjs'), join(directory, 'render-policy.mjs'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it(`installs React ${major} from its lockfile`, () => {
    const installed = JSON.parse(readFileSync(join(directory, 'node_modules/react/package.json'), 'utf8'));
    expect(installed.version.split('.')[0]).toBe(major);
  });

  it.each([
    { example: 'messenger-platform', locale: 'ko' },
    { example: 'small-shop', locale: 'en' },
  ])('server-renders $example ($locale) and hydrates it without a warning', async ({ example, locale }) => {
    // Development builds on both sides: React reports hydration mismatches only there.
    const { stdout: html } = await run(
      'node',
      ['render-policy.mjs', join(examplesDir, `${example}.json`), locale],
      directory,
      {
        NODE_ENV: 'development',
      },
    );
    expect(html).toContain('id="privacy-collected-items"');
    expect(html).toMatch(/<style[^>]*data-styled/);

    const bundle = await build({
      stdin: { contents: clientEntry, resolveDir: directory, loader: 'js' },
      absWorkingDir: directory,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    });
    server.page('/client.js', bundle.outputFiles[0]!.contents);
    const url = server.page(`/react${major}-${example}-${locale}.html`, html);

    const page = await browser.newPage();
    const report = await watchHydration(page);
    await page.goto(url);
    await waitForHydration(page, '#privacy-collected-items');
    const { messages, removedIds } = await report();
    await page.close();

    expect(messages).toEqual([]);
    expect(removedIds.filter((id) => id.startsWith('privacy-'))).toEqual([]);
    // The page ran the consumer's React, not the workspace's.
    const reactDom = JSON.parse(readFileSync(join(directory, 'node_modules/react-dom/package.json'), 'utf8'));
    const bundled = new TextDecoder().decode(bundle.outputFiles[0]!.contents);
    expect(bundled).toContain(`"${reactDom.version}"`);
  });
});
