import { deriveEasyRead, deriveLabels } from '@privacy-label-kit/schema';
import { describe, expect, it } from 'vitest';
// The public entry, which registers the built-in words, as a user imports it.
import { policySectionUrl } from './easyReadPdf.js';
import { largePrintBodySize, renderEasyReadPdf, renderLargePrintSummaryPdf } from './index.js';
import {
  example,
  inkInRegion,
  pdfInfo,
  pdfStructure,
  pdfText,
  renderPdfPage,
  savesToTemporaryFolder,
  squeeze,
} from './testing/support.js';
import { fontMetrics, measureText } from './text.js';

const creationDate = new Date('2026-01-05T00:00:00Z');

const save = savesToTemporaryFolder();

describe('renderEasyReadPdf', () => {
  it.each(['ko', 'en'])(
    'the children’s example (%s): a tagged PDF with every topic heading, message and speaker as text',
    async (locale) => {
      const policy = example('kids-learning-app');
      const file = await save(
        `easy-${locale}.pdf`,
        await renderEasyReadPdf(policy, { locale, creationDate }),
      );
      const info = await pdfInfo(file);
      expect(info.Tagged).toBe('yes');
      expect(Number(info.Pages)).toBeGreaterThan(1);
      const text = squeeze(await pdfText(file));
      const document = deriveEasyRead(policy, { locale });
      for (const topic of document.topics) {
        expect(text).toContain(squeeze(topic.heading));
        for (const message of topic.messages) expect(text).toContain(squeeze(message.text));
      }
      expect(text).toContain(squeeze(document.guardianNote!.heading));
      const structure = await pdfStructure(file);
      // The characters are figures with their descriptions; every message is a list item labelled by its speaker.
      expect(structure).toMatch(/Figure/);
      expect(structure).toContain(document.characters.guide.name);
      expect(structure).toMatch(/\bLbl\b/);
      expect(structure).toMatch(/\bH2\b/);
    },
  );

  it.each(['ko', 'en'])(
    'the messenger example (%s): the location, camera and AI topics are printed too, every message as text',
    async (locale) => {
      const policy = example('messenger-platform');
      const file = await save(
        `easy-messenger-${locale}.pdf`,
        await renderEasyReadPdf(policy, { locale, creationDate }),
      );
      const text = squeeze(await pdfText(file));
      const document = deriveEasyRead(policy, { locale });
      expect(document.topics.map((topic) => topic.id)).toEqual(
        expect.arrayContaining(['location', 'cameras', 'generative-ai']),
      );
      for (const topic of document.topics) {
        expect(text).toContain(squeeze(topic.heading));
        for (const message of topic.messages) expect(text).toContain(squeeze(message.text));
      }
    },
  );

  it('shows its Korean glyphs when rendered, not only in the text layer', async () => {
    const file = await save(
      'easy-render.pdf',
      await renderEasyReadPdf(example('kids-learning-app'), { locale: 'ko', creationDate }),
    );
    const page = await renderPdfPage(file, 100);
    // The title's line at the top left: Hangul drawn in ink.
    expect(inkInRegion(page, { left: 0.05, top: 0.04, right: 0.6, bottom: 0.1 })).toBeGreaterThan(800);
    // The characters beside the title.
    expect(inkInRegion(page, { left: 0.05, top: 0.12, right: 0.2, bottom: 0.2 })).toBeGreaterThan(50);
  });

  it('gives the same bytes for the same policy and date', async () => {
    const policy = example('small-shop');
    const [a, b] = await Promise.all([
      renderEasyReadPdf(policy, { locale: 'ko', creationDate }),
      renderEasyReadPdf(policy, { locale: 'ko', creationDate }),
    ]);
    expect(Buffer.from(a).equals(b)).toBe(true);
  });
});

describe('easy-read "read more" links', () => {
  it('replace a fragment the policy address already has with the section anchor', () => {
    expect(policySectionUrl('https://example.com/privacy', 'privacy-purposes')).toBe(
      'https://example.com/privacy#privacy-purposes',
    );
    expect(policySectionUrl('https://example.com/privacy#top', 'privacy-purposes')).toBe(
      'https://example.com/privacy#privacy-purposes',
    );
    expect(policySectionUrl('https://example.com/privacy?v=2#', 'privacy-purposes')).toBe(
      'https://example.com/privacy?v=2#privacy-purposes',
    );
  });

  it.each(['ko', 'en'])(
    'lead to a section of the full policy when its address ends in a fragment (%s), in the text and the link',
    async (locale) => {
      const policy = {
        ...example('kids-learning-app'),
        policyUrl: 'https://example.com/개인정보처리방침#top',
      };
      const pdf = await renderEasyReadPdf(policy, { locale, creationDate });
      const file = await save(`easy-fragment-${locale}.pdf`, pdf);
      const text = squeeze(await pdfText(file));
      const readMore = locale === 'ko' ? '자세히보기:' : 'Readmore:';
      expect(text).toContain(`${readMore}https://example.com/개인정보처리방침#privacy-`);
      expect(text).not.toContain('#top');
      // The link targets as pdfkit writes them into the file, in the ASCII a PDF URI must be (RFC 3986: the Korean
      // path percent-encoded), not as UTF-16, which is no URI.
      const uris = [
        ...Buffer.from(pdf)
          .toString('latin1')
          .matchAll(/\/URI \(([^)]*)\)/g),
      ].map((match) => match[1]!);
      expect(uris.length).toBeGreaterThan(0);
      const page = encodeURI('https://example.com/개인정보처리방침');
      for (const uri of uris) {
        expect(uri.startsWith(`${page}#privacy-`), uri).toBe(true);
        expect(uri.slice(page.length)).toMatch(/^#privacy-[a-z-]+$/);
      }
    },
  );
});

describe('renderLargePrintSummaryPdf', () => {
  it.each(['kids-learning-app', 'messenger-platform'])(
    '%s: body text at 15 pt (20 px), lines of at most 40 Korean characters, every label and key fact',
    async (name) => {
      const policy = example(name);
      const labels = deriveLabels(policy, { locale: 'ko' });
      const file = await save(
        `large-${name}.pdf`,
        await renderLargePrintSummaryPdf(policy, labels, { locale: 'ko', variant: 'online', creationDate }),
      );
      expect((await pdfInfo(file)).Tagged).toBe('yes');
      expect(largePrintBodySize).toBeGreaterThanOrEqual(15);
      const text = await pdfText(file);
      for (const label of labels) expect(squeeze(text)).toContain(squeeze(label.caption));
      // The text column is 495 pt wide: at 15 pt that holds this many Hangul syllables.
      const hangul = measureText('가', 'regular', largePrintBodySize);
      expect(Math.floor((595.28 - 100) / hangul)).toBeLessThanOrEqual(40);
      expect(fontMetrics('regular', largePrintBodySize).ascent).toBeGreaterThan(10);
      // And no extracted line is longer than 40 full-width characters.
      const longest = Math.max(
        ...text
          .split('\n')
          .map((line) => [...line].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e80 ? 1 : 0.5), 0)),
      );
      expect(longest).toBeLessThanOrEqual(40);
    },
  );
});
