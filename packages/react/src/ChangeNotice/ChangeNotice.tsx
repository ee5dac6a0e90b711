import { changeNotice, type Locale, type Policy, type Translation } from '@privacy-label-kit/schema/core';
import { type HTMLAttributes, useMemo } from 'react';
import { styled } from 'styled-components';
import { AttentionFlags } from '../AttentionFlags/AttentionFlags.js';
import { usePolicyWords } from '../locale/PolicyLocaleProvider.js';
import { PolicyComparison } from '../PolicyComparison/PolicyComparison.js';
import { PolicyFindings } from '../PolicyFindings/PolicyFindings.js';
import { pickMessage } from '../PolicyFindings/pickMessage.js';
import { Heading, type HeadingLevel } from '../PolicySection/Heading.js';
import { staticInServerComponents } from '../theme/staticStyles.js';
import { color, layout } from '../theme/tokens.js';

export interface ChangeNoticeProps extends HTMLAttributes<HTMLElement> {
  /** The version in force until now. */
  previous: Policy;
  /** The version that takes effect on its `effectiveDate`. */
  next: Policy;
  locale?: Locale;
  translations?: readonly Translation[];
  /** The heading level of the notice's title; 2 by default (its parts take the next level). */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /**
   * Also show what `lintPolicy` finds in the new version, for the policy's author previewing the notice. Off by
   * default: the published notice is for users.
   */
  showFindings?: boolean;
  /** Show the comparison table (신구대조표) at the end; on by default. */
  showComparison?: boolean;
}

const Root = staticInServerComponents(
  styled.section.withConfig({ componentId: 'plk-ChangeNotice' })`
  display: flex;
  flex-direction: column;
  gap: ${layout['space-3']};
  color: ${color.text};

  & p {
    margin: 0;
  }
  & ul {
    margin: 0;
    padding-inline-start: 1.25em;
    display: flex;
    flex-direction: column;
    gap: ${layout['space-2']};
  }
  & [data-plk-overall='adverse'] {
    padding: ${layout['space-2']} ${layout['space-3']};
    border: 1px solid ${color['attention-border']};
    border-radius: ${layout['radius-small']};
    background: ${color['attention-surface']};
    color: ${color.attention};
    font-weight: 700;
  }
  & [data-plk-impact-word] {
    font-weight: 700;
  }
  & [data-plk-impact='adverse'] [data-plk-impact-word] {
    color: ${color.attention};
  }
  & [data-plk-deadline] {
    font-weight: 700;
  }
`,
);

/**
 * A plain-language notice of a policy change: what changes from which date, the labels that change (with any new
 * warning), until when and how to object to deemed consent, what refusing each changed item costs, and the
 * before/after comparison table. Every impact is computed from the two versions, never taken from the author.
 */
export function ChangeNotice({
  previous,
  next,
  locale,
  translations,
  headingLevel = 2,
  showFindings = false,
  showComparison = true,
  ...rest
}: ChangeNoticeProps) {
  const words = usePolicyWords(locale, next, translations);
  const { schema, review } = words;
  const notice = useMemo(
    () =>
      changeNotice(previous, next, {
        locales: [words.locale],
        ...(words.translations ? { translations: words.translations } : {}),
        ...(showFindings ? {} : { skipLint: true }),
      }),
    [previous, next, words.locale, words.translations, showFindings],
  );
  const w = review.changeNotice;
  const say = (message: Parameters<typeof pickMessage>[0]) => pickMessage(message, words.locale);
  const sub = (headingLevel + 1) as HeadingLevel;
  return (
    <Root data-plk-change-notice="" lang={schema.locale} {...rest}>
      <Heading level={headingLevel}>{w.title}</Heading>
      <p data-plk-headline="">{say(notice.headline)}</p>
      {notice.announced ? <p>{say(notice.announced)}</p> : null}
      <p data-plk-overall={notice.diff.impact}>{say(notice.overall)}</p>

      <Heading level={sub}>{w.changesHeading}</Heading>
      {notice.diff.changes.length === 0 ? (
        <p>{w.noChanges}</p>
      ) : (
        <ul>
          {notice.diff.changes.map((change, index) => (
            // Two changes can share a path and a reason (two labels reading the same field each gain a warning); the
            // list is made once per render and never reordered, so its position tells them apart.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={`${index}-${change.jsonPath}-${change.reasonCode}`} data-plk-impact={change.impact}>
              <span data-plk-impact-word="">{review.diff.impacts[change.impact]}</span> ·{' '}
              {say(change.subject)}: {say(change.reason)}
            </li>
          ))}
        </ul>
      )}

      {notice.diff.labels.length > 0 ? (
        <>
          <Heading level={sub}>{w.labelsHeading}</Heading>
          <ul>
            {notice.diff.labels.map((label) => {
              const newFlags =
                label.after?.attention
                  .filter((flag) => label.flagsAdded.includes(flag.code))
                  .map((flag) => ({ code: flag.code, message: say(flag.message) })) ?? [];
              return (
                <li key={label.id} data-plk-label-change={label.kind}>
                  <div>
                    <strong>{say(label.title)}</strong>
                    <p>
                      {w.labelBefore}: {label.before ? say(label.before.caption) : w.absent}
                    </p>
                    <p>
                      {w.labelAfter}: {label.after ? say(label.after.caption) : w.absent}
                    </p>
                    <AttentionFlags
                      flags={newFlags}
                      locale={words.locale}
                      {...(words.translations ? { translations: words.translations } : {})}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}

      {notice.objections.length > 0 || notice.refusals.length > 0 ? (
        <>
          <Heading level={sub}>{w.objectHeading}</Heading>
          {notice.objections.map((objection) => (
            <div key={objection.deadline + say(objection.subject)} data-plk-objection={objection.deadline}>
              <p data-plk-deadline="">{say(objection.sentence)}</p>
              <p>
                {w.howToObject}: {say(objection.howToObject)}
              </p>
            </div>
          ))}
          <ul>
            {notice.refusals.map((refusal) => (
              <li key={say(refusal.subject)} data-plk-refusal="">
                <strong>{say(refusal.subject)}</strong>: {say(refusal.effect)}
                {refusal.consequence ? ` ${say(refusal.consequence)}` : null}
                {refusal.howToRefuse ? (
                  <p>
                    {w.howToObject}: {say(refusal.howToRefuse)}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {showFindings ? (
        <PolicyFindings
          findings={notice.findings}
          locale={words.locale}
          headingLevel={sub}
          {...(words.translations ? { translations: words.translations } : {})}
        />
      ) : null}
      {showComparison ? (
        <PolicyComparison
          diff={notice.diff}
          locale={words.locale}
          headingLevel={sub}
          {...(words.translations ? { translations: words.translations } : {})}
        />
      ) : null}
    </Root>
  );
}
