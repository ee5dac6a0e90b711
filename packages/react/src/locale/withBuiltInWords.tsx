import type { Translation } from '@privacy-label-kit/schema/core';
import { type ComponentType, createElement } from 'react';
import { contextAvailable } from '../context/optionalContext.js';
import { BuiltInTranslations, withBuiltIns } from './PolicyLocaleProvider.js';

/**
 * The main entry's version of a component: the same component, with built-in words for everything below it. Each
 * component brings only the words it needs (the page and label words for `PrivacyPolicy`; the easy-read chat too for
 * `EasyReadPolicy`), and only a component that is imported brings any, so importing `LabelIcon` from the main entry
 * bundles no words at all. Calls are marked pure so a bundler drops the ones an app does not use.
 *
 * In a Server Component render there is no context to carry them, so they go after the component's own
 * `translations` instead: the same words in the same order (the caller's, then the built-in ones, then the
 * registered ones), and every component that takes words passes its resolved translations on to its parts.
 */
export function withBuiltInWords<Props extends object>(
  Component: ComponentType<Props>,
  translations: readonly Translation[],
): ComponentType<Props> {
  function WithBuiltInWords(props: Props) {
    if (!contextAvailable) {
      const own = (props as { translations?: readonly Translation[] }).translations;
      return createElement(Component as ComponentType<object>, {
        ...props,
        translations: withBuiltIns(own, translations),
      });
    }
    return createElement(
      BuiltInTranslations.Provider,
      { value: translations },
      createElement(Component as ComponentType<object>, props),
    );
  }
  WithBuiltInWords.displayName = Component.displayName ?? Component.name;
  return WithBuiltInWords;
}
