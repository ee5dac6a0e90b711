// Rendering with poppler and decoding QR codes is slow on a shared 2-core machine: the describe blocks get 60 s.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  assertPolicy,
  deriveLabels,
  type Policy,
  parsePolicy,
  thirdPartyRecipients,
} from '@privacy-label-kit/schema';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readExample } from '../../../test/fixtures/examples.js';
import { policyInputArbitrary } from '../../../test/fixtures/policyArbitrary.js';
// Node rendering (fonts from disk, pdfkit's Node build, resvg) and the built-in words, as the main entry sets them up.
import './index.js';
import { averyL7173, labelPaperCells, labelPaperLabels, renderLabelPaperPdf } from './labelPaperPdf.js';
import { renderLargePrintSummaryPdf } from './largePrintSummaryPdf.js';
import { exportWords } from './locales/words.js';
import { makePack } from './pack.js';
import { printAndWebFormats } from './printFormats.js';
import { attentionMark, mm, namesWithMore, shortPolicyFacts } from './printLayout.js';
import { qrCodeSvg, renderQrPng } from './qrFiles.js';
import { rasteriseSvg } from './rasteriser.js';
import {
  layoutLines,
  layoutShortPolicy,
  renderShortPolicyPdf,
  shortPolicyPaperSizes,
  shortPolicyPapers,
} from './shortPolicyPdf.js';
import { layoutSticker, renderStickerPdf, stickerSizes } from './stickerPdf.js';
import { attentionMessages, renderSummaryPdf, summaryFacts } from './summaryPdf.js';
import { decodeQr, readPng, renderPdfPagePng } from './testing/qrDecode.js';
import {
  example,
  inkInRegion,
  parseSvg,
  pdfInfo,
  pdfText,
  renderPdfPage,
  squeeze,
  temporaryFolder,
} from './testing/support.js';

const shop = example('small-shop');
const creationDate = new Date('2026-03-02T00:00:00Z');

/** A policy far longer than any page: 500 items, 12 purposes, 9 third parties and 14 processors. */
function crowded(): Policy {
  const items = Array.from({ length: 500 }, (_, index) => ({
    ko: `항목${index + 1} 정보`,
    en: `item ${index + 1}`,
  }));
  return {
    ...shop,
    purposes: Array.from({ length: 12 }, (_, index) => ({
      ...shop.purposes[0]!,
      id: `purpose-${index}`,
      title: { ko: `긴 처리 목적 설명 ${index + 1}번째`, en: `a long purpose, number ${index + 1}` },
    })),
    collectedItems: [{ ...shop.collectedItems[0]!, items, purposeIds: ['purpose-0'] }],
    thirdPartyProvision: Array.from({ length: 9 }, (_, index) => ({
      ...shop.thirdPartyProvision[0]!,
      recipient: { ko: `제공받는 회사 ${index + 1}`, en: `Recipient ${index + 1}` },
    })),
    entrustment: Array.from({ length: 14 }, (_, index) => ({
      ...shop.entrustment[0]!,
      processor: { ko: `수탁 회사 ${index + 1}`, en: `Processor ${index + 1}` },
    })),
  };
}

/** Page size in millimetres from pdfinfo ("515.906 x 728.504 pts"). */
async function pageSizeMm(file: string): Promise<[number, number]> {
  const match = /([\d.]+) x ([\d.]+) pts/.exec((await pdfInfo(file))['Page size'] ?? '');
  if (!match) throw new Error('pdfinfo gave no page size');
  return [Number(match[1]) / mm(1), Number(match[2]) / mm(1)];
}

/**
 * A value cut short is a list that names whole entries from its start and counts the rest ("외 N곳" / "and N more",
 * "외 N개"), recounted: it never reads as the whole list, and no entry is cut inside (a retention text cut after
 * "파기" could say the opposite of "파기 안 함"). The video devices and the contacts are never cut.
 */
function expectCutValuesCounted(
  policy: Policy,
  layout: ReturnType<typeof layoutShortPolicy>,
  locale: 'ko' | 'en',
) {
  const words = exportWords(locale);
  const facts = new Map(shortPolicyFacts(policy, locale).map((fact) => [squeeze(fact.term), fact]));
  let cut = 0;
  for (const block of layout.blocks) {
    if (block.kind !== 'facts') continue;
    for (const item of block.items) {
      const term = item.term.map((line) => line.text).join(' ');
      const fact = facts.get(squeeze(term))!;
      const shown = squeeze(item.value.map((line) => line.text).join(''));
      if (shown === squeeze(fact.value)) continue;
      expect(term, 'a video device or a contact is never cut').not.toMatch(
        /영상정보처리기기|video devices|개인정보 보호책임자|고충처리|Privacy officer|Privacy contact/,
      );
      cut++;
      expect(shown, term).not.toContain('…');
      // Every list the page prints was built from the policy's entries; a cut one is a start of them plus the count.
      const { entries, separator, more, unit } = fact.list!;
      const count = (hidden: number) =>
        unit === 'places' ? words.andMore(hidden, 'places') : words.print.moreItems(hidden);
      const possible = entries.map((_, named) =>
        squeeze(
          named === 0
            ? // Not even the first entry fits: how many, and where to read them.
              words.print.countOnly(entries.length + more, unit === 'places' ? 'places' : 'entries')
            : `${entries.slice(0, named).join(separator)} ${count(entries.length - named + more)}`,
        ),
      );
      expect(possible, term).toContain(shown);
      expect(layout.continued).toBe(true);
    }
  }
  return cut;
}

describe('the PIPC naming rule for third parties and processors', () => {
  const ko = exportWords('ko');
  const en = exportWords('en');

  it('names up to three and counts the rest, each name once', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[가-힣]{2,6}$/), { maxLength: 12 }), (names) => {
        const korean = namesWithMore(names, ko);
        const english = namesWithMore(names, en);
        if (names.length === 0) {
          expect(korean).toBe('없음');
          return;
        }
        const shown = names.slice(0, 3);
        expect(korean.startsWith(shown.join(' · '))).toBe(true);
        for (const hidden of names.slice(3)) expect(korean.split(' · ')).not.toContain(hidden);
        if (names.length > 3) {
          expect(korean.endsWith(`외 ${names.length - 3}곳`)).toBe(true);
          expect(english.endsWith(`and ${names.length - 3} more`)).toBe(true);
        } else {
          expect(korean).toBe(names.join(' · '));
        }
      }),
    );
  });

  it('is what the short policy prints for processors', () => {
    const facts = shortPolicyFacts(crowded(), 'ko');
    expect(facts.find((fact) => fact.term === '처리 위탁')?.value).toBe(
      '수탁 회사 1 · 수탁 회사 2 · 수탁 회사 3 외 11곳',
    );
    expect(facts.find((fact) => fact.term === '제3자 제공')?.value).toBe(
      '제공받는 회사 1 · 제공받는 회사 2 · 제공받는 회사 3 외 6곳',
    );
  });

  it('lists the CCTV, items, purposes, retention, third parties, processors and both contacts', () => {
    const terms = shortPolicyFacts(shop, 'ko').map((fact) => fact.term);
    expect(terms).toEqual([
      '고정형 영상정보처리기기',
      '처리 항목',
      '처리 목적',
      '보유 기간',
      '제3자 제공',
      '처리 위탁',
      '개인정보 보호책임자',
      '고충처리 부서',
    ]);
  });
});

