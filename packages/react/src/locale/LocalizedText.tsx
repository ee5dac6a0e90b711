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

// Marks the start of a fallback-language text inside a formatted string: Unicode private-use characters, which no
// policy text or built-in word uses, around the text's index. The text itself follows the mark unchanged, so words
// that choose a Korean particle after it ("Acme Inc.는") still see the real last letter.
const fallbackMark = /\uE000(\d+)\uE001/g;

/**
 * A phrase the words build around policy texts ("3 years (전자상거래 등에서의 소비자보호에 관한 법률)": a retention
 * period with its law; the page's opening sentence with the controller's name), with each text shown in a fallback
 * language marked with its `lang`, as `localizedNode` does. Plain text when every text is in the page's language.
 * `format` gets the function that gives a policy text's words; it must put that text into the phrase as given.
 */
export function localizedPhrase(
  format: (text: (value: LocalizedText) => string) => string,
  locale: Locale,
): ReactNode {
  const fallbacks: { text: string; language: Locale }[] = [];
  const phrase = format((value) => {
    const found = localizeWithLanguage(value, locale);
    if (!found) return '';
    if (sameLanguage(found.language, locale)) return found.text;
    fallbacks.push(found);
    return `\uE000${fallbacks.length - 1}\uE001${found.text}`;
  });
  if (fallbacks.length === 0) return phrase;
  const nodes: ReactNode[] = [];
  let position = 0;
  for (const mark of phrase.matchAll(fallbackMark)) {
    const found = fallbacks[Number(mark[1])]!;
    const textStart = mark.index + mark[0].length;
    nodes.push(
      phrase.slice(position, mark.index),
      <span key={textStart} lang={found.language}>
        {found.text}
      </span>,
    );
    position = textStart + found.text.length;
  }
  nodes.push(phrase.slice(position));
  return nodes;
}
