import { readFile } from 'node:fs/promises';
import {
  type DerivedLabel,
  deriveLabels,
  type LabelId,
  type Locale,
  labelIds,
  localize,
  type Policy,
  type Translation,
} from '@privacy-label-kit/schema';
import { variants as allVariants, type Variant } from './artwork.js';
import { renderEasyReadPdf } from './easyReadPdf.js';
import { renderLabelSvg } from './labelCard.js';
import { renderLabelPdf, renderLabelSheetPdf } from './labelPdf.js';
import { renderLargePrintSummaryPdf } from './largePrintSummaryPdf.js';
import { AtomicFileWriter, prepareOutputFolder, type WrittenFile } from './outputFolder.js';
import { type PngScale, pngScales } from './png.js';
import { rasteriseSvg } from './rasteriser.js';
import { renderSummaryPdf } from './summaryPdf.js';

export type LabelFormat = 'svg' | 'png' | 'pdf';
export const labelFormats: readonly LabelFormat[] = ['svg', 'png', 'pdf'];
/** The languages an export writes when none are named: the two whose words ship with the kit. */
export const exportLocales: readonly Locale[] = ['ko', 'en'];

/** What a file in the export is for. */
export type ExportFileKind = 'label' | 'label-sheet' | 'summary' | 'summary-large-print' | 'easy-read';

export interface ManifestEntry extends WrittenFile {
  kind: ExportFileKind;
  /** The label a `label` file shows; absent for sheets and summaries. */
  labelId?: LabelId;
  format: LabelFormat;
  variant: Variant;
  locale: Locale;
  /** Pixel density of a PNG (1, 2 or 4 pixels per CSS pixel). */
  scale?: PngScale;
  /** Whether an SVG's text is drawn as glyph outlines. */
  outlineText?: boolean;
}

export interface Manifest {
  generator: { name: string; version: string };
  policy: { controller: string; policyUrl: string; effectiveDate: string };
  options: { formats: LabelFormat[]; variants: Variant[]; locales: Locale[]; outlineText: boolean };
  /** Every file written, in the order written; manifest.json itself is not listed. */
  files: ManifestEntry[];
}

export interface ExportProgress {
  done: number;
  total: number;
  /** The file just written. */
  path: string;
}