describe('short policy retention', () => {
  it('keeps every period a law sets: two lengths under one law are both printed, one length once', () => {
    const raw = readExample('small-shop') as { retention: { legalRetention: unknown[] } };
    const law = {
      ko: '전자상거래 등에서의 소비자보호에 관한 법률',
      en: 'Act on Consumer Protection in Electronic Commerce',
    };
    const period = (value: number) => ({ value, unit: 'years' });
    raw.retention.legalRetention = [
      { law, items: [{ ko: '계약 기록', en: 'Contract records' }], period: period(5) },
      { law, items: [{ ko: '소비자 불만 기록', en: 'Complaint records' }], period: period(3) },
      { law, items: [{ ko: '대금 결제 기록', en: 'Payment records' }], period: period(5) },
      { law, items: [{ ko: '표시·광고 기록', en: 'Advertising records' }], period: period(15) },
    ];
    const policy = assertPolicy(raw);
    for (const locale of ['ko', 'en'] as const) {
      const retention = shortPolicyFacts(policy, locale).find(
        (fact) => fact.term === exportWords(locale).retention,
      )!;
      const lines = retention.list!.entries.filter((entry) => entry.includes(law[locale]));
      // Each length once, whether an item's own period states it ("5년 (…법률)") or the law's line does.
      for (const years of [5, 3, 15]) {
        const stating = lines.filter((line) => new RegExp(`(^|[^0-9])${years}(년| years)`).test(line));
        expect(stating, `${locale}: ${years}`).toHaveLength(1);
      }
    }
  });
});

describe('short policy facts for generated policies', { timeout: 60_000 }, () => {
  it('says "제3자 제공: 없음" only when no one receives personal information: third parties, recipients of pseudonymised information and of further provision (PIPA Arts. 17, 17(4), 28-2) are all named, each once', () => {
    fc.assert(
      fc.property(policyInputArbitrary, (input) => {
        const policy = parsePolicy(input);
        if (!policy.ok) throw new Error('the generator made an invalid policy');
        const recipients = [
          ...new Set(
            [
              ...policy.policy.thirdPartyProvision.map((entry) => entry.recipient),
              ...policy.policy.pseudonymisedInformation.flatMap((entry) =>
                entry.recipient ? [entry.recipient] : [],
              ),
              ...policy.policy.additionalUse.flatMap((use) =>
                use.kind === 'provision' && use.recipient ? [use.recipient] : [],
              ),
            ].map((name) => name.ko ?? ''),
          ),
        ];
        const value = shortPolicyFacts(policy.policy, 'ko').find((fact) => fact.term === '제3자 제공')!.value;
        expect(value).toBe(namesWithMore(recipients, exportWords('ko')));
        expect(value === '없음').toBe(recipients.length === 0);
        // The counter summary (and its large-print version) states the same row from the same people.
        const summary = summaryFacts(policy.policy, 'ko').find((fact) => fact.term === '제3자 제공')!.value;
        expect(summary === '없음').toBe(recipients.length === 0);
        for (const name of recipients.slice(0, 6)) expect(summary).toContain(name);
        if (recipients.length > 6) expect(summary).toContain(`외 ${recipients.length - 6}곳`);
      }),
      { numRuns: 300 },
    );
  });
});

