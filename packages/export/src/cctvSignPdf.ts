// The CCTV sign (영상정보처리기기 안내판, PIPA Art. 25(4), Decree Art. 24) as a printable PDF, A4 or A5: for each fixed
// video device its purpose, location, range and hours of recording, and the manager's name and contact, under the
// video-device label's icon. The words and values come from `deriveVideoSign`, the same object the React `CctvSign`
// shows, so the sign on the wall says what the policy page says.
import {
  deriveVideoSign,
  type Locale,
  localize,
  type Policy,
  type Translation,
} from '@privacy-label-kit/schema/core';
import { palette, type Variant } from './artwork.js';
import type { FontWeight } from './fonts.js';
import { documentOptions, type FormatEntry } from './formats.js';
import {
  asArtifact,
  createPdfDocument,
  drawLabelIcon,
  type PdfDocument,
  pdfFonts,
  pdfToBuffer,
} from './pdfDocument.js';
import { wrapTextLines } from './text.js';

/** The sign's paper sizes, portrait, in PDF points (ISO 216: A4 210 × 297 mm, A5 148 × 210 mm). */
export const cctvSignSizes = {
  A4: [595.28, 841.89],
  A5: [419.53, 595.28],
} as const satisfies Record<string, readonly [number, number]>;
export type CctvSignSize = keyof typeof cctvSignSizes;

export interface CctvSignPdfOptions {
  /** 'online': the video family's colour band; 'offline': black on white only, for any printer or photocopier. */
  variant: Variant;
  locale: Locale;
  size: CctvSignSize;
  translations?: readonly Translation[];
  /** Written as the creation date (the policy's effective date in exports: same policy, same bytes). */
  creationDate: Date;
}

interface Run {
  text: string;
  size: number;
  weight: FontWeight;
  colour: string;
}

const lineHeight = 1.45;

/** Draws `run` wrapped to `width` with its top at (x, top); returns the height used. Untagged: callers tag it. */
function drawRun(doc: PdfDocument, run: Run, x: number, top: number, width: number): number {
  const lines = wrapTextLines(run.text, run.weight, run.size, width);
  lines.forEach((line, index) => {
    doc
      .font(run.weight === 'bold' ? pdfFonts.bold : pdfFonts.regular)
      .fontSize(run.size)
      .fillColor(run.colour)
      .text(
        line.spaceAfter ? `${line.text} ` : line.text,
        x,
        top + run.size * 1.12 + index * run.size * lineHeight,
        {
          lineBreak: false,
          baseline: 'alphabetic',
        },
      );
  });
  return lines.length * run.size * lineHeight;
}

function runHeight(run: Run, width: number): number {
  return wrapTextLines(run.text, run.weight, run.size, width).length * run.size * lineHeight;
}

/**
 * The CCTV sign of `policy` as a tagged PDF (title as H1, each device's particulars as a table of header and data
 * cells), or undefined when the policy has no fixed video device — mobile devices (Art. 25-2) need no sign.
 * Pages are added when many devices do not fit on one.
 */
