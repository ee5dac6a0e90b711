// The Node API's export: a pack (see `makePack`, the browser-safe core) written into a folder, each file atomically
// as soon as it is made, the manifest last. The same files, paths and read-mes as the builder's zip.
import { readFile } from 'node:fs/promises';
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
  manifestText,
  type PackProgress,
} from './pack.js';

export type { ExportFileKind, FileFormat } from './formats.js';
export { exportLocales, type Manifest, type ManifestEntry, manifestFileName };

/** The label formats of the first exporter; `FileFormat` lists every format of the registry. */
export type LabelFormat = 'svg' | 'png' | 'pdf';
export const labelFormats: readonly LabelFormat[] = ['svg', 'png', 'pdf'];

export type ExportProgress = PackProgress;

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
  /** Write into a folder that already has files in it (overwriting files of the same name). */
  force?: boolean;
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
  // The old manifest goes first: if this run is interrupted, no manifest claims files it did not finish.
  if (previous) await writer.remove(manifestFileName);

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
  // Files an earlier export wrote that this one did not (a label that no longer applies): remove them, so the
  // folder matches its manifest. Only paths listed in our own earlier manifest are touched.
  if (previous) {
    const current = new Set(manifest.files.map((file) => file.path));
    for (const stale of previous.files) {
      if (typeof stale?.path === 'string' && !current.has(stale.path)) await writer.remove(stale.path);
    }
  }
  await writer.write(manifestFileName, manifestText(manifest));
  return manifest;
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
