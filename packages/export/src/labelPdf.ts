import type { DerivedLabel, Locale, Policy, Translation } from '@privacy-label-kit/schema';
import { localize } from '@privacy-label-kit/schema';
import { palette, type Variant } from './artwork.js';
import { type LabelCardLayout, type LabelCardOptions, layoutLabelCard } from './labelCard.js';
import { exportWords } from './locales/words.js';
import {
  a4,
  asArtifact,
  createPdfDocument,
  drawAttentionMarker,
  drawLabelIcon,
  languageOfPart,
  type PdfDocument,
  pdfFonts,
  pdfToBuffer,
  pointsPerPixel,
} from './pdfDocument.js';

/**
 * Draws a label card at (x, y) in points, `scale` points per layout pixel, as tagged content: the icon is a Figure
 * with the label's title as alt text, the title a heading, caption and attention notes paragraphs.
 */
export function drawLabelCard(
  doc: PdfDocument,
  parent: PDFKit.PDFStructureElement,
  card: LabelCardLayout,
  position: {
    x: number;
    y: number;
    scale: number;
    headingLevel: 'H1' | 'H2' | 'H3';
    /** Draw the border this tall (layout pixels) with the content centred, so cards in a row line up. */
    frameHeight?: number;
    /** The page's language: a card in another (`card.locale`, a fallback) marks its parts with their own. */
    pageLocale?: Locale;
  },
): void {
  const { x, scale } = position;
  const frameHeight = Math.max(card.height, position.frameHeight ?? card.height);
  const top = position.y;
  const y = top + ((frameHeight - card.height) / 2) * scale;
  const at = (value: number, origin: number) => origin + value * scale;
  const lang = position.pageLocale ? languageOfPart(card.locale, position.pageLocale) : {};
  const inset = card.borderWidth / 2;
  asArtifact(doc, () => {
    doc
      .roundedRect(
        at(inset, x),
        at(inset, top),
        (card.width - card.borderWidth) * scale,
        (frameHeight - card.borderWidth) * scale,
        card.cornerRadius * scale,
      )
      .lineWidth(card.borderWidth * scale)
      .fillColor(card.palette.background)
      .strokeColor(card.palette.accent)
      .fillAndStroke();
  });
  const title = card.lines
    .filter((line) => line.role === 'title')
    .map((line) => line.text)
    .join(' ');
  parent.add(
    doc.struct('Figure', { alt: title, ...lang }, () => {
      drawLabelIcon(
        doc,
        card.id,
        card.palette.accent,
        at(card.icon.x, x),
        at(card.icon.y, y),
        card.icon.size * scale,
      );
    }),
  );
  if (card.attentionMarkers.length > 0) {
    asArtifact(doc, () => {
      for (const marker of card.attentionMarkers) {
        drawAttentionMarker(
          doc,
          at(marker.cx, x),
          at(marker.cy, y),
          marker.radius * scale,
          card.palette.attention,
        );
      }
    });
  }
  // One structure element per role, so a screen reader reads the title once, not line by line.
  const roles = [
    { role: 'title', tag: position.headingLevel },
    { role: 'caption', tag: 'P' },
    { role: 'attention', tag: 'P' },
  ] as const;
  for (const { role, tag } of roles) {
    const lines = card.lines.filter((line) => line.role === role);
    if (lines.length === 0) continue;
    parent.add(
      doc.struct(tag, lang, () => {
        for (const line of lines) {
          doc
            .font(line.weight === 'bold' ? pdfFonts.bold : pdfFonts.regular)
            .fontSize(line.size * scale)
            .fillColor(line.colour)
            .text(line.spaceAfter ? `${line.text} ` : line.text, at(line.x, x), at(line.baseline, y), {
              lineBreak: false,
              baseline: 'alphabetic',
            });
        }
      }),
    );
  }
}

export interface LabelPdfOptions extends LabelCardOptions {
  /** Written as the PDF creation date; see `PdfDocumentOptions.creationDate`. */
  creationDate: Date;
}

/**
 * One label card as a PDF whose page is exactly the card (about 79 mm wide): artwork to place in a print layout,
 * on a sticker or in a document, not a page to print on its own.
 */
