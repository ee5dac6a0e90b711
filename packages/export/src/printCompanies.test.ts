// Every printed list of companies counts a company as the labels do: the same company written with and without its
// translation is one. A print that names it twice, or says "and 1 more", contradicts the label beside it.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deriveLabels, type Policy } from '@privacy-label-kit/schema';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
// Node rendering (fonts from disk, pdfkit's Node build) and the built-in words, as the main entry sets them up.
import './index.js';
import { renderLargePrintSummaryPdf } from './largePrintSummaryPdf.js';
import { exportWords } from './locales/words.js';
import { shortPolicyFacts } from './printLayout.js';
import { renderShortPolicyPdf, shortPolicyPapers } from './shortPolicyPdf.js';
import { renderSummaryPdf, summaryFacts } from './summaryPdf.js';
import { example, pdfText, squeeze, temporaryFolder } from './testing/support.js';

const shop = example('small-shop');
const transferTemplate = example('messenger-platform').overseasTransfer[0]!;
const creationDate = new Date('2026-03-02T00:00:00Z');
const locales = ['ko', 'en'] as const;

/** Company `index` of a small pool, in both languages: the same company often appears in several entries. */
const company = (index: number) => ({ ko: `(주)회사${index}`, en: `Company ${index} Inc.` });

/**
 * A company's entries: each written in full or in one short language only. All the entries of a company share that
 * language, so they are one company by any reading; the first appearance decides its place in a list.
 */
const writings = fc.array(
  fc.record({
    index: fc.integer({ min: 0, max: 7 }),
    full: fc.boolean(),
    country: fc.constantFrom('US', 'JP'),
  }),
  { maxLength: 12 },
);
const shortLanguage = (index: number): 'ko' | 'en' => (index % 2 === 0 ? 'ko' : 'en');
/** A company name as the policy stores it. */
type PolicyText = Policy['entrustment'][number]['processor'];
const written = ({ index, full }: { index: number; full: boolean }): PolicyText =>
  full ? company(index) : { [shortLanguage(index)]: company(index)[shortLanguage(index)] };

/**
 * The names a reader should see, worked out from the pool and not from the code under test: each company once, in
 * order of first appearance, in `locale` when any entry gives it in that language, else in the other.
 */
function expectedNames(entries: readonly { index: number; full: boolean }[], locale: 'ko' | 'en'): string[] {
  const order = [...new Set(entries.map((entry) => entry.index))];
  return order.map((index) => {
    const inLocale = entries.some(
      (entry) => entry.index === index && (entry.full || shortLanguage(index) === locale),
    );
    return company(index)[inLocale ? locale : locale === 'ko' ? 'en' : 'ko'];
  });
}

/** "A · B · C 외 2곳" / "A · B · C and 2 more", or "없음" / "None". */
function named(names: readonly string[], shown: number, locale: 'ko' | 'en'): string {
  if (names.length === 0) return locale === 'ko' ? '없음' : 'None';
  const head = names.slice(0, shown).join(' · ');
  const more = names.length - shown;
  if (more <= 0) return head;
  return `${head} ${locale === 'ko' ? `외 ${more}곳` : `and ${more} more`}`;
}

function policyWith(
  entries: readonly { index: number; full: boolean; country: 'US' | 'JP' }[],
  list: 'entrustment' | 'thirdPartyProvision' | 'overseasTransfer',
): Policy {
  if (list === 'entrustment')
    return {
      ...shop,
      entrustment: entries.map((entry) => ({ ...shop.entrustment[0]!, processor: written(entry) })),
    };
  if (list === 'thirdPartyProvision')
    return {
      ...shop,
      thirdPartyProvision: entries.map((entry) => ({
        ...shop.thirdPartyProvision[0]!,
        recipient: written(entry),
      })),
    };
  return {
    ...shop,
    overseasTransfer: entries.map((entry) => ({
      ...transferTemplate,
      recipient: written(entry),
      country: entry.country,
    })),
  };
}

