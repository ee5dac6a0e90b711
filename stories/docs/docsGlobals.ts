import { useSyncExternalStore } from 'react';
import type { DocsLocale } from '../messages.js';

/** The toolbar's theme choice: 'auto' follows the reader's system setting. */
export type DocsThemeChoice = 'light' | 'dark' | 'auto';

export interface DocsGlobals {
  locale: DocsLocale;
  theme: DocsThemeChoice;
}

/** What a page shows before Storybook sends the toolbar's values (and what `initialGlobals` sets). */
export const defaultDocsGlobals: DocsGlobals = { locale: 'ko', theme: 'auto' };

// MDX pages have no story context to read globals from, so .storybook/preview listens to Storybook's channel and
// writes here; docs components subscribe. One tiny store instead of reading the URL in every component.
let current: DocsGlobals = defaultDocsGlobals;
const listeners = new Set<() => void>();

/** Accepts Storybook's globals object (unknown keys and values are ignored, so a typo in a URL cannot break a page). */
export function setDocsGlobals(globals: Record<string, unknown>): void {
  const locale = globals.locale === 'en' || globals.locale === 'ko' ? globals.locale : current.locale;
  const theme =
    globals.theme === 'light' || globals.theme === 'dark' || globals.theme === 'auto'
      ? globals.theme
      : current.theme;
  if (locale === current.locale && theme === current.theme) return;
  current = { locale, theme };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDocsGlobals(): DocsGlobals {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  );
}

export function useDocsLocale(): DocsLocale {
  return useDocsGlobals().locale;
}

const darkQuery = '(prefers-color-scheme: dark)';

function subscribeToSystemScheme(listener: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(darkQuery);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/** 'light' or 'dark': the toolbar's choice, with 'auto' resolved against the system setting (and kept in step). */
export function useResolvedDocsTheme(choice: DocsThemeChoice = useDocsGlobals().theme): 'light' | 'dark' {
  const systemDark = useSyncExternalStore(
    subscribeToSystemScheme,
    () => typeof matchMedia === 'function' && matchMedia(darkQuery).matches,
    () => false,
  );
  if (choice === 'auto') return systemDark ? 'dark' : 'light';
  return choice;
}
