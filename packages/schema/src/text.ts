// Kept apart from the zod schemas on purpose: captions and pages only need these, and importing them must not pull
// the validator into a browser bundle.

/**
 * A language, as a BCP 47 tag: 'ko' and 'en' are built in; a business can add any other ('ja', 'zh-Hant', …) with a
 * `Translation` (see `resolveWords`).
 */
export type Locale = string;

/** The languages whose words ship with the kit. */
export type BuiltInLocale = 'ko' | 'en';
export const builtInLocales: readonly BuiltInLocale[] = ['ko', 'en'];

/** The language every chain ends in: when neither the requested language nor its fallbacks have a word, English. */
export const lastResortLocale: BuiltInLocale = 'en';

/**
 * Human-readable text of the policy in one or more languages. Korean ("ko") and English ("en") are the usual ones; any
 * other language tag may be added ("ja": "…"). At least one language must be given.
 */
export interface LocalizedText {
  ko?: string;
  en?: string;
  [language: string]: string | undefined;
}

/**
 * The languages to try, in order, for `locale`: the tag itself, its base language ('zh-Hant' → 'zh'), any `fallbacks`
 * the caller names, then English and Korean. Duplicates are removed.
 */
export function localeChain(locale: Locale, fallbacks: readonly Locale[] = []): Locale[] {
  const chain: Locale[] = [];
  const add = (tag: Locale) => {
    for (let current = tag; current; current = current.slice(0, Math.max(0, current.lastIndexOf('-')))) {
      if (!chain.includes(current)) chain.push(current);
      if (!current.includes('-')) break;
    }
  };
  add(locale);
  for (const fallback of fallbacks) add(fallback);
  add(lastResortLocale);
  add('ko');
  return chain;
}

/**
 * The policy text in the requested language, or the first language of its fallback chain that the text has (so a
 * policy written in Korean only still renders on an English page), with the language actually used.
 */
export function localizeWithLanguage(
  text: LocalizedText | undefined,
  locale: Locale,
  fallbacks: readonly Locale[] = [],
): { text: string; language: Locale } | undefined {
  if (!text) return undefined;
  if (text[locale] !== undefined) return { text: text[locale] as string, language: locale };
  for (const language of localeChain(locale, fallbacks)) {
    const value = text[language];
    if (value !== undefined) return { text: value, language };
  }
  for (const [language, value] of Object.entries(text)) {
    if (value !== undefined) return { text: value, language };
  }
  return undefined;
}

/** The policy text in `locale`, else along its fallback chain (see `localeChain`); '' for no text. */
export function localize(
  text: LocalizedText | undefined,
  locale: Locale,
  fallbacks: readonly Locale[] = [],
): string {
  // The common case first, without building the chain: captions localise every item name of a policy.
  const own = text?.[locale];
  if (own !== undefined) return own;
  return localizeWithLanguage(text, locale, fallbacks)?.text ?? '';
}

/** Whether `text` has a version in `locale` itself rather than a fallback. */
export function hasLocale(text: LocalizedText | undefined, locale: Locale): boolean {
  return text?.[locale] !== undefined;
}