describe('short policy (간이형) PDFs', { timeout: 60_000 }, () => {
  let folder: string;
  beforeAll(async () => {
    folder = await temporaryFolder();
  });

  for (const paper of shortPolicyPapers) {
    for (const locale of ['ko', 'en'] as const) {
      it(`${paper.toUpperCase()} in ${locale}: page size, extractable and visible text, a QR code to the policy`, async () => {
        const labels = deriveLabels(shop, { locale });
        const file = join(folder, `short-policy-${paper}-${locale}.pdf`);
        await writeFile(
          file,
          await renderShortPolicyPdf(shop, labels, { paper, variant: 'offline', locale, creationDate }),
        );
        const spec = shortPolicyPaperSizes[paper];
        const [width, height] = await pageSizeMm(file);
        expect(width).toBeCloseTo(spec.width, 0);
        expect(height).toBeCloseTo(spec.height, 0);
        expect((await pdfInfo(file)).Pages).toBe('1');

        const text = squeeze(await pdfText(file));
        const words = exportWords(locale);
        // Every fact in full on B5 and A5. On A6 the shop's CCTV, which is never shortened, may take the room of the
        // lists' last entries: those are counted ("외 N개") and the page points to the QR code for the rest.
        const layout = layoutShortPolicy(shop, labels, { paper, variant: 'offline', locale, creationDate });
        if (paper !== 'a6') expect(layout.continued).toBe(false);
        expectCutValuesCounted(shop, layout, locale);
        for (const fact of shortPolicyFacts(shop, locale)) {
          expect(text).toContain(squeeze(fact.term));
          if (fact.whole || !layout.continued) expect(text).toContain(squeeze(fact.value));
        }
        if (layout.continued) expect(text).toContain(squeeze(words.print.continuedOnline));
        expect(text).toContain(squeeze(words.print.shortPolicyTitle));
        expect(text).toContain(shop.policyUrl);
        if (locale === 'ko') expect(text).toContain('우체국택배(우정사업본부)');

        // Ink where the title is: the glyphs are drawn, not only extractable.
        const page = await renderPdfPage(file, 50);
        expect(inkInRegion(page, { left: 0.05, top: 0.03, right: 0.6, bottom: 0.1 })).toBeGreaterThan(40);
        expect(decodeQr(await renderPdfPagePng(file))).toBe(shop.policyUrl);
      });
    }
  }

  it('prints every attention flag in words after a mark, on every paper, and no mark for a policy without flags', async () => {
    const messenger = example('messenger-platform');
    for (const locale of ['ko', 'en'] as const) {
      const words = exportWords(locale);
      const flagged = deriveLabels(messenger, { locale });
      const flags = attentionMessages(flagged);
      // The example carries deemed consent, resident registration numbers and a transfer abroad, among others.
      expect(flags.length).toBeGreaterThanOrEqual(3);
      for (const paper of shortPolicyPapers) {
        const file = join(folder, `short-policy-flags-${paper}-${locale}.pdf`);
        const options = { paper, variant: 'offline', locale, creationDate } as const;
        await writeFile(file, await renderShortPolicyPdf(messenger, flagged, options));
        const text = squeeze(await pdfText(file));
        for (const message of flags)
          expect(text).toContain(squeeze(`[${words.print.attentionMark}] ${message}`));
        // Every flag is on the page even when the facts had to be cut for room.
        const layout = layoutShortPolicy(messenger, flagged, options);
        const block = layout.blocks.find((candidate) => candidate.kind === 'attention');
        expect(block?.kind === 'attention' && block.flags.length).toBe(flags.length);

        const plain = join(folder, `short-policy-no-flags-${paper}-${locale}.pdf`);
        await writeFile(plain, await renderShortPolicyPdf(shop, deriveLabels(shop, { locale }), options));
        expect(attentionMessages(deriveLabels(shop, { locale }))).toEqual([]);
        expect(squeeze(await pdfText(plain))).not.toContain(squeeze(`[${words.print.attentionMark}]`));
      }
    }
  });

  it('keeps the attention flags whole on a crowded policy with flags, cutting lists first', () => {
    const messenger = example('messenger-platform');
    const long = crowded();
    // The messenger platform with 500 more items and 12 more purposes: far more than any paper holds.
    const policy: Policy = {
      ...messenger,
      purposes: [...messenger.purposes, ...long.purposes],
      collectedItems: [...messenger.collectedItems, ...long.collectedItems],
    };
    for (const paper of shortPolicyPapers) {
      const labels = deriveLabels(policy, { locale: 'ko' });
      const flags = attentionMessages(labels);
      expect(flags.length).toBeGreaterThan(0);
      const layout = layoutShortPolicy(policy, labels, {
        paper,
        variant: 'offline',
        locale: 'ko',
        creationDate,
      });
      expect(layout.continued).toBe(true);
      const block = layout.blocks.find((candidate) => candidate.kind === 'attention');
      if (block?.kind !== 'attention') throw new Error('no attention block');
      const printed = block.flags.map((lines) => squeeze(lines.map((line) => line.text).join(' ')));
      expect(printed).toEqual(flags.map((message) => squeeze(`[주의] ${message}`)));
      const qr = layout.blocks.find((candidate) => candidate.kind === 'qr');
      if (qr?.kind !== 'qr') throw new Error('no QR code');
      for (const line of block.flags.flat()) expect(line.baseline).toBeLessThan(qr.y);
    }
  });

  it('shrinks type within the paper’s limits, then continues behind the QR code instead of clipping', async () => {
    const policy = crowded();
    for (const paper of shortPolicyPapers) {
      for (const locale of ['ko', 'en'] as const) {
        const labels = deriveLabels(policy, { locale });
        const options = { paper, variant: 'online', locale, creationDate } as const;
        const layout = layoutShortPolicy(policy, labels, options);
        const spec = shortPolicyPaperSizes[paper];
        expect(layout.bodySize).toBe(spec.minBody);
        expect(layout.continued).toBe(true);
        expect(expectCutValuesCounted(policy, layout, locale)).toBeGreaterThan(0);
        const qr = layout.blocks.find((block) => block.kind === 'qr');
        expect(qr).toBeDefined();
        for (const line of layoutLines(layout)) {
          // Every line inside the margins, and every body line above the QR code's footer.
          expect(line.x).toBeGreaterThanOrEqual(mm(spec.margin) - 0.01);
          expect(line.baseline).toBeLessThan(mm(spec.height - spec.margin));
          expect(line.size).toBeGreaterThanOrEqual(spec.minBody * 0.8 - 1e-9);
        }
        const factLines = layout.blocks.flatMap((block) =>
          block.kind === 'facts' ? block.items.flatMap((item) => item.value) : [],
        );
        for (const line of factLines) expect(line.baseline).toBeLessThan(qr!.kind === 'qr' ? qr!.y : 0);
      }
    }
    const file = join(folder, 'crowded-a6.pdf');
    await writeFile(
      file,
      await renderShortPolicyPdf(policy, deriveLabels(policy, { locale: 'ko' }), {
        paper: 'a6',
        variant: 'offline',
        locale: 'ko',
        creationDate,
      }),
    );
    const text = await pdfText(file);
    expect(squeeze(text)).toContain('전체내용은QR코드로확인하세요.');
    expect((await pdfInfo(file)).Pages).toBe('1');
    expect(decodeQr(await renderPdfPagePng(file))).toBe(shop.policyUrl);
  });

  it('keeps every line of any policy inside the page and above the QR code, and never drops the last contact silently', () => {
    const hangulWord = fc.stringMatching(/^[가-힣]{1,9}$/);
    fc.assert(
      fc.property(
        fc.array(fc.array(hangulWord, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 300 }),
        fc.array(hangulWord, { maxLength: 20 }),
        fc.constantFrom(...shortPolicyPapers),
        (itemWords, processors, paper) => {
          const policy: Policy = {
            ...shop,
            collectedItems: [
              { ...shop.collectedItems[0]!, items: itemWords.map((words) => ({ ko: words.join(' ') })) },
            ],
            entrustment: processors.map((name) => ({ ...shop.entrustment[0]!, processor: { ko: name } })),
          };
          const labels = deriveLabels(policy, { locale: 'ko' });
          const layout = layoutShortPolicy(policy, labels, {
            paper,
            variant: 'offline',
            locale: 'ko',
            creationDate,
          });
          const spec = shortPolicyPaperSizes[paper];
          const qr = layout.blocks.find((block) => block.kind === 'qr');
          if (qr?.kind !== 'qr') throw new Error('no QR code');
          for (const line of layoutLines(layout)) {
            expect(line.x).toBeGreaterThanOrEqual(mm(spec.margin) - 0.01);
            expect(line.baseline).toBeLessThan(mm(spec.height - spec.margin));
          }
          const facts = layout.blocks.flatMap((block) => (block.kind === 'facts' ? block.items : []));
          for (const line of facts.flatMap((item) => item.value)) expect(line.baseline).toBeLessThan(qr.y);
          // Whom to contact is never left out, however long the lists.
          const terms = facts.map((item) => squeeze(item.term.map((line) => line.text).join('')));
          expect(terms).toContain(squeeze('개인정보 보호책임자'));
          expect(terms).toContain(squeeze('고충처리 부서'));
          expectCutValuesCounted(policy, layout, 'ko');
        },
      ),
      { numRuns: 80 },
    );
  });

  it('breaks Korean lines only between words', () => {
    const policy = crowded();
    const layout = layoutShortPolicy(policy, deriveLabels(policy, { locale: 'ko' }), {
      paper: 'a5',
      variant: 'online',
      locale: 'ko',
      creationDate,
    });
    const values = layout.blocks.flatMap((block) =>
      block.kind === 'facts' ? block.items.map((item) => item.value) : [],
    );
    expect(values.length).toBeGreaterThan(0);
    for (const lines of values) {
      // A line that does not end at a space was split inside a word; only a value's last line may do so.
      for (const line of lines.slice(0, -1)) expect(line.spaceAfter, line.text).toBe(true);
    }
  });

  it('says so, and draws no QR code, when the policy gives no address for the full text', async () => {
    const draft = { ...shop, policyUrl: '' };
    const file = join(folder, 'no-url.pdf');
    await writeFile(
      file,
      await renderShortPolicyPdf(draft, deriveLabels(draft, { locale: 'ko' }), {
        paper: 'a5',
        variant: 'online',
        locale: 'ko',
        creationDate,
      }),
    );
    expect(squeeze(await pdfText(file))).toContain(squeeze(exportWords('ko').print.noPolicyUrl));
    expect(decodeQr(await renderPdfPagePng(file))).toBeUndefined();
  });
});

