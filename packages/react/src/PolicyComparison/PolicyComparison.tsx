import {
  diffPolicies,
  type Locale,
  type Policy,
  type PolicyDiff,
  type Translation,
} from '@privacy-label-kit/schema/core';
import { type HTMLAttributes, useMemo } from 'react';
import { styled } from 'styled-components';
import { usePolicyWords } from '../locale/PolicyLocaleProvider.js';
import { pickMessage } from '../PolicyFindings/pickMessage.js';
import { Heading, type HeadingLevel } from '../PolicySection/Heading.js';
import { staticInServerComponents } from '../theme/staticStyles.js';
import { color, layout } from '../theme/tokens.js';

export type PolicyComparisonProps = HTMLAttributes<HTMLElement> & {
  locale?: Locale;
  translations?: readonly Translation[];
  /** The heading level of the table's title; 2 by default. `null` leaves the title out (a caller's own heading). */
  headingLevel?: HeadingLevel | null;
} & (
    | {
        /** A diff computed already (`diffPolicies`), e.g. the one a `ChangeNotice` shows. */ diff: PolicyDiff;
      }
    | { previous: Policy; next: Policy }
  );

const Root = staticInServerComponents(
  styled.section.withConfig({ componentId: 'plk-PolicyComparison' })`
  color: ${color.text};
  & table {
    width: 100%;
    border-collapse: collapse;
  }
  & caption {
    text-align: start;
    color: ${color['text-muted']};
    padding-bottom: ${layout['space-2']};
  }
  & th,
  & td {
    padding: ${layout['space-2']};
    border: 1px solid ${color.border};
    text-align: start;
    vertical-align: top;
  }
  & thead th {
    background: ${color.surface};
  }
  & [data-plk-impact='adverse'] [data-plk-impact-cell] {
    color: ${color.attention};
    font-weight: 700;
  }
  @media (max-width: 40rem) {
    & table,
    & tbody,
    & tr,
    & th,
    & td {
      display: block;
    }
    & thead {
      display: none;
    }
    & td::before {
      content: attr(data-plk-column) ': ';
      font-weight: 600;
    }
  }
`,
);

/**
 * The before/after comparison table (신구대조표) the PIPC guideline asks for with significant changes: one row per
 * change, its section, what changed, the text before and after, and the effect on users in words (not colour alone).
 */
export function PolicyComparison(props: PolicyComparisonProps) {
  const { locale, translations, headingLevel = 2, ...others } = props;
  const {
    diff: given,
    previous,
    next,
    ...rest
  } = others as Partial<{
    diff: PolicyDiff;
    previous: Policy;
    next: Policy;
  }> &
    HTMLAttributes<HTMLElement>;
  const words = usePolicyWords(locale, next, translations);
  const { schema, review } = words;
  const diff = useMemo(
    () =>
      given ??
      diffPolicies(previous!, next!, {
        locales: [words.locale],
        ...(words.translations ? { translations: words.translations } : {}),
      }),
    [given, previous, next, words.locale, words.translations],
  );
  const w = review.changeNotice;
  const say = (message: Parameters<typeof pickMessage>[0]) => pickMessage(message, words.locale);
  return (
    <Root data-plk-comparison="" lang={schema.locale} {...rest}>
      {headingLevel === null ? null : <Heading level={headingLevel}>{w.comparisonTitle}</Heading>}
      {diff.changes.length === 0 ? (
        <p>{w.noChanges}</p>
      ) : (
        <table>
          <caption>
            {w.comparisonCaption({
              before: schema.format.date(diff.previousEffectiveDate),
              after: schema.format.date(diff.effectiveDate),
            })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{w.columns.area}</th>
              <th scope="col">{w.columns.subject}</th>
              <th scope="col">{w.columns.before}</th>
              <th scope="col">{w.columns.after}</th>
              <th scope="col">{w.columns.impact}</th>
            </tr>
          </thead>
          <tbody>
            {diff.changes.map((change, index) => (
              <tr
                // Two changes can share a path and a reason (two labels reading one field each gain a warning); the
                // rows are made once per render and never reordered, so the position tells them apart.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                key={`${index}-${change.jsonPath}-${change.reasonCode}`}
                data-plk-impact={change.impact}
                data-plk-change={change.kind}
              >
                <th scope="row" data-plk-column={w.columns.area}>
                  {review.diff.areas[change.area]}
                </th>
                <td data-plk-column={w.columns.subject}>{say(change.name)}</td>
                <td data-plk-column={w.columns.before}>{change.before ? say(change.before) : w.absent}</td>
                <td data-plk-column={w.columns.after}>{change.after ? say(change.after) : w.absent}</td>
                <td data-plk-column={w.columns.impact} data-plk-impact-cell="">
                  {review.diff.impacts[change.impact]}: {say(change.reason)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Root>
  );
}
