import { createContext, type HTMLAttributes, useContext } from 'react';
import { styled } from 'styled-components';
import { brandStyle, checkTheme, type PrivacyLabelTheme, themeRootStyles } from './themeRoot.js';

const ThemeContext = createContext<PrivacyLabelTheme | undefined>(undefined);

/** The theme of the nearest `PrivacyLabelThemeProvider`, or undefined outside one. */
export function usePrivacyLabelTheme(): PrivacyLabelTheme | undefined {
  return useContext(ThemeContext);
}

const ThemeRoot = styled.div`
  ${themeRootStyles}
`;

export interface PrivacyLabelThemeProviderProps extends HTMLAttributes<HTMLDivElement> {
  /** 'light' (default), 'dark', or 'auto' to follow the reader's system setting. */
  theme?: PrivacyLabelTheme;
  /** Accent colour for decorative bars and markers (any CSS colour). Text never relies on it for contrast. */
  brandColor?: string;
}

/**
 * A `<div data-plk-theme>` that declares the colour tokens for everything inside it. Rest props go to the div, so
 * `className`, `style` (e.g. `{ '--plk-color-link': '#0a58ca' }`) and `data-*` work as usual.
 */
export function PrivacyLabelThemeProvider({
  theme = 'light',
  brandColor,
  style,
  children,
  ...rest
}: PrivacyLabelThemeProviderProps) {
  const checked = checkTheme(theme, 'PrivacyLabelThemeProvider');
  return (
    <ThemeRoot data-plk-theme={checked} style={brandStyle(style, brandColor)} {...rest}>
      <ThemeContext.Provider value={checked}>{children}</ThemeContext.Provider>
    </ThemeRoot>
  );
}