/** The messenger platform with 9 more third parties and `cameras` more fixed cameras (auditors' tpv2/tpv3). */
function manyThirdParties(cameras: number): Policy {
  const messenger = example('messenger-platform');
  const partner = messenger.thirdPartyProvision[1]!;
  return {
    ...messenger,
    thirdPartyProvision: [
      ...messenger.thirdPartyProvision,
      ...Array.from({ length: 9 }, (_, index) => ({
        ...partner,
        recipient: {
          ko: `한빛제휴파트너${index + 1} 주식회사(선물하기 배송 대행과 교환·반품 처리)`,
          en: `Hanbit Partner ${index + 1} Co., Ltd. (gift delivery, exchanges and returns)`,
        },
      })),
    ],
    videoDevices: [
      ...messenger.videoDevices,
      ...Array.from({ length: cameras }, (_, index) => ({
        ...messenger.videoDevices[0]!,
        locations: { ko: `${index + 1}번 물류센터 출입구`, en: `Entrance of logistics centre ${index + 1}` },
      })),
    ],
  } as Policy;
}

describe('short policy lists cut to fit', { timeout: 60_000 }, () => {
  let folder: string;
  beforeAll(async () => {
    folder = await temporaryFolder();
  });
  const render = async (policy: Policy, paper: 'a5' | 'a6', locale: 'ko' | 'en', name: string) => {
    const options = { paper, variant: 'offline', locale, creationDate } as const;
    const labels = deriveLabels(policy, { locale });
    const file = join(folder, `${name}-${paper}-${locale}.pdf`);
    await writeFile(file, await renderShortPolicyPdf(policy, labels, options));
    return { file, text: squeeze(await pdfText(file)), layout: layoutShortPolicy(policy, labels, options) };
  };
  const printedValue = (layout: ReturnType<typeof layoutShortPolicy>, term: string) => {
    const items = layout.blocks.flatMap((block) => (block.kind === 'facts' ? block.items : []));
    const item = items.find(
      (candidate) => squeeze(candidate.term.map((line) => line.text).join('')) === squeeze(term),
    );
    return item?.value
      .map((line) => (line.spaceAfter ? `${line.text} ` : line.text))
      .join('')
      .trim();
  };

  for (const locale of ['ko', 'en'] as const) {
    it(`keeps every fact's heading and the whole contact on the messenger platform's A6 in ${locale}, however short the lists`, async () => {
      const messenger = example('messenger-platform');
      const { file, text, layout } = await render(messenger, 'a6', locale, 'messenger');
      expect(layout.continued).toBe(true);
      const words = exportWords(locale);
      const facts = shortPolicyFacts(messenger, locale);
      for (const term of [words.print.purposes, words.retention, words.thirdParties, words.processors])
        expect(facts.map((fact) => fact.term)).toContain(term);
      for (const fact of facts) {
        expect(text, fact.term).toContain(squeeze(fact.term));
        // Each with at least a line of its value: never a heading alone.
        expect(printedValue(layout, fact.term), fact.term).toBeTruthy();
        // The video devices and whom to contact in full.
        if (!fact.list) expect(text, fact.term).toContain(squeeze(fact.value));
      }
      for (const value of [messenger.privacyOfficer.phone, messenger.privacyOfficer.email])
        expect(text).toContain(squeeze(value!));
      expect(text).toContain(squeeze(words.print.continuedOnline));
      expectCutValuesCounted(messenger, layout, locale);
      expect((await pdfInfo(file)).Pages).toBe('1');
    });

    it(`keeps the count of third parties, recounted, when their list is cut on A5 in ${locale}`, async () => {
      const policy = manyThirdParties(3);
      const recipients = new Set(thirdPartyRecipients(policy, locale)).size;
      expect(recipients).toBeGreaterThan(10);
      const { text, layout } = await render(policy, 'a5', locale, 'third-parties');
      const shown = printedValue(layout, exportWords(locale).thirdParties)!;
      // Not even one name fits: how many, and where to read them.
      const countOnly =
        locale === 'ko'
          ? /^(\d+)곳 \(QR 코드로 확인\)$/.exec(shown)
          : /^(\d+) compan(?:y|ies) \(see the QR code\)$/.exec(shown);
      if (countOnly) expect(Number(countOnly[1])).toBe(recipients);
      else {
        // Whole names from the start, then how many are not named: every recipient is either named or counted.
        const count = locale === 'ko' ? /외 (\d+)곳$/.exec(shown) : /and (\d+) more$/.exec(shown);
        expect(count, shown).not.toBeNull();
        const named = shown.slice(0, count!.index).trim();
        const names = named ? named.split(' · ') : [];
        for (const name of names) expect(thirdPartyRecipients(policy, locale)).toContain(name);
        expect(names.length + Number(count![1])).toBe(recipients);
      }
      expect(shown).not.toContain('…');
      expect(text).toContain(squeeze(shown));
    });

    it(`says how many third parties there are and where to read them when not even the first name fits, in ${locale}`, async () => {
      const policy = manyThirdParties(3);
      const first = policy.thirdPartyProvision[0]!;
      const long = (name: string) => Array.from({ length: 12 }, () => name).join(' ');
      policy.thirdPartyProvision[0] = {
        ...first,
        recipient: {
          ko: long('아주 긴 이름의 제휴 파트너 주식회사'),
          en: long('A partner with a very long name'),
        },
      };
      const recipients = new Set(thirdPartyRecipients(policy, locale)).size;
      const { text, layout } = await render(policy, 'a5', locale, 'first-too-long');
      const shown = printedValue(layout, exportWords(locale).thirdParties)!;
      expect(shown).toBe(exportWords(locale).print.countOnly(recipients, 'places'));
      expect(shown).not.toMatch(/^(외|and) /);
      expect(text).toContain(squeeze(shown));
    });
  }

  it('never cuts a custom retention text inside, so "즉시 파기 안 함" cannot lose its "안 함": it is whole or counted', async () => {
    const policy = manyThirdParties(3);
    const words =
      '회원 탈퇴, 휴면 전환, 이용 계약 해지, 서비스 종료, 동의 철회 가운데 어느 경우에도 모든 기록은 전부';
    const custom = {
      ko: `${words} 즉시 파기 안 함(부정 이용 조사가 끝날 때까지 보관)`,
      en: 'On leaving, going dormant, ending the contract or the service, not destroyed at once (kept until any abuse investigation ends)',
    };
    policy.collectedItems = policy.collectedItems.map((group, index) =>
      index === 0 ? { ...group, retention: { kind: 'custom', description: custom } } : group,
    ) as Policy['collectedItems'];
    for (const locale of ['ko', 'en'] as const) {
      for (const paper of ['a5', 'a6'] as const) {
        const { text, layout } = await render(policy, paper, locale, 'custom-retention');
        const fact = shortPolicyFacts(policy, locale).find(
          (candidate) => candidate.term === exportWords(locale).retention,
        )!;
        const periods = fact.list!.entries.length;
        const shown = printedValue(layout, fact.term);
        if (shown === undefined) {
          // Four fixed cameras and a mobile one, each whole, leave A6 no line for it: left out, and the page says so.
          expect(paper).toBe('a6');
          expect(text).not.toContain(squeeze(locale === 'ko' ? '즉시 파기' : 'not destroyed'));
          expect(text).toContain(squeeze(exportWords(locale).print.continuedOnline));
          continue;
        }
        const negation = locale === 'ko' ? '파기 안 함' : 'not destroyed at once';
        const opening = locale === 'ko' ? '즉시 파기' : 'not destroyed';
        if (text.includes(squeeze(opening))) {
          expect(text, `${paper} ${locale}`).toContain(squeeze(custom[locale]));
        } else {
          // Left out whole, and counted with the other periods not named (or, when none fits, all of them counted).
          const countOnly = shown === exportWords(locale).print.countOnly(periods, 'entries');
          const count = locale === 'ko' ? /외 (\d+)개$/.exec(shown) : /and (\d+) more$/.exec(shown);
          expect(countOnly || count !== null, `${paper} ${locale}: ${shown}`).toBe(true);
          if (count) {
            const named = shown.slice(0, count.index).trim();
            expect((named ? named.split(', ').length : 0) + Number(count[1])).toBe(periods);
          }
        }
        expect(shown).not.toContain('…');
        if (shown.includes(negation.split(' ')[0]!)) expect(squeeze(shown)).toContain(squeeze(negation));
      }
    }
  });
});

