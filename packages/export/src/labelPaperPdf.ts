// Labels on ready-cut label paper: one label card and a QR code to the full policy per cell, on A4 sheets laid out
// like a common 10-up paper, with cut marks in the margins for plain paper cut by hand.
import type { DerivedLabel, LabelId, Locale, Policy, Translation } from '@privacy-label-kit/schema';
import { localize } from '@privacy-label-kit/schema';
import { palette, type Variant } from './artwork.js';
import { layoutLabelCard } from './labelCard.js';
import { drawLabelCard } from './labelPdf.js';
import { exportWords } from './locales/words.js';
import { asArtifact, createPdfDocument, pdfToBuffer, pointsPerPixel } from './pdfDocument.js';
import {
  attentionMark,
  drawPrintLines,
  fullPolicyUrl,
  keyLabels,
  linesHeight,
  mm,
  placeLines,
} from './printLayout.js';
import { drawQrCode } from './summaryPdf.js';

/** A label paper: page and cells in millimetres, as its maker's template gives them. */
export interface LabelPaper {
  /** Short id, used in file names. */
  id: string;
  name: string;
  page: { width: number; height: number };
  columns: number;
  rows: number;
  cell: { width: number; height: number };
  /** The first cell's top-left corner, and the distance from one cell's corner to the next. */
  left: number;
  top: number;
  pitch: { x: number; y: number };
}

/**
 * Avery L7173 (and the many compatible "10 per sheet, 99.1 × 57 mm" A4 papers): 2 columns × 5 rows, 4.65 mm side
 * margins, a 2.5 mm gap between the columns, 6 mm top and bottom margins, rows touching.
 */
export const averyL7173: LabelPaper = {
  id: 'l7173',
  name: 'Avery L7173, 99.1 × 57 mm, 2 × 5',
  page: { width: 210, height: 297 },
  columns: 2,
  rows: 5,
  cell: { width: 99.1, height: 57 },
  left: 4.65,
  top: 6,
  pitch: { x: 101.6, y: 57 },
};

export const labelPapers: readonly LabelPaper[] = [averyL7173];

export interface LabelPaperPdfOptions {
  variant: Variant;
  locale: Locale;
  translations?: readonly Translation[];
  creationDate: Date;
  /** Default: Avery L7173. */
  paper?: LabelPaper;
  /** Fill every cell with this label; default: one key label per cell (see `keyLabels`), on as many sheets as needed. */
  labelId?: LabelId;
}

/** The cells' corners on the page, in points, row by row. */
export function labelPaperCells(
  paper: LabelPaper,
): { x: number; y: number; width: number; height: number }[] {
  const cells = [];
  for (let row = 0; row < paper.rows; row++) {
    for (let column = 0; column < paper.columns; column++) {
      cells.push({
        x: mm(paper.left + column * paper.pitch.x),
        y: mm(paper.top + row * paper.pitch.y),
        width: mm(paper.cell.width),
        height: mm(paper.cell.height),
      });
    }
  }
  return cells;
}

/** Short marks in the page margins in line with every cell edge: where to cut plain paper, and a check of alignment. */
function drawCutMarks(doc: PDFKit.PDFDocument, paper: LabelPaper): void {
  const length = mm(3);
  const offset = mm(1);
  const xs = new Set<number>();
  const ys = new Set<number>();
  for (let column = 0; column < paper.columns; column++) {
    xs.add(paper.left + column * paper.pitch.x);
    xs.add(paper.left + column * paper.pitch.x + paper.cell.width);
  }
  for (let row = 0; row < paper.rows; row++) {
    ys.add(paper.top + row * paper.pitch.y);
    ys.add(paper.top + row * paper.pitch.y + paper.cell.height);
  }
  const top = mm(paper.top);
  const bottom = mm(paper.top + (paper.rows - 1) * paper.pitch.y + paper.cell.height);
  const left = mm(paper.left);
  const right = mm(paper.left + (paper.columns - 1) * paper.pitch.x + paper.cell.width);
  asArtifact(doc, () => {
    doc.lineWidth(0.35).strokeColor('#000000');
    for (const x of xs) {
      doc
        .moveTo(mm(x), top - offset)
        .lineTo(mm(x), Math.max(0, top - offset - length))
        .stroke();
      doc
        .moveTo(mm(x), bottom + offset)
        .lineTo(mm(x), bottom + offset + length)
        .stroke();
    }
    for (const y of ys) {
      doc
        .moveTo(left - offset, mm(y))
        .lineTo(Math.max(0, left - offset - length), mm(y))
        .stroke();
      doc
        .moveTo(right + offset, mm(y))
        .lineTo(right + offset + length, mm(y))
        .stroke();
    }
  });
}

