// The registry of formats: every kind of file a pack can hold is one entry here, and the CLI (`--format`), the
// manifest (`kind`, `purpose`, `format`), the read-me and the browser builder all read this one list. A new format is a
// new entry (usually in a file of its own) plus one line in `formatRegistry` and its words in `locales/pack*.ts`.
import {
  type DerivedLabel,
  type LabelId,
  type Locale,
  labelIds,
  type Policy,
  type Translation,
} from '@privacy-label-kit/schema/core';
import type { Variant } from './artwork.js';
import { cctvSignFormat } from './cctvSignPdf.js';
import { renderEasyReadPdf } from './easyReadPdf.js';
import { renderLabelSvg } from './labelCard.js';
import { renderLabelPdf, renderLabelSheetPdf } from './labelPdf.js';
import { renderLargePrintSummaryPdf } from './largePrintSummaryPdf.js';
import type { ExportFileKind, Purpose } from './locales/packWords.js';
import { labelPngSvg, type PngScale, pngScales, type Rasteriser } from './png.js';
import { printAndWebFormats } from './printFormats.js';
import { renderSummaryPdf } from './summaryPdf.js';

export type { ExportFileKind, Purpose };

/** The file formats a pack holds; `--format` chooses among the ones the registry's entries make. */
export type FileFormat = 'svg' | 'png' | 'pdf' | 'html' | 'txt';

/** The folders of a pack, in the order the read-me explains them. */
export const purposes: readonly Purpose[] = ['web', 'print', 'box', 'signs', 'labels'];

/** What an entry's `files` gets: the policy and one variant and language of the pack, with the tools to draw. */
export interface FormatContext {
  policy: Policy;
  variant: Variant;
  locale: Locale;
  /** The policy's labels, derived in `locale` with `translations`. */
  labels: DerivedLabel[];
  /** A business's own words, before the registered ones: pass them to every renderer. */
  translations: readonly Translation[];
  /** The policy's effective date at 00:00 UTC: same policy, same bytes. */
  creationDate: Date;
  /** SVG captions as glyph outlines (the user's `--outline-text`). */
  outlineText: boolean;
  /** SVG (text outlined) → PNG: resvg on worker threads on Node, a canvas in a browser. */
  rasterise: Rasteriser;
  /** Every variant and language of this pack, for entries with `scope: 'pack'` or `'locale'`. */
  variants: readonly Variant[];
  locales: readonly Locale[];
}

/** One file an entry makes. */
export interface FormatFile {
  /** Path inside the entry's purpose folder, ASCII only (letters, digits, `-`, `_`, `.`, `@`, `/`). */
  name: string;
  /** The bytes, or text (written as UTF-8). A PDF renderer's promise is awaited before the next file starts. */
  make: () => string | Uint8Array | Promise<Uint8Array>;
  /** Extra manifest fields. */
  labelId?: LabelId;
  scale?: PngScale;
  outlineText?: boolean;
  /** Made off the main thread (PNGs on Node): started all at once while the main thread draws the rest. */
  offMainThread?: boolean;
}

export interface FormatEntry {
  kind: ExportFileKind;
  format: FileFormat;
  /** The folder the files go in: what a shop owner does with them. */
  purpose: Purpose;
  /**
   * How often `files` is called: per variant and language (default), per language (`variant` is the first chosen)
   * or once for the whole pack (`variant` and `locale` are the first chosen; see `variants` and `locales`).
   */
  scope?: 'variant-locale' | 'locale' | 'pack';
  /** The files for one call; most entries return one, the label entries one per label (and scale). */
  files: (context: FormatContext) => FormatFile[];
}

/** File stems come from label ids only (never from policy text), and ids are checked against the catalog. */
export function labelFileStem(label: DerivedLabel): string {
  if (!(labelIds as readonly string[]).includes(label.id) || !/^[a-z0-9-]+$/.test(label.id)) {
    throw new Error(`Refusing to name a file after the unknown label id "${label.id}"`);
  }
  return label.id;
}

/** The usual name of a one-per-variant-and-language file: `summary-online-ko.pdf`. */
export function documentFileName(stem: string, context: FormatContext, extension: FileFormat): string {
  return `${stem}-${context.variant}-${context.locale}.${extension}`;
}

