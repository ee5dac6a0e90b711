// A flowing, paginated layout for tagged PDFs whose length depends on the policy: the easy-read version and the
// large-print summary. Text is wrapped with the same Noto Sans KR metrics as every other export; each block is drawn
// as tagged content in reading order, and a block that does not fit moves to the next page whole.
import type { FontWeight } from './fonts.js';
import {
  a4,
  asArtifact,
  createPdfDocument,
  type PdfDocument,
  type PdfDocumentOptions,
  pdfFonts,
} from './pdfDocument.js';
import { wrapTextLines } from './text.js';

export interface FlowText {
  text: string;
  size: number;
  weight?: FontWeight;
  colour?: string;
}

type StructElement = ReturnType<PdfDocument['struct']>;

export class FlowPdf {
  readonly doc: PdfDocument;
  readonly root: StructElement;
  readonly margin: number;
  readonly width: number;
  y: number;

  constructor(options: PdfDocumentOptions & { margin?: number }) {
    this.doc = createPdfDocument(options);
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
    this.margin = options.margin ?? 48;
    this.width = a4.width - this.margin * 2;
    this.y = this.margin;
  }

  /** Starts a new page when `height` does not fit below the current position. */
  ensure(height: number): void {
    if (this.y + height > a4.height - this.margin && this.y > this.margin) {
      this.doc.addPage({ size: [a4.width, a4.height], margin: 0 });
      this.y = this.margin;
    }
  }

  /** The lines `text` wraps to at `width`, with their line height (1.5 × size). */
  lines(text: FlowText, width: number) {
    const lines = wrapTextLines(text.text, text.weight ?? 'regular', text.size, width);
    return { lines, height: lines.length * text.size * 1.5 };
  }

  /** Draws wrapped text at (x, this.y) without tagging it; returns the height used. */
  drawText(text: FlowText, x: number, width: number): number {
    const { lines, height } = this.lines(text, width);
    lines.forEach((line, index) => {
      this.doc
        .font(text.weight === 'bold' ? pdfFonts.bold : pdfFonts.regular)
        .fontSize(text.size)
        .fillColor(text.colour ?? '#16181d')
        .text(
          line.spaceAfter ? `${line.text} ` : line.text,
          x,
          this.y + text.size * 1.2 + index * text.size * 1.5,
          {
            lineBreak: false,
            baseline: 'alphabetic',
          },
        );
    });
    return height;
  }

  /** A heading or paragraph as its own tagged element, moved to the next page if it does not fit. */
  block(
    tag: 'H1' | 'H2' | 'H3' | 'P',
    text: FlowText,
    /** `lang`: the PDF language of a block written in another language than the document (see `pdfLanguage`). */
    options: { x?: number; after?: number; keepWith?: number; lang?: string } = {},
  ) {
    const x = options.x ?? this.margin;
    const width = this.width - (x - this.margin);
    const { height } = this.lines(text, width);
    this.ensure(height + (options.keepWith ?? 0));
    this.root.add(
      this.doc.struct(tag, options.lang ? { lang: options.lang } : {}, () => this.drawText(text, x, width)),
    );
    this.y += height + (options.after ?? 0);
  }

  /** A rule across the page, as an artifact. */
  rule(colour: string): void {
    asArtifact(this.doc, () => {
      this.doc
        .moveTo(this.margin, this.y)
        .lineTo(a4.width - this.margin, this.y)
        .lineWidth(0.75)
        .strokeColor(colour)
        .stroke();
    });
  }

  finish(): void {
    this.root.end();
  }
}
