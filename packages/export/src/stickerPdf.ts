// A delivery-box sticker (the PIPC guideline's example of an offline label): the key labels, each an icon over its
// title and caption, and a QR code to the full policy, on a page the size of the sticker.
import {
  type DerivedLabel,
  type Locale,
  localize,
  type Policy,
  type Translation,
} from '@privacy-label-kit/schema';
import { palette, type Variant } from './artwork.js';
import { exportWords } from './locales/words.js';
import { asArtifact, createPdfDocument, drawLabelIcon, languageOfPart, pdfToBuffer } from './pdfDocument.js';
import {
  attentionMark,
  drawPrintLines,
  fullPolicyUrl,
  keyLabels,
  linesHeight,
  mm,
  type PrintLine,
  placeLines,
} from './printLayout.js';
import { drawQrCode } from './summaryPdf.js';
import { wrapTextLines } from './text.js';

/** Common sticker sizes for delivery boxes, in millimetres (width × height). */
export type StickerSize = '90x50' | '100x70';
export const stickerSizes: readonly StickerSize[] = ['90x50', '100x70'];

const stickerSpecs: Readonly<
  Record<StickerSize, { width: number; height: number; margin: number; text: number; minText: number }>
> = {
  '90x50': { width: 90, height: 50, margin: 3, text: 6.5, minText: 5 },
  '100x70': { width: 100, height: 70, margin: 3.5, text: 7.5, minText: 5 },
};

export interface StickerPdfOptions {
  size: StickerSize;
  variant: Variant;
  locale: Locale;
  translations?: readonly Translation[];
  creationDate: Date;
}

interface StickerCell {
  label: DerivedLabel;
  icon: { x: number; y: number; size: number };
  title: PrintLine[];
  caption: PrintLine[];
}

export interface StickerLayout {
  heading: PrintLine[];
  cells: StickerCell[];
  /** Whether the captions fit beside the titles (on a crowded sticker only the titles are shown). */
  captions: boolean;
  textSize: number;
  qr?: { x: number; y: number; size: number; url: string };
  scan: PrintLine[];
  url: PrintLine[];
  /**
   * When any label carries an attention flag: the line saying the points to note are in the full policy, after the
   * same "!" mark that starts the title of each key label with a flag (a mark in type: stickers print black and white).
   * Empty otherwise.
   */
  attention: PrintLine[];
}

/** The labels of the video devices (PIPA Arts. 25, 25-2), which a crowded sticker shows as one. */
const videoDeviceLabelIds: readonly string[] = ['fixed-video-devices', 'mobile-video-devices'];

/** Whether wrapping had to break a word between characters (every line but the last should end at a space). */
const splitsWord = (lines: readonly { spaceAfter: boolean }[]) =>
  lines.some((line, index) => !line.spaceAfter && index < lines.length - 1);

interface GridTry {
  columns: number;
  rows: number;
  iconSize: number;
  textHeights: number[];
}

/**
 * The label grid for an area: the column count giving the largest icons, with every title in at most two lines and,
 * when `captions`, every caption in at most three. Undefined when no column count leaves icons of `minIcon`.
 */
function fitGrid(
  labels: DerivedLabel[],
  area: { width: number; height: number },
  size: number,
  captions: boolean,
  minIcon: number,
  maxTitleLines = 2,
): GridTry | undefined {
  const gap = mm(1.5);
  let best: GridTry | undefined;
  for (let columns = 1; columns <= labels.length; columns++) {
    const rows = Math.ceil(labels.length / columns);
    const cellWidth = (area.width - gap * (columns - 1)) / columns;
    const textHeights: number[] = [];
    let fits = true;
    for (let row = 0; row < rows && fits; row++) {
      let height = 0;
      for (const label of labels.slice(row * columns, (row + 1) * columns)) {
        const title = wrapTextLines(label.title, 'bold', size, cellWidth);
        const caption = captions ? wrapTextLines(label.caption, 'regular', size * 0.9, cellWidth) : [];
        // Too many lines, or a line broken inside a word, does not count as fitting.
        if (title.length > maxTitleLines || caption.length > 3) fits = false;
        if (splitsWord(title) || splitsWord(caption)) fits = false;
        height = Math.max(height, (title.length * size + caption.length * size * 0.9) * 1.35);
      }
      textHeights.push(height);
    }
    if (!fits) continue;
    const free = area.height - gap * (rows - 1) - textHeights.reduce((sum, height) => sum + height, 0);
    const iconSize = Math.min(cellWidth * 0.62, free / rows - mm(0.8), mm(14));
    if (iconSize < minIcon) continue;
    if (!best || iconSize > best.iconSize) best = { columns, rows, iconSize, textHeights };
  }
  return best;
}

