import { createElement, type ElementType } from 'react';
import { contextAvailable } from '../context/optionalContext.js';

/** What this module needs of a styled component: the fixed id every one of ours has, and the element it renders. */
interface StyledComponentLike {
  styledComponentId: string;
  target: unknown;
}

const registered: StyledComponentLike[] = [];

/**
 * Every styled component of the package, in the order they were defined: the order styled-components gives their
 * rules, so the order `styles.css` keeps them in (the build writes it from these, `scripts/build-stylesheet.mjs`).
 */
export function registeredStyledComponents(): readonly StyledComponentLike[] {
  return registered;
}

/**
 * A styled component of the package, as it renders where React has context (a browser, a server render); where it has
 * none (a React Server Component) an element of the same kind whose only class is the component's fixed id, which
 * the package's `styles.css` styles with the very rules styled-components would have written. So a page rendered as a
 * Server Component has no `<style>` element inside it: one stylesheet, loaded by the app, which a Content Security
 * Policy allows as `'self'` with no nonce. Every styled component of the package is static CSS (the theme is CSS
 * custom properties, no rule depends on props), so nothing is lost.
 */
export function staticInServerComponents<Styled extends StyledComponentLike>(component: Styled): Styled {
  registered.push(component);
  if (contextAvailable) return component;
  const { styledComponentId: id, target } = component;
  // biome-ignore lint/correctness/noComponentHookFactories: called once per styled component at module scope, never in a render, so each keeps one component identity
  function StaticStyled({ as, className, ...rest }: { as?: ElementType; className?: string }) {
    return createElement(as ?? (target as ElementType), {
      ...rest,
      className: className ? `${id} ${className}` : id,
    });
  }
  StaticStyled.displayName = id;
  return StaticStyled as unknown as Styled;
}
