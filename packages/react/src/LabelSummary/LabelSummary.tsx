import { getLabelIcon } from '@privacy-label-kit/icons/map';
import type { DerivedLabel, Locale, Translation } from '@privacy-label-kit/schema/core';
import { type HTMLAttributes, type ReactNode, useId } from 'react';
import { styled } from 'styled-components';
import { LabelBadge, type LabelDisplay } from '../LabelBadge/LabelBadge.js';
import type { LabelIconVariant } from '../LabelIcon/LabelIcon.js';
import { usePolicyWords } from '../locale/PolicyLocaleProvider.js';
import { Heading, type HeadingLevel } from '../PolicySection/Heading.js';
import { koreanTextWrapping } from '../theme/sharedStyles.js';
import { staticInServerComponents } from '../theme/staticStyles.js';
import { color, layout } from '../theme/tokens.js';

export interface LabelSummaryProps extends HTMLAttributes<HTMLElement> {
  /**
   * The labels to show: `deriveLabels(policy, { locale })` from `@privacy-label-kit/schema`. Taking derived labels
   * rather than the policy keeps the schema's validator out of a client bundle that only shows the summary; derive
   * them on the server and pass them down.
   */
  labels: readonly DerivedLabel[];
  /** The language of the summary's own words; use the same one the labels were derived in. */
  locale?: Locale;
  /** Words of your own (another language, or your wording of some keys), before the registered ones. */
  translations?: readonly Translation[];
  /** The heading level of the summary's title. Default 2 (under the policy's `<h1>`). */
  headingLevel?: HeadingLevel;
  /** Replaces the default heading text ("개인정보 처리 표시" / "Privacy labels at a glance"). */
  heading?: ReactNode;
  /** Replaces the default sentence under the heading; `false` hides it. */
  description?: ReactNode | false;
  /**
   * How the label icons are drawn: 'online' (default) in the family colours, 'offline' in one colour, the text
   * colour — black when printed.
   */
  variant?: LabelIconVariant;
  /**
   * Where each label's caption is shown, as the PIPC guideline offers: 'caption' (default) under the title;
   * 'tooltip' on hover and keyboard focus, read by screen readers as the link's description; 'toggle' behind an ⓘ
   * button per label. Attention flags stay in view in every display.
   */
  display?: LabelDisplay;
}

const Root = staticInServerComponents(
  styled.nav.withConfig({ componentId: 'plk-LabelSummary' })`
  ${koreanTextWrapping}
  margin: 0;
  padding: ${layout['space-5']};
  border: 1px solid ${color.border};
  border-top: 4px solid ${color.brand};
  border-radius: ${layout.radius};
  background: ${color.surface};
  color: ${color.text};
  font-family: ${layout['font-family']};

  & > .plk-summary-heading {
    margin: 0 0 ${layout['space-1']};
    font-size: 1.375em;
    line-height: 1.4;
    font-weight: 700;
  }
  & > .plk-summary-description {
    margin: 0 0 ${layout['space-4']};
    color: ${color['text-muted']};
    font-size: 0.9375em;
  }
  & > ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15.5rem, 1fr));
    gap: ${layout['space-3']};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Phones: one compact row per label (small icon beside title and caption), so the summary does not push the
     policy's first section more than a screen or two down. */
  @media (max-width: 40rem) {
    padding: ${layout['space-4']};
    & > ul {
      grid-template-columns: minmax(0, 1fr);
      gap: ${layout['space-2']};
    }
    & [data-plk-label] {
      column-gap: ${layout['space-2']};
      row-gap: 0;
      padding: ${layout['space-2']} ${layout['space-3']};
      border-radius: ${layout['radius-small']};
    }
    & [data-plk-label] > svg,
    & [data-plk-label] > .plk-badge-link > svg {
      grid-row: span 2;
      align-self: start;
      width: 2rem;
      height: 2rem;
    }
    & [data-plk-label]:not([data-plk-display]) .plk-badge-caption {
      grid-column: 2;
    }
    & [data-plk-label] > .plk-badge-link {
      column-gap: ${layout['space-2']};
      row-gap: 0;
    }
  }
  @media print {
    padding: 0;
    border: 0;
    background: none;
    & > ul {
      grid-template-columns: repeat(3, 1fr);
    }
  }
`,
);

/**
 * The at-a-glance block at the top of a policy: a navigation list of badges, each a link to the section it
 * summarises (`#privacy-<label id>`). Attention flags are spelled out in text inside each badge.
 */
export function LabelSummary({
  labels,
  locale: localeProp,
  translations: translationsProp,
  headingLevel = 2,
  heading,
  description,
  variant = 'online',
  display = 'caption',
  ...rest
}: LabelSummaryProps) {
  const { locale, page, translations } = usePolicyWords(localeProp, undefined, translationsProp);
  const headingId = useId();
  if (!Array.isArray(labels)) {
    throw new Error(
      'LabelSummary: pass `labels`, the result of deriveLabels(policy, { locale }) from @privacy-label-kit/schema',
    );
  }
  return (
    <Root aria-labelledby={headingId} data-plk-label-summary="" data-plk-display={display} {...rest}>
      <Heading level={headingLevel} id={headingId} className="plk-summary-heading">
        {heading ?? page.summary.heading}
      </Heading>
      {description === false ? null : (
        <p className="plk-summary-description">{description ?? page.summary.description}</p>
      )}
      <ul>
        {labels.map((label) => (
          <li key={label.id}>
            <LabelBadge
              label={label}
              icon={getLabelIcon(label.id)}
              href={`#${label.anchor}`}
              variant={variant}
              display={display}
              locale={locale}
              translations={translations}
            />
          </li>
        ))}
      </ul>
    </Root>
  );
}