/** The labels of a label-paper export: one label in every cell, or the key labels one per cell. */
export function labelPaperLabels(labels: readonly DerivedLabel[], labelId?: LabelId): DerivedLabel[] {
  if (labelId === undefined) return keyLabels(labels);
  const label = labels.find((candidate) => candidate.id === labelId);
  if (!label) throw new Error(`The label "${labelId}" does not apply to this policy`);
  return [label];
}

/** Label cards with a QR code each on label paper, as many A4 sheets as the labels need. */
export function renderLabelPaperPdf(
  policy: Policy,
  labels: DerivedLabel[],
  options: LabelPaperPdfOptions,
): Promise<Uint8Array> {
  const paper = options.paper ?? averyL7173;
  const words = exportWords(options.locale, options.translations);
  const controller = localize(policy.controller.name, options.locale);
  const doc = createPdfDocument({
    title: `${localize(policy.serviceName, options.locale) || controller} — ${words.print.labelPaperTitle(paper.name)}`,
    author: controller,
    subject: words.print.labelPaperSubject,
    // The language of the sheet's own words; a card in another (a fallback) says its own.
    locale: words.locale,
    size: [mm(paper.page.width), mm(paper.page.height)],
    creationDate: options.creationDate,
  });
  const chosen = labelPaperLabels(labels, options.labelId);
  const cells = labelPaperCells(paper);
  // One label repeated fills the sheet; the key labels take one cell each.
  const perCell = options.labelId ? cells.map(() => chosen[0]!) : chosen;
  const url = fullPolicyUrl(policy);
  const padding = mm(3.5);
  // A card shows its own label's attention notes in words; a flag on a label not on the sheet (resident registration
  // numbers, an adverse change) would be lost, so when any label has one, every cell — each is peeled off on its own —
  // says under its QR code that the points to note are in the full policy, after the cards' "!" mark.
  const flagged = labels.some((label) => label.attention.length > 0);
  const ink = palette(options.variant, 'processing').ink;
  const root = doc.struct('Document');
  doc.addStructure(root);
  const list = doc.struct('L');
  root.add(list);
  perCell.forEach((label, index) => {
    if (index > 0 && index % cells.length === 0) {
      doc.addPage({ size: [mm(paper.page.width), mm(paper.page.height)], margin: 0 });
    }
    if (index % cells.length === 0) drawCutMarks(doc, paper);
    const cell = cells[index % cells.length]!;
    const card = layoutLabelCard(label, { variant: options.variant, locale: options.locale });
    const qrSize = url ? Math.min(cell.height - padding * 2, mm(22)) : 0;
    const qrColumn = url ? qrSize : mm(22);
    const note = flagged
      ? placeLines(`${attentionMark} ${words.print.attentionSeeFullPolicy}`, {
          x: cell.x + cell.width - padding - qrColumn,
          top: 0,
          width: qrColumn,
          size: 6.5,
          weight: 'bold',
          colour: ink,
          align: 'center',
        })
      : [];
    const noteHeight = note.length > 0 ? linesHeight(note) + mm(1) : 0;
    // The QR code and the note under it, centred together in the cell's height.
    const qrTop = cell.y + (cell.height - qrSize - noteHeight) / 2;
    const noteTop = qrTop + qrSize + (note.length > 0 ? mm(1) : 0);
    const placedNote = note.map((line) => ({ ...line, baseline: line.baseline + noteTop }));
    const cardArea = {
      width: cell.width - padding * 2 - (url || flagged ? qrColumn + padding * 0.6 : 0),
      height: cell.height - padding * 2,
    };
    const scale = Math.min(
      cardArea.width / (card.width * pointsPerPixel),
      cardArea.height / (card.height * pointsPerPixel),
      1.2,
    );
    const cardHeight = card.height * pointsPerPixel * scale;
    const item = doc.struct('LI');
    list.add(item);
    drawLabelCard(doc, item, card, {
      x: cell.x + padding,
      y: cell.y + (cell.height - cardHeight) / 2,
      scale: pointsPerPixel * scale,
      headingLevel: 'H2',
      pageLocale: words.locale,
    });
    if (url) {
      item.add(
        doc.struct('Figure', { alt: words.qrAlt(url) }, () =>
          drawQrCode(
            doc,
            {
              x: cell.x + cell.width - padding - qrSize,
              y: qrTop,
              size: qrSize,
            },
            url,
          ),
        ),
      );
    }
    if (placedNote.length > 0) item.add(doc.struct('P', {}, () => drawPrintLines(doc, placedNote)));
    item.end();
  });
  list.end();
  root.end();
  return pdfToBuffer(doc);
}
