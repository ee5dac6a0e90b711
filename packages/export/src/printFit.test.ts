// Long policies on fixed-size paper: what must be printed stays on the page, whole, and nothing is drawn over it.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deriveLabels, type Policy } from '@privacy-label-kit/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import './index.js';
import { pageMargin } from './labelPdf.js';
import { exportWords } from './locales/words.js';
import { a4 } from './pdfDocument.js';
import { attentionMark, linesHeight, mm } from './printLayout.js';
import { layoutSticker, renderStickerPdf } from './stickerPdf.js';
import { attentionMessages, renderSummaryPdf, summaryFacts } from './summaryPdf.js';
import { example, pdfInfo, pdfText, squeeze, temporaryFolder } from './testing/support.js';

const run = promisify(execFile);
const creationDate = new Date('2026-03-02T00:00:00Z');
const locales = ['ko', 'en'] as const;

interface PdfWord {
  text: string;
  yMin: number;
  yMax: number;
}

/** Every word on page 1 with its box (points from the top), in the order the text layer gives them. */
async function pdfWords(file: string): Promise<PdfWord[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const decodeEntities = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [
    ...stdout.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)<\/word>/g),
  ].map((match) => ({ yMin: Number(match[1]), yMax: Number(match[2]), text: decodeEntities(match[3]!) }));
}

/** The messenger platform with `count` ways to exercise one's rights, each different (so none is a repeat). */
function withChannels(policy: Policy, count: number): Policy {
  const base = policy.rights.channels;
  return {
    ...policy,
    rights: {
      ...policy.rights,
      channels: Array.from({ length: count }, (_, index) => {
        const channel = base[index % base.length]!;
        return {
          ...channel,
          detail: {
            ko: `${channel.detail.ko} (창구 ${index + 1})`,
            en: `${channel.detail.en ?? channel.detail.ko} (desk ${index + 1})`,
          },
        };
      }),
    },
  };
}

/** As the auditors' heaviest case: a long service name, 12 third parties, 14 ad operators, 46 rights channels. */
function heavy(policy: Policy): Policy {
  const ads = policy.behaviouralAdvertising!;
  return withChannels(
    {
      ...policy,
      serviceName: {
        ko: '도토리톡 메신저와 도토리 포털(검색·메일·카페·지도·선물하기·쇼핑·페이·웹툰·뮤직·클라우드·캘린더·번역·뉴스)',
        en: 'Dotori Talk messenger and the Dotori portal (search, mail, communities, maps, gifting, shopping, pay, webtoons, music, cloud)',
      },
      thirdPartyProvision: [
        ...policy.thirdPartyProvision,
        ...Array.from({ length: 9 }, (_, index) => ({
          ...policy.thirdPartyProvision[1]!,
          recipient: {
            ko: `한빛제휴파트너${index + 1} 주식회사(선물하기 배송 대행과 교환·반품 처리)`,
            en: `Hanbit Partner ${index + 1} Co., Ltd. (gift delivery, exchanges and returns)`,
          },
        })),
      ],
      behaviouralAdvertising: {
        ...ads,
        operators: [
          ...ads.operators,
          ...Array.from({ length: 12 }, (_, index) => ({
            ...ads.operators[0]!,
            name: {
              ko: `한빛애드테크${index + 1} 주식회사(광고 효과 측정과 리타게팅)`,
              en: `Hanbit Adtech ${index + 1} Co., Ltd. (ad measurement and retargeting)`,
            },
          })),
        ],
      },
    },
    46,
  );
}