describe('video devices (CCTV) on the prints a shop posts or hands out', { timeout: 60_000 }, () => {
  let folder: string;
  beforeAll(async () => {
    folder = await temporaryFolder();
  });

  // Each example's one fixed camera as its policy file describes it: what, where, why, how long, whom to ask.
  const cameras = {
    'bakery-cafe': {
      ko: [
        '고정형 영상정보처리기기',
        '설치 목적: 도난 방지 및 시설 안전',
        '설치 장소: 매장 카운터와 출입문 위 천장',
        '촬영 범위: 카운터, 출입문, 좌석 통로',
        '촬영 시간: 24시간',
        '보관 기간: 30일',
        '관리책임자: 김보리 (대표) · 연락처: 033-555-0188',
      ],
      en: [
        'Fixed video devices',
        'Purpose: Theft prevention and the safety of the shop',
        'Location: The ceiling above the counter and the door',
        'What it records: The counter, the door and the aisle between the tables',
        'Recording hours: 24 hours a day',
        'Footage kept: 30 days',
        'Person in charge: Bori Kim (owner) · Contact: 033-555-0188',
      ],
    },
    'small-shop': {
      ko: [
        '고정형 영상정보처리기기',
        '설치 목적: 도난 방지 및 시설 안전',
        '설치 장소: 매장 계산대 위 천장',
        '촬영 범위: 계산대와 그 앞 통로',
        '촬영 시간: 영업시간 중 (10:00–18:00)',
        '보관 기간: 30일',
        '관리책임자: 오하늘 (대표) · 연락처: 063-555-0142',
      ],
      en: [
        'Fixed video devices',
        'Purpose: Theft prevention and the safety of the shop',
        'Location: The ceiling above the shop counter',
        'What it records: The counter and the aisle in front of it',
        'Recording hours: During opening hours (10:00–18:00)',
        'Footage kept: 30 days',
        'Person in charge: Haneul Oh (owner) · Contact: 063-555-0142',
      ],
    },
  } as const;

  for (const [name, expected] of Object.entries(cameras)) {
    it(`the short policy of ${name} says what its CCTV films, where, why, how long footage is kept and whom to ask, with the CCTV label, on every paper in ko and en`, async () => {
      const policy = example(name);
      expect(policy.videoDevices.map((device) => device.kind)).toEqual(['fixed']);
      for (const locale of ['ko', 'en'] as const) {
        const labels = deriveLabels(policy, { locale });
        for (const paper of shortPolicyPapers) {
          const options = { paper, variant: 'offline', locale, creationDate } as const;
          const file = join(folder, `short-policy-${name}-${paper}-${locale}.pdf`);
          await writeFile(file, await renderShortPolicyPdf(policy, labels, options));
          const text = squeeze(await pdfText(file));
          for (const part of expected[locale]) expect(text, `${paper} ${locale}`).toContain(squeeze(part));
          const row = layoutShortPolicy(policy, labels, options).blocks.find(
            (block) => block.kind === 'labels',
          );
          expect(row?.kind === 'labels' && row.items.map((item) => item.label.id)).toContain(
            'fixed-video-devices',
          );
        }
      }
    });
  }

  it('says nothing of CCTV on the short policy of a service without video devices', async () => {
    const app = example('kids-learning-app');
    expect(app.videoDevices).toEqual([]);
    for (const locale of ['ko', 'en'] as const) {
      for (const paper of shortPolicyPapers) {
        const file = join(folder, `short-policy-no-cctv-${paper}-${locale}.pdf`);
        const options = { paper, variant: 'offline', locale, creationDate } as const;
        await writeFile(file, await renderShortPolicyPdf(app, deriveLabels(app, { locale }), options));
        const text = squeeze(await pdfText(file));
        for (const word of ['CCTV', '영상정보처리기기', '보관기간:', 'videodevices', 'Footagekept'])
          expect(text).not.toContain(word);
      }
    }
  });

  it('keeps every video device whole, fixed and mobile, when the lists must be cut, like the attention flags', () => {
    const messenger = example('messenger-platform');
    const long = crowded();
    // The messenger platform (a fixed and a mobile device) with 500 more items: far more than any paper holds.
    const policies: Policy[] = [
      long,
      { ...messenger, collectedItems: [...messenger.collectedItems, ...long.collectedItems] },
    ];
    for (const policy of policies) {
      for (const locale of ['ko', 'en'] as const) {
        const devices = shortPolicyFacts(policy, locale).filter((fact) => fact.whole);
        expect(devices).toHaveLength(policy.videoDevices.length);
        for (const paper of shortPolicyPapers) {
          const labels = deriveLabels(policy, { locale });
          const layout = layoutShortPolicy(policy, labels, {
            paper,
            variant: 'offline',
            locale,
            creationDate,
          });
          expect(layout.continued).toBe(true);
          const qr = layout.blocks.find((block) => block.kind === 'qr');
          if (qr?.kind !== 'qr') throw new Error('no QR code');
          const printed = layout.blocks.flatMap((block) => (block.kind === 'facts' ? block.items : []));
          // The devices first, each value in full, above the footer; what was cut is the lists after them.
          devices.forEach((fact, index) => {
            const item = printed[index]!;
            expect(squeeze(item.term.map((line) => line.text).join(''))).toBe(squeeze(fact.term));
            expect(squeeze(item.value.map((line) => line.text).join(''))).toBe(squeeze(fact.value));
            for (const line of item.value) expect(line.baseline).toBeLessThan(qr.y);
          });
          // The CCTV labels among the icons. On A6 the icons are the last thing to give way before a list loses its
          // only line (the facts say the same in words, the devices in full as checked above).
          const row = layout.blocks.find((block) => block.kind === 'labels');
          if (paper !== 'a6') expect(row).toBeDefined();
          const ids = row?.kind === 'labels' ? row.items.map((item) => item.label.id) : [];
          if (row)
            for (const kind of new Set(policy.videoDevices.map((device) => device.kind)))
              expect(ids).toContain(`${kind}-video-devices`);
        }
      }
    }
    // The messenger's mobile device in words too.
    const mobile = shortPolicyFacts(messenger, 'ko').find((fact) => fact.term === '이동형 영상정보처리기기');
    expect(mobile?.value).toContain('보관 기간:');
    expect(mobile?.value).toContain('운영 목적:');
  });

  it('puts the CCTV label on the stickers and the label paper of a shop with CCTV, and not of a service without', async () => {
    const bakery = example('bakery-cafe');
    const app = example('kids-learning-app');
    const platform = example('messenger-platform');
    for (const locale of ['ko', 'en'] as const) {
      const labels = deriveLabels(bakery, { locale });
      const cctv = labels.find((label) => label.id === 'fixed-video-devices')!;
      for (const size of stickerSizes) {
        const options = { size, variant: 'offline', locale, creationDate } as const;
        const file = join(folder, `sticker-cctv-${size}-${locale}.pdf`);
        await writeFile(file, await renderStickerPdf(bakery, labels, options));
        expect(squeeze(await pdfText(file))).toContain(squeeze(cctv.title));
        const layout = layoutSticker(bakery, labels, options);
        expect(layout.cells.map((cell) => cell.label.id)).toContain('fixed-video-devices');
        // Within the sticker: every icon and line inside its edges.
        for (const cell of layout.cells) {
          expect(cell.icon.y + cell.icon.size).toBeLessThan(layout.attention[0]?.baseline ?? mm(70));
          for (const line of [...cell.title, ...cell.caption])
            expect(line.baseline).toBeLessThan(layout.url[0]!.baseline - layout.url[0]!.size);
        }
        const appLayout = layoutSticker(app, deriveLabels(app, { locale }), options);
        expect(appLayout.cells.map((cell) => cell.label.family)).not.toContain('video');
        // Fixed and mobile devices among a dozen key labels: in two cells where they fit, else in one — the images
        // and video label, which counts every device — never none, and every title whole.
        const platformSticker = layoutSticker(platform, deriveLabels(platform, { locale }), options);
        const ids = platformSticker.cells.map((cell) => cell.label.id);
        const both = ids.includes('fixed-video-devices') && ids.includes('mobile-video-devices');
        expect(both || ids.includes('images-and-video'), `${size} ${locale}`).toBe(true);
        for (const cell of platformSticker.cells)
          for (const line of cell.title.slice(0, -1)) expect(line.spaceAfter, line.text).toBe(true);
      }
      const paper = join(folder, `label-paper-cctv-${locale}.pdf`);
      await writeFile(
        paper,
        await renderLabelPaperPdf(bakery, labels, { variant: 'offline', locale, creationDate }),
      );
      const text = squeeze(await pdfText(paper));
      expect(text).toContain(squeeze(cctv.title));
      expect(text).toContain(squeeze(cctv.caption));
    }
  });
});

