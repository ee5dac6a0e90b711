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
  const unescape = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [
    ...stdout.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)<\/word>/g),
  ].map((match) => ({ yMin: Number(match[1]), yMax: Number(match[2]), text: unescape(match[3]!) }));
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
