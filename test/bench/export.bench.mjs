// Label files, ours next to headless Chromium, measured side by side in one run (runs interleaved, medians):
// - a full export of the largest example policy (every format, both variants, both locales) as a fresh
//   `privacy-label` process, against a fresh `chromium --headless --print-to-pdf` printing only the label sheet
//   (the same label cards as inline SVG on an A4 HTML page, served over http). Goal: the export finishes first.
// - the cost of one more PDF inside a process that has already parsed the font. Goal: ≤ 50 ms.
// - the small shop's pack (the builder's download: every format, both variants, ko and en) made by a fresh
//   `privacy-label export` process and by `makePack` in this process, for the builder's bench to set the browser's
//   time beside (`smallShopCliPack` is exported for it).
// Reads the built packages: `npm run bench` builds first. Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import chromiumSettings from '../browser/support/chromium.json' with { type: 'json' };

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(repositoryRoot, 'packages/export/dist/cli.js');
const chromium = chromiumSettings.executablePath;
const rounds = 3;
const goals = { perPdfMs: 50 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** The example with the most content (largest file): the messenger platform today; read from the folder. */
function largestExample() {
  const folder = join(repositoryRoot, 'assets/examples');
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, path: join(folder, name), bytes: statSync(join(folder, name)).size }));
  return files.sort((a, b) => b.bytes - a.bytes)[0];
}

/** Wall time of a child process from spawn to exit, in ms; rejects when it fails. */
function timeProcess(command, args) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const elapsed = performance.now() - started;
      if (code === 0) resolvePromise(elapsed);
      else reject(new Error(`${command} exited with ${code}: ${stderr.slice(0, 500)}`));
    });
  });
}

