// `npm run export-examples`: exports every example policy in assets/examples/ into out/<name>/ (git-ignored), with
// every format, variant and locale, so the files can be looked at without writing a policy first.
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportLabels, readPolicyFile } from '../dist/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const examples = join(root, 'assets/examples');
const files = readdirSync(examples)
  .filter((name) => name.endsWith('.json'))
  .sort();

let failed = 0;
for (const name of files) {
  const file = join(examples, name);
  const result = await readPolicyFile(file);
  if (!result.ok) {
    failed++;
    console.error(
      `${relative(root, file)}: not a valid policy; run: npx privacy-label validate ${relative(root, file)}`,
    );
    continue;
  }
  const outDir = join(root, 'out', basename(name, '.json'));
  const started = performance.now();
  // out/ holds generated files only, so a second run replaces the first.
  const manifest = await exportLabels(result.policy, { outDir, force: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${relative(root, outDir)}/: ${manifest.files.length + 1} files in ${seconds} s`);
}
process.exitCode = failed > 0 ? 1 : 0;