export interface ExportOptions {
  /** The folder to write into; created if missing. */
  outDir: string;
  formats?: readonly LabelFormat[];
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

/** The manifest's file name, written last: a folder without it holds an interrupted export. */
export const manifestFileName = 'manifest.json';

interface ExportJob {
  path: string;
  entry: Omit<ManifestEntry, keyof WrittenFile>;
  render: () => string | Promise<Buffer>;
  /** Rendered on a worker thread (PNGs): started all at once, while the main thread works through the rest. */
  offMainThread?: boolean;
}

/** File names come from label ids only (never from policy text), and ids are checked against the catalog. */
function labelFileStem(label: DerivedLabel): string {
  if (!(labelIds as readonly string[]).includes(label.id) || !/^[a-z0-9-]+$/.test(label.id)) {
    throw new Error(`Refusing to name a file after the unknown label id "${label.id}"`);
  }
  return label.id;
}

/**
 * Every file of an export, in a stable order: per locale, per variant, each label's files, then the label sheet, the
 * summary, the large-print summary and the easy-read version.
 */
function planExport(
  policy: Policy,
  options: Required<Pick<ExportOptions, 'formats' | 'variants' | 'locales' | 'outlineText'>> &
    Pick<ExportOptions, 'translations'>,
): ExportJob[] {
  const jobs: ExportJob[] = [];
  // A fixed creation date (the policy's effective date) makes PDFs reproducible: same policy, same bytes.
  const creationDate = new Date(`${policy.effectiveDate}T00:00:00Z`);
  const { formats, outlineText } = options;
  const translations = options.translations ?? [];
  for (const locale of options.locales) {
    const labels = deriveLabels(policy, { locale, translations });
    for (const variant of options.variants) {
      const folder = `labels/${variant}/${locale}`;
      for (const label of labels) {
        const stem = `${folder}/${labelFileStem(label)}`;
        const base = { kind: 'label', labelId: label.id, variant, locale } as const;
        if (formats.includes('svg')) {
          jobs.push({
            path: `${stem}.svg`,
            entry: { ...base, format: 'svg', outlineText },
            render: () => renderLabelSvg(label, { variant, locale, outlineText }),
          });
        }
        if (formats.includes('png')) {
          // The three densities rasterise one outlined SVG, built once.
          let outlined: string | undefined;
          for (const scale of pngScales) {
            jobs.push({
              path: `${stem}@${scale}x.png`,
              entry: { ...base, format: 'png', scale },
              offMainThread: true,
              render: () => {
                outlined ??= renderLabelSvg(label, { variant, locale, outlineText: true });
                return rasteriseSvg(outlined, scale);
              },
            });
          }
        }
        if (formats.includes('pdf')) {
          jobs.push({
            path: `${stem}.pdf`,
            entry: { ...base, format: 'pdf' },
            render: () => renderLabelPdf(label, { variant, locale, creationDate }),
          });
        }
      }
      if (formats.includes('pdf')) {
        jobs.push({
          path: `label-sheet-${variant}-${locale}.pdf`,
          entry: { kind: 'label-sheet', format: 'pdf', variant, locale },
          render: () => renderLabelSheetPdf(policy, labels, { variant, locale, translations, creationDate }),
        });
        jobs.push({
          path: `summary-${variant}-${locale}.pdf`,
          entry: { kind: 'summary', format: 'pdf', variant, locale },
          render: () => renderSummaryPdf(policy, labels, { variant, locale, translations, creationDate }),
        });
        // For older readers: the same summary at 15 pt, one column, over as many pages as it takes.
        jobs.push({
          path: `summary-large-print-${variant}-${locale}.pdf`,
          entry: { kind: 'summary-large-print', format: 'pdf', variant, locale },
          render: () =>
            renderLargePrintSummaryPdf(policy, labels, { variant, locale, translations, creationDate }),
        });
        // For children (PIPA Art. 22-2(3)): the policy as a chat in easy words.
        jobs.push({
          path: `easy-read-${variant}-${locale}.pdf`,
          entry: { kind: 'easy-read', format: 'pdf', variant, locale },
          render: () => renderEasyReadPdf(policy, { variant, locale, translations, creationDate }),
        });
      }
    }
  }
  return jobs;
}

/**
 * A locale as a folder name (labels/<variant>/<locale>/): its canonical BCP 47 form ('zh-hant' → 'zh-Hant'), which
 * has only letters, digits and hyphens, so no tag can name a path outside the export folder.
 */
function folderSafeLocale(locale: Locale): Locale {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(locale)[0];
  } catch {
    canonical = undefined;
  }
  if (!canonical || !/^[A-Za-z0-9-]+$/.test(canonical)) {
    throw new Error(`Unknown locale "${locale}": give a BCP 47 language tag such as ko, en or ja`);
  }
  return canonical;
}

function nonEmpty<T>(values: readonly T[] | undefined, fallback: readonly T[], name: string): T[] {
  const chosen = [...new Set(values ?? fallback)];
  if (chosen.length === 0) throw new Error(`${name} must list at least one value`);
  return chosen;
}

