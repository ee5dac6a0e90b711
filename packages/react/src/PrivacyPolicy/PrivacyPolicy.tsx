import {
  currentVersions,
  deriveLabels,
  type Locale,
  type Policy,
  type Translation,
} from '@privacy-label-kit/schema/core';
import { type HTMLAttributes, useMemo } from 'react';
import { styled } from 'styled-components';
import type { LabelDisplay } from '../LabelBadge/LabelBadge.js';
import type { LabelIconVariant } from '../LabelIcon/LabelIcon.js';
import { LabelSummary } from '../LabelSummary/LabelSummary.js';
import { localizedPhrase } from '../locale/LocalizedText.js';
import { usePolicyWords } from '../locale/PolicyLocaleProvider.js';
import { Heading, type HeadingLevel } from '../PolicySection/Heading.js';
import { Detail, Details, EmailLink, ExternalLink, PhoneLink, text } from '../sections/content.js';
import { policySections } from '../sections/policySections.js';
import { TableOfContents } from '../TableOfContents/TableOfContents.js';
import { usePrivacyLabelTheme } from '../theme/PrivacyLabelThemeProvider.js';
import {
  focusRing,
  koreanTextWrapping,
  policyContentStyles,
  visuallyHiddenStyles,
} from '../theme/sharedStyles.js';
import { staticInServerComponents } from '../theme/staticStyles.js';
import {
  brandStyle,
  checkTheme,
  checkTypeScale,
  type PrivacyLabelTheme,
  themeRootStyles,
} from '../theme/themeRoot.js';
import { color, layout, type TypeScale } from '../theme/tokens.js';

export interface PrivacyPolicyProps extends HTMLAttributes<HTMLElement> {
  /** A parsed policy (`parsePolicy(json)` / `assertPolicy(json)` from `@privacy-label-kit/schema`). */
  policy: Policy;
  /**
   * The language, as a BCP 47 tag ('ko', 'en', or any language you give words for in `translations`); default: the
   * nearest `PolicyLocaleProvider`, else the policy's `defaultLocale`.
   */
  locale?: Locale;
  /**
   * Words of your own, before the registered ones: a language the kit does not ship (`{ locale: 'ja', fallback: 'en',
   * words: { page: …, schema: … } }`) or your wording of some keys. Keep the array stable between renders.
   */
  translations?: readonly Translation[];
  /**
   * 'light', 'dark' or 'auto'. Default: inherit from an enclosing `PrivacyLabelThemeProvider`, else 'light'.
   */
  theme?: PrivacyLabelTheme;
  /** Accent colour of decorative bars and markers. */
  brandColor?: string;
  /** The level of the policy title; the summary, contents and sections sit one level below. Default 1. */
  headingLevel?: Exclude<HeadingLevel, 6>;
  /** Show the label summary at the top. Default true. */
  summary?: boolean;
  /** Where the summary shows each label's caption: 'caption' (default), 'tooltip' or 'toggle' (see `LabelSummary`). */
  summaryDisplay?: LabelDisplay;
  /** Show the table of contents. Default true. */
  tableOfContents?: boolean;
  /**
   * How the label icons are drawn: 'online' (default) in the family colours, 'offline' in one colour, the text
   * colour — black when printed.
   */
  variant?: LabelIconVariant;
  /**
   * 'large' for large type (20 px body text, lines of at most 40 Korean characters, 7:1 contrast, 44 px targets);
   * default 'standard', or what an enclosing `PrivacyLabelThemeProvider` sets.
   */
  typeScale?: TypeScale;
}

const Footer = staticInServerComponents(
  styled.footer.withConfig({ componentId: 'plk-PrivacyPolicy-Footer' })`
  ${policyContentStyles}
  margin-top: ${layout['space-6']};
  padding-top: ${layout['space-5']};
  border-top: 2px solid ${color['border-strong']};

  & > .plk-footer-heading {
    margin: 0 0 ${layout['space-3']};
    font-size: 1.125em;
    line-height: 1.4;
    font-weight: 700;
  }
`,
);

