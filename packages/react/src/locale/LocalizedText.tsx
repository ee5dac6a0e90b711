import { type Locale, type LocalizedText, localize } from '@privacy-label-kit/schema';
import type { ReactNode } from 'react';

/**
 * A policy text in the page's language. When the policy lacks that language and the other one is shown instead, it
 * is wrapped in an element with the right `lang`, so screen readers pronounce Korean as Korean on an English page.
 */
export function localizedNode(text: LocalizedText | undefined, locale: Locale): ReactNode {
  if (!text) return null;
  if (text[locale] !== undefined) return text[locale];
  const other: Locale = locale === 'ko' ? 'en' : 'ko';
  const fallback = text[other];
  if (fallback === undefined) return null;
  return <span lang={other}>{fallback}</span>;
}

/** The same text as a plain string (for attributes and captions, where no element can carry `lang`). */
export function localizedString(text: LocalizedText | undefined, locale: Locale): string {
  return localize(text, locale);
}
