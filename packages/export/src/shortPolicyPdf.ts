// The PIPC's offline short policy (간이형 개인정보 처리방침): the video devices (CCTV), items, purposes, retention, third
// parties and processors, and whom to contact, on one page of at most B5, with the full policy's address as text and QR code — to
// post at a counter, put in a delivery box or send as an image with a booking text.
import {
  type DerivedLabel,
  type Locale,
  localize,
  type Policy,
  schemaWords,
  type Translation,
} from '@privacy-label-kit/schema';
import { palette, type Variant } from './artwork.js';
import { exportWords } from './locales/words.js';
import { asArtifact, createPdfDocument, drawLabelIcon, pdfToBuffer } from './pdfDocument.js';
import {
  drawFactList,
  drawPrintLines,
  drawRule,
  fullPolicyUrl,
  keyLabels,
  linesHeight,
  mm,
  type PrintLine,
  placeLines,
  printLineHeight,
  shortPolicyFacts,
} from './printLayout.js';
import { attentionMessages, drawQrCode } from './summaryPdf.js';

/** Paper for the short policy: B5 is the guideline's upper limit; A5 and A6 fit a counter stand or a box. */
export type ShortPolicyPaper = 'b5' | 'a5' | 'a6';
export const shortPolicyPapers: readonly ShortPolicyPaper[] = ['b5', 'a5', 'a6'];

interface PaperSpec {
  /** Trim size in millimetres. */
  width: number;
  height: number;
  margin: number;
  /** Body type in points at full size, and the smallest it may shrink to before text continues behind the QR code. */
  body: number;
  minBody: number;
  /** QR code side in millimetres (quiet zone included); 20 mm and more scans from arm's length. */
  qr: number;
}

export const shortPolicyPaperSizes: Readonly<Record<ShortPolicyPaper, PaperSpec>> = {
  b5: { width: 182, height: 257, margin: 12, body: 12, minBody: 7, qr: 32 },
  a5: { width: 148, height: 210, margin: 10, body: 10.5, minBody: 6.5, qr: 28 },
  a6: { width: 105, height: 148, margin: 7, body: 8, minBody: 6, qr: 22 },
};

export interface ShortPolicyPdfOptions {
  paper: ShortPolicyPaper;
  variant: Variant;
  locale: Locale;
  translations?: readonly Translation[];
  creationDate: Date;
}

type Block =
  | { kind: 'heading'; lines: PrintLine[] }
  | { kind: 'paragraph'; lines: PrintLine[] }
  | { kind: 'rule'; y: number }
  | {
      kind: 'labels';
      items: {
        label: DerivedLabel;
        colour: string;
        x: number;
        y: number;
        size: number;
        title: PrintLine[];
      }[];
    }
  | { kind: 'facts'; items: { term: PrintLine[]; value: PrintLine[] }[] }
  /** The attention flags in words, each after the printed mark, inside a black frame (drawn as an artifact). */
  | {
      kind: 'attention';
      box: { x: number; y: number; width: number; height: number };
      flags: PrintLine[][];
    }
  | { kind: 'qr'; x: number; y: number; size: number; url: string; alt: string };

export interface ShortPolicyLayout {
  blocks: Block[];
  /** Body type size used, in points. */
  bodySize: number;
  /** Facts (or parts of them) left out for lack of room: the page then says the rest is behind the QR code. */
  continued: boolean;
}

/**
 * Lays the page out with body type `bodySize`. With `allowCut`, facts that do not fit above the footer are cut at a
 * line and the page says the rest is behind the QR code; without, `overflow` tells the caller to try smaller type.
 */