const factValue = (facts: readonly { term: string; value: string }[], term: string) =>
  facts.find((fact) => fact.term === term)?.value;

describe('printed lists of companies count a company once, as the labels do', { timeout: 60_000 }, () => {
  for (const locale of locales) {
    const words = exportWords(locale);

    it(`processors in ${locale}: the summary, large print and short policy name each processor once and agree with the label's count`, () => {
      fc.assert(
        fc.property(writings, (entries) => {
          const policy = policyWith(entries, 'entrustment');
          const names = expectedNames(entries, locale);
          expect(factValue(summaryFacts(policy, locale), words.processors)).toBe(named(names, 6, locale));
          expect(factValue(shortPolicyFacts(policy, locale), words.processors)).toBe(named(names, 3, locale));
          if (names.length === 0) return;
          const caption = deriveLabels(policy, { locale }).find(
            (label) => label.id === 'entrustment',
          )!.caption;
          expect(caption).toMatch(
            locale === 'ko' ? `처리 위탁 ${names.length}곳` : new RegExp(`^${names.length} processors?:`),
          );
        }),
        { numRuns: 200 },
      );
    });

    it(`third parties in ${locale}: the summary and short policy name each recipient once`, () => {
      fc.assert(
        fc.property(writings, (entries) => {
          const policy = policyWith(entries, 'thirdPartyProvision');
          const names = expectedNames(entries, locale);
          expect(factValue(summaryFacts(policy, locale), words.thirdParties)).toBe(named(names, 6, locale));
          expect(factValue(shortPolicyFacts(policy, locale), words.thirdParties)).toBe(
            named(names, 3, locale),
          );
        }),
        { numRuns: 200 },
      );
    });

    it(`recipients abroad in ${locale}: each once per country on the summary and short policy`, () => {
      const country = (code: string) =>
        ({ ko: { US: '미국', JP: '일본' }, en: { US: 'United States', JP: 'Japan' } })[locale][code as 'US'];
      fc.assert(
        fc.property(writings, (entries) => {
          const policy = policyWith(entries, 'overseasTransfer');
          const countries = [...new Set(entries.map((entry) => entry.country))];
          const byCountry = countries.map((code) => ({
            code,
            names: expectedNames(
              entries.filter((entry) => entry.country === code),
              locale,
            ),
          }));
          expect(factValue(summaryFacts(policy, locale), words.overseasTransfer)).toBe(
            named(
              byCountry.map(({ code, names }) => `${country(code)} (${names.join(', ')})`),
              6,
              locale,
            ),
          );
          const short = factValue(shortPolicyFacts(policy, locale), words.overseasTransfer);
          if (entries.length === 0) {
            expect(short).toBeUndefined();
            return;
          }
          expect(short).toBe(
            named(
              byCountry.flatMap(({ code, names }) => names.map((name) => `${name} (${country(code)})`)),
              3,
              locale,
            ),
          );
        }),
        { numRuns: 200 },
      );
    });
  }
});

