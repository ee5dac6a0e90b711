import {
  attentionMessages,
  type CollectedItem,
  collectionStageNames,
  formatRetention,
  type LegalBasis,
  type Locale,
  legalBases,
  legalBasisNames,
  type Policy,
  sectionAnchor,
} from '@privacy-label-kit/schema';
import type { HTMLAttributes } from 'react';
import { styled } from 'styled-components';
import { AttentionFlags } from '../AttentionFlags/AttentionFlags.js';
import { usePolicyLocale } from '../locale/PolicyLocaleProvider.js';
import { collectedItemsMessages, formatMessage, refusalMessages } from '../messages.js';
import { SubHeading } from '../PolicySection/PolicySection.js';
import { text, textList } from '../sections/content.js';
import { policyContentStyles } from '../theme/sharedStyles.js';

export interface ConsentTableProps extends HTMLAttributes<HTMLDivElement> {
  policy: Policy;
  locale?: Locale;
}

const Root = styled.div`
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
`;

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

/**
 * Every collected item, one table per legal basis, with a column that answers "can I refuse, and what happens if I
 * do?" — the question a consent screen rarely answers and the one PIPA Art. 16(3) and 22 care about.
 */
export function ConsentTable({ policy, locale: localeProp, ...rest }: ConsentTableProps) {
  const locale = usePolicyLocale(localeProp, policy);
  const purposeTitles = new Map(policy.purposes.map((purpose) => [purpose.id, purpose.title]));
  const columns = {
    items: formatMessage(collectedItemsMessages, 'items', locale),
    stage: formatMessage(collectedItemsMessages, 'stage', locale),
    purposes: formatMessage(collectedItemsMessages, 'purposes', locale),
    retention: formatMessage(collectedItemsMessages, 'retention', locale),
    refusal: formatMessage(collectedItemsMessages, 'refusal', locale),
  };
  return (
    <Root data-plk-consent-table="" {...rest}>
      {groupByLegalBasis(policy.collectedItems).map(([basis, items]) => {
        const basisName = legalBasisNames[basis][locale];
        const headingId = `${sectionAnchor('collected-items')}-${basis}`;
        return (
          <div key={basis} data-plk-basis={basis}>
            <SubHeading id={headingId}>{basisName}</SubHeading>
            {basis === 'deemedConsent' ? (
              <AttentionFlags
                locale={locale}
                flags={[{ code: 'deemed-consent', message: attentionMessages['deemed-consent'][locale] }]}
              />
            ) : null}
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
                  <tr key={item.id} data-plk-item={item.id}>
                    <th scope="row" data-plk-column={columns.items}>
                      {textList(item.items, locale)}
                      {item.law ? (
                        <span className="plk-note">
                          <span className="plk-note-label">{`${formatMessage(collectedItemsMessages, 'basisLaw', locale)}: `}</span>
                          {text(item.law, locale)}
                        </span>
                      ) : null}
                    </th>
                    <td data-plk-column={columns.stage}>
                      {collectionStageNames[item.stage][locale]}
                      {item.collectionMethod ? (
                        <span className="plk-note">{text(item.collectionMethod, locale)}</span>
                      ) : null}
                    </td>
                    <td data-plk-column={columns.purposes}>
                      {textList(
                        item.purposeIds.map((id) => purposeTitles.get(id) ?? { ko: id, en: id }),
                        locale,
                      )}
                    </td>
                    <td data-plk-column={columns.retention}>{formatRetention(item.retention, locale)}</td>
                    <td data-plk-column={columns.refusal}>
                      <RefusalAnswer item={item} locale={locale} />
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

/** "You can refuse." / "You cannot refuse." in words, then what refusing costs and how to do it. */
function RefusalAnswer({ item, locale }: { item: CollectedItem; locale: Locale }) {
  const { canRefuse, consequence, howToRefuse } = item.refusal;
  return (
    <>
      <span className="plk-tag" data-plk-refusable={String(canRefuse)}>
        {formatMessage(refusalMessages, canRefuse ? 'canRefuse' : 'cannotRefuse', locale)}
      </span>
      {consequence ? (
        <span className="plk-note">
          <span className="plk-note-label">{`${formatMessage(refusalMessages, 'consequence', locale)}: `}</span>
          {text(consequence, locale)}
        </span>
      ) : canRefuse && item.basis === 'consentOptional' ? (
        <span className="plk-note">{formatMessage(refusalMessages, 'noConsequence', locale)}</span>
      ) : null}
      {howToRefuse ? (
        <span className="plk-note">
          <span className="plk-note-label">{`${formatMessage(refusalMessages, 'howTo', locale)}: `}</span>
          {text(howToRefuse, locale)}
        </span>
      ) : null}
    </>
  );
}
