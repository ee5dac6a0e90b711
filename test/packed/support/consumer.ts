import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';

const execFileAsync = promisify(execFile);

export const repositoryRoot = resolve(import.meta.dirname, '..', '..', '..');

/** The packages a React app installs (the exporter is for Node scripts and CI, not for a page). */
export const pagePackages = [
  '@privacy-label-kit/schema',
  '@privacy-label-kit/icons',
  '@privacy-label-kit/react',
];

/** Runs a command and returns its output; on failure the error carries both streams, so a failing install explains itself. */
export async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  try {
    return await execFileAsync(command, args, {
      cwd,
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1', NEXT_TELEMETRY_DISABLED: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout, stderr, message } = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${message}\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

/**
 * What a user does: a project of its own, outside this repository (so nothing resolves to the workspace's
 * node_modules), its locked dependencies installed with `npm ci`, then the packed tarballs with `npm install`.
 */
export async function installConsumer(
  fixture: string,
  tarballs: Record<string, string>,
  packages: string[] = pagePackages,
): Promise<string> {
  const directory = mkdtempSync(join(tmpdir(), `plk-${fixture.replace(/\W+/g, '-')}-`));
  cpSync(join(repositoryRoot, fixture), directory, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|\.next)([/\\]|$)/.test(source),
  });
  const quiet = ['--no-audit', '--no-fund', '--loglevel', 'error'];
  await run('npm', ['ci', ...quiet], directory);
  await run('npm', ['install', '--no-save', ...quiet, ...packages.map((name) => tarballs[name]!)], directory);
  return directory;
}

export interface HydrationReport {
  /** Console errors and warnings, uncaught errors and CSP violations, in order. */
  messages: string[];
  /** Elements with an id that React removed: a hydration that fell back to client rendering replaces the server's DOM. */
  removedIds: string[];
}

/**
 * Watches a page from before its first script: console errors and warnings, uncaught errors, CSP violations, and
 * every server-rendered element with an id that gets removed. Call before `page.goto`; read with `report()`.
 */
export async function watchHydration(page: Page): Promise<() => Promise<HydrationReport>> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) messages.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(() => {
    const removed: string[] = [];
    const seen: string[] = [];
    Object.assign(window, { plkRemovedIds: removed, plkViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`CSP: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    );
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) {
          if (node instanceof Element) {
            if (node.id) removed.push(node.id);
            for (const child of node.querySelectorAll('[id]')) removed.push(child.id);
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return async () => {
    const { removedIds, violations } = await page.evaluate(() => {
      const state = window as unknown as { plkRemovedIds: string[]; plkViolations: string[] };
      return { removedIds: state.plkRemovedIds, violations: state.plkViolations };
    });
    return { messages: [...messages, ...violations], removedIds };
  };
}

/** Waits until React has hydrated `selector` (React keeps its fiber on the element) and let effects settle. */
export async function waitForHydration(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (target) => {
      const element = document.querySelector(target);
      return element !== null && Object.keys(element).some((key) => key.startsWith('__reactFiber'));
    },
    selector,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(300);
}