/** An entry that makes one file per variant and language: what most formats are. */
export function documentFormat(options: {
  kind: ExportFileKind;
  format: FileFormat;
  purpose: Purpose;
  /** File stem; the name becomes `<stem>-<variant>-<locale>.<format>`. Default: the kind. */
  stem?: string;
  make: (context: FormatContext) => string | Uint8Array | Promise<Uint8Array>;
}): FormatEntry {
  return {
    kind: options.kind,
    format: options.format,
    purpose: options.purpose,
    files: (context) => [
      {
        name: documentFileName(options.stem ?? options.kind, context, options.format),
        make: () => options.make(context),
      },
    ],
  };
}

const labelFolder = (context: FormatContext) => `${context.variant}/${context.locale}`;

export const labelSvgFormat: FormatEntry = {
  kind: 'label',
  format: 'svg',
  purpose: 'labels',
  files: (context) =>
    context.labels.map((label) => ({
      name: `${labelFolder(context)}/${labelFileStem(label)}.svg`,
      labelId: label.id,
      outlineText: context.outlineText,
      make: () =>
        renderLabelSvg(label, {
          variant: context.variant,
          locale: context.locale,
          outlineText: context.outlineText,
        }),
    })),
};

export const labelPngFormat: FormatEntry = {
  kind: 'label',
  format: 'png',
  purpose: 'labels',
  files: (context) =>
    context.labels.flatMap((label) => {
      // The three densities rasterise one outlined SVG, built once.
      let outlined: string | undefined;
      return pngScales.map((scale) => ({
        name: `${labelFolder(context)}/${labelFileStem(label)}@${scale}x.png`,
        labelId: label.id,
        scale,
        offMainThread: true,
        make: () => {
          outlined ??= labelPngSvg(label, { variant: context.variant, locale: context.locale });
          return context.rasterise(outlined, scale);
        },
      }));
    }),
};

export const labelPdfFormat: FormatEntry = {
  kind: 'label',
  format: 'pdf',
  purpose: 'labels',
  files: (context) =>
    context.labels.map((label) => ({
      name: `${labelFolder(context)}/${labelFileStem(label)}.pdf`,
      labelId: label.id,
      make: () =>
        renderLabelPdf(label, {
          variant: context.variant,
          locale: context.locale,
          creationDate: context.creationDate,
        }),
    })),
};

/** The options every policy-wide renderer takes, from a context. */
export function documentOptions(context: FormatContext) {
  return {
    variant: context.variant,
    locale: context.locale,
    translations: context.translations,
    creationDate: context.creationDate,
  };
}

export const labelSheetFormat = documentFormat({
  kind: 'label-sheet',
  format: 'pdf',
  purpose: 'print',
  make: (context) => renderLabelSheetPdf(context.policy, context.labels, documentOptions(context)),
});

export const summaryFormat = documentFormat({
  kind: 'summary',
  format: 'pdf',
  purpose: 'print',
  make: (context) => renderSummaryPdf(context.policy, context.labels, documentOptions(context)),
});

/** For older readers: the same summary at 15 pt, one column, over as many pages as it takes. */
export const largePrintSummaryFormat = documentFormat({
  kind: 'summary-large-print',
  format: 'pdf',
  purpose: 'print',
  make: (context) => renderLargePrintSummaryPdf(context.policy, context.labels, documentOptions(context)),
});

/** For children (PIPA Art. 22-2(3)): the policy as a chat in easy words. */
export const easyReadFormat = documentFormat({
  kind: 'easy-read',
  format: 'pdf',
  purpose: 'print',
  make: (context) => renderEasyReadPdf(context.policy, documentOptions(context)),
});

let registry: readonly FormatEntry[] | undefined;

/**
 * Every format, in the order a pack makes them (per language, per variant). A new format is one line in this list.
 * Built on first call, not at import: a format's own module imports this one for its helpers (`documentFormat`), so
 * a list built at import could meet an entry whose module has not finished loading.
 */
export function formatRegistry(): readonly FormatEntry[] {
  registry ??= [
    labelSvgFormat,
    labelPngFormat,
    labelPdfFormat,
    labelSheetFormat,
    summaryFormat,
    largePrintSummaryFormat,
    easyReadFormat,
    cctvSignFormat,
    ...printAndWebFormats,
  ];
  return registry;
}

/** The file formats the registry makes, for `--format` (the read-me's `txt` is always written). */
export function registryFileFormats(entries: readonly FormatEntry[] = formatRegistry()): FileFormat[] {
  return [...new Set(entries.map((entry) => entry.format))];
}
