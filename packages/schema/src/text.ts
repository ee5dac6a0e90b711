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

/**
 * Each of `values` once, in order. Two texts are the same when they agree in every language both are written in (and
 * share one): "한빛대학교" and "한빛대학교 / Hanbit University" are one university, written with its translation once;
 * "진료 기록 / Medical records" and "진료 기록 / Treatment notes" are two things. A merged text keeps every language
 * any of its writings gives, so a caption in English names the university in English even where one entry lacks it.
 */
export function distinctTexts(values: Iterable<LocalizedText>): LocalizedText[] {
  const list = Array.isArray(values) ? (values as LocalizedText[]) : [...values];
  // Most policies write every text in Korean and English: then two texts are the same exactly when both languages
  // are, and a pair of nested lookups does (captions run this over every item of a policy on each derivation).
  const koreanAndEnglish = distinctKoreanAndEnglish(list);
  if (koreanAndEnglish) return koreanAndEnglish;
  return distinctGeneral(list);
}

/** `distinctTexts` when every text is in exactly Korean and English; `undefined` as soon as one is not. */
function distinctKoreanAndEnglish(list: readonly LocalizedText[]): LocalizedText[] | undefined {
  // Korean text → its English text, or every English text seen with it when there is more than one.
  const seen = new Map<string, string | Set<string>>();
  const distinct: LocalizedText[] = [];
  for (const value of list) {
    if (!isKoreanAndEnglish(value)) return undefined;
    const ko = value.ko as string;
    const en = value.en as string;
    const english = seen.get(ko);
    if (english === undefined) seen.set(ko, en);
    else if (typeof english === 'string') {
      if (english === en) continue;
      seen.set(ko, new Set([english, en]));
    } else {
      if (english.has(en)) continue;
      english.add(en);
    }
    distinct.push(value);
  }
  return distinct;
}

/** `distinctTexts` for any mix of languages. */
function distinctGeneral(list: readonly LocalizedText[]): LocalizedText[] {
  const merged: LocalizedText[] = [];
  const owned: boolean[] = [];
  // language → text → the merged text (or texts) written so, to find a match without comparing with every earlier one.
  // Captions run this over every item of a policy on each derivation, so the common case (a text seen once) stores a
  // number, not an array.
  const byLanguage = new Map<string, Map<string, number | number[]>>();
  const index = (language: string, written: string, at: number) => {
    let texts = byLanguage.get(language);
    if (!texts) {
      texts = new Map();
      byLanguage.set(language, texts);
    }
    const found = texts.get(written);
    if (found === undefined) texts.set(written, at);
    else if (typeof found === 'number') texts.set(written, [found, at]);
    else found.push(at);
  };
  for (const value of list) {
    const languages = Object.keys(value);
    let match: number | undefined;
    search: for (const language of languages) {
      const written = value[language];
      if (written === undefined) continue;
      const found = byLanguage.get(language)?.get(written);
      if (found === undefined) continue;
      if (typeof found === 'number') {
        if (agrees(merged[found]!, value)) {
          match = found;
          break;
        }
        continue;
      }
      for (const at of found) {
        if (agrees(merged[at]!, value)) {
          match = at;
          break search;
        }
      }
    }
    if (match === undefined) {
      match = merged.length;
      // The policy's own object, copied only if a later writing adds a language to it (never changed in place).
      merged.push(value);
      owned.push(false);
      for (const language of languages) {
        const written = value[language];
        if (written !== undefined) index(language, written, match);
      }
      continue;
    }
    let text = merged[match]!;
    for (const language of languages) {
      const written = value[language];
      if (written === undefined || text[language] !== undefined) continue;
      if (!owned[match]) {
        text = { ...text };
        merged[match] = text;
        owned[match] = true;
      }
      text[language] = written;
      index(language, written, match);
    }
  }
  return merged;
}

/** Whether two texts name the same thing as `distinctTexts` decides it: they share a language and agree in each they share. */
export function sameText(a: LocalizedText, b: LocalizedText): boolean {
  return (
    Object.keys(a).some((language) => a[language] !== undefined && b[language] !== undefined) && agrees(a, b)
  );
}

function isKoreanAndEnglish(value: LocalizedText): boolean {
  if (value.ko === undefined || value.en === undefined) return false;
  for (const language in value) {
    if (language !== 'ko' && language !== 'en' && value[language] !== undefined) return false;
  }
  return true;
}

function agrees(text: LocalizedText, value: LocalizedText): boolean {
  for (const language of Object.keys(value)) {
    const written = value[language];
    if (written !== undefined && text[language] !== undefined && text[language] !== written) return false;
  }
  return true;
}
