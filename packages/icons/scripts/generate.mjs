// Build step: turns assets/icons/<id>.svg + <id>.json (and the family frames) into TypeScript modules under
// src/generated/, which `tsc -b` then compiles. The output is build artefact: git-ignored, never edited by hand.
// Sources are checked on the way; a bad one stops the build with its file name and what to fix.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { optimize } from 'svgo';
import {
  frameSourceDirectory,
  iconSourceDirectory,
  iconsPackageDirectory,
  listIconMetadataIds,
  listIconSourceIds,
  metadataSchemaPath,
} from './iconSources.mjs';
import { normalizePathData } from './pathData.mjs';

const generatedDirectory = join(iconsPackageDirectory, 'src/generated');
/** The label families in browsing order; each has a frame source assets/icons/frames/<family>.svg. */
const families = ['dataType', 'processing', 'protection', 'video'];

/** The house style every source must declare on its root, and nothing else. */
export const requiredRootAttributes = {
  xmlns: 'http://www.w3.org/2000/svg',
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '2',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
};

/** The shapes an icon may use, each with the only attributes it may carry (geometry, no style). */
export const allowedShapeAttributes = {
  path: ['d'],
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
  line: ['x1', 'y1', 'x2', 'y2'],
};

class SourceError extends Error {}

/** Reads an SVG source into a flat icon node, enforcing the house style. */
export function readIconNode(svgText, path) {
  const where = relative(process.cwd(), path);
  const node = [];
  let rootAttributes;
  const collectElements = {
    name: 'collectIconNode',
    fn: () => ({
      element: {
        enter(element, parent) {
          if (parent.type === 'root') {
            if (element.name !== 'svg') throw new SourceError(`${where}: the root element must be <svg>`);
            rootAttributes = element.attributes;
            return;
          }
          if (parent.type !== 'element' || parent.name !== 'svg') {
            throw new SourceError(`${where}: <${element.name}> is nested; icons are flat lists of shapes`);
          }
          const allowed = allowedShapeAttributes[element.name];
          if (!allowed) {
            throw new SourceError(
              `${where}: <${element.name}> is not allowed; use ${Object.keys(allowedShapeAttributes).join(', ')}`,
            );
          }
          const attrs = {};
          for (const [name, value] of Object.entries(element.attributes)) {
            if (!allowed.includes(name)) {
              throw new SourceError(
                `${where}: <${element.name} ${name}="${value}"> is not allowed; styling belongs to the root, ` +
                  `and <${element.name}> takes only ${allowed.join(', ')}`,
              );
            }
            attrs[name] = name === 'd' ? normalizePathData(value) : Number(value);
            if (Number.isNaN(attrs[name]))
              throw new SourceError(`${where}: ${name}="${value}" is not a number`);
          }
          node.push([element.name, attrs]);
        },
      },
    }),
  };
  // svgo's parser is strict XML: malformed sources throw here with a line and column.
  optimize(svgText, { path, plugins: [collectElements] });
  for (const [name, value] of Object.entries(requiredRootAttributes)) {
    if (rootAttributes?.[name] !== value) {
      throw new SourceError(
        `${where}: the <svg> root needs ${name}="${value}" (found ${rootAttributes?.[name]})`,
      );
    }
  }
  const extra = Object.keys(rootAttributes).filter((name) => !(name in requiredRootAttributes));
  if (extra.length > 0) throw new SourceError(`${where}: remove the root attributes ${extra.join(', ')}`);
  if (node.length === 0) throw new SourceError(`${where}: the icon draws nothing`);
  return node;
}

function readMetadata(validate) {
  const sourceIds = listIconSourceIds();
  const metadataIds = listIconMetadataIds();
  const withoutMetadata = sourceIds.filter((id) => !metadataIds.includes(id));
  const withoutSource = metadataIds.filter((id) => !sourceIds.includes(id));
  if (withoutMetadata.length > 0 || withoutSource.length > 0) {
    throw new SourceError(
      `assets/icons: every <id>.svg needs an <id>.json and back. ` +
        `Missing metadata: [${withoutMetadata.join(', ')}]; missing source: [${withoutSource.join(', ')}]`,
    );
  }
  return sourceIds.map((id) => {
    const path = join(iconSourceDirectory, `${id}.json`);
    const metadata = JSON.parse(readFileSync(path, 'utf8'));
    if (!validate(metadata)) {
      const problems = validate.errors
        .map((error) => `${error.instancePath || '/'} ${error.message}`)
        .join('; ');
      throw new SourceError(`${relative(process.cwd(), path)}: ${problems}`);
    }
    if (metadata.id !== id) throw new SourceError(`${relative(process.cwd(), path)}: id must be "${id}"`);
    return metadata;
  });
}

