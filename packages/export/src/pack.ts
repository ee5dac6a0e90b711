// A pack: every file of an export, made in memory by the same code in Node and in a browser. The CLI (`exportLabels`)
// writes a pack's files to a folder as they are made; the builder zips them (`zipPack`). Which files exist, where they
// go and what they are called comes from the registry of formats (`formats.ts`); the read-me is written from the
// files actually made, so it lists every one of them.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import type { LabelId } from '@privacy-label-kit/schema/core';
import {
  deriveLabels,
  type Locale,
  localize,
  type Policy,
  type Translation,
} from '@privacy-label-kit/schema/core';
import { variants as allVariants, type Variant } from './artwork.js';
import { type FontLoader, loadFonts } from './fonts.js';
import {
  type ExportFileKind,
  type FileFormat,
  type FormatContext,
  type FormatEntry,
  type FormatFile,
  formatRegistry,
  type Purpose,
  registryFileFormats,
} from './formats.js';
import { loadPdfKit } from './pdfDocument.js';
import { getDefaultRasteriser, type PngScale, type Rasteriser } from './png.js';
import { renderPackReadme } from './readme.js';
import { exportPackageVersion } from './version.js';

/** The languages a pack has when none are named: the two whose words ship with the kit. */
export const exportLocales: readonly Locale[] = ['ko', 'en'];

/** The manifest's file name, written last: a folder without it holds an interrupted export. */
export const manifestFileName = 'manifest.json';

/**
 * The `generator.name` of every manifest this package writes (the CLI's and the builder's zip alike). `export --force`
 * deletes a stale file only when the folder's old manifest carries this name: a manifest.json of someone else's lists
 * files that are not ours to delete.
 */
export const manifestGeneratorName = '@privacy-label-kit/export';

export interface ManifestEntry {
  /** Path inside the pack, `<purpose>/…`, with forward slashes. */
  path: string;
  bytes: number;
  /** SHA-256 of the file as hex: a later `export --force` deletes a stale file only while it still has this hash. */
  sha256: string;
  kind: ExportFileKind;
  /** The folder the file is in: what it is for. */
  purpose: Purpose | 'root';
  format: FileFormat;
  variant: Variant;
  locale: Locale;
  /** The label a `label` file shows; absent for sheets and summaries. */
  labelId?: LabelId;
  /** Pixel density of a PNG (1, 2 or 4 pixels per CSS pixel). */
  scale?: PngScale;
  /** Whether an SVG's text is drawn as glyph outlines. */
  outlineText?: boolean;
}

export interface Manifest {
  generator: { name: string; version: string };
  policy: { controller: string; policyUrl: string; effectiveDate: string };
  options: { formats: FileFormat[]; variants: Variant[]; locales: Locale[]; outlineText: boolean };
  /** Every file of the pack, in the planned order; manifest.json itself is not listed. */
  files: ManifestEntry[];
}

/** A file of a pack with its bytes. */
export interface PackFile extends ManifestEntry {
  data: Uint8Array;
}

export interface Pack {
  /** Every file but manifest.json, in the manifest's order (the read-mes last). */
  files: PackFile[];
  manifest: Manifest;
}

export interface PackProgress {
  done: number;
  total: number;
  /** The file just made. */
  path: string;
}

export interface PackOptions {
  /** Default: every format of the registry. */
  formats?: readonly FileFormat[];
  variants?: readonly Variant[];
  /**
   * The languages, as BCP 47 tags (default: ko and en). Any tag works: words a language lacks come from its
   * fallback chain (the translation's `fallback`, then English, then Korean), and the policy's own text likewise.
   */
  locales?: readonly Locale[];
  /** A business's own words or language (see `Translation`), used before the registered Korean and English. */
  translations?: readonly Translation[];
  /** SVG captions as glyph outlines instead of `<text>` (PNG and PDF files are not affected). */
  outlineText?: boolean;
  /** Where the fonts come from (browser: `fontUrlLoader(...)`; Node: the package's files by default). */
  fonts?: FontLoader;
  /** SVG → PNG (browser: `canvasRasteriser()`; Node: resvg on worker threads by default). */
  rasterise?: Rasteriser;
  /** SHA-256 as hex; default a portable JavaScript one (Node passes its native one). */
  sha256?: (bytes: Uint8Array) => string;
  /** The formats to read (default: `formatRegistry()`). */
  registry?: readonly FormatEntry[];
  /** Write the read-me files (default true). */
  readme?: boolean;
  /**
   * Called as each file is made, in the order files finish; a promise it returns (a write to disk) is awaited
   * before `makePack` returns, and its failure fails the pack.
   */
  onFile?: (file: PackFile) => void | Promise<void>;
  onProgress?: (progress: PackProgress) => void;
}

