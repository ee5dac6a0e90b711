import {
  type CollectedItem,
  type LegalBasis,
  type Locale,
  legalBases,
  type Policy,
  sectionAnchor,
  type Translation,
} from '@privacy-label-kit/schema/core';
import type { HTMLAttributes } from 'react';
import { styled } from 'styled-components';
import { localizedPhrase } from '../locale/LocalizedText.js';
import { type PolicyWords, usePolicyWords } from '../locale/PolicyLocaleProvider.js';
import type { HeadingLevel } from '../PolicySection/Heading.js';
import { SubHeading } from '../PolicySection/PolicySection.js';
import { text, textList } from '../sections/content.js';
import { policyContentStyles } from '../theme/sharedStyles.js';
import { staticInServerComponents } from '../theme/staticStyles.js';

export interface ConsentTableProps extends HTMLAttributes<HTMLDivElement> {
  /** A parsed policy (`parsePolicy(json)` / `assertPolicy(json)` from `@privacy-label-kit/schema`): its `collectedItems` are shown. */
  policy: Policy;
  /**
   * The language, as a BCP 47 tag ('ko', 'en', or any language you give words for in `translations`); default: the
   * nearest `PolicyLocaleProvider`, else the policy's `defaultLocale`.
   */
  locale?: Locale;
  /** Words of your own (another language, or your wording of some keys), before the registered ones. */
  translations?: readonly Translation[];
  /** The level of the headings that name each legal basis. Default: one below the enclosing section's heading, else 3. */
  headingLevel?: HeadingLevel;
}

const Root = staticInServerComponents(
  styled.div.withConfig({ componentId: 'plk-ConsentTable' })`
  ${policyContentStyles}
  /* Fixed column widths, so the tables of every legal basis line up one under another. */
  & table {
    table-layout: fixed;
  }
  & thead th:nth-child(1) {
    width: 20%;
  }
  & thead th:nth-child(2) {
    width: 13%;
  }
  & thead th:nth-child(3) {
    width: 15%;
  }
  & thead th:nth-child(4) {
    width: 13%;
  }
  & thead th {
    white-space: normal;
  }
`,
);

/** Collected items grouped by legal basis, in the schema's order of bases. */
export function groupByLegalBasis(items: readonly CollectedItem[]): [LegalBasis, CollectedItem[]][] {
  const groups = new Map<LegalBasis, CollectedItem[]>();
  for (const item of items) {
    const group = groups.get(item.basis);
    if (group) group.push(item);
    else groups.set(item.basis, [item]);
  }
  return legalBases.filter((basis) => groups.has(basis)).map((basis) => [basis, groups.get(basis)!]);
}

/** The id of an item's row, so that other sections (sensitive information, unique identifiers) can link to it. */
export function collectedItemAnchor(itemId: string): string {
  return `${sectionAnchor('collected-items')}-item-${itemId}`;
}

/**
 * Every collected item, one table per legal basis named as what it is (deemed consent is never shown as required
 * consent), with a column that answers "can I refuse, and what happens if I do?" — the question a consent screen
 * rarely answers and the one PIPA Art. 16(3) and 22 care about.
 */
export function ConsentTable({ policy, locale, translations, headingLevel, ...rest }: ConsentTableProps) {
  const words = usePolicyWords(locale, policy, translations);
  const { page, schema } = words;
  const purposeTitles = new Map(policy.purposes.map((purpose) => [purpose.id, purpose.title]));
  const columns = {
    items: page.collectedItems.items,
    stage: page.collectedItems.stage,
    purposes: page.collectedItems.purposes,
    retention: page.collectedItems.retention,
    refusal: page.collectedItems.refusal,
  };
  return (
    <Root data-plk-consent-table="" {...rest}>
      {groupByLegalBasis(policy.collectedItems).map(([basis, items]) => {
        const headingId = `${sectionAnchor('collected-items')}-${basis}`;
        return (
          <div key={basis} data-plk-basis={basis}>
            <SubHeading level={headingLevel} id={headingId}>
              {schema.legalBases[basis]}
            </SubHeading>
            <table aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col">{columns.items}</th>
                  <th scope="col">{columns.stage}</th>
                  <th scope="col">{columns.purposes}</th>
                  <th scope="col">{columns.retention}</th>
                  <th scope="col">{columns.refusal}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id} id={collectedItemAnchor(item.id)} data-plk-item={item.id}>
                    <th scope="row" data-plk-column={columns.items}>
                      {textList(item.items, words.locale)}
                      {item.law ? (
                        <span className="plk-note">
                          <span className="plk-note-label">{`${page.collectedItems.basisLaw}: `}</span>
                          {text(item.law, words.locale)}
                        </span>
                      ) : null}
                    </th>
                    <td data-plk-column={columns.stage}>
                      {schema.collectionStages[item.stage]}
                      {item.collectionMethod ? (
                        <span className="plk-note">{text(item.collectionMethod, words.locale)}</span>
                      ) : null}
                    </td>
                    <td data-plk-column={columns.purposes}>
                      {textList(
                        item.purposeIds.map((id) => purposeTitles.get(id) ?? { [words.locale]: id }),
                        words.locale,
                      )}
                    </td>
                    <td data-plk-column={columns.retention}>
                      {localizedPhrase(
                        (policyText) => schema.format.retention(item.retention, policyText),
                        words.locale,
                      )}
                    </td>
                    <td data-plk-column={columns.refusal}>
                      <RefusalAnswer item={item} words={words} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </Root>
  );
}

/**
 * Deemed consent in words (how many days to object, and how), then whether the item can be refused: "거부할 수
 * 없습니다" when it cannot, else what refusing costs (the schema's sentence for the effect) and the policy's own words
 * on the consequence and on how to refuse.
 */
function RefusalAnswer({ item, words }: { item: CollectedItem; words: PolicyWords }) {
  const { page, schema, locale } = words;
  const { canRefuse, effect, consequence, howToRefuse } = item.refusal;
  return (
    <>
      {item.deemedConsent ? (
        <span className="plk-note" data-plk-deemed-consent={item.deemedConsent.objectionDays}>
          <strong>{page.collectedItems.deemedConsent({ days: item.deemedConsent.objectionDays })}</strong>{' '}
          <span className="plk-note-label">{`${page.collectedItems.howToObject}: `}</span>
          {text(item.deemedConsent.howToObject, locale)}
        </span>
      ) : null}
      <span className="plk-tag" data-plk-refusable={String(canRefuse)} data-plk-refusal-effect={effect}>
        {!canRefuse
          ? page.refusal.cannotRefuse
          : effect
            ? schema.refusalEffects[effect]
            : page.refusal.canRefuse}
      </span>
      {consequence ? (
        <span className="plk-note">
          <span className="plk-note-label">{`${page.refusal.consequence}: `}</span>
          {text(consequence, locale)}
        </span>
      ) : null}
      {canRefuse && howToRefuse ? (
        <span className="plk-note">
          <span className="plk-note-label">{`${page.refusal.howTo}: `}</span>
          {text(howToRefuse, locale)}
        </span>
      ) : null}
    </>
  );
}
