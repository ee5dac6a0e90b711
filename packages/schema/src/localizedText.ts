import { z } from 'zod';

export type Locale = 'ko' | 'en';
export const locales: readonly Locale[] = ['ko', 'en'];

/** Human-readable text in Korean and/or English. At least one language must be given. */
export interface LocalizedText {
  ko?: string;
  en?: string;
}

export const localizedTextSchema = z
  .strictObject({
    ko: z.string().trim().min(1).optional().describe('Korean text'),
    en: z.string().trim().min(1).optional().describe('English text'),
  })
  .refine((text) => text.ko !== undefined || text.en !== undefined, { error: 'missing_text' })
  .meta({
    id: 'LocalizedText',
    description: 'Text in Korean ("ko") and/or English ("en")',
    // What the refinement checks, said in JSON Schema terms so editors flag an empty object too.
    anyOf: [{ required: ['ko'] }, { required: ['en'] }],
  });

/**
 * Picks the text in the requested locale, falling back to the other language so that a policy written
 * in Korean only still renders in an English page (and vice versa).
 */
export function localize(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return '';
  const other: Locale = locale === 'ko' ? 'en' : 'ko';
  return text[locale] ?? text[other] ?? '';
}

/** Whether `text` has a version in `locale` itself rather than a fallback. */
export function hasLocale(text: LocalizedText | undefined, locale: Locale): boolean {
  return text?.[locale] !== undefined;
}
