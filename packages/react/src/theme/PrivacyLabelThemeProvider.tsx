import type { HTMLAttributes } from 'react';
import { styled } from 'styled-components';
import { createOptionalContext, useOptionalContext } from '../context/optionalContext.js';
import { staticInServerComponents } from './staticStyles.js';
import {
  brandStyle,
  checkTheme,
  checkTypeScale,
  type PrivacyLabelTheme,
  themeRootStyles,
} from './themeRoot.js';
import type { TypeScale } from './tokens.js';

const ThemeContext = createOptionalContext<PrivacyLabelTheme | undefined>(
  undefined,
  'PrivacyLabelThemeProvider cannot pass its theme down in a React Server Component (React has no context ' +
    'there). Give each component `theme` (and `typeScale`) instead, or render the provider in a Client Component.',
);

/** The theme of the nearest `PrivacyLabelThemeProvider`, or undefined outside one. */
export function usePrivacyLabelTheme(): PrivacyLabelTheme | undefined {
  return useOptionalContext(ThemeContext);
}

const ThemeRoot = staticInServerComponents(
  styled.div.withConfig({ componentId: 'plk-PrivacyLabelThemeProvider' })`
  ${themeRootStyles}
`,
);

export interface PrivacyLabelThemeProviderProps extends HTMLAttributes<HTMLDivElement> {
  /** 'light' (default), 'dark', or 'auto' to follow the reader's system setting. */
  theme?: PrivacyLabelTheme;
  /** Accent colour for decorative bars and markers (any CSS colour). Text never relies on it for contrast. */
  brandColor?: string;
  /**
   * 'standard' (default) or 'large': body text at 20 px, lines of at most 40 Korean characters, contrast of at least
   * 7:1, links and buttons at least 44 px, links always underlined — for everything inside.
   */
  typeScale?: TypeScale;
}

/**
 * A `<div data-plk-theme>` that declares the colour tokens for everything inside it. Rest props go to the div, so
 * `className`, `style` (e.g. `{ '--plk-color-link': '#0a58ca' }`) and `data-*` work as usual.
 */
export function PrivacyLabelThemeProvider({
  theme = 'light',
  brandColor,
  typeScale = 'standard',
  style,
  children,
  ...rest
}: PrivacyLabelThemeProviderProps) {
  const checked = checkTheme(theme, 'PrivacyLabelThemeProvider');
  const scale = checkTypeScale(typeScale, 'PrivacyLabelThemeProvider');
  return (
    <ThemeRoot
      data-plk-theme={checked}
      data-plk-type={scale === 'large' ? 'large' : undefined}
      style={brandStyle(style, brandColor)}
      {...rest}
    >
      <ThemeContext.Provider value={checked}>{children}</ThemeContext.Provider>
    </ThemeRoot>
  );
}
