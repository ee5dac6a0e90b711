// Pictures for the Introduction page: the label sheet and the one-page summary of the small-shop example, as the CLI
// exports them, rendered to PNG (poppler's pdftoppm). Run after changing the export layout:
//   npm run build && node stories/assets/make-intro-pictures.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportLabels, readPolicyFile } from '../../packages/export/dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const result = await readPolicyFile(join(here, '../../assets/examples/small-shop.json'));
if (!result.ok) throw new Error('assets/examples/small-shop.json is not a valid policy');
const outDir = mkdtempSync(join(tmpdir(), 'plk-intro-'));
try {
  await exportLabels(result.policy, { outDir, force: true, formats: ['pdf'] });
  for (const locale of ['ko', 'en']) {
    for (const kind of ['label-sheet', 'summary']) {
      const target = join(here, 'intro', `${kind}-${locale}`);
      // 80 dpi keeps an A4 page about 660 px wide: enough to recognise, small enough for the docs bundle.
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-singlefile',
        join(outDir, 'print', `${kind}-online-${locale}.pdf`),
        target,
      ]);
      console.log(`${target}.png`);
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