/** The heading is never more than this many lines, so a long service name cannot crowd out the labels. */
const maxHeadingLines = 2;

/**
 * "<service> · <title>" in at most two lines, whole words only: the type shrinks down to `minSize`, and a name still
 * too long is cut after a whole word and marked "…" (the sticker's own title is always kept whole).
 */
function stickerHeading(
  service: string,
  title: string,
  options: { x: number; top: number; width: number; size: number; minSize: number; colour: string },
): PrintLine[] {
  const place = (text: string, size: number) =>
    placeLines(text, {
      x: options.x,
      top: options.top,
      width: options.width,
      size,
      weight: 'bold',
      colour: options.colour,
    });
  const fits = (text: string, size: number) => {
    const lines = wrapTextLines(text, 'bold', size, options.width);
    return lines.length <= maxHeadingLines && !splitsWord(lines);
  };
  for (let size = options.size; size >= options.minSize; size -= 0.25) {
    if (fits(`${service} · ${title}`, size)) return place(`${service} · ${title}`, size);
  }
  // Pieces ending after a space or a separator inside a word ("포털(검색·메일·…"): Korean names list with "·".
  const pieces = service.trim().split(/(?<=[\s·,(])/u);
  for (let count = pieces.length - 1; count >= 1; count--) {
    // Cut after a whole word, dropping a dangling opening bracket or separator before the mark.
    const kept = pieces
      .slice(0, count)
      .join('')
      .replace(/[\s([{·,;:-]+$/u, '');
    const text = `${kept}… · ${title}`;
    if (kept && fits(text, options.minSize)) return place(text, options.minSize);
  }
  return place(title, options.minSize);
}

/**
 * The last resort when no grid fits: the most columns in which every title wraps at spaces only, with small icons.
 * Titles stay whole words even if the grid then runs long.
 */
function wholeWordGrid(
  labels: DerivedLabel[],
  area: { width: number; height: number },
  size: number,
): GridTry {
  const gap = mm(1.5);
  let columns = 1;
  for (let count = labels.length; count >= 1; count--) {
    const cellWidth = (area.width - gap * (count - 1)) / count;
    if (labels.every((label) => !splitsWord(wrapTextLines(label.title, 'bold', size, cellWidth)))) {
      columns = count;
      break;
    }
  }
  const rows = Math.ceil(labels.length / columns);
  const cellWidth = (area.width - gap * (columns - 1)) / columns;
  const textHeights = Array.from({ length: rows }, (_, row) =>
    Math.max(
      0,
      ...labels
        .slice(row * columns, (row + 1) * columns)
        .map((label) => wrapTextLines(label.title, 'bold', size, cellWidth).length * size * 1.35),
    ),
  );
  const free = area.height - gap * (rows - 1) - textHeights.reduce((sum, height) => sum + height, 0);
  return { columns, rows, iconSize: Math.max(mm(2), free / rows - mm(0.8)), textHeights };
}

export function layoutSticker(
  policy: Policy,
  labels: DerivedLabel[],
  options: StickerPdfOptions,
): StickerLayout {
  const spec = stickerSpecs[options.size];
  const words = exportWords(options.locale, options.translations);
  const colours = palette(options.variant, 'processing');
  const margin = mm(spec.margin);
  const width = mm(spec.width);
  const height = mm(spec.height);
  const url = fullPolicyUrl(policy);

  // The QR code on the right, full height less its caption below it.
  const scanSize = spec.text * 0.95;
  const qrSize = Math.min(height - margin * 2 - scanSize * 1.6, width * 0.32);
  const qrX = width - margin - qrSize;
  const scan = placeLines(url ? words.print.stickerScan : words.print.noPolicyUrl, {
    x: qrX,
    top: margin + qrSize + mm(0.3),
    width: qrSize,
    size: url ? scanSize : spec.minText,
    weight: 'bold',
    colour: colours.ink,
    align: 'center',
  });

  const left = margin;
  const areaWidth = qrX - mm(3) - left;
  const service =
    localize(policy.serviceName, options.locale) || localize(policy.controller.name, options.locale);
  const heading = stickerHeading(service, words.print.stickerTitle, {
    x: left,
    top: margin,
    width: areaWidth,
    size: spec.text * 1.2,
    minSize: spec.minText,
    colour: colours.ink,
  });
  // The address under the labels, for whoever cannot scan: one line, shrunk to fit (a URL may break anywhere).
  let urlSize = spec.text;
  const urlText = url ?? '';
  while (url && urlSize > spec.minText && wrapTextLines(urlText, 'regular', urlSize, areaWidth).length > 1)
    urlSize -= 0.25;
  const urlLines = url
    ? placeLines(urlText, {
        x: left,
        top: 0,
        width: areaWidth,
        size: urlSize,
        weight: 'regular',
        colour: colours.text,
      })
    : [];
  const urlTop = height - margin - linesHeight(urlLines);
  const placedUrl = urlLines.map((line) => ({ ...line, baseline: line.baseline + urlTop }));

  // The attention line above the address, only when a flag exists (on any label, shown or not).
  const flagged = labels.some((label) => label.attention.length > 0);
  const attentionLines = flagged
    ? placeLines(`${attentionMark} ${words.print.attentionSeeFullPolicy}`, {
        x: left,
        top: 0,
        width: areaWidth,
        size: Math.max(spec.minText, spec.text * 0.9),
        weight: 'bold',
        colour: colours.ink,
      })
    : [];
  const attentionTop = urlTop - (flagged ? linesHeight(attentionLines) + mm(0.5) : 0);
  const attention = attentionLines.map((line) => ({ ...line, baseline: line.baseline + attentionTop }));

  const gridTop = margin + linesHeight(heading) + mm(1.5);
  const area = { width: areaWidth, height: attentionTop - mm(1.2) - gridTop };
  // The key labels; when they do not fit, the same with the fixed and mobile video devices in one cell, the images
  // and video label (its caption counts every device), so that a crowded sticker still says that people are filmed.
  const keys = keyLabels(labels);
  const candidates = [keys];
  const devices = keys.filter((label) => videoDeviceLabelIds.includes(label.id));
  const footage = labels.find((label) => label.id === 'images-and-video');
  if (devices.length > 1 && footage) {
    const merged = keys.filter((label) => !videoDeviceLabelIds.includes(label.id));
    merged.splice(keys.indexOf(devices[0]!), 0, footage);
    candidates.push(merged);
  }
  // A flagged label's title starts with the mark, in the wrapping that decides the grid too.
  const marked = (set: DerivedLabel[]) =>
    set.map((label) =>
      label.attention.length > 0 ? { ...label, title: `${attentionMark} ${label.title}` } : label,
    );
  let choice:
    | { originals: DerivedLabel[]; shown: DerivedLabel[]; grid: GridTry; size: number; captions: boolean }
    | undefined;
  for (const originals of candidates) {
    const shown = marked(originals);
    for (const captions of [true, false]) {
      for (let size = spec.text; size >= spec.minText && !choice; size -= 0.25) {
        const grid = fitGrid(shown, area, size, captions, captions ? mm(7) : mm(5));
        if (grid) choice = { originals, shown, grid, size, captions };
      }
      if (choice) break;
    }
    if (choice) break;
  }
  // Even titles alone do not fit (a policy with every key label on the small sticker): smallest type, small icons.
  if (!choice) {
    const originals = candidates.at(-1)!;
    const shown = marked(originals);
    // Titles may take a third or fourth line then, but are never broken inside a word.
    const grid =
      fitGrid(shown, area, spec.minText, false, 0) ??
      fitGrid(shown, area, spec.minText, false, 0, 3) ??
      fitGrid(shown, area, spec.minText, false, 0, 4) ??
      wholeWordGrid(shown, area, spec.minText);
    choice = { originals, shown, grid, size: spec.minText, captions: false };
  }
  const { originals, shown, grid, size, captions } = choice;
  const gap = mm(1.5);
  const cellWidth = (area.width - gap * (grid.columns - 1)) / grid.columns;
  const cells: StickerCell[] = [];
  let rowTop = gridTop;
  for (let row = 0; row < grid.rows; row++) {
    shown.slice(row * grid.columns, (row + 1) * grid.columns).forEach((label, column) => {
      const original = originals[row * grid.columns + column]!;
      const x = left + column * (cellWidth + gap);
      const textTop = rowTop + grid.iconSize + mm(0.8);
      const title = placeLines(label.title, {
        x,
        top: textTop,
        width: cellWidth,
        size,
        weight: 'bold',
        colour: colours.ink,
        align: 'center',
      });
      const caption = captions
        ? placeLines(label.caption, {
            x,
            top: textTop + linesHeight(title),
            width: cellWidth,
            size: size * 0.9,
            weight: 'regular',
            colour: colours.text,
            align: 'center',
          })
        : [];
      cells.push({
        label: original,
        icon: { x: x + (cellWidth - grid.iconSize) / 2, y: rowTop, size: grid.iconSize },
        title,
        caption,
      });
    });
    rowTop += grid.iconSize + mm(0.8) + grid.textHeights[row]! + gap;
  }
  return {
    heading,
    cells,
    captions,
    textSize: size,
    ...(url ? { qr: { x: qrX, y: margin, size: qrSize, url } } : {}),
    scan,
    url: placedUrl,
    attention,
  };
}

/** The sticker as a one-page PDF the size of the sticker, with a hairline at its edge to cut along. */
export function renderStickerPdf(
  policy: Policy,
  labels: DerivedLabel[],
  options: StickerPdfOptions,
): Promise<Uint8Array> {
  const spec = stickerSpecs[options.size];
  const words = exportWords(options.locale, options.translations);
  const colours = palette(options.variant, 'processing');
  const controller = localize(policy.controller.name, options.locale);
  const doc = createPdfDocument({
    title: `${localize(policy.serviceName, options.locale) || controller} — ${words.print.stickerTitle}`,
    author: controller,
    subject: words.print.stickerSubject,
    // The language of the sticker's own words; a label in another (a fallback) says its own.
    locale: words.locale,
    size: [mm(spec.width), mm(spec.height)],
    creationDate: options.creationDate,
  });
  const sticker = layoutSticker(policy, labels, options);
  const root = doc.struct('Document');
  doc.addStructure(root);
  asArtifact(doc, () => {
    doc
      .roundedRect(mm(0.4), mm(0.4), mm(spec.width - 0.8), mm(spec.height - 0.8), mm(2))
      .lineWidth(0.4)
      .strokeColor(colours.rule)
      .stroke();
  });
  root.add(doc.struct('H1', {}, () => drawPrintLines(doc, sticker.heading)));
  const list = doc.struct('L');
  root.add(list);
  for (const cell of sticker.cells) {
    const item = doc.struct('LI', languageOfPart(cell.label.locale, words.locale));
    list.add(item);
    item.add(
      doc.struct('Figure', { alt: cell.label.title }, () =>
        drawLabelIcon(
          doc,
          cell.label.id,
          palette(options.variant, cell.label.family).accent,
          cell.icon.x,
          cell.icon.y,
          cell.icon.size,
        ),
      ),
    );
    item.add(doc.struct('LBody', {}, () => drawPrintLines(doc, [...cell.title, ...cell.caption])));
    item.end();
  }
  list.end();
  if (sticker.attention.length > 0)
    root.add(doc.struct('P', {}, () => drawPrintLines(doc, sticker.attention)));
  if (sticker.url.length > 0) root.add(doc.struct('P', {}, () => drawPrintLines(doc, sticker.url)));
  const qr = sticker.qr;
  if (qr) {
    root.add(
      doc.struct('Figure', { alt: words.qrAlt(qr.url) }, () =>
        drawQrCode(doc, { x: qr.x, y: qr.y, size: qr.size }, qr.url),
      ),
    );
  }
  root.add(doc.struct('P', {}, () => drawPrintLines(doc, sticker.scan)));
  root.end();
  return pdfToBuffer(doc);
}
