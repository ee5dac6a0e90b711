// Icon costs, ours next to lucide's, measured in the same run:
// - source size: the median optimised SVG source, lucide's icons written in our source format (same root
//   attributes, same pretty printing) so only the drawing differs;
// - bundle cost: what importing one icon, and each further icon, adds to a minified esbuild bundle (gzip).
// Reads the built package: `npm run bench` builds first.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const iconSourceDirectory = join(repositoryRoot, 'assets/icons');
const lucideIconDirectory = join(repositoryRoot, 'node_modules/lucide-react/dist/esm/icons');
const targets = { medianSourceBytes: 450, firstIconGzip: 1024, furtherIconGzip: 250 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function ourSourceSizes() {
  return readdirSync(iconSourceDirectory)
    .filter((name) => name.endsWith('.svg'))
    .map((name) => Buffer.byteLength(readFileSync(join(iconSourceDirectory, name))));
}

/** lucide's icons as our sources would store them: the svgo pretty-printed form of the same root and shapes. */
async function lucideSourceSizes() {
  const root =
    '<svg xmlns="http://www.w3.org/2000/svg" fill="none" stroke="currentColor" stroke-linecap="round" ' +
    'stroke-linejoin="round" stroke-width="2" viewBox="0 0 24 24">\n';
  const modules = await Promise.all(
    readdirSync(lucideIconDirectory)
      .filter((name) => name.endsWith('.mjs'))
      .map((name) => import(pathToFileURL(join(lucideIconDirectory, name)).href)),
  );
  const unique = new Set(modules.map((module) => module.__iconData).filter(Boolean)); // aliases share data
  return [...unique].map((data) => {
    const shapes = data.node
      .map(([tag, attrs]) => {
        const attributes = Object.entries(attrs)
          .filter(([name]) => name !== 'key')
          .map(([name, value]) => ` ${name}="${value}"`)
          .join('');
        return `  <${tag}${attributes}/>\n`;
      })
      .join('');
    return Buffer.byteLength(`${root}${shapes}</svg>\n`);
  });
}

async function bundleGzipBytes(contents) {
  const result = await build({
    stdin: { contents, resolveDir: repositoryRoot, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    external: ['react', 'react-dom', 'styled-components'],
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const ourEntry = (ids) =>
  `import { iconToSvg } from '@privacy-label-kit/icons';\n` +
  ids.map((id, index) => `import icon${index} from '@privacy-label-kit/icons/icons/${id}';`).join('\n') +
  `\nexport const svgs = [${ids.map((_, index) => `iconToSvg(icon${index}, { variant: 'online' })`).join(', ')}];\n`;

const lucideEntry = (names) =>
  `import { ${names.join(', ')} } from 'lucide-react';\nexport const icons = [${names.join(', ')}];\n`;

export default async function iconsBench() {
  const ours = ourSourceSizes();
  const lucide = await lucideSourceSizes();
  console.log('Optimised SVG source size (bytes, median over the set):');
  console.table([
    {
      set: 'privacy-label-kit',
      icons: ours.length,
      median: median(ours),
      max: Math.max(...ours),
      target: `≤ ${targets.medianSourceBytes}`,
    },
    {
      set: 'lucide (our source format)',
      icons: lucide.length,
      median: median(lucide),
      max: Math.max(...lucide),
      target: '',
    },
  ]);

  const { iconIds } = await import('@privacy-label-kit/icons/map');
  // One icon: every icon in turn (median); a further icon: each icon added to a first one (median of the deltas).
  const firstIcon = await Promise.all(iconIds.map((id) => bundleGzipBytes(ourEntry([id]))));
  const base = iconIds[0];
  const withSecond = await Promise.all(iconIds.slice(1).map((id) => bundleGzipBytes(ourEntry([base, id]))));
  const baseCost = firstIcon[0];
  const ourFirst = median(firstIcon.map((size) => size.gzip));
  const ourFurther = median(withSecond.map((size) => size.gzip - baseCost.gzip));
  const allIcons = await bundleGzipBytes(
    `import { labelSvg, iconIds } from '@privacy-label-kit/icons/map';\nexport const svgs = iconIds.map((id) => labelSvg(id, { variant: 'online' }));\n`,
  );
  // What the React LabelIcon adds besides React itself: the icon and the shared frame + glyph composition.
  const composition = await Promise.all(
    iconIds.map((id) =>
      bundleGzipBytes(
        `import { labelIconNodes } from '@privacy-label-kit/icons';\nimport icon from '@privacy-label-kit/icons/icons/${id}';\n` +
          `export const nodes = labelIconNodes(icon, { frame: true });\n`,
      ),
    ),
  );
  const lucideOne = await bundleGzipBytes(lucideEntry(['Camera']));
  const lucideTwo = await bundleGzipBytes(lucideEntry(['Camera', 'Lock']));

  console.log('Bundle cost (esbuild, minified ESM, gzip -9 bytes; react external):');
  console.table([
    {
      bundle: 'ours: 1 icon subpath + iconToSvg',
      gzip: ourFirst,
      raw: median(firstIcon.map((size) => size.raw)),
      target: `≤ ${targets.firstIconGzip}`,
    },
    { bundle: 'ours: each further icon', gzip: ourFurther, raw: '', target: `≤ ${targets.furtherIconGzip}` },
    {
      bundle: 'ours: 1 icon + labelIconNodes (React path)',
      gzip: median(composition.map((size) => size.gzip)),
      raw: median(composition.map((size) => size.raw)),
      target: '',
    },
    {
      bundle: `ours: /map, all ${iconIds.length} icons + labelSvg`,
      gzip: allIcons.gzip,
      raw: allIcons.raw,
      target: '',
    },
    { bundle: 'lucide-react: Camera', gzip: lucideOne.gzip, raw: lucideOne.raw, target: '' },
    {
      bundle: 'lucide-react: + Lock (further icon)',
      gzip: lucideTwo.gzip - lucideOne.gzip,
      raw: '',
      target: '',
    },
  ]);
  const verdict = (value, target) => (value <= target ? 'within target' : 'OVER target');
  console.log(
    `median source ${median(ours)} B (${verdict(median(ours), targets.medianSourceBytes)}); ` +
      `first icon ${ourFirst} B gz (${verdict(ourFirst, targets.firstIconGzip)}); ` +
      `further icon ${ourFurther} B gz (${verdict(ourFurther, targets.furtherIconGzip)})`,
  );
}