async function packageVersion(): Promise<string> {
  const text = await readFile(new URL('../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/**
 * Writes every label of `policy` as SVG, PNG (1×, 2×, 4×) and PDF per variant and locale, an A4 label sheet and a
 * one-page summary per variant and locale, and `manifest.json` listing them with sizes and SHA-256 checksums.
 * Files are written atomically; the folder must be empty unless `force` is set.
 */
export async function exportLabels(policy: Policy, options: ExportOptions): Promise<Manifest> {
  const formats = nonEmpty(options.formats, labelFormats, 'formats');
  const variants = nonEmpty(options.variants, allVariants, 'variants');
  const locales = nonEmpty(options.locales, exportLocales, 'locales').map(folderSafeLocale);
  for (const format of formats)
    if (!labelFormats.includes(format)) throw new Error(`Unknown format "${format}"`);
  for (const variant of variants)
    if (!allVariants.includes(variant)) throw new Error(`Unknown variant "${variant}"`);
  const outlineText = options.outlineText ?? false;

  await prepareOutputFolder(options.outDir, options.force ?? false);
  const writer = new AtomicFileWriter(options.outDir);
  options.onWriter?.(writer);
  const previous = options.force ? await readManifest(writer) : undefined;
  // The old manifest goes first: if this run is interrupted, no manifest claims files it did not finish.
  if (previous) await writer.remove(manifestFileName);

  const jobs = planExport(policy, {
    formats,
    variants,
    locales: [...new Set(locales)],
    outlineText,
    ...(options.translations ? { translations: options.translations } : {}),
  });
  const entries: (ManifestEntry | undefined)[] = new Array(jobs.length);
  let done = 0;
  let failure: unknown;
  const pending: Promise<void>[] = [];
  // Every promise gets its handler at once, so a failure is recorded, not reported as unhandled.
  const track = (index: number, job: ExportJob, data: string | Promise<Buffer>) => {
    const written = Promise.resolve(data)
      .then((bytes) => (failure === undefined ? writer.write(job.path, bytes) : undefined))
      .then((file) => {
        if (!file) return;
        entries[index] = { ...file, ...job.entry };
        done++;
        options.onProgress?.({ done, total: jobs.length, path: file.path });
      })
      .catch((error: unknown) => {
        failure ??= error;
      });
    pending.push(written);
  };
  // PNGs go to the worker threads first; the main thread then draws SVGs and PDFs while they rasterise, and files
  // flush to disk in the background. The manifest keeps the planned order whatever order jobs finish in.
  jobs.forEach((job, index) => {
    if (job.offMainThread) track(index, job, job.render());
  });
  for (const [index, job] of jobs.entries()) {
    if (failure !== undefined) break;
    if (job.offMainThread) continue;
    try {
      const data = job.render();
      // Let a PDF finish (its bytes arrive as stream events) before drawing the next one.
      if (typeof data !== 'string') await data;
      track(index, job, data);
    } catch (error) {
      failure ??= error;
    }
  }
  // Nothing is written after this function returns, even when it fails.
  await Promise.all(pending);
  if (failure !== undefined) throw failure;

  const files = entries.filter((entry): entry is ManifestEntry => entry !== undefined);
  // Files an earlier export wrote that this one did not (a label that no longer applies): remove them, so the
  // folder matches its manifest. Only paths listed in our own earlier manifest are touched.
  if (previous) {
    const current = new Set(files.map((file) => file.path));
    for (const stale of previous.files) {
      if (typeof stale?.path === 'string' && !current.has(stale.path)) await writer.remove(stale.path);
    }
  }
  const manifest: Manifest = {
    generator: { name: '@privacy-label-kit/export', version: await packageVersion() },
    policy: {
      controller: localize(policy.controller.name, policy.defaultLocale),
      policyUrl: policy.policyUrl,
      effectiveDate: policy.effectiveDate,
    },
    options: { formats, variants, locales: [...new Set(locales)], outlineText },
    files,
  };
  await writer.write(manifestFileName, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The manifest of an earlier export in the folder, if there is a readable one. */
async function readManifest(writer: AtomicFileWriter): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(writer.resolveInside(manifestFileName), 'utf8')) as Manifest;
    return Array.isArray(manifest.files) ? manifest : undefined;
  } catch {
    return undefined;
  }
}
