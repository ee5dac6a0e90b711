// The policy as static files for hosts without React: the whole page as one self-contained HTML document (inline CSS
// and SVG, no script, a print stylesheet, one or more languages switched by plain links), and the label summary as a
// block of HTML to paste into a hosted shop builder. Rendered by the same components as the React page.
import {
  deriveLabels,
  type Locale,
  localize,
  type Policy,
  resolveWords,
  type Translation,
} from '@privacy-label-kit/schema/core';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { LabelSummary, PrivacyLabelThemeProvider, PrivacyPolicy } from '../index.js';
import type { LabelIconVariant } from '../LabelIcon/LabelIcon.js';
import { en } from '../locales/en.js';
import { ko } from '../locales/ko.js';
import { type StaticPageWords, staticPageEn, staticPageKo } from './words.js';

export type { StaticPageWords };

/** The file name the PIPC guideline suggests for a published policy. */
export const policyPageFileName = 'privacy_policy.html';
export const labelSummarySnippetFileName = 'label-summary-snippet.html';

export interface StaticPolicyPageOptions {
  /**
   * The languages on the page, the first shown by default and the others one link away; default: the policy's
   * `defaultLocale`.
   */
  locales?: readonly Locale[];
  /** A business's own words or language, before the built-in Korean and English. */
  translations?: readonly Translation[];
  /** 'online' (family colours, default) or 'offline' (one colour). */
  variant?: LabelIconVariant;
}

function staticWords(locale: Locale, translations: readonly Translation[] = []): StaticPageWords {
  return resolveWords('staticPage', locale, [...translations, staticPageKo, staticPageEn]);
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Renders `element` to markup and collects the styles it uses (styled-components' server sheet). */
function renderWithStyles(element: ReactElement, identifierPrefix?: string): { html: string; css: string } {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToStaticMarkup(
      sheet.collectStyles(element),
      identifierPrefix ? { identifierPrefix } : undefined,
    );
    // The rules only: without the <style> tag around them, and without styled-components' rehydration markers
    // (`data-styled.g1[id="…"]{content:…}`), which only a client bundle reads.
    const css = sheet
      .getStyleTags()
      .replace(/<\/?style[^>]*>/g, '')
      .replace(/data-styled\.g\d+\[id="[^"]*"\]\{content:"[^"]*"\}/g, '')
      .replace(/\/\*!sc\*\//g, '')
      .replace(/\n+/g, '');
    return { html, css };
  } finally {
    sheet.seal();
  }
}

/**
 * Prefixes every id in `html` and every reference to one (links to `#id`, labels, ARIA relations), so a second
 * language's page can sit in the same document without two elements sharing an id.
 */
export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(
      /\s(id|for|headers|aria-labelledby|aria-describedby|aria-controls|aria-owns)="([^"]*)"/g,
      (_, attribute: string, value: string) =>
        ` ${attribute}="${value
          .split(' ')
          .map((id) => (id ? `${prefix}${id}` : id))
          .join(' ')}"`,
    )
    .replace(/\shref="#([^"]+)"/g, (_, id: string) => ` href="#${prefix}${id}"`);
}

/**
 * What `locale`'s ids start with on a page of `locales`: nothing for the first language, its tag and a hyphen for
 * another (`en-privacy-retention`), so two languages' parts never share an id.
 */
function idPrefix(locale: Locale, locales: readonly Locale[]): string {
  return locales.indexOf(locale) > 0 ? `${locale}-` : '';
}

/** A language's name in that language ("한국어", "English"), for the language switch. */
function languageName(locale: Locale): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : locale;
  } catch {
    return locale;
  }
}

