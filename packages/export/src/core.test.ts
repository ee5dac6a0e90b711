// The browser-safe core on its own, in a fresh Node process (no Node entry imported): nothing heavy loads at import,
// text needs fonts from a loader, PDFs need pdfkit loaded — and then the files equal the Node entry's.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { packageDir } from './testing/support.js';

const run = promisify(execFile);

const script = `
  const core = await import(${JSON.stringify(join(packageDir, 'dist/core.js'))});
  const { readFileSync } = await import('node:fs');
  const { assertPolicy, deriveLabels } = await import('@privacy-label-kit/schema');
  const policy = assertPolicy(JSON.parse(readFileSync(process.argv[1], 'utf8')));
  const [label] = deriveLabels(policy, { locale: 'ko' });
  const report = { fontsAtImport: core.fontsLoaded(), pdfKitAtImport: core.pdfKitLoaded() };
  try { core.renderLabelSvg(label, { variant: 'online', locale: 'ko' }); } catch (error) { report.withoutFonts = error.name; }
  const require = (await import('node:module')).createRequire(process.argv[2]);
  const file = (weight) => readFileSync(require.resolve('@expo-google-fonts/noto-sans-kr/' + weight + '/NotoSansKR_' + weight + '.ttf'));
  await core.loadFonts(() => ({ regular: file('400Regular'), bold: file('700Bold') }));
  report.svg = core.renderLabelSvg(label, { variant: 'online', locale: 'ko' });
  try { await core.renderLabelPdf(label, { variant: 'online', locale: 'ko', creationDate: new Date(0) }); } catch (error) { report.pdfWithoutPdfKit = error.message; }
  await core.loadPdfKit();
  report.pdfBytes = (await core.renderLabelPdf(label, { variant: 'online', locale: 'ko', creationDate: new Date(0) })).byteLength;
  process.stdout.write(JSON.stringify(report));
`;

describe('@privacy-label-kit/export/core without the Node entry', () => {
  it('loads no font or pdfkit at import, asks for them, then makes the same SVG as the Node entry', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        script,
        join(packageDir, '../../assets/examples/small-shop.json'),
        join(packageDir, 'package.json'),
      ],
      { cwd: packageDir },
    );
    const report = JSON.parse(stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      fontsAtImport: false,
      pdfKitAtImport: false,
      withoutFonts: 'FontsNotLoadedError',
      pdfWithoutPdfKit: expect.stringMatching(/loadPdfKit/),
    });
    expect(report.pdfBytes).toBeGreaterThan(1000);
    const { renderLabelSvg } = await import('./index.js');
    const { assertPolicy, deriveLabels } = await import('@privacy-label-kit/schema');
    const { readExample } = await import('../../../test/fixtures/examples.js');
    const [label] = deriveLabels(assertPolicy(readExample('small-shop')), { locale: 'ko' });
    expect(report.svg).toBe(renderLabelSvg(label!, { variant: 'online', locale: 'ko' }));
  }, 60_000);
});
