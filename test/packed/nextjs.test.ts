import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../browser/support/chromium.js';
import { examplesDir } from '../fixtures/examples.js';
import { installConsumer, run, waitForHydration, watchHydration } from './support/consumer.js';

// test/nextjs-app, a Next.js App Router app, installed with the packed tarballs as a user would, built with
// `next build`, started with `next start`, and loaded in Chromium: the policy page is server-rendered with its styles,
// hydrates with no warning under a strict Content Security Policy (nonces, no 'unsafe-inline'), and is interactive.
// The same page rendered as a Server Component (app/server-component) sends the browser only its interactive part.
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer within 60 s:\n${output()}`);
}

describe('a Next.js App Router app using the packed packages', () => {
  let directory: string;
  let browser: Browser;
  let server: ChildProcess | undefined;
  let origin: string;
  let serverOutput = '';
  let buildOutput = '';

  beforeAll(async () => {
    [directory, browser] = await Promise.all([
      installConsumer('test/nextjs-app', inject('tarballs')),
      launchChromium(),
    ]);
    copyFileSync(join(examplesDir, 'small-shop.json'), join(directory, 'app', 'policy.json'));
    buildOutput = (await run('npm', ['run', 'build'], directory)).stdout;

    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [join(directory, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
      {
        cwd: directory,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout?.on('data', (chunk) => {
      serverOutput += chunk;
    });
    server.stderr?.on('data', (chunk) => {
      serverOutput += chunk;
    });
    await waitForServer(origin, server, () => serverOutput);
  });
  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('builds, with the page rendered per request (the nonce needs it)', () => {
    expect(buildOutput).toMatch(/ƒ \/\s/);
  });

  it('sends the page server-rendered with its styles, under a strict policy', async () => {
    const response = await fetch(origin);
    const policy = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    const html = await response.text();

    expect(policy).toMatch(/style-src 'self' 'nonce-[^']+'(;|$)/);
    expect(policy).not.toContain('unsafe-inline');
    expect(html).toContain('id="privacy-collected-items"');
    // Every <style> element carries this response's nonce, and styled-components' rules are among them.
    const styleTags = html.match(/<style[^>]*>/g) ?? [];
    expect(styleTags.some((tag) => tag.includes('data-styled'))).toBe(true);
    for (const tag of styleTags) expect(tag).toContain(`nonce="${nonce}"`);
    expect(html).not.toMatch(/<[^>]+\sstyle="/);
  });

  it('hydrates in Chromium with no warning and no CSP violation, styled and interactive', async () => {
    const page = await browser.newPage();
    const report = await watchHydration(page);
    await page.goto(origin);
    await waitForHydration(page, '#privacy-collected-items');
    const styled = await page.evaluate(
      () => getComputedStyle(document.querySelector('[data-plk-theme]')!).fontFamily,
    );

    await page.click('#switch-language');
    await page.waitForSelector('article[lang="en"], [lang="en"] #privacy-collected-items', {
      timeout: 10_000,
    });
    const heading = await page.evaluate(() => document.querySelector('h1')?.textContent);
    const { messages, removedIds } = await report();
    await page.close();

    expect(messages).toEqual([]);
    expect(removedIds.filter((id) => id.startsWith('privacy-'))).toEqual([]);
    expect(styled).toContain('Pretendard');
    expect(heading).toMatch(/privacy/i);
  });

  // What the browser downloads as script files for a page: every <script src> response, with its text. (The words
  // are in the page itself, in the HTML and the RSC payload React hydrates from: data, not code.)
  async function scriptsOf(path: string) {
    const page = await browser.newPage();
    const urls: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') urls.push(response.url());
    });
    const report = await watchHydration(page);
    await page.goto(`${origin}${path}`);
    await waitForHydration(page, '#privacy-collected-items');
    const bodies = await Promise.all(urls.map(async (url) => (await fetch(url)).text()));
    return { page, report, bodies };
  }
  // Words of the page and the label rules: the heading of the items section, and a label's DPV concept.
  const notForTheBrowser = ['처리하는 개인정보 항목', 'dpv:StorageDuration'];

  it('renders the page as a Server Component: styled, the toggles work, no warning, under the same strict policy', async () => {
    const response = await fetch(`${origin}/server-component`);
    const policy = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(policy).toMatch(/style-src 'self' 'nonce-[^']+'(;|$)/);
    expect(html).toContain('id="privacy-collected-items"');
    expect(html).toMatch(/<h2 id="privacy-retention-heading">/);
    // The page's own elements carry their component's id as class (styled by styles.css), not generated classes…
    expect(html).toMatch(/<article [^>]*class="plk-PrivacyPolicy"/);
    expect(html).toMatch(/<link rel="stylesheet" href="[^"]+\.css"/);
    // …the interactive badges too (no styles of ours written twice), and any <style> carries this response's nonce.
    expect(html).toMatch(/<div [^>]*data-plk-display="toggle" class="plk-LabelBadge"/);
    expect(html).not.toMatch(/<style[^>]*>[^<]*plk-LabelBadge/);
    for (const tag of html.match(/<style[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);
    expect(html).not.toMatch(/<[^>]+\sstyle="/);

    const { page, report } = await scriptsOf('/server-component');
    const styled = await page.evaluate(
      () => getComputedStyle(document.querySelector('[data-plk-theme]')!).fontFamily,
    );
    const toggle = page.locator('[data-plk-label="retention"] .plk-badge-toggle');
    const caption = page.locator('[data-plk-label="retention"] .plk-badge-caption');
    // Hydrated: the button has appeared and the caption collapsed; a click shows it.
    await toggle.waitFor({ state: 'visible' });
    expect(await caption.isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await caption.isVisible()).toBe(true);
    const { messages, removedIds } = await report();
    await page.close();

    expect(styled).toContain('Pretendard');
    expect(messages).toEqual([]);
    expect(removedIds.filter((id) => id.startsWith('privacy-'))).toEqual([]);
  });

  it('sends a Server Component page none of the words, label rules or page components as script files', async () => {
    const server = await scriptsOf('/server-component');
    const client = await scriptsOf('/');
    await Promise.all([server.page.close(), client.page.close()]);
    // The client-component page does carry them, so their absence below means something.
    for (const marker of notForTheBrowser) {
      expect(client.bodies.some((body) => body.includes(marker))).toBe(true);
      expect(server.bodies.some((body) => body.includes(marker))).toBe(false);
    }
    // The interactive badge is sent (its styled component id), and the page's own components are not.
    expect(server.bodies.some((body) => body.includes('plk-LabelBadge'))).toBe(true);
    expect(server.bodies.some((body) => body.includes('plk-PrivacyPolicy'))).toBe(false);
  });
});
