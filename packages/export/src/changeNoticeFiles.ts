// The change notice and the before/after comparison table (신구대조표) as files: a standalone HTML page and an A4 PDF
// each, in any language, from the schema's `changeNotice` data and words (the React components say the same).
import {
  type ChangeNotice,
  type Locale,
  type LocalizedMessage,
  policyReviewWords,
  type Translation,
} from '@privacy-label-kit/schema/core';
import { a4, createPdfDocument, type PdfDocument, pdfFonts, pdfToBuffer } from './pdfDocument.js';

export interface ChangeNoticeFileOptions {
  locale: Locale;
  translations?: readonly Translation[];
  /** Include the checks' findings (for the policy's author); left out of what users read by default. */
  includeFindings?: boolean;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** A message in `locale`, else English, else Korean (a message always has ko and en). */
const pick = (message: LocalizedMessage | undefined, locale: Locale) =>
  message ? (message[locale] ?? message[locale.split('-')[0]!] ?? message.en) : '';

const htmlStyle = `body{font-family:"Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",system-ui,sans-serif;line-height:1.6;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:.4rem .6rem;text-align:left;vertical-align:top}
thead th{background:#eee}[data-impact=adverse]{font-weight:700}.impact::before{content:""}ul{padding-left:1.2rem}`;

function htmlDocument(locale: Locale, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${htmlStyle}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function comparisonTableHtml(notice: ChangeNotice, options: ChangeNoticeFileOptions): string {
  const { locale } = options;
  const words = policyReviewWords(locale, options.translations);
  const w = words.changeNotice;
  if (notice.diff.changes.length === 0) return `<p>${escapeHtml(w.noChanges)}</p>`;
  const caption = w.comparisonCaption({
    before: words.format.date(notice.diff.previousEffectiveDate),
    after: words.format.date(notice.diff.effectiveDate),
  });
  const rows = notice.diff.changes
    .map(
      (change) => `<tr data-impact="${change.impact}">
<th scope="row">${escapeHtml(words.diff.areas[change.area])}</th>
<td>${escapeHtml(pick(change.name, locale))}</td>
<td>${escapeHtml(change.before ? pick(change.before, locale) : w.absent)}</td>
<td>${escapeHtml(change.after ? pick(change.after, locale) : w.absent)}</td>
<td>${escapeHtml(words.diff.impacts[change.impact])}: ${escapeHtml(pick(change.reason, locale))}</td>
</tr>`,
    )
    .join('\n');
  return `<table>
<caption>${escapeHtml(caption)}</caption>
<thead><tr><th scope="col">${escapeHtml(w.columns.area)}</th><th scope="col">${escapeHtml(w.columns.subject)}</th><th scope="col">${escapeHtml(w.columns.before)}</th><th scope="col">${escapeHtml(w.columns.after)}</th><th scope="col">${escapeHtml(w.columns.impact)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

/** The comparison table (신구대조표) as a standalone HTML page. */
export function renderComparisonHtml(notice: ChangeNotice, options: ChangeNoticeFileOptions): string {
  const w = policyReviewWords(options.locale, options.translations).changeNotice;
  return htmlDocument(
    options.locale,
    w.comparisonTitle,
    `<h1>${escapeHtml(w.comparisonTitle)}</h1>\n${comparisonTableHtml(notice, options)}`,
  );
}

/** The change notice as a standalone HTML page: what changes and when, the labels, how to object, the table. */
export function renderChangeNoticeHtml(notice: ChangeNotice, options: ChangeNoticeFileOptions): string {
  const { locale } = options;
  const words = policyReviewWords(locale, options.translations);
  const w = words.changeNotice;
  const parts: string[] = [`<h1>${escapeHtml(w.title)}</h1>`];
  parts.push(`<p>${escapeHtml(pick(notice.headline, locale))}</p>`);
  if (notice.announced) parts.push(`<p>${escapeHtml(pick(notice.announced, locale))}</p>`);
  parts.push(`<p><strong>${escapeHtml(pick(notice.overall, locale))}</strong></p>`);
  parts.push(`<h2>${escapeHtml(w.changesHeading)}</h2>`);
  parts.push(
    `<ul>${notice.diff.changes
      .map(
        (change) =>
          `<li data-impact="${change.impact}"><strong>${escapeHtml(pick(change.subject, locale))}</strong> — ${escapeHtml(words.diff.impacts[change.impact])}: ${escapeHtml(pick(change.reason, locale))}</li>`,
      )
      .join('')}</ul>`,
  );
  if (notice.diff.labels.length > 0) {
    parts.push(`<h2>${escapeHtml(w.labelsHeading)}</h2><ul>`);
    for (const label of notice.diff.labels) {
      const flags = label.after?.attention.filter((flag) => label.flagsAdded.includes(flag.code)) ?? [];
      parts.push(
        `<li><strong>${escapeHtml(pick(label.title, locale))}</strong>: ${escapeHtml(w.labelBefore)} “${escapeHtml(label.before ? pick(label.before.caption, locale) : w.absent)}” → ${escapeHtml(w.labelAfter)} “${escapeHtml(label.after ? pick(label.after.caption, locale) : w.absent)}”${flags.map((flag) => `<br>${escapeHtml(w.newFlag)}: ${escapeHtml(pick(flag.message, locale))}`).join('')}</li>`,
      );
    }
    parts.push('</ul>');
  }
  if (notice.objections.length > 0 || notice.refusals.length > 0) {
    parts.push(`<h2>${escapeHtml(w.objectHeading)}</h2>`);
    for (const objection of notice.objections) {
      parts.push(
        `<p><strong>${escapeHtml(pick(objection.sentence, locale))}</strong></p><p>${escapeHtml(w.howToObject)}: ${escapeHtml(pick(objection.howToObject, locale))}</p>`,
      );
    }
    parts.push('<ul>');
    for (const refusal of notice.refusals) {
      parts.push(
        `<li><strong>${escapeHtml(pick(refusal.subject, locale))}</strong>: ${escapeHtml(pick(refusal.effect, locale))}${refusal.consequence ? ` ${escapeHtml(pick(refusal.consequence, locale))}` : ''}${refusal.howToRefuse ? `<br>${escapeHtml(w.howToObject)}: ${escapeHtml(pick(refusal.howToRefuse, locale))}` : ''}</li>`,
      );
    }
    parts.push('</ul>');
  }
  if (options.includeFindings && notice.findings.length > 0) {
    parts.push(`<h2>${escapeHtml(w.findingsHeading)}</h2><p>${escapeHtml(w.findingsIntro)}</p><ul>`);
    for (const finding of notice.findings) {
      parts.push(
        `<li><strong>${escapeHtml(words.lint.severities[finding.severity])}</strong> ${escapeHtml(pick(finding.message, locale))} (${escapeHtml(pick(finding.citation, locale))})</li>`,
      );
    }
    parts.push('</ul>');
  }
  parts.push(`<h2>${escapeHtml(w.comparisonTitle)}</h2>`);
  parts.push(comparisonTableHtml(notice, options));
  return htmlDocument(locale, w.title, parts.join('\n'));
}

// PDF: A4, text flowing down the page, the table drawn row by row with each cell's height measured.
const margin = 48;
const contentWidth = a4.width - margin * 2;

function pdfHeading(doc: PdfDocument, text: string, size: number) {
  doc
    .moveDown(0.6)
    .font(pdfFonts.bold)
    .fontSize(size)
    .fillColor('#000000')
    .text(text, margin, undefined, { width: contentWidth });
  doc.moveDown(0.3).font(pdfFonts.regular).fontSize(10);
}

function pdfParagraph(doc: PdfDocument, text: string, bold = false) {
  doc
    .font(bold ? pdfFonts.bold : pdfFonts.regular)
    .fontSize(10)
    .fillColor('#000000')
    .text(text, margin, undefined, { width: contentWidth, lineGap: 2 });
  doc.moveDown(0.3);
}

function pdfTable(doc: PdfDocument, header: string[], rows: Array<{ cells: string[]; bold: boolean }>) {
  const widths = [0.14, 0.24, 0.2, 0.2, 0.22].map((share) => share * contentWidth);
  const padding = 4;
  const drawRow = (cells: string[], bold: boolean, fill?: string): void => {
    doc.font(bold ? pdfFonts.bold : pdfFonts.regular).fontSize(8.5);
    const height =
      Math.max(
        ...cells.map((cell, index) => doc.heightOfString(cell, { width: widths[index]! - padding * 2 })),
      ) +
      padding * 2;
    if (doc.y + height > a4.height - margin) {
      // A new page starts below its margin (the documents have none of their own) and repeats the header row.
      doc.addPage();
      doc.y = margin;
      if (!fill) drawRow(header, true, '#eeeeee');
      doc.font(bold ? pdfFonts.bold : pdfFonts.regular).fontSize(8.5);
    }
    const top = doc.y;
    let x = margin;
    cells.forEach((cell, index) => {
      const width = widths[index]!;
      if (fill) doc.rect(x, top, width, height).fillColor(fill).fill();
      doc.rect(x, top, width, height).lineWidth(0.5).strokeColor('#777777').stroke();
      doc.fillColor('#000000').text(cell, x + padding, top + padding, { width: width - padding * 2 });
      x += width;
    });
    doc.x = margin;
    doc.y = top + height;
  };
  drawRow(header, true, '#eeeeee');
  for (const row of rows) drawRow(row.cells, row.bold);
}

function comparisonPdfContent(doc: PdfDocument, notice: ChangeNotice, options: ChangeNoticeFileOptions) {
  const { locale } = options;
  const words = policyReviewWords(locale, options.translations);
  const w = words.changeNotice;
  if (notice.diff.changes.length === 0) {
    pdfParagraph(doc, w.noChanges);
    return;
  }
  pdfParagraph(
    doc,
    w.comparisonCaption({
      before: words.format.date(notice.diff.previousEffectiveDate),
      after: words.format.date(notice.diff.effectiveDate),
    }),
  );
  pdfTable(
    doc,
    [w.columns.area, w.columns.subject, w.columns.before, w.columns.after, w.columns.impact],
    notice.diff.changes.map((change) => ({
      cells: [
        words.diff.areas[change.area],
        pick(change.name, locale),
        change.before ? pick(change.before, locale) : w.absent,
        change.after ? pick(change.after, locale) : w.absent,
        `${words.diff.impacts[change.impact]}: ${pick(change.reason, locale)}`,
      ],
      bold: false,
    })),
  );
}

function newDocument(title: string, options: ChangeNoticeFileOptions, creationDate: Date) {
  const doc = createPdfDocument({ title, locale: options.locale, creationDate });
  // Text that flows onto a new page starts below the margin, like the first.
  doc.on('pageAdded', () => {
    doc.x = margin;
    doc.y = margin;
  });
  doc.x = margin;
  doc.y = margin;
  return doc;
}

/** The comparison table as an A4 PDF (real, extractable text in Noto Sans KR). */
export function renderComparisonPdf(
  notice: ChangeNotice,
  options: ChangeNoticeFileOptions,
): Promise<Uint8Array> {
  const w = policyReviewWords(options.locale, options.translations).changeNotice;
  const doc = newDocument(w.comparisonTitle, options, new Date(`${notice.effectiveOn}T00:00:00Z`));
  pdfHeading(doc, w.comparisonTitle, 16);
  comparisonPdfContent(doc, notice, options);
  return pdfToBuffer(doc);
}

/** The change notice as an A4 PDF, ending with the comparison table. */
export function renderChangeNoticePdf(
  notice: ChangeNotice,
  options: ChangeNoticeFileOptions,
): Promise<Uint8Array> {
  const { locale } = options;
  const words = policyReviewWords(locale, options.translations);
  const w = words.changeNotice;
  const doc = newDocument(w.title, options, new Date(`${notice.effectiveOn}T00:00:00Z`));
  pdfHeading(doc, w.title, 18);
  pdfParagraph(doc, pick(notice.headline, locale));
  if (notice.announced) pdfParagraph(doc, pick(notice.announced, locale));
  pdfParagraph(doc, pick(notice.overall, locale), true);
  pdfHeading(doc, w.changesHeading, 13);
  for (const change of notice.diff.changes) {
    pdfParagraph(
      doc,
      `• ${pick(change.subject, locale)} — ${words.diff.impacts[change.impact]}: ${pick(change.reason, locale)}`,
      change.impact === 'adverse',
    );
  }
  if (notice.diff.labels.length > 0) {
    pdfHeading(doc, w.labelsHeading, 13);
    for (const label of notice.diff.labels) {
      const flags = label.after?.attention.filter((flag) => label.flagsAdded.includes(flag.code)) ?? [];
      pdfParagraph(
        doc,
        `• ${pick(label.title, locale)}: ${w.labelBefore} “${label.before ? pick(label.before.caption, locale) : w.absent}” → ${w.labelAfter} “${label.after ? pick(label.after.caption, locale) : w.absent}”${flags.map((flag) => `\n   ${w.newFlag}: ${pick(flag.message, locale)}`).join('')}`,
      );
    }
  }
  if (notice.objections.length > 0 || notice.refusals.length > 0) {
    pdfHeading(doc, w.objectHeading, 13);
    for (const objection of notice.objections) {
      pdfParagraph(doc, pick(objection.sentence, locale), true);
      pdfParagraph(doc, `${w.howToObject}: ${pick(objection.howToObject, locale)}`);
    }
    for (const refusal of notice.refusals) {
      pdfParagraph(
        doc,
        `• ${pick(refusal.subject, locale)}: ${pick(refusal.effect, locale)}${refusal.consequence ? ` ${pick(refusal.consequence, locale)}` : ''}`,
      );
    }
  }
  if (options.includeFindings && notice.findings.length > 0) {
    pdfHeading(doc, w.findingsHeading, 13);
    pdfParagraph(doc, w.findingsIntro);
    for (const finding of notice.findings) {
      pdfParagraph(
        doc,
        `• ${words.lint.severities[finding.severity]}: ${pick(finding.message, locale)} (${pick(finding.citation, locale)})`,
      );
    }
  }
  pdfHeading(doc, w.comparisonTitle, 13);
  comparisonPdfContent(doc, notice, options);
  return pdfToBuffer(doc);
}

export interface ChangeNoticeExportOptions {
  outDir: string;
  /** Languages to write; default Korean and English. */
  locales?: readonly Locale[];
  translations?: readonly Translation[];
  /** Write into a folder that is not empty, replacing files of the same name. */
  force?: boolean;
  includeFindings?: boolean;
}

/**
 * Writes `change-notice-<locale>.html`/`.pdf` and `comparison-<locale>.html`/`.pdf` for each language, each file
 * atomically (a temporary file renamed into place), into an empty folder unless `force` is given.
 */
export async function exportChangeNotice(
  notice: ChangeNotice,
  options: ChangeNoticeExportOptions,
): Promise<string[]> {
  // Node only: files on disk, and the Node set-up (fonts from the package, pdfkit's Node build) for the PDFs.
  const [{ AtomicFileWriter, prepareOutputFolder }] = await Promise.all([
    import('./outputFolder.js'),
    import('./node.js'),
  ]);
  await prepareOutputFolder(options.outDir, options.force ?? false);
  const writer = new AtomicFileWriter(options.outDir);
  const written: string[] = [];
  for (const locale of options.locales ?? ['ko', 'en']) {
    const fileOptions: ChangeNoticeFileOptions = {
      locale,
      ...(options.translations ? { translations: options.translations } : {}),
      ...(options.includeFindings ? { includeFindings: true } : {}),
    };
    const files: Array<[string, string | Uint8Array]> = [
      [`change-notice-${locale}.html`, renderChangeNoticeHtml(notice, fileOptions)],
      [`change-notice-${locale}.pdf`, await renderChangeNoticePdf(notice, fileOptions)],
      [`comparison-${locale}.html`, renderComparisonHtml(notice, fileOptions)],
      [`comparison-${locale}.pdf`, await renderComparisonPdf(notice, fileOptions)],
    ];
    for (const [path, content] of files) {
      await writer.write(path, content);
      written.push(path);
    }
  }
  return written;
}
