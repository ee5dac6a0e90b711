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
import { type ExportWords, exportWords } from './locales/words.js';
import { asArtifact, createPdfDocument, drawLabelIcon, languageOfPart, pdfToBuffer } from './pdfDocument.js';
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
  type ShortPolicyFact,
  shortPolicyFacts,
} from './printLayout.js';
import { attentionNotes, drawQrCode } from './summaryPdf.js';
import { measureText } from './text.js';

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
      /** The language of each flag, in order: its label's, which may be a fallback of the page's. */
      flagLocales: Locale[];
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
 * Lays the page out with body type `bodySize`, each list in at most `maxValueLines` lines when given; `beside` sets
 * terms beside values on A6 too, `compact` sets smaller label icons and tighter gaps, `withoutIcons` leaves the
 * label icons out (the facts say the same in words). Without `allowCut`, `overflow` tells the caller to try smaller type or fewer lines;
 * with it, a list that does not fit is left out (the page says the rest is behind the QR code) while the facts never
 * shortened — the video devices and whom to contact — keep their room.
 */
function layout(
  policy: Policy,
  labels: DerivedLabel[],
  options: ShortPolicyPdfOptions,
  bodySize: number,
  fit: {
    allowCut: boolean;
    maxValueLines?: number;
    beside?: boolean;
    compact?: boolean;
    withoutIcons?: boolean;
  },
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
  // Without the icons only as the last resort: the facts they stand for, in words, then keep a line each.
  const shown = fit.withoutIcons ? [] : keyLabels(labels);
  if (shown.length > 0) {
    // As many to a row as fit at a readable width, rows balanced (7 labels on A6: 4 + 3, not 6 + 1).
    // Compact (the last resort before a list loses its line): smaller icons, more to a row, but never so many that
    // a title's word ("영상정보처리기기") breaks.
    const widestWord = Math.max(
      ...shown.flatMap((label) =>
        label.title.split(' ').map((word) => measureText(word, 'bold', bodySize * 0.8)),
      ),
    );
    const cellWidth = fit.compact ? Math.max(bodySize * 5, widestWord + 3) : bodySize * 6.2;
    const maxPerRow = Math.min(shown.length, Math.max(4, Math.floor(width / cellWidth)));
    const rows = Math.ceil(shown.length / maxPerRow);
    const perRow = Math.ceil(shown.length / rows);
    const cell = width / perRow;
    const iconSize = Math.min(cell * 0.5, bodySize * (fit.compact ? 2.2 : 3.2));
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
      y = rowBottom + bodySize * (fit.compact ? 0.4 : 0.6);
    }
    blocks.push({ kind: 'labels', items });
    y += bodySize * 0.3;
  }

  // The attention flags, in words, before the facts: the facts are what shrinks and is cut, so a flag never is. All
  // derived labels' flags (each once), not only the key labels': the page shows a few labels, but a reader of the
  // paper must get every warning the online labels give (resident registration numbers, deemed consent, …) — the
  // same set the summary PDF prints.
  const attention = attentionNotes(labels);
  if (attention.length > 0) {
    const pad = bodySize * 0.45;
    const top = y;
    y += pad;
    const flags = attention.map(({ message }) => {
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
    blocks.push({
      kind: 'attention',
      box: { x: left, y: top, width, height: y - top },
      flags,
      flagLocales: attention.map((note) => note.locale),
    });
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
  const limit =
    footerTop - bodySize * 1.2 - (maxValueLines || allowCut ? bodySize * (printLineHeight + 0.45) : 0);

  // The facts: term beside value on wide paper, term above value on A6 (unless that leaves a fact without its line).
  const stacked = options.paper === 'a6' && !fit.beside;
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
  const gap = bodySize * (fit.compact ? 0.25 : 0.45);
  /** A fact placed at `top`: its value in at most `maxLines` lines when it is a list, else whole. */
  const place = (fact: ShortPolicyFact, top: number, maxLines: number | undefined) => {
    const term = placeLines(fact.term, {
      x: left,
      top,
      width: stacked ? width : termWidth - mm(2),
      size: bodySize,
      weight: 'bold',
      colour: colours.ink,
    });
    const valueTop = stacked ? top + linesHeight(term) : top;
    const value = valueLines(
      fact,
      {
        x: valueLeft,
        top: valueTop,
        width: valueWidth,
        size: bodySize,
        weight: 'regular',
        colour: colours.text,
      },
      maxLines,
      words,
    );
    return { term, ...value, bottom: Math.max(top + linesHeight(term), valueTop + linesHeight(value.lines)) };
  };
  let overflow = false;
  let continued = false;
  const facts = shortPolicyFacts(policy, options.locale, options.translations);
  // The room the facts that are never shortened (video devices, contacts) need after each fact: when even one line
  // per list is too much, a list gives way before the contact does.
  const fixedAfter = facts.map((_, index) =>
    facts
      .slice(index + 1)
      .filter((fact) => !fact.list)
      .reduce((sum, fact) => sum + place(fact, 0, undefined).bottom + gap, 0),
  );
  facts.forEach((fact, index) => {
    if (overflow && !allowCut) return;
    const placed = place(fact, y, maxValueLines);
    const reserve = allowCut ? fixedAfter[index]! : 0;
    if (placed.bottom + reserve <= limit) {
      factItems.push({ term: placed.term, value: placed.lines });
      y = placed.bottom + gap;
      if (placed.cut) continued = true;
      return;
    }
    // Left out: the page says the rest is behind the QR code.
    overflow = true;
    continued = true;
  });
  if (continued) {
    blocks.push({ kind: 'paragraph', lines: continuedNote(y) });
  }
  blocks.push(...footerBlocks);
  return { blocks, bodySize, continued, overflow };
}

/**
 * A fact's value placed in at most `maxLines` lines (no limit when undefined). A list that does not fit keeps whole
 * entries from its start and counts the rest with the naming rule's words ("외 4곳" / "and 4 more", "외 30개"), so it
 * never reads as the whole list and no entry is cut inside: a retention text ending "즉시 파기 안 함(…)" cut after
 * "파기" would say the opposite. An entry too long for the lines is counted, not shortened. Other facts stay whole.
 */
function valueLines(
  fact: ShortPolicyFact,
  options: Parameters<typeof placeLines>[1],
  maxLines: number | undefined,
  words: ExportWords,
): { lines: PrintLine[]; cut: boolean } {
  const full = placeLines(fact.value, options);
  if (!fact.list || maxLines === undefined || full.length <= maxLines) return { lines: full, cut: false };
  const { entries, separator, more, unit } = fact.list;
  const count = (hidden: number) =>
    unit === 'places' ? words.andMore(hidden, 'places') : words.print.moreItems(hidden);
  // At most the entries that end within the first `maxLines` lines of the whole value, then fewer until the count fits.
  const room = full
    .slice(0, maxLines)
    .reduce((sum, line) => sum + line.text.length + (line.spaceAfter ? 1 : 0), 0);
  let shown = 0;
  for (let end = 0; shown < entries.length; shown++) {
    end += entries[shown]!.length + (shown > 0 ? separator.length : 0);
    if (end > room) break;
  }
  for (; shown > 0; shown--) {
    const text = `${entries.slice(0, shown).join(separator)} ${count(entries.length - shown + more)}`;
    const lines = placeLines(text, options);
    if (lines.length <= maxLines) return { lines, cut: true };
  }
  // Not even the first entry fits: say how many there are and where to read them, not a bare "외 4곳".
  return {
    lines: placeLines(
      words.print.countOnly(entries.length + more, unit === 'places' ? 'places' : 'entries'),
      options,
    ),
    cut: true,
  };
}

/**
 * Lays out the short policy: the largest body type (down to the paper's minimum) at which every fact fits above the
 * footer; if even the minimum is too large, the lists are shortened between entries, and every fact keeps at least
 * one line — the contact always whole — before any list gets more. Text is never clipped or set below the minimum.
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
  // At the smallest type, shorten the lists (a list of 200 items) to a few lines each, so every fact — and the contact
  // at the end — still has its place; on A6, terms then go beside their values, which saves a line per fact.
  // Then smaller label icons and tighter gaps, and at last no icons, to keep one line for every list: the icons
  // repeat the facts' terms, while a list left out (the purposes, the third parties) is said nowhere else on the page.
  const a6 = options.paper === 'a6';
  const arrangements = [
    {},
    ...(a6 ? [{ beside: true }] : []),
    { beside: a6, compact: true },
    { beside: a6, compact: true, withoutIcons: true },
  ];
  for (const arrangement of arrangements) {
    for (let maxValueLines = 12; maxValueLines >= 1; maxValueLines--) {
      const attempt = layout(policy, labels, options, spec.minBody, {
        allowCut: false,
        maxValueLines,
        ...arrangement,
      });
      if (!attempt.overflow) return attempt;
    }
  }
  // Not even a line each: a list that finds no line is left out, while the video devices and the contact keep theirs.
  return layout(policy, labels, options, spec.minBody, {
    allowCut: true,
    maxValueLines: 1,
    beside: a6,
    compact: true,
    withoutIcons: true,
  });
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
    // The language of the page's own words; a label or note in another (a fallback) says its own.
    locale: words.locale,
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
          const entry = doc.struct('LI', languageOfPart(item.label.locale, words.locale));
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
        block.flags.forEach((flag, index) => {
          const lang = languageOfPart(block.flagLocales[index]!, words.locale);
          root.add(doc.struct('P', lang, () => drawPrintLines(doc, flag)));
        });
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
