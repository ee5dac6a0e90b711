import {
  darkColors,
  EasyReadPolicy,
  LabelSummary,
  lightColors,
  PrivacyLabelThemeProvider,
  PrivacyPolicy,
  type TypeScale,
} from '@privacy-label-kit/react';
import { deriveLabels, type Locale, type Policy } from '@privacy-label-kit/schema';
import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';

export type LargeTypeView = 'page' | 'summary' | 'easy-read';

export interface EasyReadPageOptions {
  policy: Policy;
  locale: Locale;
  view: LargeTypeView;
  theme?: 'light' | 'dark';
  typeScale?: TypeScale;
}

function element({ policy, locale, view, theme = 'light', typeScale }: EasyReadPageOptions): ReactElement {
  if (view === 'easy-read') return createElement(EasyReadPolicy, { policy, locale, theme, typeScale });
  if (view === 'page') return createElement(PrivacyPolicy, { policy, locale, theme, typeScale });
  // The summary on its own, as a host page places it: inside a theme provider that sets the type scale.
  return createElement(
    PrivacyLabelThemeProvider,
    { theme, typeScale },
    createElement(LabelSummary, { labels: deriveLabels(policy, { locale }), locale }),
  );
}

/** A complete HTML document with the easy-read version, the policy page or the summary rendered on the server. */
export function renderEasyReadPage(options: EasyReadPageOptions): string {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(element(options)));
    const background = (options.theme === 'dark' ? darkColors : lightColors).background;
    return `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${options.view}</title>
${sheet.getStyleTags()}
<style>body { margin: 0; background: ${background}; }</style>
</head>
<body><main id="root">${html}</main></body>
</html>`;
  } finally {
    sheet.seal();
  }
}