const Root = staticInServerComponents(
  styled.article.withConfig({ componentId: 'plk-PrivacyPolicy' })`
  ${themeRootStyles}
  ${visuallyHiddenStyles}
  ${koreanTextWrapping}
  box-sizing: border-box;
  max-width: ${layout['max-width']};
  margin: 0 auto;
  padding: ${layout['space-6']} ${layout['space-5']};
  background: ${color.background};
  color: ${color.text};
  font-family: ${layout['font-family']};
  font-size: ${layout['font-size']};
  line-height: ${layout['line-height']};

  & > header {
    margin-bottom: ${layout['space-6']};
  }
  & .plk-eyebrow {
    margin: 0 0 ${layout['space-2']};
    color: ${color['text-muted']};
    font-size: 0.9375em;
    font-weight: 600;
  }
  & .plk-policy-title {
    margin: 0 0 ${layout['space-4']};
    font-size: clamp(1.75em, 4vw, 2.5em);
    line-height: 1.25;
    font-weight: 800;
    letter-spacing: -0.02em;
  }
  & .plk-policy-meta {
    display: flex;
    flex-wrap: wrap;
    gap: ${layout['space-2']} ${layout['space-5']};
    margin: 0 0 ${layout['space-5']};
    padding: 0;
    font-size: 0.9375em;
  }
  & .plk-policy-meta > div {
    display: flex;
    gap: ${layout['space-2']};
  }
  & .plk-policy-meta dt {
    flex-shrink: 0;
    color: ${color['text-muted']};
  }
  & .plk-policy-meta dd {
    margin: 0;
    font-weight: 600;
  }
  & .plk-intro {
    max-width: 48rem;
    margin: 0;
    font-size: 1.0625em;
  }
  & > [data-plk-label-summary] {
    margin-bottom: ${layout['space-6']};
  }
  & > [data-plk-table-of-contents] {
    margin-bottom: ${layout['space-6']};
  }
  & > header a {
    color: ${color.link};
    text-underline-offset: 0.2em;
  }
  & > header a:focus-visible {
    ${focusRing}
  }

  @media print {
    max-width: none;
    padding: 0;
    background: #fff;
    color: #000;
    font-size: 10pt;
    & *,
    & *::before,
    & *::after {
      color: #000 !important;
      background: transparent !important;
      box-shadow: none !important;
      text-shadow: none !important;
    }
    & svg {
      color: #000 !important;
    }
    & .plk-tag {
      border-color: currentColor !important;
    }
    /* The contents list only helps on screen; printed, the numbered sections follow directly. */
    & > [data-plk-table-of-contents] {
      display: none;
    }
    & a {
      text-decoration: none;
    }
    & a[href^='http']:not([data-plk-shows-url])::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      word-break: break-all;
    }
    & thead {
      display: table-header-group;
    }
    & h2,
    & h3,
    & .plk-subheading {
      break-after: avoid;
    }
    & p,
    & li {
      orphans: 3;
      widows: 3;
    }
  }
`,
);

/**
 * The whole privacy policy from data: title, controller and effective date, the label summary, a table of contents,
 * one section per label (each `id` is the label's anchor, with the label icon repeated at its heading) and the
 * version history. Sections for absent data are not rendered, and neither are their labels.
 */
