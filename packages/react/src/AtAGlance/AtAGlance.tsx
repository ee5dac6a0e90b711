import {
  type AtAGlanceStatement,
  type AtAGlance as DerivedAtAGlance,
  type Locale,
  resolveWords,
  sectionAnchor,
  type Translation,
} from '@privacy-label-kit/schema/core';
import { type HTMLAttributes, type ReactNode, useId } from 'react';
import { styled } from 'styled-components';
import { WarningSign } from '../AttentionFlags/AttentionFlags.js';
import { usePolicyLocale } from '../locale/PolicyLocaleProvider.js';
import { Heading, type HeadingLevel } from '../PolicySection/Heading.js';
import { focusRing, koreanTextWrapping, visuallyHiddenStyles } from '../theme/sharedStyles.js';
import { staticInServerComponents } from '../theme/staticStyles.js';
import { color, layout } from '../theme/tokens.js';

export interface AtAGlanceProps extends HTMLAttributes<HTMLElement> {
  /**
   * What to show: `deriveAtAGlance(policy, { locale })` from `@privacy-label-kit/schema`, whole (then the component
   * speaks the language the statements were derived in, under their heading), or its `statements` (then give
   * `locale`). Derive them on the server (like the labels) and pass them down: each is computed from the policy data.
   */
  statements: readonly AtAGlanceStatement[] | DerivedAtAGlance;
  /**
   * The language of the heading and of the region (`lang`); default: the derived result's, else the nearest
   * `PolicyLocaleProvider`'s. Use the one the statements were derived in.
   */
  locale?: Locale;
  /** Words of your own (another language, or your wording of some keys), before the registered ones. */
  translations?: readonly Translation[];
  /** The heading level. Default 2. */
  headingLevel?: HeadingLevel;
  /** Replaces the default heading ("한눈에 보기" / "At a glance"). */
  heading?: ReactNode;
}

const Root = staticInServerComponents(
  styled.section.withConfig({ componentId: 'plk-AtAGlance' })`
  ${visuallyHiddenStyles}
  ${koreanTextWrapping}
  margin: 0;
  padding: ${layout['space-4']} ${layout['space-5']};
  border: 1px solid ${color.border};
  border-radius: ${layout.radius};
  background: ${color['surface-raised']};
  color: ${color.text};
  font-family: ${layout['font-family']};
  line-height: 1.5;

  & > .plk-glance-heading {
    margin: 0 0 ${layout['space-3']};
    font-size: 1.125em;
    font-weight: 700;
  }
  & > ul {
    display: grid;
    gap: ${layout['space-2']};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  & li {
    display: grid;
    grid-template-columns: 1.25rem minmax(0, 1fr);
    gap: ${layout['space-3']};
    align-items: start;
  }
  & li > svg {
    width: 1.25rem;
    height: 1.25rem;
    margin-top: 0.15em;
  }
  & li[data-plk-tone='reassurance'] > svg {
    color: ${color.protection};
  }
  & li[data-plk-tone='fact'] > svg {
    color: ${color['text-muted']};
  }
  & li[data-plk-tone='attention'] > svg {
    color: ${color.attention};
  }
  & li[data-plk-tone='attention'] {
    font-weight: 700;
  }
  & a {
    color: inherit;
    text-decoration: underline;
    text-decoration-color: ${color['border-strong']};
    text-underline-offset: 0.2em;
  }
  & a:hover {
    text-decoration-color: currentColor;
  }
  & a:focus-visible {
    ${focusRing}
    border-radius: 2px;
  }
  @media print {
    border-color: #000;
    & li > svg {
      color: #000 !important;
    }
  }
`,
);

/** A tick in a circle: something the policy does not do. Decorative: the words say it. */
function ReassuranceSign() {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.25}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="9.5" />
      <path d="m7.5 12.5 3 3 6-6.5" />
    </svg>
  );
}

/** A dot in a circle: a plain fact. */
function FactSign() {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.25}
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="12" r="9.5" />
      <circle cx="12" cy="12" r="2.5" fill="currentColor" stroke="none" />
    </svg>
  );
}

function isDerived(value: unknown): value is DerivedAtAGlance {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'statements' in value;
}

/**
 * "At a glance": four to six plain statements about the policy (the Google Play Data safety style), each computed from
 * the data — including what the policy does not do ("제3자 제공 없음", "국외 이전 없음") where the data shows it. A
 * statement whose label applies links to that section. Shape and words carry the tone, never colour alone; attention
 * statements are read with "주의:" before them.
 */
export function AtAGlance({
  statements,
  locale: localeProp,
  translations: translationsProp,
  headingLevel = 2,
  heading,
  ...rest
}: AtAGlanceProps) {
  // The derived result knows its language: statements derived in English are not put under a Korean heading.
  const derived = isDerived(statements) ? statements : undefined;
  // Only the at-a-glance words: the component needs neither the page's nor the labels' words.
  const { locale, translations } = usePolicyLocale(
    localeProp ?? derived?.locale,
    undefined,
    translationsProp,
  );
  const words = resolveWords('atAGlance', locale, translations);
  const headingId = useId();
  const list = derived ? derived.statements : statements;
  if (!Array.isArray(list)) {
    throw new Error(
      'AtAGlance: pass `statements`, the result of deriveAtAGlance(policy, { locale }) from @privacy-label-kit/schema',
    );
  }
  const derivedHeading = derived?.locale === locale ? derived.heading : undefined;
  return (
    <Root aria-labelledby={headingId} data-plk-at-a-glance="" lang={locale} {...rest}>
      <Heading level={headingLevel} id={headingId} className="plk-glance-heading">
        {heading ?? derivedHeading ?? words.heading}
      </Heading>
      {/* Statements derived in another language than the heading's keep their own. */}
      <ul lang={derived && derived.locale !== locale ? derived.locale : undefined}>
        {list.map((statement) => {
          const text = statement.labelId ? (
            <a href={`#${sectionAnchor(statement.labelId)}`}>{statement.text}</a>
          ) : (
            statement.text
          );
          return (
            <li key={statement.topic} data-plk-tone={statement.tone} data-plk-topic={statement.topic}>
              {statement.tone === 'reassurance' ? (
                <ReassuranceSign />
              ) : statement.tone === 'attention' ? (
                <WarningSign />
              ) : (
                <FactSign />
              )}
              <span>
                {statement.tone === 'attention' ? (
                  <span className="plk-visually-hidden">{words.toneLabel.attention}: </span>
                ) : null}
                {text}
              </span>
            </li>
          );
        })}
      </ul>
    </Root>
  );
}
