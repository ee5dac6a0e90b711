// Kept apart from the zod schemas on purpose: captions and pages only need these, and importing them must not pull
// the validator into a browser bundle.

export type Locale = 'ko' | 'en';
export const locales: readonly Locale[] = ['ko', 'en'];

/** Human-readable text in Korean and/or English. At least one language must be given. */
export interface LocalizedText {
  ko?: string;
  en?: string;
}

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
