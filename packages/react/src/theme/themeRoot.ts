import { css } from 'styled-components';
import { color, colorDeclarations, darkColors, layout, lightColors } from './tokens.js';

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
  &[data-plk-theme] {
    background: ${color.background};
    color: ${color.text};
    font-family: ${layout['font-family']};
    font-size: ${layout['font-size']};
    line-height: ${layout['line-height']};
  }
`;

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