describe('one-page summary of a policy with long lists', { timeout: 60_000 }, () => {
  let folder: string;
  beforeAll(async () => {
    folder = await temporaryFolder();
  });
  const messenger = example('messenger-platform');
  const cases: [string, Policy][] = [
    ['20 rights channels', withChannels(messenger, 20)],
    ['heavy', heavy(messenger)],
  ];

  for (const [name, policy] of cases) {
    for (const locale of locales) {
      it(`${name}, ${locale}: every point to note is on the one page, whole, above the footer`, async () => {
        const labels = deriveLabels(policy, { locale });
        const messages = attentionMessages(labels);
        expect(messages.length).toBeGreaterThanOrEqual(5);
        const file = join(folder, `summary-${name.replace(/\W+/g, '-')}-${locale}.pdf`);
        await writeFile(
          file,
          await renderSummaryPdf(policy, labels, { variant: 'offline', locale, creationDate }),
        );
        expect((await pdfInfo(file)).Pages).toBe('1');
        // The footer (QR code and address) starts below its rule; everything else must end above it.
        const footerRule = a4.height - pageMargin - 72 - 10;
        const words = await pdfWords(file);
        const above = squeeze(
          words
            .filter((word) => word.yMax < footerRule && word.yMin > 0)
            .map((word) => word.text)
            .join(''),
        );
        for (const message of messages) expect(above).toContain(squeeze(message));
        // Nothing of the page's body runs into the footer: below the rule there is only the footer's own text.
        const footer = exportWords(locale);
        const below = squeeze(
          words
            .filter((word) => word.yMax >= footerRule)
            .map((word) => word.text)
            .join(''),
        );
        expect(below).toBe(squeeze(`${footer.fullPolicy}${policy.policyUrl}${footer.qrHint}`));
      });
    }
  }

  for (const locale of locales) {
    it(`${locale}: a long list of rights channels names a few and counts the rest`, () => {
      const facts = summaryFacts(heavy(messenger), locale);
      const rights = facts.find((fact) => fact.term === exportWords(locale).rights)!;
      expect(rights.value).toContain(exportWords(locale).andMore(40, 'entries'));
      expect(rights.value).not.toContain(locale === 'ko' ? '창구 7)' : 'desk 7)');
    });
  }
});

describe('90 × 50 mm sticker of a service with a very long name', { timeout: 60_000 }, () => {
  let folder: string;
  beforeAll(async () => {
    folder = await temporaryFolder();
  });
  const messenger = example('messenger-platform');
  // 125 characters in English, as the auditors' case.
  const longName: Policy = { ...messenger, serviceName: heavy(messenger).serviceName };

  for (const locale of locales) {
    it(`${locale}: the name takes at most two lines, titles are whole words, the warning line is there once and nothing overlaps`, async () => {
      const labels = deriveLabels(longName, { locale });
      const options = { size: '90x50', variant: 'offline', locale, creationDate } as const;
      const file = join(folder, `sticker-long-name-${locale}.pdf`);
      await writeFile(file, await renderStickerPdf(longName, labels, options));
      const layout = layoutSticker(longName, labels, options);
      const words = exportWords(locale);

      // The heading: two lines at most, whole words; a name cut short says so ("…") and keeps the sticker's title.
      expect(layout.heading.length).toBeLessThanOrEqual(2);
      for (const line of layout.heading.slice(0, -1)) expect(line.spaceAfter).toBe(true);
      const heading = layout.heading.map((line) => line.text).join(' ');
      expect(heading.endsWith(` · ${words.print.stickerTitle}`)).toBe(true);
      const name = heading.slice(0, -` · ${words.print.stickerTitle}`.length);
      const service = longName.serviceName![locale]!;
      if (name !== service) {
        expect(name.endsWith('…')).toBe(true);
        const kept = name.slice(0, -1);
        expect(service.startsWith(kept)).toBe(true);
        // Cut after a whole word: what follows in the name starts a word or the next entry of a list.
        expect(service.slice(kept.length)).toMatch(/^[\s(·,]/u);
      }

      // Every title in whole words, in the layout and in the text a reader or a screen reader gets.
      const tokens = new Set((await pdfText(file)).split(/\s+/));
      for (const cell of layout.cells) {
        for (const line of cell.title.slice(0, -1)) expect(line.spaceAfter).toBe(true);
        for (const word of cell.label.title.split(/\s+/)) expect(tokens).toContain(word);
      }
      expect(layout.cells.length).toBeGreaterThanOrEqual(6);

      // The warning line once, below every label and above the address.
      const note = squeeze(`${attentionMark} ${words.print.attentionSeeFullPolicy}`);
      expect(squeeze(await pdfText(file)).split(note).length - 1).toBe(1);
      const noteTop = layout.attention[0]!.baseline - layout.attention[0]!.size * 1.05;
      const headingBottom =
        layout.heading[0]!.baseline - layout.heading[0]!.size * 1.05 + linesHeight(layout.heading);
      for (const cell of layout.cells) {
        expect(cell.icon.y).toBeGreaterThanOrEqual(headingBottom);
        expect(cell.icon.size).toBeGreaterThanOrEqual(mm(3));
        const lines = [...cell.title, ...cell.caption];
        const bottom =
          lines.length > 0 ? lines.at(-1)!.baseline + lines.at(-1)!.size * 0.3 : cell.icon.y + cell.icon.size;
        expect(bottom).toBeLessThanOrEqual(noteTop);
      }
      for (const line of layout.url) expect(line.baseline).toBeGreaterThan(layout.attention.at(-1)!.baseline);
    });
  }
});
