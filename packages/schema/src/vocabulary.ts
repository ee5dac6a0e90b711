// Formatting in the reader's language, for components and exporters that show schema values outside a caption.
// Each delegates to the language's words (locales/ko.ts, locales/en.ts, or a business's own translation).
import { resolveWords, type Translation } from './i18n/translations.js';
import type { Retention } from './policySchema.js';
import type { Duration } from './primitives.js';
import { type Locale, localize } from './text.js';

const words = (locale: Locale, translations?: readonly Translation[]) =>
  resolveWords('schema', locale, translations);

/** "5년" / "5 years". */
export function formatDuration(
  duration: Duration,
  locale: Locale,
  translations?: readonly Translation[],
): string {
  return words(locale, translations).format.duration(duration);
}

/** "2026. 2. 4." / "4 Feb 2026" from a YYYY-MM-DD date, independent of the reader's time zone. */
export function formatDate(isoDate: string, locale: Locale, translations?: readonly Translation[]): string {
  return words(locale, translations).format.date(isoDate);
}

/** The country's name in the reader's language ("미국" / "United States"), or the code itself if unknown. */
export function countryName(code: string, locale: Locale, translations?: readonly Translation[]): string {
  return words(locale, translations).format.country(code);
}

/** "회원 탈퇴 시까지" / "Until you close your account", "5년 (전자상거래법)" … */
export function formatRetention(
  retention: Retention,
  locale: Locale,
  translations?: readonly Translation[],
): string {
  return words(locale, translations).format.retention(retention, (text) => localize(text, locale));
}

/** Joins names the way each language lists them: "미국, 일본" / "the US and Japan". */
export function formatList(
  values: readonly string[],
  locale: Locale,
  translations?: readonly Translation[],
): string {
  return words(locale, translations).format.list(values);
}