function camelCase(id) {
  return id.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
}

const header = '// Generated by packages/icons/scripts/generate.mjs from assets/icons. Do not edit.\n';

function iconModule(metadata, glyph) {
  const data = {
    id: metadata.id,
    family: metadata.family,
    title: metadata.title,
    glyph,
  };
  const name = `${camelCase(metadata.id)}Icon`;
  return (
    `${header}import type { LabelIconData } from '../../types.js';\n\n` +
    `export const ${name}: LabelIconData = ${JSON.stringify(data)};\n\n` +
    `export default ${name};\n`
  );
}

function mapModule(metadataList) {
  const ids = metadataList.map((metadata) => metadata.id);
  const imports = ids.map((id) => `import ${camelCase(id)}Icon from './icons/${id}.js';`).join('\n');
  const entries = ids.map((id) => `  '${id}': ${camelCase(id)}Icon,`).join('\n');
  return (
    `${header}import type { LabelIconData, LabelIconTags } from '../types.js';\n${imports}\n\n` +
    `export const iconIds = ${JSON.stringify(ids)} as const;\n\n` +
    `export type LabelIconId = (typeof iconIds)[number];\n\n` +
    `export const labelIcons: Readonly<Record<LabelIconId, LabelIconData>> = {\n${entries}\n};\n\n` +
    // Search words live here, not in each icon's module: only browsing UIs need them, so rendering an icon never
    // pays for them in its bundle.
    `/** Search words for each icon, in both languages, for people browsing the set. */\n` +
    `export const labelIconTags: Readonly<Record<LabelIconId, LabelIconTags>> = ${JSON.stringify(
      Object.fromEntries(metadataList.map((metadata) => [metadata.id, metadata.tags])),
    )};\n`
  );
}

function framesModule(frameNodes) {
  return (
    `${header}import type { IconNode, LabelIconFamily } from '../types.js';\n\n` +
    `/** The family frames on the 24×24 grid: a circle for data types, a hexagon for processing, a rounded square for protection, viewfinder corners for video devices. */\n` +
    `export const frames: Readonly<Record<LabelIconFamily, IconNode>> = ${JSON.stringify(frameNodes)};\n`
  );
}

/** Writes only what changed, so incremental `tsc -b` stays incremental. */
function writeIfChanged(path, text, written) {
  written.add(path);
  let current;
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current !== text) writeFileSync(path, text);
}

function removeStale(directory, written) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) removeStale(path, written);
    else if (!written.has(path)) rmSync(path);
  }
}

export function generate() {
  const ajv = new Ajv2020({ allErrors: true });
  const validate = ajv.compile(JSON.parse(readFileSync(metadataSchemaPath, 'utf8')));
  const metadataList = readMetadata(validate);
  // Family first (data types, processing, protection, video devices), then alphabetical: the order people browse the set in.
  metadataList.sort(
    (a, b) => families.indexOf(a.family) - families.indexOf(b.family) || a.id.localeCompare(b.id),
  );

  mkdirSync(join(generatedDirectory, 'icons'), { recursive: true });
  const written = new Set();
  for (const metadata of metadataList) {
    const path = join(iconSourceDirectory, `${metadata.id}.svg`);
    const glyph = readIconNode(readFileSync(path, 'utf8'), path);
    writeIfChanged(
      join(generatedDirectory, 'icons', `${metadata.id}.ts`),
      iconModule(metadata, glyph),
      written,
    );
  }
  writeIfChanged(join(generatedDirectory, 'iconMap.ts'), mapModule(metadataList), written);
  const frameNodes = Object.fromEntries(
    families.map((family) => {
      const path = join(frameSourceDirectory, `${family}.svg`);
      return [family, readIconNode(readFileSync(path, 'utf8'), path)];
    }),
  );
  writeIfChanged(join(generatedDirectory, 'frames.ts'), framesModule(frameNodes), written);
  removeStale(generatedDirectory, written);
  return metadataList.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const count = generate();
    console.log(`generated ${count} icons into ${relative(process.cwd(), generatedDirectory)}`);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    console.error(`icons: ${error.message}`);
    process.exitCode = 1;
  }
}
