import { formatDuration, formatRetention } from '@privacy-label-kit/schema';
import { collectedItemsMessages, formatMessage, retentionMessages } from '../../messages.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  SubHeading,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { text, textList } from '../content.js';

/** PIPA Art. 21: how long each item is kept, what other laws require to be kept, and inactive accounts. */
export function RetentionSection(props: PolicySectionProps) {
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('retention', props);
  if (!section) return null;
  const { locale, label } = section;
  const { principle, legalRetention, inactiveAccounts } = policy.retention;
  const columns = {
    items: formatMessage(collectedItemsMessages, 'items', locale),
    retention: formatMessage(collectedItemsMessages, 'retention', locale),
    law: formatMessage(retentionMessages, 'law', locale),
    period: formatMessage(retentionMessages, 'period', locale),
  };
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      {principle ? <p>{text(principle, locale)}</p> : null}
      <SubHeading>{formatMessage(retentionMessages, 'byItem', locale)}</SubHeading>
      <table>
        <thead>
          <tr>
            <th scope="col">{columns.items}</th>
            <th scope="col">{columns.retention}</th>
          </tr>
        </thead>
        <tbody>
          {policy.collectedItems.map((item) => (
            <tr key={item.id}>
              <th scope="row" data-plk-column={columns.items}>
                {textList(item.items, locale)}
              </th>
              <td data-plk-column={columns.retention}>{formatRetention(item.retention, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {legalRetention.length > 0 ? (
        <>
          <SubHeading>{formatMessage(retentionMessages, 'legal', locale)}</SubHeading>
          <table>
            <thead>
              <tr>
                <th scope="col">{columns.items}</th>
                <th scope="col">{columns.law}</th>
                <th scope="col">{columns.period}</th>
              </tr>
            </thead>
            <tbody>
              {legalRetention.map((entry, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
                <tr key={index}>
                  <th scope="row" data-plk-column={columns.items}>
                    {textList(entry.items, locale)}
                  </th>
                  <td data-plk-column={columns.law}>{text(entry.law, locale)}</td>
                  <td data-plk-column={columns.period}>{formatDuration(entry.period, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {inactiveAccounts ? (
        <>
          <SubHeading>{formatMessage(retentionMessages, 'inactive', locale)}</SubHeading>
          <p>
            {formatMessage(retentionMessages, 'inactiveRule', locale, {
              inactivity: formatDuration(inactiveAccounts.inactivityPeriod, locale),
              storage: formatDuration(inactiveAccounts.separateStorage, locale),
            })}
          </p>
          {inactiveAccounts.notice ? <p>{text(inactiveAccounts.notice, locale)}</p> : null}
        </>
      ) : null}
    </PolicySectionFrame>
  );
}
