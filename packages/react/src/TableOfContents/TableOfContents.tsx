import type { DerivedLabel, Locale, Translation } from '@privacy-label-kit/schema/core';
import { type HTMLAttributes, type ReactNode, useId } from 'react';
import { styled } from 'styled-components';
import { usePolicyWords } from '../locale/PolicyLocaleProvider.js';
import { Heading, type HeadingLevel } from '../PolicySection/Heading.js';
import { focusRing, koreanTextWrapping } from '../theme/sharedStyles.js';
import { staticInServerComponents } from '../theme/staticStyles.js';
import { color, layout } from '../theme/tokens.js';

export interface TableOfContentsProps extends HTMLAttributes<HTMLElement> {
  /** `deriveLabels(policy, { locale })`: one entry per section, in page order. */
  labels: readonly DerivedLabel[];
  locale?: Locale;
  translations?: readonly Translation[];
  headingLevel?: HeadingLevel;
  heading?: ReactNode;
}

const Root = staticInServerComponents(
  styled.nav.withConfig({ componentId: 'plk-TableOfContents' })`
  ${koreanTextWrapping}
  margin: 0;
  font-family: ${layout['font-family']};

  & > .plk-toc-heading {
    margin: 0 0 ${layout['space-3']};
    font-size: 1.375em;
    line-height: 1.4;
    font-weight: 700;
  }
  & > ol {
    margin: 0;
    padding: 0;
    columns: 2 18rem;
    column-gap: ${layout['space-6']};
    list-style: none;
    counter-reset: plk-toc;
  }
  & li {
    display: flex;
    gap: ${layout['space-2']};
    padding: ${layout['space-2']} 0;
    border-bottom: 1px solid ${color.border};
    break-inside: avoid;
    counter-increment: plk-toc;
  }
  & li::before {
    content: counter(plk-toc) '.';
    min-width: 1.75em;
    color: ${color['text-muted']};
    font-variant-numeric: tabular-nums;
  }
  & a {
    color: ${color.link};
    text-decoration: none;
  }
  & a:hover {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  & a:focus-visible {
    ${focusRing}
    border-radius: 2px;
  }
`,
);

/** A numbered list of links to every section on the page, in page order. */
export function TableOfContents({
  labels,
  locale,
  translations,
  headingLevel = 2,
  heading,
  ...rest
}: TableOfContentsProps) {
  const { page } = usePolicyWords(locale, undefined, translations);
  const headingId = useId();
  if (!Array.isArray(labels)) {
    throw new Error(
      'TableOfContents: pass `labels`, the result of deriveLabels(policy, { locale }) from @privacy-label-kit/schema',
    );
  }
  return (
    <Root aria-labelledby={headingId} data-plk-table-of-contents="" {...rest}>
      <Heading level={headingLevel} id={headingId} className="plk-toc-heading">
        {heading ?? page.toc.heading}
      </Heading>
      <ol>
        {labels.map((label: DerivedLabel) => (
          <li key={label.id}>
            <a href={`#${label.anchor}`}>{label.heading}</a>
          </li>
        ))}
      </ol>
    </Root>
  );
}
