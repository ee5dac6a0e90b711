import {
  type DerivedLabel,
  type Locale,
  type LocalizedText,
  localize,
  type Policy,
  schemaWords,
  type Translation,
  thirdPartyRecipients,
} from '@privacy-label-kit/schema';
import { type Palette, palette, type Variant } from './artwork.js';
import type { FontWeight } from './fonts.js';
import { pageMargin } from './labelPdf.js';
import { type ExportWords, exportWords } from './locales/words.js';
import {
  a4,
  asArtifact,
  createPdfDocument,
  drawAttentionMarker,
  drawLabelIcon,
  languageOfPart,
  type PdfDocument,
  pdfToBuffer,
} from './pdfDocument.js';
import {
  contactFacts,
  distinctNames,
  drawFactList,
  drawPrintLines,
  drawRule,
  groupByText,
  type PrintLine,
  recipientsAbroadByCountry,
} from './printLayout.js';
import { qrMatrix, qrQuietZone } from './qrCode.js';
import { wrapTextLines } from './text.js';

export interface SummaryPdfOptions {
  variant: Variant;
  /** Any BCP 47 tag; words missing in it come from its fallback chain (see `resolveWords`). */
  locale: Locale;
  /** A business's own words or language, before the registered ones; pass the same ones used for `deriveLabels`. */
  translations?: readonly Translation[];
  creationDate: Date;
}

/** A line of text on the summary page, in points: placed like the print formats' lines and drawn the same way. */
type SummaryLine = PrintLine;

/** Everything on the page, positioned; drawn as tagged content in this order (which is the reading order). */
type SummaryBlock =
  | { kind: 'heading'; tag: 'H1' | 'H2'; lines: SummaryLine[] }
  | { kind: 'paragraph'; lines: SummaryLine[] }
  | { kind: 'rule'; y: number }
  | { kind: 'labels'; items: SummaryLabel[] }
  | { kind: 'facts'; items: { term: SummaryLine[]; value: SummaryLine[] }[] }
  | {
      kind: 'attention';
      marker: { cx: number; cy: number; radius: number };
      colour: string;
      lines: SummaryLine[];
      /** The language of the note: its label's (`label.locale`). */
      locale: Locale;
    }
  | { kind: 'qr'; box: Box; alt: string; url: string };

interface SummaryLabel {
  id: DerivedLabel['id'];
  /** The language of the label's words, which may be a fallback of the page's (`label.locale`). */
  locale: Locale;
  alt: string;
  colour: string;
  icon: Box;
  title: SummaryLine[];
  caption: SummaryLine[];
}

export interface Box {
  x: number;
  y: number;
  size: number;
}

/** At most this many names in one key fact; the rest are counted ("외 3곳"), so the page stays one page. */
const maxNamesPerFact = 6;

/** Fewer names per fact, tried in turn when the type is as small as it goes and the page is still too full. */
const fallbackNamesPerFact = [maxNamesPerFact, 3, 1] as const;

function capNames(
  names: string[],
  words: ExportWords,
  unit: 'places' | 'entries' = 'places',
  maxNames: number = maxNamesPerFact,
): string {
  const unique = [...new Set(names)];
  if (unique.length === 0) return words.none;
  // A middle dot, not a comma: company names carry commas of their own ("Co., Ltd.").
  if (unique.length <= maxNames) return unique.join(' · ');
  return `${unique.slice(0, maxNames).join(' · ')} ${words.andMore(unique.length - maxNames, unit)}`;
}

/**
 * The key facts a reader of a printed summary needs: who, how to reach them, since when, how long, with whom. Every
 * value comes from the policy data, put into words by the schema's words (dates, periods, countries, channels), so
 * the summary states what the policy states and nothing more.
 */
