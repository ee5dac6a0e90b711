import { z } from 'zod';

/** A language tag as a key of policy text: "ko", "en", "ja", "zh-Hant" … (BCP 47, lower-case language first). */
const languageTagPattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const localizedTextSchema = z
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
  })
  .meta({
    id: 'LocalizedText',
    description:
      'Text in Korean ("ko"), English ("en") and/or any other language under its language tag ("ja")',
    // What the refinement checks, said in JSON Schema terms so editors flag an empty object too.
    minProperties: 1,
    propertyNames: { pattern: languageTagPattern.source },
  });
