// `npm run icons`: applies the pinned svgo config to every source in assets/icons, in place.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { listAllSourcePaths, optimizeIconSource, readText } from './iconSources.mjs';

let changed = 0;
for (const path of listAllSourcePaths()) {
  const source = readText(path);
  const optimized = optimizeIconSource(source, path);
  if (optimized !== source) {
    writeFileSync(path, optimized);
    changed += 1;
    console.log(`optimised ${relative(process.cwd(), path)} (${source.length} → ${optimized.length} bytes)`);
  }
}
console.log(`${changed} of ${listAllSourcePaths().length} sources changed`);