export function PrivacyPolicy({
  policy,
  locale: localeProp,
  translations: translationsProp,
  theme,
  brandColor,
  headingLevel = 1,
  summary = true,
  summaryDisplay,
  tableOfContents = true,
  variant = 'online',
  typeScale,
  style,
  ...rest
}: PrivacyPolicyProps) {
  const { locale, page, schema, translations } = usePolicyWords(localeProp, policy, translationsProp);
  const enclosingTheme = usePrivacyLabelTheme();
  // Inside a theme provider the page inherits its tokens; on its own it declares them (light unless told otherwise).
  // Large type declares its colours with the theme's, so a page with its own type scale declares its theme too.
  const scale = typeScale ? checkTypeScale(typeScale, 'PrivacyPolicy') : undefined;
  const ownTheme = theme
    ? checkTheme(theme, 'PrivacyPolicy')
    : enclosingTheme
      ? scale
        ? enclosingTheme
        : undefined
      : 'light';
  // The labels are derived once for the whole page: the summary, the contents and each section get theirs from here.
  const labels = useMemo(
    () => deriveLabels(policy, { locale, translations }),
    [policy, locale, translations],
  );
  const m = page.document;
  const title = policy.title ? text(policy.title, locale) : m.defaultTitle;
  const titleId = `privacy-policy-title`;
  // The version in force on the effective date shown beside it, not one announced for a later day (several versions
  // that took effect the same day are all in force).
  const current = currentVersions(policy).map((version) => version.version);
  const sectionLevel = (headingLevel + 1) as HeadingLevel;
  const controller = policy.controller;
  return (
    <Root
      lang={locale}
      data-plk-theme={ownTheme}
      data-plk-type={scale}
      data-plk-privacy-policy=""
      aria-labelledby={titleId}
      style={brandStyle(style, brandColor)}
      {...rest}
    >
      <header>
        <p className="plk-eyebrow">
          {text(policy.controller.name, locale)}
          {policy.serviceName ? ' · ' : null}
          {text(policy.serviceName, locale)}
        </p>
        <Heading level={headingLevel} id={titleId} className="plk-policy-title">
          {title}
        </Heading>
        <dl className="plk-policy-meta">
          <div>
            <dt>{m.effectiveDate}</dt>
            <dd>{schema.format.date(policy.effectiveDate)}</dd>
          </div>
          {current.length > 0 ? (
            <div>
              <dt>{m.version}</dt>
              <dd>{current.join(', ')}</dd>
            </div>
          ) : null}
          <div>
            <dt>{m.publishedAt}</dt>
            <dd>
              <ExternalLink href={policy.policyUrl} />
            </dd>
          </div>
        </dl>
        <p className="plk-intro">
          {localizedPhrase((policyText) => m.intro({ controller: policyText(controller.name) }), locale)}
        </p>
      </header>
      {summary ? (
        <LabelSummary
          labels={labels}
          locale={locale}
          translations={translations}
          headingLevel={sectionLevel}
          variant={variant}
          display={summaryDisplay}
        />
      ) : null}
      {tableOfContents ? (
        <TableOfContents
          labels={labels}
          locale={locale}
          translations={translations}
          headingLevel={sectionLevel}
        />
      ) : null}
      {labels.map((label) => {
        const Section = policySections[label.id];
        return (
          <Section
            key={label.id}
            policy={policy}
            locale={locale}
            translations={translations}
            label={label}
            headingLevel={sectionLevel}
            variant={variant}
          />
        );
      })}
      <Footer>
        <Heading level={sectionLevel} className="plk-footer-heading">
          {m.details}
        </Heading>
        <Details>
          <Detail term={m.controller}>{text(controller.name, locale)}</Detail>
          <Detail term={m.service}>{text(policy.serviceName, locale)}</Detail>
          <Detail term={m.representative}>{text(controller.representative, locale)}</Detail>
          <Detail term={m.address}>{text(controller.address, locale)}</Detail>
          <Detail term={m.phone}>{controller.phone ? <PhoneLink phone={controller.phone} /> : null}</Detail>
          <Detail term={m.email}>{controller.email ? <EmailLink email={controller.email} /> : null}</Detail>
          <Detail term={m.website}>
            {controller.website ? <ExternalLink href={controller.website} /> : null}
          </Detail>
          <Detail term={m.businessRegistrationNumber}>{controller.businessRegistrationNumber}</Detail>
        </Details>
      </Footer>
    </Root>
  );
}