describe('attention flags on every print that lists them', { timeout: 60_000 }, () => {
  let folder: string;
  beforeAll(async () => {
    folder = await temporaryFolder();
  });

  /** The messenger platform with 7 days to object to deemed consent on its items and 30 days on its ads. */
  function twoDeemedConsentDeadlines(): Policy {
    const policy = example('messenger-platform');
    const item = policy.collectedItems.find((entry) => entry.basis === 'deemedConsent');
    if (!item?.deemedConsent) throw new Error('the example no longer has items on deemed consent');
    const howToObject = { ko: '설정에서 끄기', en: 'Turn off in settings' };
    return assertPolicy({
      ...policy,
      collectedItems: policy.collectedItems.map((entry) =>
        entry === item ? { ...entry, deemedConsent: { ...item.deemedConsent!, objectionDays: 7 } } : entry,
      ),
      behaviouralAdvertising: {
        ...policy.behaviouralAdvertising!,
        basis: 'deemedConsent',
        deemedConsent: { objectionDays: 30, howToObject },
      },
    });
  }

  const deadlines = {
    ko: ['7일 안에 거부하지 않으면', '30일 안에 거부하지 않으면'],
    en: ['not objecting within 7 days', 'not objecting within 30 days'],
  } as const;

  for (const locale of ['ko', 'en'] as const) {
    it(`keeps two flags of one kind that say different things, each once, in ${locale}: the 7-day deadline is not hidden by the 30-day one`, async () => {
      const policy = twoDeemedConsentDeadlines();
      const labels = deriveLabels(policy, { locale });
      const messages = [...new Set(labels.flatMap((label) => label.attention.map((flag) => flag.message)))];
      const deemed = labels.flatMap((label) =>
        label.attention.filter((flag) => flag.code === 'deemed-consent').map((flag) => flag.message),
      );
      // The labels say both deadlines, the 7-day one on more than one label.
      for (const deadline of deadlines[locale])
        expect(
          deemed.some((message) => message.includes(deadline)),
          deadline,
        ).toBe(true);
      expect(deemed.length).toBeGreaterThan(new Set(deemed).size);

      const prints: [string, Uint8Array][] = [
        ['summary', await renderSummaryPdf(policy, labels, { variant: 'online', locale, creationDate })],
        [
          'large-print',
          await renderLargePrintSummaryPdf(policy, labels, { variant: 'online', locale, creationDate }),
        ],
        ...(await Promise.all(
          shortPolicyPapers.map(
            async (paper) =>
              [
                `short-policy-${paper}`,
                await renderShortPolicyPdf(policy, labels, {
                  paper,
                  variant: 'offline',
                  locale,
                  creationDate,
                }),
              ] as [string, Uint8Array],
          ),
        )),
      ];
      for (const [name, bytes] of prints) {
        const file = join(folder, `two-deadlines-${name}-${locale}.pdf`);
        await writeFile(file, bytes);
        const text = squeeze(await pdfText(file));
        for (const deadline of deadlines[locale])
          expect(text, `${name}: ${deadline}`).toContain(squeeze(deadline));
        // Every flag in words, and the same words only once.
        for (const message of messages)
          expect(text.split(squeeze(message)).length - 1, `${name}: ${message}`).toBe(1);
      }

      // The label paper shows each card's own notes: both deadlines, on the cards of their labels.
      const paper = join(folder, `two-deadlines-label-paper-${locale}.pdf`);
      await writeFile(
        paper,
        await renderLabelPaperPdf(policy, labels, { variant: 'offline', locale, creationDate }),
      );
      const onSheet = labelPaperLabels(labels).flatMap((label) =>
        label.attention.map((flag) => flag.message),
      );
      const paperText = squeeze(await pdfText(paper));
      for (const message of onSheet) expect(paperText).toContain(squeeze(message));
    });
  }
});

