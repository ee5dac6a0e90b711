// distinctTexts decides what captions count as one company or one item: the same thing written twice, with or without
// its translation, is one; things that differ in a language both give are two.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctTexts, type LocalizedText } from './text.js';

const agree = (a: LocalizedText, b: LocalizedText) =>
  Object.keys(a).some((language) => b[language] !== undefined) &&
  Object.keys(a).every((language) => b[language] === undefined || b[language] === a[language]);

describe('distinctTexts', () => {
  it('merges a name written without its translation into the one written with it, keeping both languages', () => {
    expect(
      distinctTexts([
        { ko: '한빛대학교' },
        { ko: '한빛대학교', en: 'Hanbit University' },
        { ko: '진료 기록', en: 'Medical records' },
        { ko: '진료 기록', en: 'Treatment notes' },
      ]),
    ).toEqual([
      { ko: '한빛대학교', en: 'Hanbit University' },
      { ko: '진료 기록', en: 'Medical records' },
      { ko: '진료 기록', en: 'Treatment notes' },
    ]);
  });

  it('gives one text per group of agreeing writings, each input agreeing with its text, for generated lists', () => {
    // Small pools, so that repeats, partial writings and conflicts are common.
    const writing = fc.record(
      { ko: fc.constantFrom('가', '나', '다'), en: fc.constantFrom('A', 'B', 'C') },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(writing.filter((text) => Object.keys(text).length > 0)), (values) => {
        const before = JSON.stringify(values);
        const result = distinctTexts(values);
        // The policy's own texts are never changed (a merged text is a copy).
        expect(JSON.stringify(values)).toBe(before);
        // Every input is represented by a text it agrees with.
        for (const value of values) expect(result.some((text) => agree(value, text))).toBe(true);
        // No two results are complete duplicates of each other.
        const keys = result.map((text) => JSON.stringify([text.ko, text.en]));
        expect(new Set(keys).size).toBe(keys.length);
        // Nothing is invented: every language of a result comes from some input.
        for (const text of result) {
          for (const [language, written] of Object.entries(text)) {
            expect(values.some((value) => (value as LocalizedText)[language] === written)).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
