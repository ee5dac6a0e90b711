import type { Context, ReactNode } from 'react';
import * as React from 'react';

/**
 * Whether React can pass values down through context here. It cannot while rendering React Server Components: React's
 * server build has neither `createContext` nor `useContext`, and a module that calls `createContext` as it loads fails
 * to import there at all. Read through the namespace so that build loads this module (a named import of a missing
 * export can fail a strict bundler).
 */
export const contextAvailable = typeof React.createContext === 'function';

const defaults = new WeakMap<object, unknown>();

/** The provider of a stand-in context that needs none: it passes nothing down. */
function StandInProvider({ children }: { children?: ReactNode }) {
  return children;
}

/**
 * `createContext`, where React has context; elsewhere (a Server Component render) a stand-in whose value is always
 * `defaultValue`. Its provider passes nothing down: with `withoutContext`, rendering it throws that message instead,
 * for a provider whose users would otherwise get the default silently (another language, another theme). Components
 * that must render the same in both pass what a context would carry as props as well (the page hands every section
 * its language, words and heading level).
 */
export function createOptionalContext<T>(defaultValue: T, withoutContext?: string): Context<T> {
  if (contextAvailable) return React.createContext(defaultValue);
  const standIn = {
    Provider: withoutContext
      ? () => {
          throw new Error(withoutContext);
        }
      : StandInProvider,
  };
  defaults.set(standIn, defaultValue);
  return standIn as unknown as Context<T>;
}

// Chosen once: whether React has context does not change while a program runs, so every render calls the same.
const readContext: <T>(context: Context<T>) => T = contextAvailable
  ? React.useContext
  : <T>(context: Context<T>) => defaults.get(context) as T;

/** `useContext`, or the context's default value where React has no context (see `createOptionalContext`). */
export function useOptionalContext<T>(context: Context<T>): T {
  return readContext(context);
}
