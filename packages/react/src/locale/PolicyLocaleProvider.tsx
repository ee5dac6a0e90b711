import type { Locale, Policy } from '@privacy-label-kit/schema';
import { createContext, type ReactNode, useContext } from 'react';

const PolicyLocaleContext = createContext<Locale | undefined>(undefined);

export interface PolicyLocaleProviderProps {
  /** The language every privacy component below renders in: 'ko' or 'en'. */
  locale: Locale;
  children?: ReactNode;
}

/** Sets the language of every privacy component below it, unless a component is given its own `locale`. */
export function PolicyLocaleProvider({ locale, children }: PolicyLocaleProviderProps) {
  if (locale !== 'ko' && locale !== 'en') {
    throw new Error(`PolicyLocaleProvider: unknown locale "${String(locale)}"; use 'ko' or 'en'`);
  }
  return <PolicyLocaleContext.Provider value={locale}>{children}</PolicyLocaleContext.Provider>;
}

/**
 * The language to render in: the component's own `locale` prop, else the nearest `PolicyLocaleProvider`, else the
 * policy's `defaultLocale`, else Korean.
 */
export function usePolicyLocale(locale?: Locale, policy?: Pick<Policy, 'defaultLocale'>): Locale {
  const fromProvider = useContext(PolicyLocaleContext);
  return locale ?? fromProvider ?? policy?.defaultLocale ?? 'ko';
}