function layout(
  policy: Policy,
  labels: DerivedLabel[],
  options: ShortPolicyPdfOptions,
  bodySize: number,
  fit: { allowCut: boolean; maxValueLines?: number },
): ShortPolicyLayout & { overflow: boolean } {
  const { allowCut, maxValueLines } = fit;
  const spec = shortPolicyPaperSizes[options.paper];
  const words = exportWords(options.locale, options.translations);
  const colours = palette(options.variant, 'processing');
  const left = mm(spec.margin);
  const width = mm(spec.width - spec.margin * 2);
  const pageHeight = mm(spec.height);
  const blocks: Block[] = [];
  let y = mm(spec.margin);

  const controller = localize(policy.controller.name, options.locale);
  const service = policy.serviceName ? localize(policy.serviceName, options.locale) : undefined;
  const title = placeLines(words.print.shortPolicyTitle, {
    x: left,
    top: y,
    width,
    size: bodySize * 1.6,
    weight: 'bold',
    colour: colours.ink,
  });
  blocks.push({ kind: 'heading', lines: title });
  y += linesHeight(title) + bodySize * 0.2;
  const date = schemaWords(options.locale, options.translations).format.date(policy.effectiveDate);
  const subtitle = placeLines(
    [service, controller, `${words.effectiveDate} ${date}`].filter(Boolean).join(' · '),
    { x: left, top: y, width, size: bodySize * 0.95, weight: 'regular', colour: colours.text },
  );
  blocks.push({ kind: 'paragraph', lines: subtitle });
  y += linesHeight(subtitle) + bodySize * 0.5;
  blocks.push({ kind: 'rule', y });
  y += bodySize * 0.8;

  // The key labels in one row (two on narrow paper): icon over title, as the offline label sets show them.
  const shown = keyLabels(labels);
  if (shown.length > 0) {
    // As many to a row as fit at a readable width, rows balanced (7 labels on A6: 4 + 3, not 6 + 1).
    const maxPerRow = Math.min(shown.length, Math.max(4, Math.floor(width / (bodySize * 6.2))));
    const rows = Math.ceil(shown.length / maxPerRow);
    const perRow = Math.ceil(shown.length / rows);
    const cell = width / perRow;
    const iconSize = Math.min(cell * 0.5, bodySize * 3.2);
    const items: Extract<Block, { kind: 'labels' }>['items'] = [];
    for (let start = 0; start < shown.length; start += perRow) {
      let rowBottom = y + iconSize;
      shown.slice(start, start + perRow).forEach((label, column) => {
        const x = left + column * cell;
        const titleLines = placeLines(label.title, {
          x: x + 1,
          top: y + iconSize + bodySize * 0.25,
          width: cell - 2,
          size: bodySize * 0.8,
          weight: 'bold',
          colour: colours.ink,
          align: 'center',
        });
        rowBottom = Math.max(rowBottom, y + iconSize + bodySize * 0.25 + linesHeight(titleLines));
        items.push({
          label,
          colour: palette(options.variant, label.family).accent,
          x: x + (cell - iconSize) / 2,
          y,
          size: iconSize,
          title: titleLines,
        });
      });
      y = rowBottom + bodySize * 0.6;
    }
    blocks.push({ kind: 'labels', items });
    y += bodySize * 0.3;
  }

  // The attention flags, in words, before the facts: the facts are what shrinks and is cut, so a flag never is. All
  // derived labels' flags (each once), not only the key labels': the page shows a few labels, but a reader of the
  // paper must get every warning the online labels give (resident registration numbers, deemed consent, …) — the
  // same set the summary PDF prints.
  const attention = attentionMessages(labels);
  if (attention.length > 0) {
    const pad = bodySize * 0.45;
    const top = y;
    y += pad;
    const flags = attention.map((message) => {
      const lines = placeLines(`[${words.print.attentionMark}] ${message}`, {
        x: left + pad,
        top: y,
        width: width - pad * 2,
        size: bodySize * 0.95,
        weight: 'bold',
        colour: colours.ink,
      });
      y += linesHeight(lines) + bodySize * 0.15;
      return lines;
    });
    y += pad - bodySize * 0.15;
    blocks.push({ kind: 'attention', box: { x: left, y: top, width, height: y - top }, flags });
    y += bodySize * 0.7;
  }

  // Footer first, so the facts know where they must stop.
  const url = fullPolicyUrl(policy);
  const qrSize = mm(spec.qr);
  const footerTop = pageHeight - mm(spec.margin) - qrSize;
  const footerBlocks: Block[] = [{ kind: 'rule', y: footerTop - bodySize * 0.8 }];
  const footerTextLeft = url ? left + qrSize + mm(4) : left;
  const footerWidth = width - (footerTextLeft - left);
  let footerY = footerTop + mm(1);
  const footerHeading = placeLines(words.fullPolicy, {
    x: footerTextLeft,
    top: footerY,
    width: footerWidth,
    size: bodySize,
    weight: 'bold',
    colour: colours.ink,
  });
  footerBlocks.push({ kind: 'heading', lines: footerHeading });
  footerY += linesHeight(footerHeading) + bodySize * 0.2;
  const footerText = placeLines(url ?? words.print.noPolicyUrl, {
    x: footerTextLeft,
    top: footerY,
    width: footerWidth,
    size: bodySize * 0.95,
    weight: 'regular',
    colour: colours.ink,
  });
  footerBlocks.push({ kind: 'paragraph', lines: footerText });
  footerY += linesHeight(footerText) + bodySize * 0.3;
  if (url) {
    const hint = placeLines(words.qrHint, {
      x: footerTextLeft,
      top: footerY,
      width: footerWidth,
      size: bodySize * 0.85,
      weight: 'regular',
      colour: colours.text,
    });
    footerBlocks.push({ kind: 'paragraph', lines: hint });
    footerBlocks.push({ kind: 'qr', x: left, y: footerTop, size: qrSize, url, alt: words.qrAlt(url) });
  }
  // Facts end above the footer's rule (drawn 0.8 × body above the QR code).
  // With values cut short, the note that the rest is behind the QR code needs its line too.
  const limit = footerTop - bodySize * 1.2 - (maxValueLines ? bodySize * (printLineHeight + 0.45) : 0);

  // The facts: term beside value on wide paper, term above value on A6.
  const stacked = options.paper === 'a6';
  const termWidth = stacked ? width : Math.min(width * 0.26, bodySize * 9);
  const valueLeft = stacked ? left : left + termWidth;
  const valueWidth = width - (valueLeft - left);
  const factItems: Extract<Block, { kind: 'facts' }>['items'] = [];
  blocks.push({ kind: 'facts', items: factItems });
  const continuedNote = (top: number) =>
    placeLines(words.print.continuedOnline, {
      x: left,
      top,
      width,
      size: bodySize,
      weight: 'bold',
      colour: colours.ink,
    });
  let overflow = false;
  let continued = false;
  const facts = shortPolicyFacts(policy, options.locale, options.translations);
  for (const fact of facts) {
    const term = placeLines(fact.term, {
      x: left,
      top: y,
      width: stacked ? width : termWidth - mm(2),
      size: bodySize,
      weight: 'bold',
      colour: colours.ink,
    });
    const valueTop = stacked ? y + linesHeight(term) : y;
    const valueOptions = {
      x: valueLeft,
      top: valueTop,
      width: valueWidth,
      size: bodySize,
      weight: 'regular',
      colour: colours.text,
    } as const;
    let value = placeLines(fact.value, valueOptions);
    // The video devices come first and are never shortened: like the attention flags, what shrinks is the lists.
    if (!fact.whole && maxValueLines !== undefined && value.length > maxValueLines) {
      value = cutLines(fact.value, valueOptions, maxValueLines);
      continued = true;
    }
    const bottom = Math.max(y + linesHeight(term), valueTop + linesHeight(value));
    if (bottom <= limit) {
      factItems.push({ term, value });
      y = bottom + bodySize * 0.45;
      continue;
    }
    overflow = true;
    if (!allowCut) break;
    // Keep the value's lines that fit with the note below them (never a term without a line of its value), then
    // say where the rest is. Lines break between words, so what is cut is whole words.
    const room = limit - bodySize * (printLineHeight + 0.45);
    const keep = value.filter(
      (line) => line.baseline - line.size * 1.05 + line.size * printLineHeight <= room,
    );
    if (keep.length > 0 && y + linesHeight(term) <= room) {
      const kept = keep.length < value.length ? cutLines(fact.value, valueOptions, keep.length) : keep;
      factItems.push({ term, value: kept });
      y = Math.max(y + linesHeight(term), valueTop + linesHeight(keep)) + bodySize * 0.45;
    }
    continued = true;
    break;
  }
  if (continued) {
    blocks.push({ kind: 'paragraph', lines: continuedNote(y) });
  }
  blocks.push(...footerBlocks);
  return { blocks, bodySize, continued, overflow };
}

