import { type Locale, type LocalizedText, localizeWithLanguage } from '@privacy-label-kit/schema/core';
import type { ReactNode } from 'react';

/** Whether text in `language` reads as the page's `locale` ('ko' text on a 'ko-KR' page does). */
function sameLanguage(language: Locale, locale: Locale): boolean {
  return language === locale || locale.startsWith(`${language}-`);
}

/**
 * A policy text in the page's language. When the policy lacks that language and another one is shown instead (along
 * the fallback chain: the base language, English, Korean), it is wrapped in an element with that `lang`, so screen
 * readers pronounce Korean as Korean on an English page.
 */
export function localizedNode(text: LocalizedText | undefined, locale: Locale): ReactNode {
  const found = localizeWithLanguage(text, locale);
  if (!found) return null;
  if (sameLanguage(found.language, locale)) return found.text;
  return <span lang={found.language}>{found.text}</span>;
}

/** Whether `text` exists in the page's own language, so it needs no `lang` of its own. */
export function inPageLanguage(text: LocalizedText, locale: Locale): boolean {
  const found = localizeWithLanguage(text, locale);
  return found === undefined || sameLanguage(found.language, locale);
}
