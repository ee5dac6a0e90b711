import {
  countFindings,
  type LintFinding,
  type LintSeverity,
  type Locale,
  lintSeverities,
  type Translation,
} from '@privacy-label-kit/schema/core';
import type { HTMLAttributes } from 'react';
import { styled } from 'styled-components';
import { WarningSign } from '../AttentionFlags/AttentionFlags.js';
import { usePolicyWords } from '../locale/PolicyLocaleProvider.js';
import { Heading, type HeadingLevel } from '../PolicySection/Heading.js';
import { staticInServerComponents } from '../theme/staticStyles.js';
import { color, layout } from '../theme/tokens.js';
import { pickMessage } from './pickMessage.js';

export interface PolicyFindingsProps extends HTMLAttributes<HTMLElement> {
  /** What `lintPolicy` found. An empty list is said in words ("no problems found"), never rendered as nothing. */
  findings: readonly LintFinding[];
  locale?: Locale;
  translations?: readonly Translation[];
  /** The heading level of the findings' title; 2 by default. */
  headingLevel?: HeadingLevel;
}

const Root = staticInServerComponents(
  styled.section.withConfig({ componentId: 'plk-PolicyFindings' })`
  display: flex;
  flex-direction: column;
  gap: ${layout['space-2']};
  color: ${color.text};

  & ol {
    display: flex;
    flex-direction: column;
    gap: ${layout['space-2']};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  & [data-plk-finding] {
    padding: ${layout['space-2']} ${layout['space-3']};
    border: 1px solid ${color.border};
    border-left-width: 4px;
    border-radius: ${layout['radius-small']};
    background: ${color['surface-raised']};
  }
  & [data-plk-finding='error'] {
    border-color: ${color['attention-border']};
    border-left-color: ${color.attention};
  }
  & [data-plk-severity] {
    display: inline-flex;
    align-items: center;
    gap: ${layout['space-1']};
    font-weight: 700;
  }
  & [data-plk-finding='error'] [data-plk-severity] {
    color: ${color.attention};
  }
  & p {
    margin: ${layout['space-1']} 0 0;
  }
  & code {
    font-size: 0.875em;
    color: ${color['text-muted']};
  }
`,
);

/**
 * The problems `lintPolicy` found, for the policy's author: each with its severity in words (never colour alone), what
 * is wrong, how to fix it, the article it rests on, and where in the policy file. Shown, never silently dropped.
 */
export function PolicyFindings({
  findings,
  locale,
  translations,
  headingLevel = 2,
  ...rest
}: PolicyFindingsProps) {
  const words = usePolicyWords(locale, undefined, translations);
  const { schema, review, page } = words;
  const say = (message: Parameters<typeof pickMessage>[0]) => pickMessage(message, words.locale);
  const counts = countFindings(findings);
  const severityName = (severity: LintSeverity) => review.lint.severities[severity];
  return (
    <Root data-plk-findings="" lang={schema.locale} {...rest}>
      <Heading level={headingLevel}>{page.review.heading}</Heading>
      {findings.length === 0 ? (
        <p data-plk-findings-clean="">{review.lint.clean}</p>
      ) : (
        <>
          <p data-plk-findings-summary="">{review.lint.summary(counts)}</p>
          <ol>
            {[...findings]
              .sort((a, b) => lintSeverities.indexOf(a.severity) - lintSeverities.indexOf(b.severity))
              .map((finding) => (
                <li key={`${finding.ruleId}-${finding.jsonPath}`} data-plk-finding={finding.severity}>
                  <span data-plk-severity="">
                    {finding.severity === 'error' ? <WarningSign /> : null}
                    {severityName(finding.severity)}
                  </span>{' '}
                  {say(finding.message)}
                  <p>
                    {page.review.fix}: {say(finding.fix)}
                  </p>
                  <p>
                    {say(finding.citation)} · {page.review.place}: <code>{finding.jsonPath}</code> ·{' '}
                    {page.review.rule}: <code>{finding.ruleId}</code>
                  </p>
                </li>
              ))}
          </ol>
        </>
      )}
    </Root>
  );
}
