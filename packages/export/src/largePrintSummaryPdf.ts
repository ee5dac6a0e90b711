import type { DerivedLabel, Policy } from '@privacy-label-kit/schema/core';
import { localize } from '@privacy-label-kit/schema/core';
import { palette } from './artwork.js';
import { FlowPdf } from './flowPdf.js';
import { exportWords } from './locales/words.js';
import {
  asArtifact,
  drawAttentionMarker,
  drawLabelIcon,
  languageOfPart,
  pdfToBuffer,
} from './pdfDocument.js';
import { attentionNotes, drawQrCode, type SummaryPdfOptions, summaryFacts } from './summaryPdf.js';

/** Body text of the large-print summary, in points: 15 pt is 20 CSS px, the large-type body size on screen. */
export const largePrintBodySize = 15;

/**
 * The one-page summary's content in large print for older readers: body text at 15 pt (20 px), one column, the
 * labels one to a line, the key facts as term above value, black-and-near-black text on white (contrast above 7:1);
 * as many A4 pages as it takes, never shrunk to fit. Same labels, facts and attention notes as `renderSummaryPdf`.
 */
export function renderLargePrintSummaryPdf(
  policy: Policy,
  labels: DerivedLabel[],
  options: SummaryPdfOptions,
): Promise<Uint8Array> {
  const words = exportWords(options.locale, options.translations);
  const colours = palette(options.variant, 'processing');
  const controller = localize(policy.controller.name, options.locale);
  const service = policy.serviceName ? localize(policy.serviceName, options.locale) : undefined;
  const flow = new FlowPdf({
    title: `${service ?? controller} — ${words.easyRead.largePrintTitle}`,
    author: controller,
    subject: words.easyRead.largePrintSubject,
    // The language of the page's own words; a label or note in another (a fallback) says its own.
    locale: words.locale,
    creationDate: options.creationDate,
    margin: 50,
  });
  const { doc } = flow;
  const body = largePrintBodySize;
  const ink = colours.ink;

  flow.block(
    'H1',
    { text: `${service ?? controller} — ${words.summaryTitle}`, size: 24, weight: 'bold', colour: ink },
    { after: 6 },
  );
  flow.block('P', { text: controller, size: body, colour: ink }, { after: 14 });

  flow.block(
    'H2',
    { text: words.labelsHeading, size: 19, weight: 'bold', colour: ink },
    { after: 8, keepWith: 60 },
  );
  const list = doc.struct('L');
  flow.root.add(list);
  const iconSize = 36;
  const textX = flow.margin + iconSize + 12;
  const textWidth = flow.width - iconSize - 12;
  for (const label of labels) {
    const title = flow.lines({ text: label.title, size: body, weight: 'bold' }, textWidth);
    const caption = flow.lines({ text: label.caption, size: body }, textWidth);
    flow.ensure(Math.max(iconSize, title.height + caption.height) + 10);
    const top = flow.y;
    const item = doc.struct('LI', languageOfPart(label.locale, words.locale));
    list.add(item);
    const accent = palette(options.variant, label.family).accent;
    item.add(
      doc.struct('Figure', { alt: label.title }, () =>
        drawLabelIcon(doc, label.id, accent, flow.margin, top, iconSize),
      ),
    );
    const labelBody = doc.struct('LBody');
    item.add(labelBody);
    labelBody.add(
      doc.struct('P', {}, () =>
        flow.drawText({ text: label.title, size: body, weight: 'bold', colour: ink }, textX, textWidth),
      ),
    );
    flow.y += title.height;
    labelBody.add(
      doc.struct('P', {}, () =>
        flow.drawText({ text: label.caption, size: body, colour: ink }, textX, textWidth),
      ),
    );
    flow.y = Math.max(top + iconSize, flow.y + caption.height) + 10;
    labelBody.end();
    item.end();
  }
  list.end();

  flow.y += 8;
  flow.block(
    'H2',
    { text: words.keyFactsHeading, size: 19, weight: 'bold', colour: ink },
    { after: 8, keepWith: 60 },
  );
  const facts = doc.struct('L');
  flow.root.add(facts);
  for (const fact of summaryFacts(policy, options.locale, options.translations)) {
    const term = flow.lines({ text: fact.term, size: body, weight: 'bold' }, flow.width);
    const value = flow.lines({ text: fact.value, size: body }, flow.width);
    flow.ensure(term.height + Math.min(value.height, body * 3));
    const item = doc.struct('LI');
    facts.add(item);
    item.add(
      doc.struct('Lbl', {}, () =>
        flow.drawText({ text: fact.term, size: body, weight: 'bold', colour: ink }, flow.margin, flow.width),
      ),
    );
    flow.y += term.height;
    item.add(
      doc.struct('LBody', {}, () =>
        flow.drawText({ text: fact.value, size: body, colour: ink }, flow.margin, flow.width),
      ),
    );
    flow.y += value.height + 8;
    item.end();
  }
  facts.end();

  const attention = attentionNotes(labels);
  if (attention.length > 0) {
    flow.y += 8;
    flow.block(
      'H2',
      { text: words.attentionHeading, size: 19, weight: 'bold', colour: ink },
      { after: 8, keepWith: 40 },
    );
    for (const { message, locale } of attention) {
      const radius = body * 0.55;
      const x = flow.margin + radius * 2 + 8;
      const { height } = flow.lines(
        { text: message, size: body, weight: 'bold' },
        flow.width - radius * 2 - 8,
      );
      flow.ensure(height);
      const top = flow.y;
      asArtifact(doc, () =>
        drawAttentionMarker(doc, flow.margin + radius, top + body * 0.8, radius, colours.attention),
      );
      flow.block(
        'P',
        // The note in ink (17.8:1), not the attention colour (6.6:1 on white): large print keeps every text at 7:1 or
        // more; the marker beside it carries the colour.
        { text: message, size: body, weight: 'bold', colour: ink },
        { x, after: 6, ...languageOfPart(locale, words.locale) },
      );
    }
  }

  // The full policy's address, as text and as a QR code.
  flow.y += 12;
  const qrSize = 96;
  flow.ensure(qrSize + 40);
  flow.rule(colours.rule);
  flow.y += 12;
  const qrTop = flow.y;
  flow.root.add(
    doc.struct('Figure', { alt: words.qrAlt(policy.policyUrl) }, () =>
      drawQrCode(doc, { x: flow.margin, y: qrTop, size: qrSize }, policy.policyUrl),
    ),
  );
  const footerX = flow.margin + qrSize + 16;
  flow.block(
    'H2',
    { text: words.fullPolicy, size: body, weight: 'bold', colour: ink },
    { x: footerX, after: 2 },
  );
  flow.block('P', { text: policy.policyUrl, size: body, colour: ink }, { x: footerX, after: 2 });
  flow.block('P', { text: words.qrHint, size: body, colour: ink }, { x: footerX });
  flow.finish();
  return pdfToBuffer(doc);
}
