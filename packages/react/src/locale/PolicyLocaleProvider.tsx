import {
  type Locale,
  type Policy,
  type ReviewWords,
  resolveWords,
  type SchemaWords,
  type Translation,
} from '@privacy-label-kit/schema/core';
import type { ReactNode } from 'react';
import { createOptionalContext, useOptionalContext } from '../context/optionalContext.js';
import type { PageWords } from '../locales/words.js';

interface PolicyLocaleContextValue {
  locale: Locale;
  translations?: readonly Translation[];
}

const PolicyLocaleContext = createOptionalContext<PolicyLocaleContextValue | undefined>(
  undefined,
  'PolicyLocaleProvider cannot pass a language down in a React Server Component (React has no context there). ' +
    'Give each component `locale` (and `translations`) instead, or render the provider in a Client Component.',
);

const noTranslations: readonly Translation[] = [];

/**
 * The built-in words a component of the main entry brings (see `withBuiltInWords`): after the caller's translations
 * and before the registered ones. Empty for `/core`, whose components use only what is passed or registered.
 */
export const BuiltInTranslations = createOptionalContext<readonly Translation[]>(noTranslations);

const combined = new WeakMap<
  readonly Translation[],
  WeakMap<readonly Translation[], readonly Translation[]>
>();

/** `own` then `builtIn`, as one array that stays the same object for the same two arrays (words are cached by it). */
export function withBuiltIns(
  own: readonly Translation[] | undefined,
  builtIn: readonly Translation[],
): readonly Translation[] | undefined {
  if (builtIn.length === 0) return own;
  if (!own || own.length === 0) return builtIn;
  let byBuiltIn = combined.get(own);
  if (!byBuiltIn) {
    byBuiltIn = new WeakMap();
    combined.set(own, byBuiltIn);
  }
  let both = byBuiltIn.get(builtIn);
  if (!both) {
    both = [...own, ...builtIn];
    byBuiltIn.set(builtIn, both);
  }
  return both;
}

export interface PolicyLocaleProviderProps {
  /** The language every privacy component below renders in, as a BCP 47 tag: 'ko', 'en', 'ja', 'zh-Hant' … */
  locale: Locale;
  /**
   * Words of your own, before the registered ones: a language the kit does not ship, or your wording of some keys.
   * Keep the array stable (a module constant or `useMemo`): words are merged once per array and language.
   */
  translations?: readonly Translation[];
  children?: ReactNode;
}

/** Sets the language (and any extra words) of every privacy component below it, unless a component is given its own. */
export function PolicyLocaleProvider({ locale, translations, children }: PolicyLocaleProviderProps) {
  return (
    <PolicyLocaleContext.Provider value={translations ? { locale, translations } : { locale }}>
      {children}
    </PolicyLocaleContext.Provider>
  );
}

/** The words a component renders with: the page's own, the schema's (labels, names of values, formats), in `locale`. */
export interface PolicyWords {
  locale: Locale;
  page: PageWords;
  /**
   * The labels' words — resolved only when a component reads them: `LabelSummary` gets its labels already derived and
   * reads none, so a page that shows only the labels needs no label words beside them.
   */
  readonly schema: SchemaWords;
  /**
   * The words of the checks, the version diff and the change notice — resolved only when a component reads them, so a
   * page that shows none of those needs no review words (e.g. with `/core` and only `locales/ko`).
   */
  readonly review: ReviewWords;
  /** The translations the words were resolved with, to pass on to `deriveLabels` and child components. */
  translations: readonly Translation[] | undefined;
}

/**
 * The language and words to render in: the component's own `locale` and `translations` props, else the nearest
 * `PolicyLocaleProvider`'s, else the policy's `defaultLocale`, else Korean. Words come from `resolveWords`, which merges
 * them once per translations array and language, so every component of a page shares one resolved set.
 */
export function usePolicyWords(
  locale?: Locale,
  policy?: Pick<Policy, 'defaultLocale'>,
  translations?: readonly Translation[],
  /** Built-in words to add after `translations`; default: those of the enclosing main-entry component, if any. */
  builtInTranslations?: readonly Translation[],
): PolicyWords {
  const { locale: resolvedLocale, translations: resolvedTranslations } = usePolicyLocale(
    locale,
    policy,
    translations,
    builtInTranslations,
  );
  return {
    locale: resolvedLocale,
    page: resolveWords('page', resolvedLocale, resolvedTranslations),
    get schema() {
      return resolveWords('schema', resolvedLocale, resolvedTranslations);
    },
    get review() {
      return resolveWords('review', resolvedLocale, resolvedTranslations);
    },
    translations: resolvedTranslations,
  };
}

/**
 * The language and translations to render in, chosen as `usePolicyWords` chooses them, without resolving any words:
 * for a component whose words are a part of their own (`atAGlance`, `videoSign`), so it needs neither the page's nor
 * the labels' words.
 */
export function usePolicyLocale(
  locale?: Locale,
  policy?: Pick<Policy, 'defaultLocale'>,
  translations?: readonly Translation[],
  builtInTranslations?: readonly Translation[],
): { locale: Locale; translations: readonly Translation[] | undefined } {
  const fromProvider = useOptionalContext(PolicyLocaleContext);
  const builtInFromContext = useOptionalContext(BuiltInTranslations);
  const builtIn = builtInTranslations ?? builtInFromContext;
  return {
    locale: locale ?? fromProvider?.locale ?? policy?.defaultLocale ?? 'ko',
    translations: withBuiltIns(translations ?? fromProvider?.translations, builtIn),
  };
}
