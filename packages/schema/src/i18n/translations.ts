import type { ReviewWords } from '../review/words.js';
import { type Locale, localeChain } from '../text.js';
import type { SchemaWords } from './words.js';

/**
 * Every package's words, by part. Each package adds its part by declaration merging, so one `Translation` object can
 * carry the words of all of them:
 *
 * ```ts
 * declare module '@privacy-label-kit/schema' {
 *   interface TranslationWords { page: PageWords }
 * }
 * ```
 */
export interface TranslationWords {
  schema: SchemaWords;
  review: ReviewWords;
}

export type TranslationPart = keyof TranslationWords;

/** Every property optional, all the way down; functions and arrays are leaves. */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;

/**
 * The words of one language, for any of the packages, complete or partial. The built-in Korean and English
 * translations are complete; a business's own language or wording may give only some words: the rest come from the
 * next language in the chain (`fallback`, then English, then Korean).
 */
export interface Translation {
  /** The language these words are in, as a BCP 47 tag ('ja', 'ko', 'en-GB'). */
  locale: Locale;
  /** The language to use for words this translation lacks, before English. */
  fallback?: Locale;
  words: { [Part in TranslationPart]?: DeepPartial<TranslationWords[Part]> };
}

const registered: Translation[] = [];
let registryVersion = 0;

/**
 * Makes translations available everywhere in this JavaScript realm, for every call that does not pass its own. Each
 * package's main entry registers its built-in Korean and English words this way; the `/core` entries do not, so an
 * app that ships one language imports only that one (`@privacy-label-kit/react/locales/ko`) and registers or passes it.
 */
export function registerTranslations(...translations: Translation[]): void {
  for (const translation of translations) {
    if (!registered.includes(translation)) registered.push(translation);
  }
  registryVersion++;
}

/** The translations registered so far (built-in ones first), for tools that list the languages on offer. */
export function registeredTranslations(): readonly Translation[] {
  return registered;
}

const resolved = new WeakMap<readonly Translation[], Map<string, unknown>>();
const noTranslations: readonly Translation[] = [];

/**
 * The complete words of `part` in `locale`: the caller's `translations` first, then the registered ones, along the
 * language chain (`locale`, its base language, each translation's `fallback`, English, Korean). Later languages fill
 * what earlier ones leave out; a caller's translation for a language wins over a registered one. Throws, naming the
 * fix, when no language in the chain has the words at all (the `/core` entries with nothing registered or passed).
 */
export function resolveWords<Part extends TranslationPart>(
  part: Part,
  locale: Locale,
  translations: readonly Translation[] = noTranslations,
): TranslationWords[Part] {
  let cache = resolved.get(translations);
  if (!cache) {
    cache = new Map();
    resolved.set(translations, cache);
  }
  const key = `${registryVersion}\u0000${part}\u0000${locale}`;
  const cached = cache.get(key);
  if (cached) return cached as TranslationWords[Part];

  const layers = layersOf(part, locale, translations).map((layer) => layer.words);
  if (layers.length === 0) {
    throw new Error(
      `No words for "${part}" in "${locale}" or its fallbacks. Import the main entry of the package (which registers ` +
        `Korean and English), or pass a translation, e.g. import { ko } from '@privacy-label-kit/react/locales/ko'.`,
    );
  }
  // The first layer wins: merge from the last fallback up.
  let words: unknown = {};
  for (let index = layers.length - 1; index >= 0; index--) words = mergeWords(words, layers[index]);
  cache.set(key, words);
  return words as TranslationWords[Part];
}

/** Each translation's words of `part`, in the order `locale`'s language chain reads them, with their language. */
function layersOf(
  part: TranslationPart,
  locale: Locale,
  translations: readonly Translation[],
): Array<{ language: Locale; words: object }> {
  const all = [...translations, ...registered];
  const fallbacks = all
    .filter((translation) => translation.locale === locale && translation.fallback)
    .map((translation) => translation.fallback as Locale);
  const layers: Array<{ language: Locale; words: object }> = [];
  for (const language of localeChain(locale, fallbacks)) {
    for (const translation of all) {
      const words = translation.locale === language ? translation.words[part] : undefined;
      if (words) layers.push({ language, words });
    }
  }
  return layers;
}

/**
 * The language of the word at `path` in `part`'s words for `locale`: that of the first translation along the chain
 * that gives it (`resolveWords` takes the word from the same one). A business's Japanese that translates one label's
 * title makes that label Japanese, the others English. `undefined` when no translation gives it.
 */
export function wordsLanguage(
  part: TranslationPart,
  locale: Locale,
  path: readonly string[],
  translations: readonly Translation[] = noTranslations,
): Locale | undefined {
  let cache = resolved.get(translations);
  if (!cache) {
    cache = new Map();
    resolved.set(translations, cache);
  }
  const key = `language\u0000${registryVersion}\u0000${part}\u0000${locale}\u0000${path.join('\u0000')}`;
  if (cache.has(key)) return cache.get(key) as Locale | undefined;
  let found: Locale | undefined;
  for (const layer of layersOf(part, locale, translations)) {
    let value: unknown = layer.words;
    for (const step of path) value = isPlainObject(value) ? value[step] : undefined;
    if (value !== undefined) {
      found = layer.language;
      break;
    }
  }
  cache.set(key, found);
  return found;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `over` on top of `under`, key by key; functions, strings and arrays replace whole. */
function mergeWords(under: unknown, over: unknown): unknown {
  if (!isPlainObject(under) || !isPlainObject(over)) return over === undefined ? under : over;
  const merged: Record<string, unknown> = { ...under };
  for (const [key, value] of Object.entries(over)) {
    if (value !== undefined) merged[key] = mergeWords(under[key], value);
  }
  return merged;
}