describe('a processor entered again for a second task, without its translation', { timeout: 60_000 }, () => {
  let folder: string;
  beforeAll(async () => {
    folder = await temporaryFolder();
  });
  const [first, second, third] = shop.entrustment;
  const aligo = { ko: '(주)알리고', en: 'Aligo Inc.' };
  const fourth = (only: 'ko' | 'en') => ({
    ...shop.entrustment[0]!,
    processor: { [only]: aligo[only] },
    task: { ko: '카카오 알림톡 발송', en: 'KakaoTalk notifications' },
  });
  const tasks = [first!, second!, { ...third!, processor: aligo }];

  for (const locale of locales) {
    // Written only in the other language, it would be printed as a second company in this one.
    const other = locale === 'ko' ? 'en' : 'ko';
    const policy: Policy = { ...shop, entrustment: [...tasks, fourth(other)] };
    const names = [first!.processor[locale]!, second!.processor[locale]!, aligo[locale]];

    it(`is one company on the summary, large print and every short policy paper in ${locale}`, async () => {
      const labels = deriveLabels(policy, { locale });
      const caption = labels.find((label) => label.id === 'entrustment')!.caption;
      expect(caption).toContain(locale === 'ko' ? '처리 위탁 3곳' : '3 processors');
      const prints: [string, Uint8Array][] = [
        ['summary', await renderSummaryPdf(policy, labels, { variant: 'online', locale, creationDate })],
        [
          'large-print',
          await renderLargePrintSummaryPdf(policy, labels, { variant: 'online', locale, creationDate }),
        ],
      ];
      for (const paper of shortPolicyPapers)
        prints.push([
          `short-policy-${paper}`,
          await renderShortPolicyPdf(policy, labels, { paper, variant: 'offline', locale, creationDate }),
        ]);
      for (const [name, pdf] of prints) {
        const file = join(folder, `${name}-${locale}.pdf`);
        await writeFile(file, pdf);
        const text = squeeze(await pdfText(file));
        expect(text, name).not.toContain(squeeze(aligo[other]));
        const processors = squeeze(names.join(' · '));
        expect(text, name).toContain(processors);
        expect(text, name).not.toContain(processors + (locale === 'ko' ? '외1곳' : 'and1more'));
      }
    });
  }
});

describe('the short policy lists items and purposes as the labels count them', () => {
  // The marketing group asks again for the email address, written this time in one language only; a purpose is
  // written twice the same way. Each is one thing to the labels, so the short policy names it once.
  const marketing = shop.collectedItems.find((group) => group.id === 'marketing')!;
  for (const locale of locales) {
    const other = locale === 'ko' ? 'en' : 'ko';
    const email = shop.collectedItems[0]!.items.find((item) => item.en === 'Email address')!;
    const policy: Policy = {
      ...shop,
      collectedItems: shop.collectedItems.map((group) =>
        group === marketing ? { ...group, items: [{ [other]: email[other]! }] } : group,
      ),
      purposes: [
        ...shop.purposes,
        { ...shop.purposes[0]!, id: 'again', title: { [other]: shop.purposes[0]!.title[other]! } },
      ],
    };

    it(`names an item or purpose written with and without its translation once, in ${locale}`, () => {
      const words = exportWords(locale);
      const facts = shortPolicyFacts(policy, locale);
      const items = factValue(facts, words.print.items)!.split(', ');
      expect(items.filter((item) => item === email[locale])).toHaveLength(1);
      expect(items).not.toContain(email[other]);
      const purposes = factValue(facts, words.print.purposes)!.split(', ');
      expect(purposes).toEqual(shop.purposes.map((purpose) => purpose.title[locale]));
    });
  }
});

describe('a law written with and without its translation is one law on the prints', () => {
  for (const locale of locales) {
    const other = locale === 'ko' ? 'en' : 'ko';
    const [first] = shop.retention.legalRetention;
    // The e-commerce act again, for a third kind of record, its name written in one language only.
    const again = {
      ...first!,
      law: { [other]: first!.law[other]! },
      period: { value: 3, unit: 'years' as const },
    };
    const policy: Policy = {
      ...shop,
      retention: { ...shop.retention, legalRetention: [...shop.retention.legalRetention, again] },
    };

    it(`names it once, in ${locale}, with each period it sets, on the summary and the short policy`, () => {
      const words = exportWords(locale);
      expect(factValue(summaryFacts(policy, locale), words.legalRetention)).toBe(
        factValue(summaryFacts(shop, locale), words.legalRetention),
      );
      expect(factValue(summaryFacts(policy, locale), words.legalRetention)).toContain(first!.law[locale]);
      expect(factValue(shortPolicyFacts(policy, locale), words.retention)).toBe(
        factValue(shortPolicyFacts(shop, locale), words.retention),
      );
      for (const facts of [summaryFacts(policy, locale), shortPolicyFacts(policy, locale)])
        for (const fact of facts) expect(fact.value).not.toContain(first!.law[other]);
    });
  }
});
