// Policy texts take a fast path past zod when they are plain Korean/English strings. A reader of a parsed policy must
// not be able to tell: same value (trimmed, Korean first), same errors at the same places, for every input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { localizedTextRules, localizedTextSchema } from './localizedText.js';

const key = fc.constantFrom('ko', 'en', 'ja', 'zh-Hant', 'KO', 'x y', '');
const value = fc.oneof(
  fc.constantFrom('주식회사 예시', '  Example Co.  ', '', '   ', '\n가\t'),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(undefined, null, 0, true, ['가'], { ko: '가' }),
);
const textLike = fc.oneof(
  { weight: 6, arbitrary: fc.dictionary(key, value, { maxKeys: 4 }) },
  fc.constantFrom(null, undefined, '가', 3, [], ['ko'], new Date(0)),
  fc.dictionary(key, value, { maxKeys: 3 }).map((entries) => Object.assign(Object.create(null), entries)),
);

/** What a caller sees of a parse: the value with its key order, or every issue with its path and code. */
function outcome(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success
    ? { value: result.data, keys: Object.keys(result.data as object) }
    : { issues: result.error.issues };
}

describe('a policy text', () => {
  it('parses exactly as zod parses it, for any input (fast path or not)', () => {
    fc.assert(
      fc.property(textLike, (input) => {
        expect(outcome(localizedTextSchema, input)).toEqual(outcome(localizedTextRules, input));
      }),
      { numRuns: 2000 },
    );
  });

  it('parses exactly as zod parses it inside a policy-like object, where errors carry their path', () => {
    const holder = z.object({ name: localizedTextSchema, items: z.array(localizedTextSchema) });
    const reference = z.object({ name: localizedTextRules, items: z.array(localizedTextRules) });
    fc.assert(
      fc.property(textLike, fc.array(textLike, { maxLength: 3 }), (name, items) => {
        expect(outcome(holder, { name, items })).toEqual(outcome(reference, { name, items }));
      }),
      { numRuns: 1000 },
    );
  });

  it('trims plain Korean and English text and keeps Korean first', () => {
    expect(localizedTextSchema.parse({ en: ' Bakery ', ko: ' 빵집 ' })).toEqual({ ko: '빵집', en: 'Bakery' });
    expect(Object.keys(localizedTextSchema.parse({ en: 'Bakery', ko: '빵집' }))).toEqual(['ko', 'en']);
  });
});
