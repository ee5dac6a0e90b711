import { css } from 'styled-components';
import {
  color,
  colorDeclarations,
  darkColors,
  largeTypeDarkColors,
  largeTypeDeclarations,
  largeTypeLightColors,
  largeTypeTargetSize,
  layout,
  lightColors,
  type TypeScale,
  typeScales,
} from './tokens.js';

export type PrivacyLabelTheme = 'light' | 'dark' | 'auto';
export const privacyLabelThemes: readonly PrivacyLabelTheme[] = ['light', 'dark', 'auto'];

/**
 * Styles of an element that carries `data-plk-theme`: declares the colour tokens of that theme. Without the
 * attribute the element declares nothing and inherits the tokens of an enclosing theme root.
 */
export const themeRootStyles = css`
  &[data-plk-theme='light'],
  &[data-plk-theme='auto'] {
    ${colorDeclarations(lightColors)}
    color-scheme: light;
  }
  &[data-plk-theme='dark'] {
    ${colorDeclarations(darkColors)}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    &[data-plk-theme='auto'] {
      ${colorDeclarations(darkColors)}
      color-scheme: dark;
    }
  }
  /* Large type: bigger text, a 40-character measure, 7:1 contrast, 44 px targets, links underlined at all times. */
  &[data-plk-type='large'] {
    ${largeTypeDeclarations()}
  }
  &[data-plk-type='large'][data-plk-theme='light'],
  &[data-plk-type='large'][data-plk-theme='auto'] {
    ${colorDeclarations(largeTypeLightColors)}
  }
  &[data-plk-type='large'][data-plk-theme='dark'] {
    ${colorDeclarations(largeTypeDarkColors)}
  }
  @media (prefers-color-scheme: dark) {
    &[data-plk-type='large'][data-plk-theme='auto'] {
      ${colorDeclarations(largeTypeDarkColors)}
    }
  }
  &[data-plk-type='large'] :is(p, li, dd, dt, td, th, caption, figcaption, blockquote) {
    max-inline-size: 36em;
  }
  /* No text below the body size: notes, table cells, captions and badge captions that are smaller in standard type. */
  &[data-plk-type='large']
    :is(p, li, dd, dt, td, th, caption, table, small, .plk-note, .plk-tag, .plk-speaker, [data-plk-label] span) {
    font-size: max(1.25rem, 1em);
  }
  /* Tables: at 20 px five columns leave a few characters each, so every row is a card at any width, each cell
     repeating its column name (as on narrow screens in standard type). */
  &[data-plk-type='large'] :is(table, tbody, tr, td, tbody th) {
    display: block;
  }
  &[data-plk-type='large'] thead {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  &[data-plk-type='large'] :is(td, tbody th) {
    padding: ${layout['space-1']} 0;
    border: 0;
  }
  &[data-plk-type='large'] tr {
    padding: ${layout['space-2']} 0;
    border-bottom: 1px solid ${color.border};
  }
  &[data-plk-type='large'] :is(td, tbody th)[data-plk-column]::before {
    content: attr(data-plk-column);
    display: block;
    color: ${color['text-muted']};
    font-weight: 600;
  }
  &[data-plk-type='large'] a:not([data-plk-label]) {
    display: inline-block;
    box-sizing: border-box;
    min-width: ${largeTypeTargetSize}px;
    min-height: ${largeTypeTargetSize}px;
    padding-block: 0.2em;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  &[data-plk-type='large'] a[data-plk-label] {
    min-height: ${largeTypeTargetSize}px;
  }
  &[data-plk-theme] {
    background: ${color.background};
    color: ${color.text};
    font-family: ${layout['font-family']};
    font-size: ${layout['font-size']};
    line-height: ${layout['line-height']};
  }
`;

/** Checks a type scale from a prop, naming the allowed values when it is wrong. */
export function checkTypeScale(typeScale: string, component: string): TypeScale {
  if ((typeScales as readonly string[]).includes(typeScale)) return typeScale as TypeScale;
  throw new Error(
    `${component}: unknown typeScale "${typeScale}"; use ${typeScales.map((t) => `'${t}'`).join(', ')}`,
  );
}

/** Checks a theme name from a prop, naming the allowed values when it is wrong. */
export function checkTheme(theme: string, component: string): PrivacyLabelTheme {
  if ((privacyLabelThemes as readonly string[]).includes(theme)) return theme as PrivacyLabelTheme;
  throw new Error(
    `${component}: unknown theme "${theme}"; use ${privacyLabelThemes.map((t) => `'${t}'`).join(', ')}`,
  );
}

/** Inline style that sets the brand colour, merged with the caller's own style. */
export function brandStyle<T extends object | undefined>(style: T, brandColor: string | undefined): T {
  if (!brandColor) return style;
  return { ...style, '--plk-color-brand': brandColor } as T;
}