describe('delivery-box stickers', { timeout: 60_000 }, () => {
  let folder: string;
  beforeAll(async () => {
    folder = await temporaryFolder();
  });

  for (const size of stickerSizes) {
    for (const locale of ['ko', 'en'] as const) {
      it(`${size} mm in ${locale}: size, key labels, QR code`, async () => {
        const labels = deriveLabels(shop, { locale });
        const file = join(folder, `sticker-${size}-${locale}.pdf`);
        await writeFile(
          file,
          await renderStickerPdf(shop, labels, { size, variant: 'online', locale, creationDate }),
        );
        const [width, height] = (await pageSizeMm(file)).map(Math.round);
        expect(`${width}x${height}`).toBe(size);
        const text = squeeze(await pdfText(file));
        const layout = layoutSticker(shop, labels, { size, variant: 'online', locale, creationDate });
        expect(layout.cells.map((cell) => cell.label.id)).toEqual([
          'collected-items',
          'automatic-collection',
          'fixed-video-devices',
          'purposes',
          'retention',
          'third-party-provision',
          'entrustment',
          'grievance-department',
        ]);
        for (const cell of layout.cells) expect(text).toContain(squeeze(cell.label.title));
        expect(layout.textSize).toBeGreaterThanOrEqual(5);
        expect(text).toContain(shop.policyUrl);
        expect(decodeQr(await renderPdfPagePng(file))).toBe(shop.policyUrl);
      });
    }
  }

  it('marks the labels with an attention flag and says the points to note are in the full policy, only when a flag exists', async () => {
    const messenger = example('messenger-platform');
    for (const size of stickerSizes) {
      for (const locale of ['ko', 'en'] as const) {
        const note = squeeze(`${attentionMark} ${exportWords(locale).print.attentionSeeFullPolicy}`);
        const options = { size, variant: 'offline', locale, creationDate } as const;
        const flaggedLabels = deriveLabels(messenger, { locale });
        const file = join(folder, `sticker-flags-${size}-${locale}.pdf`);
        await writeFile(file, await renderStickerPdf(messenger, flaggedLabels, options));
        expect(squeeze(await pdfText(file))).toContain(note);
        const layout = layoutSticker(messenger, flaggedLabels, options);
        const marked = layout.cells.filter((cell) => cell.title[0]?.text.startsWith(`${attentionMark} `));
        expect(marked.map((cell) => cell.label.id)).toEqual(
          layout.cells.filter((cell) => cell.label.attention.length > 0).map((cell) => cell.label.id),
        );
        expect(marked.length).toBeGreaterThan(0);
        // The line sits between the labels and the address, overlapping neither.
        const noteTop = layout.attention[0]!.baseline - layout.attention[0]!.size * 1.05;
        for (const cell of layout.cells) {
          for (const line of [...cell.title, ...cell.caption]) expect(line.baseline).toBeLessThan(noteTop);
        }
        for (const line of layout.url)
          expect(line.baseline).toBeGreaterThan(layout.attention.at(-1)!.baseline);

        const plain = join(folder, `sticker-no-flags-${size}-${locale}.pdf`);
        const shopLabels = deriveLabels(shop, { locale });
        await writeFile(plain, await renderStickerPdf(shop, shopLabels, options));
        expect(squeeze(await pdfText(plain))).not.toContain(note);
        expect(layoutSticker(shop, shopLabels, options).attention).toEqual([]);
      }
    }
  });

  it('keeps every key label of a crowded policy on the small sticker, titles whole', () => {
    const policy = crowded();
    const labels = deriveLabels(policy, { locale: 'en' });
    const layout = layoutSticker(policy, labels, {
      size: '90x50',
      variant: 'offline',
      locale: 'en',
      creationDate,
    });
    expect(layout.cells.length).toBeGreaterThanOrEqual(6);
    for (const cell of layout.cells) {
      for (const line of cell.title.slice(0, -1)) expect(line.spaceAfter).toBe(true);
      expect(cell.icon.y + cell.icon.size).toBeLessThan(mm(50));
    }
  });
});

