// What a Next.js App Router page with the policy makes the browser download, for the page rendered in a Client
// Component (test/nextjs-app `/`) and as a Server Component (`/server-component`), against a page without the policy
// (`/no-policy`): the app of test/nextjs-app, installed from the packed packages as a user would (as
// test/packed/nextjs.test.ts does), built with `next build` and served by `next start`. Prints gzip sizes; asserts nothing.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packWorkspaces, repositoryRoot } from '../packed/pack.mjs';

const routes = [
  ['/no-policy', 'no policy on the page (Next.js, React, the styled-components registry)'],
  ['/', 'PrivacyPolicy in a Client Component (both languages, a language switch)'],
  ['/server-component', 'PrivacyPolicy as a Server Component (ko, ⓘ toggles)'],
];

export default async function nextjsBench() {
  const work = mkdtempSync(join(tmpdir(), 'plk-nextjs-bench-'));
  let server;
  try {
    const tarballs = packWorkspaces(join(work, 'tarballs'));
    const app = join(work, 'app');
    cpSync(join(repositoryRoot, 'test', 'nextjs-app'), app, {
      recursive: true,
      filter: (source) => !/[/\\](node_modules|\.next)([/\\]|$)/.test(source),
    });
    copyFileSync(
      join(repositoryRoot, 'assets', 'examples', 'small-shop.json'),
      join(app, 'app', 'policy.json'),
    );
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NO_UPDATE_NOTIFIER: '1' };
    const quiet = ['--no-audit', '--no-fund', '--loglevel', 'error'];
    const npm = (args) => execFileSync('npm', [...args, ...quiet], { cwd: app, env, stdio: 'ignore' });
    npm(['ci']);
    npm([
      'install',
      '--no-save',
      ...tarballs.filter(({ name }) => name !== '@privacy-label-kit/export').map(({ file }) => file),
    ]);
    execFileSync(process.execPath, [join(app, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: app,
      env,
      stdio: 'ignore',
    });

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [join(app, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
      { cwd: app, env, stdio: 'ignore' },
    );
    await waitUntilServing(origin);

    console.log(
      'gzip -9 of each response; "scripts" is every <script src> of the page, "stylesheets" every <link rel=stylesheet>,',
    );
    console.log(
      '"page" the page itself (its HTML and, in inline scripts, the React Server Components payload React hydrates from).',
    );
    const rows = [];
    for (const [path, what] of routes) {
      const html = await (await fetch(`${origin}${path}`)).text();
      // The legacy-browser polyfills carry `nomodule`: a current browser does not fetch them.
      const modern = [
        ...new Set(
          [...html.matchAll(/<script\b([^>]*)>/g)]
            .map((match) => match[1])
            .filter((attributes) => !/\bnomodule\b/i.test(attributes))
            .map((attributes) => /\ssrc="([^"]+)"/.exec(attributes)?.[1])
            .filter(Boolean),
        ),
      ];
      let scripts = 0;
      for (const source of modern) scripts += gzip(await (await fetch(new URL(source, origin))).text());
      let styles = 0;
      for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g))
        styles += gzip(await (await fetch(new URL(href, origin))).text());
      rows.push({ path, what, scripts, styles, document: gzip(html), files: modern.length });
    }
    const [baseline] = rows;
    for (const { path, what, scripts, styles, document, files } of rows) {
      const total = scripts + styles + document;
      const extra =
        path === baseline.path
          ? ''
          : `  (+${kb(scripts - baseline.scripts)} scripts, +${kb(total - baseline.scripts - baseline.styles - baseline.document)} in all)`;
      console.log(
        `${path.padEnd(18)} scripts ${kb(scripts).padStart(8)} in ${String(files).padStart(2)} files, stylesheets ${kb(styles).padStart(7)}, page ${kb(document).padStart(8)}${extra}  ${what}`,
      );
    }
  } finally {
    server?.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(origin) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer at ${origin} within 60 s`);
}
