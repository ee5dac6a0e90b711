import { darkColors, lightColors, type PrivacyLabelTheme, PrivacyPolicy } from '@privacy-label-kit/react';
import type { Locale, Policy } from '@privacy-label-kit/schema';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';

export interface PolicyPageOptions {
  policy: Policy;
  locale: Locale;
  theme: Exclude<PrivacyLabelTheme, 'auto'>;
  brandColor?: string;
  /** Extra markup for the end of `<body>`, e.g. the client script of a hydration test. */
  bodyEnd?: string;
}

/**
 * A complete HTML document with `PrivacyPolicy` rendered on the server, its styles collected by ServerStyleSheet,
 * inside `<main id="root">` — what an application's server sends.
 */
export function renderPolicyPage({
  policy,
  locale,
  theme,
  brandColor,
  bodyEnd = '',
}: PolicyPageOptions): string {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(
      sheet.collectStyles(createElement(PrivacyPolicy, { policy, locale, theme, brandColor })),
    );
    const background = (theme === 'dark' ? darkColors : lightColors).background;
    return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${locale === 'ko' ? '개인정보 처리방침' : 'Privacy policy'}</title>
${sheet.getStyleTags()}
<style>body { margin: 0; background: ${background}; }</style>
</head>
<body><main id="root">${html}</main>${bodyEnd}</body>
</html>`;
  } finally {
    sheet.seal();
  }
}

/** JSON for an inline `<script>`: `<` escaped so that no text in the data can close the script element. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
