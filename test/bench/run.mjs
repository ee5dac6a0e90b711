// `npm run bench`: runs every test/bench/*.bench.mjs in turn (or the ones named on the command line) and prints
// their figures. Benchmarks print numbers and ratios measured side by side in one run; they never assert timings.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name.includes(w)))
  .sort();

for (const name of files) {
  console.log(`\n## ${name.replace('.bench.mjs', '')}`);
  const module = await import(pathToFileURL(join(here, name)).href);
  await module.default();
}
