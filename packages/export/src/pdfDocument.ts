import type { LabelId, Locale } from '@privacy-label-kit/schema';
import { attentionMarkerShape, iconStrokeWidth, labelIconPathData } from './artwork.js';
import { pdfFontFace } from './fonts.js';

export type PdfDocument = PDFKit.PDFDocument;

/** pdfkit's document class: its Node build on Node, its browser build (`pdfkit.browser.mjs`) in a browser bundle. */
export type PdfKitClass = new (options?: PDFKit.PDFDocumentOptions) => PdfDocument;

let PdfKit: PdfKitClass | undefined;

/**
 * Sets the pdfkit class the renderers draw with. The Node entry passes the Node build at import; `loadPdfKit` imports
 * whichever build the environment resolves (pdfkit's package exports choose `node` or the browser build).
 */
export function usePdfKit(pdfKit: PdfKitClass): void {
  PdfKit = pdfKit;
}

/**
 * Loads pdfkit once (≈ 210 KB gzip in a browser bundle, as its own chunk), so a page that never makes a PDF never
 * downloads it. `makePack` calls this before its first PDF.
 */
export async function loadPdfKit(): Promise<void> {
  if (PdfKit) return;
  const module = (await import('pdfkit')) as unknown as { default: PdfKitClass };
  PdfKit ??= module.default;
}

/** Whether a pdfkit build is loaded, so the synchronous PDF renderers can run. */
export function pdfKitLoaded(): boolean {
  return PdfKit !== undefined;
}

/** A4 in PDF points (1/72 in). */
export const a4 = { width: 595.28, height: 841.89 } as const;
/** CSS pixels to PDF points: the card layout is in pixels (96 per inch), PDF pages in points (72 per inch). */
export const pointsPerPixel = 0.75;

/** Names under which Noto Sans KR is registered in every document. */
export const pdfFonts = { regular: 'NotoSansKR-Regular', bold: 'NotoSansKR-Bold' } as const;

export interface PdfDocumentOptions {
  title: string;
  locale: Locale;
  /** Page size in points; A4 when left out. */
  size?: readonly [width: number, height: number];
  author?: string;
  subject?: string;
  /**
   * Written as the creation date. Given the same date, the same policy gives byte-identical PDFs, so a manifest's
   * checksums only change when the content does. Exports pass the policy's effective date.
   */
  creationDate: Date;
}

/** A language as PDF's /Lang gives it to screen readers: Korean as spoken in Korea, any other tag as given. */
export function pdfLanguage(locale: Locale): string {
  return locale === 'ko' ? 'ko-KR' : locale;
}

/**
 * The structure options that mark a part of a page written in `locale` when the page is in `pageLocale`: a label
 * derived in a third language whose translation lacks label words is in English on a page whose own words are not.
 */
export function languageOfPart(locale: Locale, pageLocale: Locale): { lang?: string } {
  return locale && locale !== pageLocale ? { lang: pdfLanguage(locale) } : {};
}

/**
 * A tagged, A4 (or card-sized) pdfkit document with Noto Sans KR registered. The fonts were parsed once for the
 * process; each document embeds only the glyphs it uses (a subset), so a label PDF stays around 10–20 KB.
 */
export function createPdfDocument(options: PdfDocumentOptions): PdfDocument {
  const [width, height] = options.size ?? [a4.width, a4.height];
  if (!PdfKit)
    throw new Error('pdfkit is not loaded yet: await loadPdfKit() before rendering a PDF (makePack does)');
  const doc = new PdfKit({
    size: [width, height],
    margin: 0,
    // Start with Noto Sans KR rather than pdfkit's default Helvetica, whose metrics file would be parsed again for
    // every document (pdfkit accepts a parsed font where its types say file name).
    font: pdfFontFace('regular') as unknown as string,
    pdfVersion: '1.7',
    tagged: true,
    lang: pdfLanguage(options.locale),
    displayTitle: true,
    info: {
      Title: options.title,
      ...(options.author ? { Author: options.author } : {}),
      ...(options.subject ? { Subject: options.subject } : {}),
      Creator: 'privacy-label (Privacy Label Kit)',
      Producer: 'PDFKit',
      CreationDate: options.creationDate,
    },
  });
  // pdfkit accepts a parsed fontkit font where its types only list files and buffers.
  // Registered under their PostScript names, so `doc.font(pdfFonts.regular)` reuses the default font's embedding.
  doc.registerFont(pdfFonts.regular, pdfFontFace('regular') as unknown as ArrayBuffer);
  doc.registerFont(pdfFonts.bold, pdfFontFace('bold') as unknown as ArrayBuffer);
  return doc;
}

/** Joins byte chunks into one array (a Node `Buffer` where Node's is available: no copy per chunk on the way). */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const NodeBuffer = (globalThis as { Buffer?: { concat(list: readonly Uint8Array[]): Uint8Array } }).Buffer;
  if (NodeBuffer) return NodeBuffer.concat(chunks);
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Ends the document and collects its bytes (a `Buffer` on Node, a `Uint8Array` in a browser). */
export function pdfToBuffer(doc: PdfDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(concatBytes(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * Draws a label icon as vector strokes into a `size` × `size` box at (x, y), in points, with the icon set's stroke
 * style (width 2 on the 24-unit grid, round caps and joins) scaled along with the shapes.
 */
export function drawLabelIcon(
  doc: PdfDocument,
  id: LabelId,
  colour: string,
  x: number,
  y: number,
  size: number,
): void {
  doc
    .save()
    .translate(x, y)
    .scale(size / 24)
    .path(labelIconPathData(id))
    .lineWidth(iconStrokeWidth)
    .lineCap('round')
    .lineJoin('round')
    .strokeColor(colour)
    .stroke()
    .restore();
}

/** The "!" in front of an attention note, drawn as shapes (see `attentionMarkerShape`). */
export function drawAttentionMarker(
  doc: PdfDocument,
  cx: number,
  cy: number,
  radius: number,
  colour: string,
): void {
  const { circle, stem, dot } = attentionMarkerShape(cx, cy, radius);
  doc.circle(circle.cx, circle.cy, circle.r).fillColor(colour).fill();
  doc
    .moveTo(stem.x, stem.top)
    .lineTo(stem.x, stem.bottom)
    .lineWidth(stem.width)
    .lineCap('round')
    .strokeColor('#ffffff')
    .stroke();
  doc.circle(dot.cx, dot.cy, dot.r).fillColor('#ffffff').fill();
}

/**
 * Runs `draw` as an artifact: decoration (borders, rules) that assistive technology should skip, as PDF/UA asks
 * of content that carries no meaning.
 */
export function asArtifact(doc: PdfDocument, draw: () => void): void {
  doc.markContent('Artifact', { type: 'Layout' });
  draw();
  doc.endMarkedContent();
}
