// The Node API's export: a pack (see `makePack`, the browser-safe core) written into a folder, each file atomically
// as soon as it is made, the manifest last. The same files, paths and read-mes as the builder's zip.
import { lstat, readFile } from 'node:fs/promises';
import type { Locale, Policy, Translation } from '@privacy-label-kit/schema';
import type { Variant } from './artwork.js';
import type { FileFormat } from './formats.js';
import { nodeSha256 } from './node.js';
import { AtomicFileWriter, prepareOutputFolder } from './outputFolder.js';
import {
  exportLocales,
  type Manifest,
  type ManifestEntry,
  makePack,
  manifestFileName,
  manifestGeneratorName,
  manifestText,
  type PackProgress,
} from './pack.js';

export type { ExportFileKind, FileFormat } from './formats.js';
export { exportLocales, type Manifest, type ManifestEntry, manifestFileName };

/** The label formats of the first exporter; `FileFormat` lists every format of the registry. */
export type LabelFormat = 'svg' | 'png' | 'pdf';
export const labelFormats: readonly LabelFormat[] = ['svg', 'png', 'pdf'];

export type ExportProgress = PackProgress;

/**
 * Why `export --force` left a file in the folder that the old manifest.json lists and this export does not write:
 * - `foreign-manifest`: that manifest.json was not written by this package (no `generator.name` of ours), so the
 *   files it lists may be the user's own;
 * - `no-checksum`: the old manifest records no SHA-256 for the file, so whether it was changed cannot be told;
 * - `changed`: the file's SHA-256 is not the one recorded: it was edited or replaced after that export.
 */
export type KeptStaleFileReason = 'foreign-manifest' | 'no-checksum' | 'changed';

export interface KeptStaleFile {
  /** Path relative to the output folder, as the old manifest lists it. */
  path: string;
  reason: KeptStaleFileReason;
}

export interface ExportOptions {
  /** The folder to write into; created if missing. */
  outDir: string;
  /** Default: every format of the registry (svg, png, pdf, and any other a registered format makes). */
  formats?: readonly FileFormat[];
  variants?: readonly Variant[];
  /**
   * The languages to write, as BCP 47 tags (default: ko and en). Any tag works: words a language lacks come from its
   * fallback chain (the translation's `fallback`, then English, then Korean), and the policy's own text likewise.
   */
  locales?: readonly Locale[];
  /** A business's own words or language (see `Translation`), used before the registered Korean and English. */
  translations?: readonly Translation[];
  /** SVG captions as glyph outlines instead of `<text>` (PNG and PDF files are not affected). */
  outlineText?: boolean;
  /**
   * Write into a folder that already has files in it, overwriting files of the same name. A file the folder's old
   * manifest.json lists that this export does not write is deleted only if that manifest is this package's and the
   * file still has the SHA-256 it records; otherwise it is kept and reported through `onKeptStaleFile`.
   */
  force?: boolean;
  /** Called for each stale file `force` keeps, with why, so a CLI can say so. */
  onKeptStaleFile?: (file: KeptStaleFile) => void;
  onProgress?: (progress: ExportProgress) => void;
  /** Called with the writer before the first file, so a CLI can clean up temporary files on Ctrl+C. */
  onWriter?: (writer: AtomicFileWriter) => void;
}

/**
 * Writes the pack of `policy` into `outDir`: every label as SVG, PNG (1×, 2×, 4×) and PDF per variant and locale,
 * the print documents (label sheet, summary, large-print summary, easy-read version) and every other registered
 * format, in folders by purpose, a read-me per language, and `manifest.json` listing them with sizes and SHA-256
 * checksums. Files are written atomically; the folder must be empty unless `force` is set.
 */
export async function exportLabels(policy: Policy, options: ExportOptions): Promise<Manifest> {
  await prepareOutputFolder(options.outDir, options.force ?? false);
  const writer = new AtomicFileWriter(options.outDir);
  options.onWriter?.(writer);
  const previous = options.force ? await readManifest(writer) : undefined;
  const previousIsOurs = previous?.generator?.name === manifestGeneratorName;
  // Our old manifest goes first: if this run is interrupted, no manifest claims files it did not finish.
  if (previous && previousIsOurs) await writer.remove(manifestFileName);

  const pack = await makePack(policy, {
    ...(options.formats ? { formats: options.formats } : {}),
    ...(options.variants ? { variants: options.variants } : {}),
    ...(options.locales ? { locales: options.locales } : {}),
    ...(options.translations ? { translations: options.translations } : {}),
    outlineText: options.outlineText ?? false,
    sha256: nodeSha256,
    // Each file goes to disk as soon as it is made, while the next is drawn; makePack waits for the writes.
    onFile: async (file) => {
      await writer.write(file.path, file.data);
    },
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const { manifest } = pack;
  if (previous) {
    await removeStaleFiles(writer, previous, previousIsOurs, manifest, options.onKeptStaleFile);
  }
  await writer.write(manifestFileName, manifestText(manifest));
  return manifest;
}

const sha256Hex = /^[0-9a-f]{64}$/;

/**
 * Files an earlier export wrote that this one does not (a label that no longer applies) are removed, so the folder
 * matches its manifest — but only what is provably ours and untouched: listed in a manifest of this package, with a
 * SHA-256 that the file on disk still has. A user's own file, or one they edited after exporting, is kept.
 */
async function removeStaleFiles(
  writer: AtomicFileWriter,
  previous: Manifest,
  previousIsOurs: boolean,
  current: Manifest,
  onKept: ((file: KeptStaleFile) => void) | undefined,
): Promise<void> {
  const written = new Set(current.files.map((file) => file.path));
  const seen = new Set<string>();
  for (const stale of previous.files as unknown[]) {
    const path = (stale as { path?: unknown } | null)?.path;
    if (typeof path !== 'string' || written.has(path) || path === manifestFileName || seen.has(path))
      continue;
    seen.add(path);
    let target: string;
    try {
      target = writer.resolveInside(path);
      // Gone already, a folder or a symbolic link: nothing of ours to remove or to report.
      if (!(await lstat(target)).isFile()) continue;
    } catch {
      continue;
    }
    const recorded = (stale as { sha256?: unknown }).sha256;
    let reason: KeptStaleFileReason | undefined;
    if (!previousIsOurs) reason = 'foreign-manifest';
    else if (typeof recorded !== 'string' || !sha256Hex.test(recorded)) reason = 'no-checksum';
    else if (nodeSha256(await readFile(target)) !== recorded) reason = 'changed';
    if (reason) onKept?.({ path, reason });
    else await writer.remove(path);
  }
}

/** The manifest an earlier export left in the folder, if it can be read. */
async function readManifest(writer: AtomicFileWriter): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(writer.resolveInside(manifestFileName), 'utf8')) as Manifest;
    return Array.isArray(manifest.files) ? manifest : undefined;
  } catch {
    return undefined;
  }
}