export function renderLabelPdf(label: DerivedLabel, options: LabelPdfOptions): Promise<Uint8Array> {
  const card = layoutLabelCard(label, options);
  const doc = createPdfDocument({
    title: `${label.title}: ${label.caption}`,
    subject: card.description,
    // The language of the card's words, which may be a fallback of the one asked for.
    locale: card.locale,
    size: [card.width * pointsPerPixel, card.height * pointsPerPixel],
    creationDate: options.creationDate,
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  drawLabelCard(doc, root, card, { x: 0, y: 0, scale: pointsPerPixel, headingLevel: 'H1' });
  root.end();
  return pdfToBuffer(doc);
}

/** Margins of the A4 sheets: 15 mm, inside every office printer's printable area. */
export const pageMargin = 42.5;

export interface LabelSheetOptions {
  variant: Variant;
  /** Any BCP 47 tag; words missing in it come from its fallback chain (see `resolveWords`). */
  locale: Locale;
  /** A business's own words or language, before the registered ones; pass the same ones used for `deriveLabels`. */
  translations?: readonly Translation[];
  creationDate: Date;
}

interface GridChoice {
  columns: number;
  scale: number;
  rowHeights: number[];
}

/**
 * Picks the column count that lets the cards be largest while every label fits on one page: two columns of cards at
 * full size where they fit, shrinking (or a third column) for policies with many labels.
 */
function chooseGrid(cards: LabelCardLayout[], width: number, height: number, gap: number): GridChoice {
  let best: GridChoice | undefined;
  for (const columns of [1, 2, 3]) {
    const rowHeights: number[] = [];
    for (let index = 0; index < cards.length; index += columns) {
      const row = cards.slice(index, index + columns);
      rowHeights.push(Math.max(...row.map((card) => card.height)) * pointsPerPixel);
    }
    const cardWidth = (cards[0]?.width ?? 300) * pointsPerPixel;
    const byWidth = (width - gap * (columns - 1)) / (columns * cardWidth);
    const totalHeight = rowHeights.reduce((sum, rowHeight) => sum + rowHeight, 0);
    const byHeight = (height - gap * (rowHeights.length - 1)) / totalHeight;
    const scale = Math.min(1, byWidth, byHeight);
    if (!best || scale > best.scale + 0.001) best = { columns, scale, rowHeights };
  }
  return best!;
}

/** Every label of the policy on one A4 page, to print, cut out and stick on. */
export function renderLabelSheetPdf(
  policy: Policy,
  labels: DerivedLabel[],
  options: LabelSheetOptions,
): Promise<Uint8Array> {
  const words = exportWords(options.locale, options.translations);
  const controller = localize(policy.controller.name, options.locale);
  const service = policy.serviceName ? localize(policy.serviceName, options.locale) : undefined;
  const doc = createPdfDocument({
    title: `${words.labelSheetTitle} — ${service ?? controller}`,
    author: controller,
    subject: words.labelSheetSubject,
    // The language of the sheet's own words; a card in another (a fallback) says its own below.
    locale: words.locale,
    creationDate: options.creationDate,
  });
  const colours = palette(options.variant, 'processing');
  const root = doc.struct('Document');
  doc.addStructure(root);
  const contentWidth = a4.width - pageMargin * 2;

  root.add(
    doc.struct('H1', {}, () => {
      doc
        .font(pdfFonts.bold)
        .fontSize(18)
        .fillColor(colours.ink)
        .text(words.labelSheetTitle, pageMargin, pageMargin, { width: contentWidth, lineBreak: false });
    }),
  );
  root.add(
    doc.struct('P', {}, () => {
      doc
        .font(pdfFonts.regular)
        .fontSize(10)
        .fillColor(colours.text)
        .text(service ? `${controller} · ${service}` : controller, pageMargin, pageMargin + 26, {
          width: contentWidth,
        });
    }),
  );
  const gridTop = pageMargin + 56;
  const footerHeight = 30;
  const gap = 12;
  const cards = labels.map((label) =>
    layoutLabelCard(label, { variant: options.variant, locale: options.locale }),
  );
  const grid = chooseGrid(cards, contentWidth, a4.height - pageMargin - footerHeight - gridTop, gap);
  const cardWidth = (cards[0]?.width ?? 300) * pointsPerPixel * grid.scale;
  const gridWidth = grid.columns * cardWidth + (grid.columns - 1) * gap;
  const gridLeft = pageMargin + (contentWidth - gridWidth) / 2;

  const list = doc.struct('L');
  root.add(list);
  let top = gridTop;
  cards.forEach((card, index) => {
    const column = index % grid.columns;
    const row = Math.floor(index / grid.columns);
    if (column === 0 && row > 0) top += grid.rowHeights[row - 1]! * grid.scale + gap;
    const item = doc.struct('LI', languageOfPart(card.locale, words.locale));
    list.add(item);
    drawLabelCard(doc, item, card, {
      x: gridLeft + column * (cardWidth + gap),
      y: top,
      scale: pointsPerPixel * grid.scale,
      headingLevel: 'H2',
      frameHeight: grid.rowHeights[row]! / pointsPerPixel,
    });
    item.end();
  });
  list.end();

  root.add(
    doc.struct('P', {}, () => {
      doc
        .font(pdfFonts.regular)
        .fontSize(9)
        .fillColor(colours.text)
        .text(`${words.fullPolicy}: ${policy.policyUrl}`, pageMargin, a4.height - pageMargin - 12, {
          width: contentWidth,
          lineBreak: false,
        });
    }),
  );
  root.end();
  return pdfToBuffer(doc);
}