export function renderCctvSignPdf(
  policy: Policy,
  options: CctvSignPdfOptions,
): Promise<Uint8Array> | undefined {
  const sign = deriveVideoSign(policy, {
    locale: options.locale,
    ...(options.translations ? { translations: options.translations } : {}),
  });
  if (!sign) return undefined;
  const [pageWidth, pageHeight] = cctvSignSizes[options.size];
  // Every measure is set for A4 and scaled with the page, so the A5 sign is the A4 sign made smaller.
  const s = pageWidth / cctvSignSizes.A4[0];
  const colours = palette(options.variant, 'video');
  const online = options.variant === 'online';
  const margin = 40 * s;
  const width = pageWidth - margin * 2;
  const controller = localize(policy.controller.name, options.locale);
  const doc = createPdfDocument({
    title: `${sign.title} — ${controller}`,
    author: controller,
    subject: sign.legalNote,
    // The language the sign's words are in, which may be a fallback of the one asked for.
    locale: sign.locale,
    size: [pageWidth, pageHeight],
    creationDate: options.creationDate,
  });
  const root = doc.struct('Document');
  doc.addStructure(root);

  // The title band: the video family's colour with white type online; a heavy black frame offline (no toner flood).
  const bandHeight = 96 * s;
  const iconSize = 64 * s;
  const bandInk = online ? '#ffffff' : colours.ink;
  asArtifact(doc, () => {
    if (online)
      doc
        .roundedRect(margin, margin, width, bandHeight, 8 * s)
        .fillColor(colours.accent)
        .fill();
    else
      doc
        .roundedRect(margin + 1.5 * s, margin + 1.5 * s, width - 3 * s, bandHeight - 3 * s, 8 * s)
        .lineWidth(3 * s)
        .strokeColor(colours.ink)
        .stroke();
    // The icon is decorative beside the title, which says what it means.
    drawLabelIcon(
      doc,
      'fixed-video-devices',
      bandInk,
      margin + 16 * s,
      margin + (bandHeight - iconSize) / 2,
      iconSize,
    );
  });
  const titleX = margin + 16 * s + iconSize + 16 * s;
  const title: Run = { text: sign.title, size: 30 * s, weight: 'bold', colour: bandInk };
  const titleWidth = width - (titleX - margin) - 16 * s;
  const titleTop = margin + (bandHeight - runHeight(title, titleWidth)) / 2;
  root.add(doc.struct('H1', {}, () => drawRun(doc, title, titleX, titleTop, titleWidth)));

  const note: Run = { text: sign.legalNote, size: 9.5 * s, weight: 'regular', colour: colours.text };
  const noteHeight = runHeight(note, width);
  const contentTop = margin + bandHeight + 22 * s;
  const bottom = pageHeight - margin - noteHeight - 12 * s;

  /**
   * Lays out the lead and the devices' tables with type `k` times the base sizes, from `contentTop`; draws and tags
   * them only when `draw` is set, and returns where the content ends (on its last page).
   */
  const content = (k: number, draw: boolean): number => {
    let y = contentTop;
    const newPage = () => {
      doc.addPage({ size: [pageWidth, pageHeight], margin: 0 });
      y = margin;
    };
    const lead: Run = { text: sign.lead, size: 15 * s * k, weight: 'regular', colour: colours.ink };
    if (draw) root.add(doc.struct('P', {}, () => drawRun(doc, lead, margin, y, width)));
    y += runHeight(lead, width) + 16 * s * k;
    const termWidth = 118 * s * k;
    const gap = 14 * s;
    const valueWidth = width - termWidth - gap;
    const pad = 9 * s * k;
    const rule = (at: number) => {
      if (!draw) return;
      asArtifact(doc, () => {
        doc
          .moveTo(margin, at)
          .lineTo(margin + width, at)
          .lineWidth((online ? 0.75 : 1) * s)
          .strokeColor(online ? colours.rule : colours.ink)
          .stroke();
      });
    };
    for (const device of sign.devices) {
      if (device.name) {
        const heading: Run = { text: device.name, size: 17 * s * k, weight: 'bold', colour: colours.ink };
        if (draw && y + runHeight(heading, width) + 60 * s > bottom) newPage();
        const top = y;
        if (draw) root.add(doc.struct('H2', {}, () => drawRun(doc, heading, margin, top, width)));
        y += runHeight(heading, width) + 6 * s * k;
      }
      const table = draw ? doc.struct('Table') : undefined;
      if (table) root.add(table);
      rule(y);
      for (const row of device.rows) {
        const term: Run = { text: row.term, size: 14 * s * k, weight: 'bold', colour: colours.ink };
        // The contact is what a passer-by needs most: in bold, and a size up.
        const value: Run =
          row.key === 'contact'
            ? { text: row.value, size: 17 * s * k, weight: 'bold', colour: colours.ink }
            : { text: row.value, size: 14 * s * k, weight: 'regular', colour: colours.ink };
        const height = Math.max(runHeight(term, termWidth), runHeight(value, valueWidth)) + pad * 2;
        if (draw && y + height > bottom) {
          newPage();
          rule(y);
        }
        const top = y;
        if (table) {
          const tableRow = doc.struct('TR');
          table.add(tableRow);
          tableRow.add(doc.struct('TH', {}, () => drawRun(doc, term, margin, top + pad, termWidth)));
          const lift = row.key === 'contact' ? 1.5 * s * k : 0;
          tableRow.add(
            doc.struct('TD', {}, () =>
              drawRun(doc, value, margin + termWidth + gap, top + pad - lift, valueWidth),
            ),
          );
          tableRow.end();
        }
        y += height;
        rule(y);
      }
      table?.end();
      y += 18 * s * k;
    }
    return y;
  };

  // A sign is read from a step or two away: when the content leaves room, the type grows to use it (up to 1.5 times),
  // the same for every row; when it does not fit at the base size, it flows onto further pages instead.
  const baseEnd = content(1, false);
  let scale = baseEnd >= bottom ? 1 : Math.min(1.5, (bottom - contentTop) / (baseEnd - contentTop));
  // Larger type can wrap into more lines than the proportion promised: step down until it fits.
  while (scale > 1 && content(scale, false) > bottom) scale = Math.max(1, scale - 0.05);
  content(scale, true);

  // The provision the sign answers to, at the foot of the last page.
  root.add(doc.struct('P', {}, () => drawRun(doc, note, margin, pageHeight - margin - noteHeight, width)));
  root.end();
  return pdfToBuffer(doc);
}

/**
 * The registry entry (see `formats.ts`): the sign in A4 and A5 per variant and language, in `signs/`, for a policy
 * with at least one fixed video device — and no file at all for one without.
 */
export const cctvSignFormat: FormatEntry = {
  kind: 'cctv-sign',
  format: 'pdf',
  purpose: 'signs',
  files: (context) => {
    if (!context.policy.videoDevices.some((device) => device.kind === 'fixed')) return [];
    return (Object.keys(cctvSignSizes) as CctvSignSize[]).map((size) => ({
      name: `cctv-sign-${size.toLowerCase()}-${context.variant}-${context.locale}.pdf`,
      make: () =>
        renderCctvSignPdf(context.policy, { ...documentOptions(context), size }) as Promise<Uint8Array>,
    }));
  },
};