// Page-level CSS: the frame around the components (which bring their own styles, print rules included). One language
// shows at a time: the first unless another is the link target or holds it (CSS :target and :has; a browser without
// :has shows all languages one after another). Printed on A4, tables break between rows and stay inside the margins:
// a table of nine columns (video devices) may break a long Korean word in a cell rather than lose its last columns.
const pageCss = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff}
.plk-language-switch{display:flex;justify-content:flex-end;gap:0.75rem;max-width:64rem;margin:0 auto;padding:0.75rem 1.25rem 0;font-family:system-ui,-apple-system,'Segoe UI','Apple SD Gothic Neo','Malgun Gothic','Noto Sans KR','Noto Sans CJK KR',sans-serif}
.plk-language-switch a{display:inline-block;min-height:44px;padding:0.6rem 0.75rem;color:#0b57d0;text-underline-offset:0.2em}
.plk-language-switch a:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
.plk-locale:not(.plk-locale-default):not(:target):not(:has(:target)){display:none}
body:has(.plk-locale:not(.plk-locale-default):target) .plk-locale-default{display:none}
body:has(.plk-locale:not(.plk-locale-default) :target) .plk-locale-default{display:none}
@page{size:A4;margin:15mm 14mm}
@media print{
.plk-language-switch{display:none}
table{width:100%!important;max-width:100%;table-layout:auto;font-size:0.85em}
tr,th,td,img,svg{break-inside:avoid}
td,th{padding-left:0.25em!important;padding-right:0.25em!important;word-break:normal!important;overflow-wrap:anywhere!important}
}
`;

/**
 * The whole policy page as one HTML document (`privacy_policy.html`): no script, every style inline, icons as inline
 * SVG, `lang` on the document and on each language's part. With several languages, links at the top switch between
 * them (anchors, no JavaScript); the second language's ids are prefixed with its tag, so `#privacy-retention` is the
 * first language's section and `#en-privacy-retention` the English one.
 */
export function renderStaticPolicyPage(policy: Policy, options: StaticPolicyPageOptions = {}): string {
  const locales = [...new Set(options.locales?.length ? options.locales : [policy.defaultLocale])];
  const [first] = locales as [Locale, ...Locale[]];
  const parts = locales.map((locale) => {
    const { html, css } = renderWithStyles(
      <PrivacyPolicy
        policy={policy}
        locale={locale}
        variant={options.variant ?? 'online'}
        {...(options.translations ? { translations: options.translations } : {})}
      />,
      `${locale}-`,
    );
    const prefix = idPrefix(locale, locales);
    return { locale, html: prefix ? prefixIds(html, prefix) : html, css };
  });
  const css = [...new Set(parts.map((part) => part.css))].join('');
  const title = [
    policy.title ? localize(policy.title, first) : undefined,
    localize(policy.serviceName, first) || localize(policy.controller.name, first),
  ];
  const pageWords = resolveWords('page', first, [...(options.translations ?? []), ko, en]);
  const documentTitle = `${title[0] ?? pageWords.document.defaultTitle} — ${title[1]}`;
  const languageSwitch =
    locales.length > 1
      ? `<nav class="plk-language-switch" aria-label="${escapeHtml(staticWords(first, options.translations).languageSwitch)}">${locales
          .map(
            (locale) =>
              `<a href="#${escapeHtml(locale)}" lang="${escapeHtml(locale)}" hreflang="${escapeHtml(locale)}">${escapeHtml(languageName(locale))}</a>`,
          )
          .join('')}</nav>`
      : '';
  const body = parts
    .map(
      (part, index) =>
        `<div class="plk-locale${index === 0 ? ' plk-locale-default' : ''}" id="${escapeHtml(part.locale)}" lang="${escapeHtml(part.locale)}">${part.html}</div>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(first)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(documentTitle)}</title>
<style>${pageCss}</style>
<style>${css}</style>
</head>
<body>
${languageSwitch}
<main>
${body}
</main>
</body>
</html>
`;
}

export interface LabelSummarySnippetOptions {
  /** Default: the policy's `defaultLocale`. */
  locale?: Locale;
  translations?: readonly Translation[];
  variant?: LabelIconVariant;
  /**
   * The languages of the page at `policyUrl`, as given to `renderStaticPolicyPage`, so that each label links to its
   * section in the snippet's language there; default: the policy's `defaultLocale` first, then the snippet's language.
   */
  pageLocales?: readonly Locale[];
}

/**
 * The label summary as a block of HTML to paste into a page a shop builder hosts (an "HTML" or "custom code" block):
 * its styles are class-scoped rules inside the block, so nothing leaks into the host page, and each label links to
 * its section of the full policy at `policyUrl`, in the snippet's language (`pageLocales`). No script.
 */
export function renderLabelSummarySnippet(policy: Policy, options: LabelSummarySnippetOptions = {}): string {
  const locale = options.locale ?? policy.defaultLocale;
  const translations = options.translations;
  const labels = deriveLabels(policy, { locale, ...(translations ? { translations } : {}) });
  // An English snippet under a Korean-first page links to the English part (`#en-privacy-…`), not the Korean one.
  const prefix = idPrefix(locale, options.pageLocales ?? [policy.defaultLocale, locale]);
  // A policy address that already ends in a fragment ("…#top") keeps its page, not its fragment, under a section's.
  const page = policy.policyUrl.replace(/#.*$/, '');
  const fullPolicyUrl = prefix ? `${page}#${locale}` : policy.policyUrl;
  const { html, css } = renderWithStyles(
    <PrivacyLabelThemeProvider theme="light" className="plk-label-summary-snippet" lang={locale}>
      <LabelSummary
        labels={labels}
        locale={locale}
        variant={options.variant ?? 'online'}
        {...(translations ? { translations } : {})}
      />
      <p className="plk-snippet-more">
        <a href={fullPolicyUrl}>{staticWords(locale, translations).readFullPolicy}</a>
      </p>
    </PrivacyLabelThemeProvider>,
    'plk-snippet-',
  );
  // The badges link to sections of the policy page, which the host page does not have: point them at the full policy.
  const linked = html.replace(
    /\shref="#([^"]+)"/g,
    (_, id: string) => ` href="${escapeHtml(page)}#${prefix}${id}"`,
  );
  return `<!-- ${escapeHtml(staticWords(locale, translations).readFullPolicy)}: ${escapeHtml(policy.policyUrl)} -->
<style>${css}.plk-label-summary-snippet .plk-snippet-more{margin:0.75em 0 0;font-size:0.9375em}.plk-label-summary-snippet .plk-snippet-more a{color:var(--plk-color-link,#0b57d0)}</style>
${linked}
`;
}