/** The label sheet as an HTML page: the exporter's own card SVGs, two to a row on A4. */
function labelSheetHtml(api, schema, policy) {
  const labels = schema.deriveLabels(policy, { locale: 'ko' });
  const cards = labels.map((label) =>
    api.renderLabelSvg(label, { variant: 'online', locale: 'ko' }).replace(/^<\?xml[^>]*>\s*/, ''),
  );
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>개인정보 처리 표시</title><style>
@page { size: A4; margin: 15mm; }
body { font-family: 'Noto Sans CJK KR', sans-serif; margin: 0; }
h1 { font-size: 18pt; margin: 0 0 8mm; }
ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(2, 1fr); gap: 3mm; }
svg { width: 100%; height: auto; }
</style></head><body><h1>개인정보 처리 표시</h1><ul>${cards.map((card) => `<li>${card}</li>`).join('')}</ul></body></html>`;
}

function serve(html) {
  return new Promise((resolvePromise) => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    });
    server.listen(0, '127.0.0.1', () => resolvePromise(server));
  });
}

async function perPdfFigures(api, schema, policy) {
  const labels = schema.deriveLabels(policy, { locale: 'ko' });
  const creationDate = new Date(`${policy.effectiveDate}T00:00:00Z`);
  const options = { variant: 'online', locale: 'ko', creationDate };
  let started = performance.now();
  await api.renderLabelPdf(labels[0], options);
  const firstMs = performance.now() - started;
  // Warm: every label once, then time them again.
  for (const label of labels) await api.renderLabelPdf(label, options);
  started = performance.now();
  for (const label of labels) await api.renderLabelPdf(label, options);
  const labelMs = (performance.now() - started) / labels.length;
  started = performance.now();
  for (let i = 0; i < 5; i++) await api.renderLabelSheetPdf(policy, labels, options);
  const sheetMs = (performance.now() - started) / 5;
  started = performance.now();
  for (let i = 0; i < 5; i++) await api.renderSummaryPdf(policy, labels, options);
  const summaryMs = (performance.now() - started) / 5;
  return { firstMs, labelMs, sheetMs, summaryMs };
}

/**
 * The small shop's pack through the CLI (a fresh process per round, files written) and through `makePack` in memory
 * (this process, fonts already parsed after the first round): medians in ms, with the file count.
 */
export async function smallShopCliPack(roundCount = rounds) {
  const example = join(repositoryRoot, 'assets/examples/small-shop.json');
  const scratch = mkdtempSync(join(tmpdir(), 'privacy-label-pack-'));
  const cliRuns = [];
  let fileCount = 0;
  try {
    for (let round = 0; round < roundCount; round++) {
      const outDir = join(scratch, `pack-${round}`);
      cliRuns.push(await timeProcess(process.execPath, [cli, 'export', example, '--out', outDir]));
      fileCount = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')).files.length + 1;
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const api = await import(pathToFileURL(join(repositoryRoot, 'packages/export/dist/index.js')).href);
  const schema = await import(pathToFileURL(join(repositoryRoot, 'packages/schema/dist/index.js')).href);
  const policy = schema.assertPolicy(JSON.parse(readFileSync(example, 'utf8')));
  const memoryRuns = [];
  for (let round = 0; round < roundCount; round++) {
    const started = performance.now();
    api.zipPack(await api.makePack(policy));
    memoryRuns.push(performance.now() - started);
  }
  return { fileCount, cliMs: median(cliRuns), cliRuns, memoryMs: median(memoryRuns), memoryRuns };
}

export default async function exportBench() {
  if (!existsSync(cli)) {
    console.log('packages/export/dist/cli.js is missing: run `npm run bench` (it builds first).');
    return;
  }
  const example = largestExample();
  const api = await import(pathToFileURL(join(repositoryRoot, 'packages/export/dist/index.js')).href);
  const schema = await import(pathToFileURL(join(repositoryRoot, 'packages/schema/dist/index.js')).href);
  const policy = schema.assertPolicy(JSON.parse(readFileSync(example.path, 'utf8')));
  const scratch = mkdtempSync(join(tmpdir(), 'privacy-label-bench-'));
  const haveChromium = existsSync(chromium);
  const server = haveChromium ? await serve(labelSheetHtml(api, schema, policy)) : undefined;
  const exportRuns = [];
  const chromiumRuns = [];
  let fileCount = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      const outDir = join(scratch, `export-${round}`);
      exportRuns.push(await timeProcess(process.execPath, [cli, 'export', example.path, '--out', outDir]));
      fileCount = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')).files.length + 1;
      if (server) {
        const { port } = server.address();
        chromiumRuns.push(
          await timeProcess(chromium, [
            '--headless',
            ...chromiumSettings.args,
            `--user-data-dir=${join(scratch, `chromium-${round}`)}`,
            '--no-pdf-header-footer',
            `--print-to-pdf=${join(scratch, `sheet-${round}.pdf`)}`,
            `http://127.0.0.1:${port}/`,
          ]),
        );
      }
    }
  } finally {
    server?.close();
    rmSync(scratch, { recursive: true, force: true });
  }

  const exportMedian = median(exportRuns);
  console.log(`example: ${example.name} (largest in assets/examples), ${rounds} rounds, medians`);
  console.log(
    `full export, fresh privacy-label process (${fileCount} files: SVG, PNG 1×/2×/4×, PDF × 2 variants × 2 locales, sheets, summaries): ${seconds(exportMedian)}  [${exportRuns.map(seconds).join(', ')}]`,
  );
  if (chromiumRuns.length > 0) {
    const chromiumMedian = median(chromiumRuns);
    console.log(
      `label sheet only, fresh headless Chromium --print-to-pdf: ${seconds(chromiumMedian)}  [${chromiumRuns.map(seconds).join(', ')}]`,
    );
    console.log(
      `export ÷ Chromium sheet: ${(exportMedian / chromiumMedian).toFixed(2)} (goal < 1: the whole export before Chromium's one sheet)`,
    );
  } else {
    console.log(`Chromium not found at ${chromium}: comparison skipped`);
  }
  const pack = await smallShopCliPack();
  console.log(
    `small-shop pack (${pack.fileCount} files, the builder's download): fresh privacy-label export ${seconds(pack.cliMs)}  [${pack.cliRuns.map(seconds).join(', ')}]; makePack + zipPack in a warm process ${seconds(pack.memoryMs)}  [${pack.memoryRuns.map(seconds).join(', ')}]`,
  );
  const perPdf = await perPdfFigures(api, schema, policy);
  console.log(`first PDF in a process (parses Noto Sans KR): ${perPdf.firstMs.toFixed(0)} ms`);
  console.log(
    `each further PDF in the same process: label ${perPdf.labelMs.toFixed(1)} ms, A4 label sheet ${perPdf.sheetMs.toFixed(1)} ms, one-page summary ${perPdf.summaryMs.toFixed(1)} ms (goal ≤ ${goals.perPdfMs} ms)`,
  );
}