interface PlannedFile {
  entry: Omit<ManifestEntry, 'bytes' | 'sha256'>;
  file: FormatFile;
  scope: NonNullable<FormatEntry['scope']>;
}

/**
 * A locale as a path part: its canonical BCP 47 form ('zh-hant' → 'zh-Hant'), which has only letters, digits and
 * hyphens, so no tag can name a path outside the pack.
 */
export function pathSafeLocale(locale: Locale): Locale {
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

const safePath = /^[A-Za-z0-9_@.-]+(\/[A-Za-z0-9_@.-]+)*$/;

/** The files of a pack, in a stable order: per locale, per variant, per registry entry. */
function planPack(
  policy: Policy,
  registry: readonly FormatEntry[],
  base: Omit<FormatContext, 'variant' | 'locale' | 'labels'>,
): PlannedFile[] {
  const planned: PlannedFile[] = [];
  const seen = new Set<string>();
  const add = (entry: FormatEntry, context: FormatContext) => {
    for (const file of entry.files(context)) {
      const path = `${entry.purpose}/${file.name}`;
      if (!safePath.test(path) || path.split('/').some((part) => part === '.' || part === '..')) {
        throw new Error(
          `The ${entry.kind} format names a file "${file.name}", which is not a plain ASCII path`,
        );
      }
      if (seen.has(path)) throw new Error(`Two files of the pack are both named ${path}`);
      seen.add(path);
      planned.push({
        file,
        scope: entry.scope ?? 'variant-locale',
        entry: {
          path,
          kind: entry.kind,
          purpose: entry.purpose,
          format: entry.format,
          variant: context.variant,
          locale: context.locale,
          ...(file.labelId !== undefined ? { labelId: file.labelId } : {}),
          ...(file.scale !== undefined ? { scale: file.scale } : {}),
          ...(file.outlineText !== undefined ? { outlineText: file.outlineText } : {}),
        },
      });
    }
  };
  const labelsByLocale = new Map<Locale, ReturnType<typeof deriveLabels>>();
  const labelsIn = (locale: Locale) => {
    let labels = labelsByLocale.get(locale);
    if (!labels) {
      labels = deriveLabels(policy, { locale, translations: base.translations });
      labelsByLocale.set(locale, labels);
    }
    return labels;
  };
  const contextFor = (variant: Variant, locale: Locale): FormatContext => ({
    ...base,
    variant,
    locale,
    labels: labelsIn(locale),
  });
  const [firstVariant] = base.variants;
  const [firstLocale] = base.locales;
  for (const locale of base.locales) {
    for (const variant of base.variants) {
      for (const entry of registry) {
        const scope = entry.scope ?? 'variant-locale';
        if (scope === 'variant-locale' || (scope === 'locale' && variant === firstVariant)) {
          add(entry, contextFor(variant, locale));
        }
      }
    }
  }
  for (const entry of registry) {
    if (entry.scope === 'pack') add(entry, contextFor(firstVariant!, firstLocale!));
  }
  return planned;
}

const encoder = new TextEncoder();
const toBytes = (data: string | Uint8Array) => (typeof data === 'string' ? encoder.encode(data) : data);
const portableSha256 = (bytes: Uint8Array) => bytesToHex(sha256(bytes));

/**
 * Makes every file of a pack in memory: each label as SVG, PNG (1×, 2×, 4×) and PDF, and the policy-wide documents
 * (label sheet, summary, large-print summary, easy-read version and every other registered format), per variant and
 * language, in folders by purpose, with a read-me per language listing every file and what it is for, and the
 * manifest. Fonts are loaded before the first file and pdfkit before the first PDF, never at import.
 */
export async function makePack(policy: Policy, options: PackOptions = {}): Promise<Pack> {
  const registry = options.registry ?? formatRegistry();
  const knownFormats = registryFileFormats(registry);
  const formats = nonEmpty(options.formats, knownFormats, 'formats');
  const variants = nonEmpty(options.variants, allVariants, 'variants');
  const locales = [...new Set(nonEmpty(options.locales, exportLocales, 'locales').map(pathSafeLocale))];
  for (const format of formats)
    if (!knownFormats.includes(format)) throw new Error(`Unknown format "${format}"`);
  for (const variant of variants)
    if (!allVariants.includes(variant)) throw new Error(`Unknown variant "${variant}"`);
  const outlineText = options.outlineText ?? false;
  const translations = options.translations ?? [];
  const chosen = registry.filter((entry) => formats.includes(entry.format));
  const rasterise =
    options.rasterise ??
    getDefaultRasteriser() ??
    (() =>
      Promise.reject(new Error('No PNG rasteriser: pass `rasterise` (canvasRasteriser() in a browser)')));
  const hash = options.sha256 ?? portableSha256;

  // Text is measured with the font for every format; pdfkit only when a PDF is planned.
  await Promise.all([
    loadFonts(options.fonts),
    chosen.some((entry) => entry.format === 'pdf') ? loadPdfKit() : undefined,
  ]);

  const planned = planPack(policy, chosen, {
    policy,
    translations,
    // A fixed creation date (the policy's effective date) makes PDFs reproducible: same policy, same bytes.
    creationDate: new Date(`${policy.effectiveDate}T00:00:00Z`),
    outlineText,
    rasterise,
    variants,
    locales,
  });
  const withReadme = options.readme ?? true;
  const total = planned.length + (withReadme ? locales.length : 0);
  const made: (PackFile | undefined)[] = new Array(planned.length);
  let done = 0;
  let failure: unknown;
  const pending: Promise<void>[] = [];
  const finish = async (index: number, data: string | Uint8Array) => {
    const bytes = toBytes(data);
    const file: PackFile = {
      ...planned[index]!.entry,
      bytes: bytes.byteLength,
      sha256: hash(bytes),
      data: bytes,
    };
    if (failure !== undefined) return;
    await options.onFile?.(file);
    made[index] = file;
    done++;
    options.onProgress?.({ done, total, path: file.path });
  };
  // Every promise gets its handler at once, so a failure is recorded, not reported as unhandled.
  const track = (index: number, data: string | Uint8Array | Promise<Uint8Array>) => {
    pending.push(
      Promise.resolve(data)
        .then((bytes) => finish(index, bytes))
        .catch((error: unknown) => {
          failure ??= error;
        }),
    );
  };
  // Off-main-thread files (Node's PNGs) start first; the main thread then draws SVGs and PDFs while they rasterise.
  planned.forEach(({ file }, index) => {
    if (!file.offMainThread) return;
    try {
      track(index, file.make());
    } catch (error) {
      failure ??= error;
    }
  });
  for (const [index, { file }] of planned.entries()) {
    if (failure !== undefined) break;
    if (file.offMainThread) continue;
    try {
      const data = file.make();
      // Let a PDF finish (its bytes arrive as stream events) before drawing the next one.
      if (typeof data !== 'string' && !(data instanceof Uint8Array)) await data;
      track(index, data);
    } catch (error) {
      failure ??= error;
    }
  }
  await Promise.all(pending);
  if (failure !== undefined) throw failure;
  const files = made.filter((file): file is PackFile => file !== undefined);

  const manifest: Manifest = {
    generator: { name: manifestGeneratorName, version: exportPackageVersion },
    policy: {
      controller: localize(policy.controller.name, policy.defaultLocale),
      policyUrl: policy.policyUrl,
      effectiveDate: policy.effectiveDate,
    },
    options: { formats, variants, locales, outlineText },
    files,
  };
  if (withReadme) {
    const readmePaths = locales.map((locale) => `README-${locale}.txt`);
    for (const [index, locale] of locales.entries()) {
      const text = renderPackReadme(policy, files, {
        locale,
        translations,
        readmePaths,
        scopes: new Map(planned.map(({ entry, scope }) => [entry.path, scope])),
      });
      const bytes = encoder.encode(text);
      const file: PackFile = {
        path: readmePaths[index]!,
        bytes: bytes.byteLength,
        sha256: hash(bytes),
        kind: 'read-me',
        purpose: 'root',
        format: 'txt',
        variant: variants[0]!,
        locale,
        data: bytes,
      };
      await options.onFile?.(file);
      files.push(file);
      done++;
      options.onProgress?.({ done, total, path: file.path });
    }
  }
  manifest.files = files.map(({ data: _data, ...entry }) => entry);
  return { files, manifest };
}

/** The manifest as the file `manifest.json` holds it. */
export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
