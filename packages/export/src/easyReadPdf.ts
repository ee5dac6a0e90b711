import { type CharacterId, characterDrawings } from '@privacy-label-kit/icons';
import {
  deriveEasyRead,
  type EasyReadMessage,
  type Locale,
  localize,
  type Policy,
  sectionAnchor,
  type Translation,
} from '@privacy-label-kit/schema/core';
import { palette, type Variant } from './artwork.js';
import { FlowPdf } from './flowPdf.js';
import { exportWords } from './locales/words.js';
import { asArtifact, languageOfPart, type PdfDocument, pdfToBuffer } from './pdfDocument.js';

/**
 * The address of one section of the full policy: `policyUrl` with its own fragment, if any ("…/privacy#top"),
 * replaced by the section's anchor, since a URL has one fragment and "…#top#privacy-purposes" leads nowhere.
 */
export function policySectionUrl(policyUrl: string, anchor: string): string {
  const hash = policyUrl.indexOf('#');
  return `${hash === -1 ? policyUrl : policyUrl.slice(0, hash)}#${anchor}`;
}

/**
 * `url` as a PDF link target: a URI in ASCII, its other characters percent-encoded ("/개인정보처리방침" →
 * "/%EA%B0%9C…"), as PDF asks of a URI action (7-bit ASCII); pdfkit would write it as UTF-16, which is no URI and a
 * viewer may not follow. The visible text keeps `url`.
 */
export function asciiUri(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return encodeURI(url);
  }
}

export interface EasyReadPdfOptions {
  /** Any BCP 47 tag; words it lacks come from its fallback chain. */
  locale: Locale;
  translations?: readonly Translation[];
  /** 'online' (colour, default) or 'offline' (black on white for printing). */
  variant?: Variant;
  /** Written as the creation date, so the same policy and date give the same bytes. */
  creationDate: Date;
}

/** Draws one of the easy-read characters (the icons package's drawing) into a `size` box at (x, y). */
export function drawCharacter(
  doc: PdfDocument,
  id: CharacterId,
  x: number,
  y: number,
  size: number,
  monochrome = false,
): void {
  const drawing = characterDrawings[id];
  const ink = (colour: string) => (monochrome ? (colour === '#ffffff' ? '#ffffff' : '#000000') : colour);
  doc
    .save()
    .translate(x, y)
    .scale(size / 64);
  doc
    .circle(32, 32, 32)
    .fillColor(monochrome ? '#ffffff' : drawing.background)
    .fill();
  if (monochrome) doc.circle(32, 32, 31).lineWidth(1.5).strokeColor('#000000').stroke();
  for (const shape of drawing.shapes) {
    if (shape.kind === 'circle') {
      const fill = monochrome && shape.r > 10 ? '#ffffff' : ink(shape.fill);
      doc.circle(shape.cx, shape.cy, shape.r).fillColor(fill).fill();
      if (monochrome && shape.r > 4)
        doc.circle(shape.cx, shape.cy, shape.r).lineWidth(1.5).strokeColor('#000000').stroke();
    } else {
      doc.path(shape.d);
      if (shape.fill && !monochrome) doc.fillColor(shape.fill).fill();
      else if (shape.fill) doc.lineWidth(1.5).strokeColor('#000000').stroke();
      if (shape.stroke) {
        doc
          .path(shape.d)
          .lineWidth(shape.strokeWidth ?? 2)
          .lineCap('round')
          .strokeColor(ink(shape.stroke))
          .stroke();
      }
    }
  }
  doc.restore();
}

const bodySize = 13;
const avatarSize = 30;

/**
 * The easy-read version as a printable A4 PDF: the same chat the `EasyReadPolicy` component shows (both are
 * `deriveEasyRead`), tagged for screen readers — headings, the characters as figures with alt text, every message a
 * list item whose label is the speaker — with the full policy's address under each topic.
 */
