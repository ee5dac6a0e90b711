import { z } from 'zod';

/** A language tag as a key of policy text: "ko", "en", "ja", "zh-Hant" … (BCP 47, lower-case language first). */
const languageTagPattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** What a policy text must be, as zod checks it. Exported for the test that holds the fast path to it. */
export const localizedTextRules = z
  .object({
    ko: z.string().trim().min(1).optional().describe('Korean text'),
    en: z.string().trim().min(1).optional().describe('English text'),
  })
  // Any other language a business adds, under its language tag ("ja": "…").
  .catchall(z.string().trim().min(1))
  .superRefine((text, context) => {
    let hasText = false;
    for (const key in text) {
      if (text[key] !== undefined) hasText = true;
      // ko and en are declared fields; only a language a business adds needs its tag checked.
      if (key !== 'ko' && key !== 'en' && !languageTagPattern.test(key)) {
        context.addIssue({
          code: 'custom',
          message: 'invalid_language_tag',
          path: [key],
          params: { value: key },
        });
      }
    }
    if (!hasText) context.addIssue({ code: 'custom', message: 'missing_text', path: [] });
  });

type ZodRun = (typeof localizedTextRules)['_zod']['run'];

/**
 * Gives `schema` a fast path for the text nearly every policy is made of: a plain object with Korean and/or English
 * strings that are not empty once trimmed. Such a text passes every rule above, and its parsed value is the same
 * object trimmed, so the fast path builds that value directly; anything else (another language, an empty string, a
 * wrong type) goes through zod as before and gets zod's own errors.
 *
 * Why: a policy holds thousands of texts, and zod's object parsing with a catch-all and a refinement was about 40 %
 * of `parsePolicy` (see `npm run bench`). This reaches into `_zod.run`, the one internal every zod schema parses
 * through; `localizedText.test.ts` holds the result to zod's own on generated texts, so a zod update that changed
 * the contract fails there.
 */
function withPlainTextFastPath<Schema extends typeof localizedTextRules>(schema: Schema): Schema {
  const internals = schema._zod as { run: ZodRun };
  const zodRun = internals.run;
  internals.run = (payload, context) => {
    const input = payload.value;
    if (
      context.direction !== 'backward' &&
      typeof input === 'object' &&
      input !== null &&
      Object.getPrototypeOf(input) === Object.prototype
    ) {
      let ko: string | undefined;
      let en: string | undefined;
      let plain = true;
      for (const key in input) {
        const value = (input as Record<string, unknown>)[key];
        const trimmed = typeof value === 'string' ? value.trim() : '';
        if (trimmed === '' || (key !== 'ko' && key !== 'en')) {
          plain = false;
          break;
        }
        if (key === 'ko') ko = trimmed;
        else en = trimmed;
      }
      if (plain && (ko !== undefined || en !== undefined)) {
        // Korean first, as zod writes the declared keys in their declared order.
        const value: { ko?: string; en?: string } = {};
        if (ko !== undefined) value.ko = ko;
        if (en !== undefined) value.en = en;
        payload.value = value as z.output<Schema>;
        return payload;
      }
    }
    return zodRun(payload, context);
  };
  return schema;
}

export const localizedTextSchema = withPlainTextFastPath(
  localizedTextRules.meta({
    id: 'LocalizedText',
    description:
      'Text in Korean ("ko"), English ("en") and/or any other language under its language tag ("ja")',
    // What the refinement checks, said in JSON Schema terms so editors flag an empty object too.
    minProperties: 1,
    propertyNames: { pattern: languageTagPattern.source },
  }),
);
