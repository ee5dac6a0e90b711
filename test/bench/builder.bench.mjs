// The builder (packages/builder), measured side by side in one run:
// - first-load JavaScript, gzip: every script Chromium fetches for the start page (what a new user downloads first),
//   and for the first form step (after picking a template: the form library and the preview come in), each also
//   without React (react + react-dom/client bundled and minified on their own with esbuild, gzip, subtracted).
//   Fonts are not JavaScript and load only when a PDF is made. Goal: ≤ 250 KB gzip without React.
// - the small shop's pack made in the browser (the download button: makePack + zipPack of the export core, PNGs on a
//   canvas, PDFs with pdfkit's browser build): the first download (fetches the fonts and the pdfkit chunk) and later
//   ones, against the CLI making the same files (`smallShopCliPack` from the export bench). Goal: ≤ 3 s.
// Reads packages/builder/dist: `npm run bench` builds first. Prints figures; asserts nothing.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import chromiumSettings from '../browser/support/chromium.json' with { type: 'json' };
import { smallShopCliPack } from './export.bench.mjs';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(repositoryRoot, 'packages/builder/dist');
const rounds = 3;
const goals = { firstLoadKb: 250, packSeconds: 3 };
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/** The built builder over http on a random loopback port (Chromium fetches modules and fonts only over http). */
function serveDist() {
  return new Promise((resolvePromise) => {
    const server = createServer((request, response) => {
      const path = normalize(new URL(request.url ?? '/', 'http://localhost').pathname).replace(
        /^(\.\.[/\\])+/,
        '',
      );
      const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(dist) || !existsSync(file)) {
        response.writeHead(404);
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    });
    server.listen(0, '127.0.0.1', () => resolvePromise(server));
  });
}

/** gzip size of React and ReactDOM's client, minified as a production bundle would carry them. */
async function reactGzipBytes() {
  const result = await build({
    stdin: {
      contents: "export * from 'react'; export * from 'react-dom/client';",
      resolveDir: repositoryRoot,
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents).length;
}

export default async function builderBench() {
  if (!existsSync(join(dist, 'index.html'))) {
    console.log('packages/builder/dist is missing: run `npm run bench` (it builds first).');
    return;
  }
  const server = await serveDist();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: chromiumSettings.executablePath,
    args: chromiumSettings.args,
  });
  try {
    const react = await reactGzipBytes();
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const scripts = new Map();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body().catch(() => undefined);
      if (body) scripts.set(response.url(), gzipSync(body).length);
    });
    await page.goto(`${origin}/index.html`, { waitUntil: 'networkidle' });
    const startPage = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
    await page.click('[data-template="small-shop"]');
    await page.locator('#root_controller_name_ko').waitFor();
    await page.waitForLoadState('networkidle');
    const formStep = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);

    await page.getByRole('navigation').first().getByRole('button').last().click();
    const button = page.getByTestId('download-zip');
    await button.waitFor();
    const browserRuns = [];
    let files = 0;
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 180_000 }),
        button.click(),
      ]);
      await download.path();
      browserRuns.push(performance.now() - started);
      files = Number((/\d+/.exec((await page.locator('[data-zip-state]').textContent()) ?? '') ?? ['0'])[0]);
    }
    const packScripts = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
    const cli = await smallShopCliPack(rounds);

    const row = (label, bytes) =>
      `  ${label.padEnd(44)} ${kb(bytes).padStart(9)}   without React ${kb(bytes - react).padStart(9)}`;
    console.log(
      `first-load JavaScript, gzip (React + ReactDOM client = ${kb(react)}); goal ≤ ${goals.firstLoadKb} KB without React`,
    );
    console.log(row('start page (a new user’s first screen)', startPage));
    console.log(row('first form step (form library, preview)', formStep));
    console.log(row('after a download (+ export core, pdfkit)', packScripts));
    console.log(
      `small shop's pack (${files} files, both variants, ko + en), ${rounds} rounds; goal ≤ ${goals.packSeconds} s in the browser`,
    );
    console.log(`  browser, first download (fetches fonts, pdfkit)  ${(browserRuns[0] / 1000).toFixed(2)} s`);
    console.log(
      `  browser, later downloads (median)                ${(median(browserRuns.slice(1)) / 1000).toFixed(2)} s`,
    );
    console.log(
      `  CLI, fresh privacy-label export process (median) ${(cli.cliMs / 1000).toFixed(2)} s (${cli.fileCount} files)`,
    );
    console.log(`  Node, makePack + zipPack in a warm process       ${(cli.memoryMs / 1000).toFixed(2)} s`);
  } finally {
    await browser.close();
    server.close();
  }
}