export function summaryFacts(
  policy: Policy,
  locale: Locale,
  translations?: readonly Translation[],
  /** At most this many names in a list-like fact (recipients, processors, rights channels…); the rest are counted. */
  maxNames: number = maxNamesPerFact,
): { term: string; value: string }[] {
  const words = exportWords(locale, translations);
  const schema = schemaWords(locale, translations);
  const text = (value: LocalizedText | undefined) => localize(value, locale);
  const join = (parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');
  const { controller } = policy;
  const facts: { term: string; value: string }[] = [
    {
      term: words.controller,
      value: join([
        controller.representative
          ? `${text(controller.name)} (${words.representative} ${text(controller.representative)})`
          : text(controller.name),
        text(controller.address) || undefined,
        controller.phone,
        controller.email,
      ]),
    },
    ...contactFacts(policy, locale, words),
  ];
  facts.push({ term: words.effectiveDate, value: schema.format.date(policy.effectiveDate) });
  const retention = [
    ...new Set(policy.collectedItems.map((item) => schema.format.retention(item.retention, text))),
  ];
  facts.push({ term: words.retention, value: capNames(retention, words, 'entries', maxNames) });
  if (policy.retention.legalRetention.length > 0) {
    // One entry per law, with each period it sets ("전자상거래법 5년/3년"); a law written with and without its
    // translation is one law (`groupByText`).
    const periodsByLaw = new Map<string, string[]>();
    for (const { text: law, entries } of groupByText(policy.retention.legalRetention, (entry) => entry.law)) {
      const periods = periodsByLaw.get(text(law)) ?? [];
      for (const entry of entries) {
        const period = schema.format.duration(entry.period);
        if (!periods.includes(period)) periods.push(period);
      }
      periodsByLaw.set(text(law), periods);
    }
    facts.push({
      term: words.legalRetention,
      value: capNames(
        [...periodsByLaw].map(([law, periods]) => `${law} ${periods.join('/')}`),
        words,
        'entries',
        maxNames,
      ),
    });
  }
  // Everyone who receives it, as at a glance and the short policy say: third parties, and recipients of pseudonymised
  // information and of further provision without consent — '없음' only when there is no one.
  facts.push({
    term: words.thirdParties,
    value: capNames(thirdPartyRecipients(policy, locale), words, 'places', maxNames),
  });
  // Companies as the labels count them: one written with and without its translation is one (`distinctNames`).
  facts.push({
    term: words.processors,
    value: capNames(
      distinctNames(
        policy.entrustment.map((entry) => entry.processor),
        locale,
      ),
      words,
      'places',
      maxNames,
    ),
  });
  facts.push({
    term: words.overseasTransfer,
    value: capNames(
      recipientsAbroadByCountry(policy.overseasTransfer, locale).map(
        ({ country, recipients }) => `${schema.format.country(country)} (${recipients.join(', ')})`,
      ),
      words,
      'places',
      maxNames,
    ),
  });
  facts.push({
    term: words.rights,
    // A big platform lists dozens of ways to ask: a few are named and the rest counted ("외 14건"), like the
    // recipients, so the list cannot push the rest of the page (and the points to note) off it.
    value: join([
      policy.rights.channels.length > 0
        ? capNames(
            policy.rights.channels.map(
              (channel) => `${schema.rightsChannels[channel.kind]} ${text(channel.detail)}`,
            ),
            words,
            'entries',
            maxNames,
          )
        : undefined,
      policy.rights.responseTime
        ? words.responseTime(schema.format.duration(policy.rights.responseTime))
        : undefined,
    ]),
  });
  return facts;
}

/**
 * Attention flags of all labels in words, in label order, a message dropped only when its words are already listed.
 * Never one per code: one code can say different things (deemed consent with 7 days to object on the items and 30
 * on the ads), and keeping one of them would hide the other deadline.
 */
export function attentionMessages(labels: DerivedLabel[]): string[] {
  return attentionNotes(labels).map((note) => note.message);
}

/** `attentionMessages` with the language each is in: its label's, which may be a fallback of the page's. */
export function attentionNotes(labels: DerivedLabel[]): { message: string; locale: Locale }[] {
  const notes = new Map<string, Locale>();
  for (const label of labels)
    for (const flag of label.attention) if (!notes.has(flag.message)) notes.set(flag.message, label.locale);
  return [...notes].map(([message, locale]) => ({ message, locale }));
}

/**
 * Lays the page out at a type scale `fontScale` (1 = body text at 9 pt). Returns the blocks and where the content
 * ends, so the caller can shrink the type until everything fits on one A4 page.
 */
function layoutSummary(
  policy: Policy,
  labels: DerivedLabel[],
  options: SummaryPdfOptions,
  fontScale: number,
  maxNames: number = maxNamesPerFact,
): { blocks: SummaryBlock[]; bottom: number; footerTop: number } {
  const words = exportWords(options.locale, options.translations);
  const colours: Palette = palette(options.variant, 'processing');
  const left = pageMargin;
  const width = a4.width - pageMargin * 2;
  const blocks: SummaryBlock[] = [];
  let y = pageMargin;

  const lines = (
    text: string,
    size: number,
    weight: FontWeight,
    x: number,
    maxWidth: number,
    colour: string,
    lineHeight = size * 1.45,
  ): SummaryLine[] =>
    wrapTextLines(text, weight, size, maxWidth).map((line, index) => ({
      text: line.text,
      spaceAfter: line.spaceAfter,
      x,
      baseline: y + size + index * lineHeight,
      size,
      weight,
      colour,
    }));
  const advance = (placed: SummaryLine[], size: number, after: number) => {
    y += placed.length * size * 1.45 + after;
  };

  const controllerName = localize(policy.controller.name, options.locale);
  const service = policy.serviceName ? localize(policy.serviceName, options.locale) : undefined;
  const titleSize = 17 * fontScale;
  const title = lines(
    `${service ?? controllerName} — ${words.summaryTitle}`,
    titleSize,
    'bold',
    left,
    width,
    colours.ink,
  );
  blocks.push({ kind: 'heading', tag: 'H1', lines: title });
  advance(title, titleSize, 2);
  const bodySize = 9 * fontScale;
  const subtitleParts = [
    controllerName,
    `${words.effectiveDate} ${schemaWords(options.locale, options.translations).format.date(policy.effectiveDate)}`,
  ];
  const subtitle = lines(subtitleParts.join(' · '), bodySize * 1.1, 'regular', left, width, colours.text);
  blocks.push({ kind: 'paragraph', lines: subtitle });
  advance(subtitle, bodySize * 1.1, 6);
  blocks.push({ kind: 'rule', y });
  y += 10 * fontScale;

  const headingSize = 11.5 * fontScale;
  const sectionHeading = (text: string) => {
    const heading = lines(text, headingSize, 'bold', left, width, colours.ink);
    blocks.push({ kind: 'heading', tag: 'H2', lines: heading });
    advance(heading, headingSize, 4 * fontScale);
  };

  // The points to note come first, right under the title: however long the lists below, they are never the part
  // that runs under the footer or off the page.
  const attention = attentionNotes(labels);
  if (attention.length > 0) {
    sectionHeading(words.attentionHeading);
    for (const { message, locale } of attention) {
      const radius = bodySize * 0.55;
      const text = lines(
        message,
        bodySize,
        'bold',
        left + radius * 2 + 5,
        width - radius * 2 - 5,
        colours.attention,
      );
      blocks.push({
        kind: 'attention',
        marker: { cx: left + radius, cy: y + bodySize * 0.72, radius },
        colour: colours.attention,
        lines: text,
        locale,
      });
      advance(text, bodySize, 3 * fontScale);
    }
    y += 6 * fontScale;
  }

  // Labels: a compact grid of icon, title and caption, three to a row.
  sectionHeading(words.labelsHeading);
  const columns = 3;
  const columnGap = 10;
  const columnWidth = (width - columnGap * (columns - 1)) / columns;
  const iconSize = 26 * fontScale;
  const labelTextWidth = columnWidth - iconSize - 6;
  const labelItems: SummaryLabel[] = [];
  blocks.push({ kind: 'labels', items: labelItems });
  for (let index = 0; index < labels.length; index += columns) {
    const rowTop = y;
    let rowBottom = rowTop + iconSize;
    labels.slice(index, index + columns).forEach((label, column) => {
      y = rowTop;
      const x = left + column * (columnWidth + columnGap);
      const accent = palette(options.variant, label.family).accent;
      const titleLines = lines(label.title, bodySize, 'bold', x + iconSize + 6, labelTextWidth, colours.ink);
      y += titleLines.length * bodySize * 1.45;
      const captionLines = lines(
        label.caption,
        bodySize * 0.92,
        'regular',
        x + iconSize + 6,
        labelTextWidth,
        colours.text,
      );
      y += captionLines.length * bodySize * 0.92 * 1.45;
      rowBottom = Math.max(rowBottom, y);
      labelItems.push({
        id: label.id,
        locale: label.locale,
        alt: label.title,
        colour: accent,
        icon: { x, y: rowTop, size: iconSize },
        title: titleLines,
        caption: captionLines,
      });
    });
    y = rowBottom + 9 * fontScale;
  }
  y += 4 * fontScale;

  sectionHeading(words.keyFactsHeading);
  const termWidth = 112 * fontScale;
  const factItems: { term: SummaryLine[]; value: SummaryLine[] }[] = [];
  blocks.push({ kind: 'facts', items: factItems });
  for (const fact of summaryFacts(policy, options.locale, options.translations, maxNames)) {
    const term = lines(fact.term, bodySize, 'bold', left, termWidth - 8, colours.ink);
    const value = lines(fact.value, bodySize, 'regular', left + termWidth, width - termWidth, colours.text);
    factItems.push({ term, value });
    y += Math.max(term.length, value.length) * bodySize * 1.45 + 3 * fontScale;
  }

  const bottom = y;

  // Footer: the full policy's address as a QR code and as text, at the foot of the page.
  const qrSize = 72;
  const footerTop = a4.height - pageMargin - qrSize;
  blocks.push({ kind: 'rule', y: footerTop - 10 });
  y = footerTop + 8;
  const footerTextLeft = left + qrSize + 14;
  const footerWidth = width - qrSize - 14;
  const footerHeading = lines(words.fullPolicy, 10.5, 'bold', footerTextLeft, footerWidth, colours.ink);
  blocks.push({ kind: 'heading', tag: 'H2', lines: footerHeading });
  advance(footerHeading, 10.5, 2);
  const url = lines(policy.policyUrl, 10, 'regular', footerTextLeft, footerWidth, colours.ink);
  blocks.push({ kind: 'paragraph', lines: url });
  advance(url, 10, 4);
  const hint = lines(words.qrHint, 8.5, 'regular', footerTextLeft, footerWidth, colours.text);
  blocks.push({ kind: 'paragraph', lines: hint });
  blocks.push({
    kind: 'qr',
    box: { x: left, y: footerTop, size: qrSize },
    alt: words.qrAlt(policy.policyUrl),
    url: policy.policyUrl,
  });
  return { blocks, bottom, footerTop };
}

/**
 * The page laid out to fit: the type shrinks in small steps until the content clears the footer, and when it is as
 * small as it may go, the lists name fewer entries and count the rest ("외 N곳" / "and N more").
 */
function fitSummary(
  policy: Policy,
  labels: DerivedLabel[],
  options: SummaryPdfOptions,
): { blocks: SummaryBlock[]; bottom: number; footerTop: number } {
  const fits = (layout: { bottom: number; footerTop: number }) => layout.bottom <= layout.footerTop - 16;
  let fontScale = 1.1;
  let layout = layoutSummary(policy, labels, options, fontScale);
  while (!fits(layout) && fontScale > 0.6) {
    fontScale -= 0.05;
    layout = layoutSummary(policy, labels, options, fontScale);
  }
  for (const maxNames of fallbackNamesPerFact.slice(1)) {
    if (fits(layout)) break;
    layout = layoutSummary(policy, labels, options, fontScale, maxNames);
  }
  return layout;
}

/** The QR code as vector rectangles on a white quiet zone, always black: scanners want dark on light. */
export function drawQrCode(doc: PdfDocument, box: Box, url: string): void {
  const matrix = qrMatrix(url);
  const module = box.size / (matrix.size + qrQuietZone * 2);
  doc.rect(box.x, box.y, box.size, box.size).fill('#ffffff');
  for (const run of matrix.runs) {
    doc.rect(
      box.x + (run.column + qrQuietZone) * module,
      box.y + (run.row + qrQuietZone) * module,
      run.length * module,
      // A hair of overlap between rows, so no viewer draws white seams between runs.
      module + 0.01,
    );
  }
  doc.fill('#000000');
}

/**
 * The one-page summary to hand out or stick on a delivery box: the labels, the key facts, attention notes in words,
 * and the full policy's address as text and QR code.
 */
export function renderSummaryPdf(
  policy: Policy,
  labels: DerivedLabel[],
  options: SummaryPdfOptions,
): Promise<Uint8Array> {
  const words = exportWords(options.locale, options.translations);
  // Shrink the type in small steps until the content clears the footer: a big platform's policy still fits one page.
  const layout = fitSummary(policy, labels, options);
  const controllerName = localize(policy.controller.name, options.locale);
  const doc = createPdfDocument({
    title: `${localize(policy.serviceName, options.locale) || controllerName} — ${words.summaryTitle}`,
    author: controllerName,
    subject: words.summarySubject,
    // The language of the page's own words (a third language's translation may lack them: then English); a label
    // or note in another language says its own.
    locale: words.locale,
    creationDate: options.creationDate,
  });
  const colours = palette(options.variant, 'processing');
  const root = doc.struct('Document');
  doc.addStructure(root);
  for (const block of layout.blocks) {
    switch (block.kind) {
      case 'heading':
        root.add(doc.struct(block.tag, {}, () => drawPrintLines(doc, block.lines)));
        break;
      case 'paragraph':
        root.add(doc.struct('P', {}, () => drawPrintLines(doc, block.lines)));
        break;
      case 'facts':
        drawFactList(doc, root, block.items);
        break;
      case 'rule':
        drawRule(doc, pageMargin, a4.width - pageMargin, block.y, colours.rule);
        break;
      case 'labels': {
        // The labels as a list, each with its icon (alt text: the title), title and caption.
        const list = doc.struct('L');
        root.add(list);
        for (const item of block.items) {
          const entry = doc.struct('LI', languageOfPart(item.locale, words.locale));
          list.add(entry);
          entry.add(
            doc.struct('Figure', { alt: item.alt }, () =>
              drawLabelIcon(doc, item.id, item.colour, item.icon.x, item.icon.y, item.icon.size),
            ),
          );
          const body = doc.struct('LBody');
          entry.add(body);
          body.add(doc.struct('P', {}, () => drawPrintLines(doc, item.title)));
          body.add(doc.struct('P', {}, () => drawPrintLines(doc, item.caption)));
          body.end();
          entry.end();
        }
        list.end();
        break;
      }
      case 'attention':
        asArtifact(doc, () =>
          drawAttentionMarker(doc, block.marker.cx, block.marker.cy, block.marker.radius, block.colour),
        );
        root.add(
          doc.struct('P', languageOfPart(block.locale, words.locale), () => drawPrintLines(doc, block.lines)),
        );
        break;
      case 'qr':
        root.add(doc.struct('Figure', { alt: block.alt }, () => drawQrCode(doc, block.box, block.url)));
        break;
    }
  }
  root.end();
  return pdfToBuffer(doc);
}