export function renderEasyReadPdf(policy: Policy, options: EasyReadPdfOptions): Promise<Uint8Array> {
  const { locale, translations } = options;
  const monochrome = options.variant === 'offline';
  const colours = palette(options.variant ?? 'online', 'processing');
  const words = exportWords(locale, translations);
  const document = deriveEasyRead(policy, { locale, ...(translations ? { translations } : {}) });
  const controller = localize(policy.controller.name, locale);
  const service = policy.serviceName ? localize(policy.serviceName, locale) : undefined;
  const flow = new FlowPdf({
    title: `${service ?? controller} — ${document.title}`,
    author: controller,
    subject: words.easyRead.subject,
    // The language the easy-read words are in, which may be a fallback of the one asked for.
    locale: document.locale,
    creationDate: options.creationDate,
  });
  const { doc } = flow;

  flow.block('H1', { text: document.title, size: 22, weight: 'bold', colour: colours.ink }, { after: 4 });
  flow.block(
    'P',
    { text: [controller, service].filter(Boolean).join(' · '), size: 12, colour: colours.text },
    { after: 12 },
  );

  // The two characters, each a figure with its description as alt text, then its name.
  const cast = doc.struct('L');
  flow.root.add(cast);
  flow.ensure(48);
  let x = flow.margin;
  for (const id of ['guide', 'friend'] as const) {
    const character = document.characters[id];
    const item = doc.struct('LI');
    cast.add(item);
    item.add(
      doc.struct('Figure', { alt: character.description }, () =>
        drawCharacter(doc, id, x, flow.y, 40, monochrome),
      ),
    );
    const nameX = x + 48;
    item.add(
      doc.struct('LBody', {}, () => {
        const saved = flow.y;
        flow.y += 6;
        flow.drawText({ text: character.name, size: 14, weight: 'bold', colour: colours.ink }, nameX, 120);
        flow.y = saved;
      }),
    );
    item.end();
    x += 180;
  }
  cast.end();
  flow.y += 56;

  const drawMessages = (messages: readonly EasyReadMessage[]) => {
    const list = doc.struct('L');
    flow.root.add(list);
    for (const message of messages) {
      const name = document.characters[message.speaker].name;
      const textX = flow.margin + avatarSize + 10 + 10;
      const textWidth = flow.width - (avatarSize + 10) - 20;
      const nameHeight = 11 * 1.5;
      const text = flow.lines({ text: message.text, size: bodySize }, textWidth);
      const entries = (message.list ?? []).map((entry) =>
        flow.lines({ text: entry, size: bodySize - 1 }, textWidth - 14),
      );
      const height = 8 + nameHeight + text.height + entries.reduce((sum, entry) => sum + entry.height, 0) + 8;
      flow.ensure(height + 6);
      const top = flow.y;
      asArtifact(doc, () => {
        drawCharacter(doc, message.speaker, flow.margin, top, avatarSize, monochrome);
        doc
          .roundedRect(flow.margin + avatarSize + 10, top, flow.width - avatarSize - 10, height, 8)
          .lineWidth(0.75)
          .strokeColor(colours.rule);
        if (monochrome || message.speaker === 'friend') doc.stroke();
        else doc.fillAndStroke('#f3f5f8', colours.rule);
      });
      const item = doc.struct('LI');
      list.add(item);
      flow.y = top + 6;
      item.add(
        doc.struct('Lbl', {}, () =>
          flow.drawText({ text: name, size: 11, weight: 'bold', colour: colours.text }, textX, textWidth),
        ),
      );
      flow.y += nameHeight;
      const body = doc.struct('LBody');
      item.add(body);
      body.add(
        doc.struct('P', {}, () =>
          flow.drawText({ text: message.text, size: bodySize, colour: colours.ink }, textX, textWidth),
        ),
      );
      flow.y += text.height;
      if (message.list) {
        const inner = doc.struct('L');
        body.add(inner);
        message.list.forEach((entry, index) => {
          const li = doc.struct('LI');
          inner.add(li);
          li.add(
            doc.struct('Lbl', {}, () =>
              flow.drawText({ text: '•', size: bodySize - 1, colour: colours.ink }, textX, 10),
            ),
          );
          li.add(
            doc.struct('LBody', {}, () =>
              flow.drawText(
                { text: entry, size: bodySize - 1, colour: colours.ink },
                textX + 14,
                textWidth - 14,
              ),
            ),
          );
          flow.y += entries[index]!.height;
          li.end();
        });
        inner.end();
      }
      body.end();
      item.end();
      flow.y = top + height + 8;
    }
    list.end();
  };

  drawMessages(document.intro);
  flow.y += 8;

  const note = document.guardianNote;
  if (note) {
    flow.block(
      'H2',
      { text: note.heading, size: 16, weight: 'bold', colour: colours.ink },
      { after: 4, keepWith: 60 },
    );
    for (const paragraph of note.paragraphs)
      flow.block('P', { text: paragraph, size: 12, colour: colours.ink }, { after: 6 });
    for (const detail of note.details) {
      flow.block(
        'H3',
        { text: detail.term, size: 12, weight: 'bold', colour: colours.ink },
        { keepWith: 20 },
      );
      flow.block('P', { text: detail.value, size: 12, colour: colours.ink }, { after: 6 });
    }
    flow.y += 10;
  }

  for (const topic of document.topics) {
    flow.y += 6;
    flow.block(
      'H2',
      { text: topic.heading, size: 17, weight: 'bold', colour: colours.ink },
      { after: 8, keepWith: 70 },
    );
    drawMessages(topic.messages);
    const first = topic.sections[0];
    if (first) {
      const url = policySectionUrl(policy.policyUrl, sectionAnchor(first));
      const text = { text: words.easyRead.readMore(url), size: 10.5, colour: colours.text };
      const { height } = flow.lines(text, flow.width);
      flow.ensure(height);
      const top = flow.y;
      flow.root.add(
        doc.struct('P', languageOfPart(words.locale, document.locale), () => {
          flow.drawText(text, flow.margin, flow.width);
        }),
      );
      doc.link(flow.margin, top, flow.width, height, asciiUri(url));
      flow.y += height + 10;
    }
  }
  flow.finish();
  return pdfToBuffer(doc);
}