/**
 * `text` placed in at most `maxLines` lines, ending with "…" where it was cut, so a list that stops mid-way does not
 * read as the whole list. Whole words are dropped from the end until the text and the mark fit.
 */
function cutLines(text: string, options: Parameters<typeof placeLines>[1], maxLines: number): PrintLine[] {
  // The words of the lines that fit, then fewer until the mark fits too (usually one or two tries).
  const shown = placeLines(text, options).slice(0, maxLines);
  const words = shown
    .map((line) => line.text.trim())
    .join(' ')
    .split(' ')
    .filter(Boolean);
  for (let count = words.length; count > 0; count--) {
    const lines = placeLines(`${words.slice(0, count).join(' ')} …`, options);
    if (lines.length <= maxLines) return lines;
  }
  return placeLines('…', options);
}

/**
 * Lays out the short policy: the largest body type (down to the paper's minimum) at which every fact fits above the
 * footer; if even the minimum is too large, the longest values stop at a line break and the page says the rest is
 * behind the QR code. Text is never clipped or set below the minimum.
 */
export function layoutShortPolicy(
  policy: Policy,
  labels: DerivedLabel[],
  options: ShortPolicyPdfOptions,
): ShortPolicyLayout {
  const spec = shortPolicyPaperSizes[options.paper];
  for (let size = spec.body; size >= spec.minBody - 1e-9; size -= 0.25) {
    const attempt = layout(policy, labels, options, size, { allowCut: false });
    if (!attempt.overflow) return attempt;
  }
  // At the smallest type, cut the longest values (a list of 200 items) to a few lines each, so every fact — and the
  // contact at the end — still has its place; only if even one line each is too much, stop at the last fact that fits.
  for (let maxValueLines = 12; maxValueLines >= 1; maxValueLines--) {
    const attempt = layout(policy, labels, options, spec.minBody, { allowCut: false, maxValueLines });
    if (!attempt.overflow) return attempt;
  }
  return layout(policy, labels, options, spec.minBody, { allowCut: true });
}