describe('label paper (Avery L7173, 2 × 5 on A4)', { timeout: 60_000 }, () => {
  let folder: string;
  beforeAll(async () => {
    folder = await temporaryFolder();
  });

  it('puts one key label with a readable QR code in each cell, with cut marks in the margins', async () => {
    const labels = deriveLabels(shop, { locale: 'ko' });
    const file = join(folder, 'label-paper.pdf');
    await writeFile(
      file,
      await renderLabelPaperPdf(shop, labels, { variant: 'offline', locale: 'ko', creationDate }),
    );
    const [width, height] = await pageSizeMm(file);
    expect([Math.round(width), Math.round(height)]).toEqual([210, 297]);
    const text = squeeze(await pdfText(file));
    for (const title of [
      '처리항목',
      '자동수집장치',
      '고정형영상정보처리기기',
      '처리목적',
      '보유기간',
      '제3자제공',
      '처리위탁',
      '고충처리부서',
    ]) {
      expect(text).toContain(title);
    }
    const image = await renderPdfPagePng(file);
    const cells = labelPaperCells(averyL7173);
    const region = (index: number) => {
      const cell = cells[index]!;
      return {
        left: cell.x / mm(210),
        top: cell.y / mm(297),
        right: (cell.x + cell.width) / mm(210),
        bottom: (cell.y + cell.height) / mm(297),
      };
    };
    // Eight key labels for the small shop (its CCTV among them): eight codes, each in its own cell, the last two empty.
    for (let index = 0; index < 8; index++)
      expect(decodeQr(image, region(index)), `cell ${index}`).toBe(shop.policyUrl);
    for (let index = 8; index < 10; index++) expect(decodeQr(image, region(index))).toBeUndefined();
    const grey = await renderPdfPage(file, 72);
    // Cut marks: ink in the left margin level with the first row edge.
    const top = averyL7173.top / 297;
    expect(
      inkInRegion(grey, { left: 0, top: top - 0.002, right: 0.02, bottom: top + 0.002 }),
    ).toBeGreaterThan(0);
  });

  it('shows the attention notes of the labels on it, and in every cell that the points to note are in the full policy, only when a flag exists', async () => {
    const messenger = example('messenger-platform');
    for (const locale of ['ko', 'en'] as const) {
      const note = squeeze(`${attentionMark} ${exportWords(locale).print.attentionSeeFullPolicy}`);
      const labels = deriveLabels(messenger, { locale });
      const file = join(folder, `label-paper-flags-${locale}.pdf`);
      const options = { variant: 'offline', locale, creationDate } as const;
      await writeFile(file, await renderLabelPaperPdf(messenger, labels, options));
      const text = squeeze(await pdfText(file));
      const onSheet = labelPaperLabels(labels);
      const flags = onSheet.flatMap((label) => label.attention.map((flag) => flag.message));
      expect(flags.length).toBeGreaterThan(0);
      for (const message of flags) expect(text).toContain(squeeze(message));
      expect(text.split(note).length - 1).toBe(onSheet.length);

      const plain = join(folder, `label-paper-no-flags-${locale}.pdf`);
      await writeFile(plain, await renderLabelPaperPdf(shop, deriveLabels(shop, { locale }), options));
      expect(squeeze(await pdfText(plain))).not.toContain(note);
    }
  });

  it('fills every cell with one chosen label', async () => {
    const labels = deriveLabels(shop, { locale: 'en' });
    const file = join(folder, 'label-paper-one.pdf');
    await writeFile(
      file,
      await renderLabelPaperPdf(shop, labels, {
        variant: 'online',
        locale: 'en',
        creationDate,
        labelId: 'third-party-provision',
      }),
    );
    const title = labels.find((label) => label.id === 'third-party-provision')!.title;
    expect((await pdfText(file)).split(title).length - 1).toBe(10);
  });
});

describe('the QR code on its own', { timeout: 60_000 }, () => {
  it('is an SVG and a PNG that decode to the policy address', async () => {
    const words = exportWords('ko');
    const svg = qrCodeSvg(shop.policyUrl, { title: words.qrAlt(shop.policyUrl), locale: 'ko' });
    const root = parseSvg(svg).documentElement;
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getElementsByTagName('title')[0]?.textContent).toBe(words.qrAlt(shop.policyUrl));
    const png = await renderQrPng(shop.policyUrl, {
      title: words.qrAlt(shop.policyUrl),
      locale: 'ko',
      rasterise: rasteriseSvg,
    });
    const image = readPng(png);
    expect(image.width).toBe(Number(root.getAttribute('width')) * 4);
    expect(decodeQr(image)).toBe(shop.policyUrl);
  });

  it('decodes for any address a policy may give', async () => {
    await fc.assert(
      fc.asyncProperty(fc.webUrl({ withQueryParameters: true, withFragments: true }), async (url) => {
        const png = await rasteriseSvg(qrCodeSvg(url, { title: 'QR', locale: 'en' }), 1);
        expect(decodeQr(readPng(png))).toBe(url);
      }),
      { numRuns: 15 },
    );
  });
});

describe('the print and web formats in a pack', { timeout: 60_000 }, () => {
  it('makes every file in its purpose folder, with a kind the read-me explains, for both variants and languages', async () => {
    const pack = await makePack(shop, { registry: printAndWebFormats, readme: false });
    const paths = pack.files.map((file) => file.path).sort();
    const expected = [
      'web/privacy_policy.html',
      'web/label-summary-snippet-ko.html',
      'web/label-summary-snippet-en.html',
      'print/qr-code.svg',
      'print/qr-code.png',
    ];
    for (const variant of ['online', 'offline']) {
      for (const locale of ['ko', 'en']) {
        for (const paper of shortPolicyPapers)
          expected.push(`print/short-policy-${paper}-${variant}-${locale}.pdf`);
        for (const size of stickerSizes) expected.push(`box/sticker-${size}-${variant}-${locale}.pdf`);
        expected.push(`box/label-paper-l7173-${variant}-${locale}.pdf`);
      }
    }
    expect(paths).toEqual(expected.sort());
    const page = new TextDecoder().decode(pack.files.find((file) => file.kind === 'policy-page')!.data);
    expect(page).not.toMatch(/<script/i);
    // Both languages in the one page, the second's ids prefixed, with a switch between them.
    expect(page).toContain('<div class="plk-locale plk-locale-default" id="ko" lang="ko">');
    expect(page).toContain('<div class="plk-locale" id="en" lang="en">');
    expect(page).toContain('id="en-privacy-retention"');
    const qr = pack.files.find((file) => file.path === 'print/qr-code.png')!;
    expect(decodeQr(readPng(qr.data))).toBe(shop.policyUrl);
  });

  it('makes no QR code file for a draft without the full policy’s address', async () => {
    const pack = await makePack(
      { ...shop, policyUrl: '' },
      { registry: printAndWebFormats, readme: false, formats: ['svg', 'png'], locales: ['ko'] },
    );
    expect(pack.files.map((file) => file.kind)).not.toContain('qr');
  });
});
