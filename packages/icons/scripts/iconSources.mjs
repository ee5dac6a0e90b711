// Where the icon artwork lives and how a source is optimised: shared by `npm run icons`, the build and the tests.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { optimize } from 'svgo';
import svgoConfig from '../svgo.config.mjs';

export const iconsPackageDirectory = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const iconSourceDirectory = resolve(iconsPackageDirectory, '../../assets/icons');
export const frameSourceDirectory = join(iconSourceDirectory, 'frames');
export const metadataSchemaPath = join(iconSourceDirectory, 'icon-metadata.schema.json');

/** Icon ids, from the `<id>.svg` files in assets/icons (frames live in a subfolder and are not icons). */
export function listIconSourceIds() {
  return readdirSync(iconSourceDirectory)
    .filter((name) => name.endsWith('.svg'))
    .map((name) => name.slice(0, -'.svg'.length))
    .sort();
}

/** Ids that have a `<id>.json` metadata file. */
export function listIconMetadataIds() {
  return readdirSync(iconSourceDirectory)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** Every optimisable SVG source: the icons and the family frames. */
export function listAllSourcePaths() {
  const framePaths = readdirSync(frameSourceDirectory)
    .filter((name) => name.endsWith('.svg'))
    .map((name) => join(frameSourceDirectory, name));
  return [...listIconSourceIds().map((id) => join(iconSourceDirectory, `${id}.svg`)), ...framePaths.sort()];
}

/** The source as it must be committed: the pinned svgo config applied. */
export function optimizeIconSource(svgText, path) {
  return optimize(svgText, { ...svgoConfig, path }).data;
}

export function readText(path) {
  return readFileSync(path, 'utf8');
}