/** Every line of text a layout places (for tests: nothing crosses the page's margins). */
export function layoutLines(result: ShortPolicyLayout): PrintLine[] {
  return result.blocks.flatMap((block) => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        return block.lines;
      case 'labels':
        return block.items.flatMap((item) => item.title);
      case 'facts':
        return block.items.flatMap((item) => [...item.term, ...item.value]);
      case 'attention':
        return block.flags.flat();
      default:
        return [];
    }
  });
}

/** The short policy as a one-page tagged PDF of the chosen paper size. */
export function renderShortPolicyPdf(
  policy: Policy,
  labels: DerivedLabel[],
  options: ShortPolicyPdfOptions,
): Promise<Uint8Array> {
  const spec = shortPolicyPaperSizes[options.paper];
  const words = exportWords(options.locale, options.translations);
  const controller = localize(policy.controller.name, options.locale);
  const service = policy.serviceName ? localize(policy.serviceName, options.locale) : undefined;
  const doc = createPdfDocument({
    title: `${service ?? controller} — ${words.print.shortPolicyTitle}`,
    author: controller,
    subject: words.print.shortPolicySubject,
    locale: options.locale,
    size: [mm(spec.width), mm(spec.height)],
    creationDate: options.creationDate,
  });
  const colours = palette(options.variant, 'processing');
  const page = layoutShortPolicy(policy, labels, options);
  const root = doc.struct('Document');
  doc.addStructure(root);
  let firstHeading = true;
  for (const block of page.blocks) {
    switch (block.kind) {
      case 'heading':
        root.add(doc.struct(firstHeading ? 'H1' : 'H2', {}, () => drawPrintLines(doc, block.lines)));
        firstHeading = false;
        break;
      case 'paragraph':
        root.add(doc.struct('P', {}, () => drawPrintLines(doc, block.lines)));
        break;
      case 'rule':
        drawRule(doc, mm(spec.margin), mm(spec.width - spec.margin), block.y, colours.rule);
        break;
      case 'labels': {
        const list = doc.struct('L');
        root.add(list);
        for (const item of block.items) {
          const entry = doc.struct('LI');
          list.add(entry);
          entry.add(
            doc.struct('Figure', { alt: item.label.title }, () =>
              drawLabelIcon(doc, item.label.id, item.colour, item.x, item.y, item.size),
            ),
          );
          entry.add(doc.struct('LBody', {}, () => drawPrintLines(doc, item.title)));
          entry.end();
        }
        list.end();
        break;
      }
      case 'facts':
        drawFactList(doc, root, block.items);
        break;
      case 'attention': {
        const { x, y, width, height } = block.box;
        asArtifact(doc, () => {
          doc.rect(x, y, width, height).lineWidth(1.25).strokeColor(colours.ink).stroke();
        });
        for (const flag of block.flags) root.add(doc.struct('P', {}, () => drawPrintLines(doc, flag)));
        break;
      }
      case 'qr':
        root.add(
          doc.struct('Figure', { alt: block.alt }, () =>
            drawQrCode(doc, { x: block.x, y: block.y, size: block.size }, block.url),
          ),
        );
        break;
    }
  }
  root.end();
  return pdfToBuffer(doc);
}
