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

// Stand-ins for a fallback-language text inside a formatted string: Unicode private-use characters, which no policy
// text or built-in word uses.
const fallbackStart = '\uE000';
const fallbackEnd = '\uE001';
const fallbackPlace = /\uE000(\d+)\uE001/;

/**
 * A phrase the words build around policy texts ("3 years (전자상거래 등에서의 소비자보호에 관한 법률)": a retention
 * period with its law), with each text shown in a fallback language marked with its `lang`, as `localizedNode` does.
 * Plain text when every text is in the page's language. `format` gets the function that gives a policy text's words.
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
    return `${fallbackStart}${fallbacks.length - 1}${fallbackEnd}`;
  });
  if (fallbacks.length === 0) return phrase;
  // split with a capturing group: even parts are the words' own text, odd parts the index of a fallback text.
  return phrase.split(fallbackPlace).map((part, index) => {
    if (index % 2 === 0) return part;
    const found = fallbacks[Number(part)]!;
    return (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one phrase, in a fixed order
      <span key={index} lang={found.language}>
        {found.text}
      </span>
    );
  });
}
