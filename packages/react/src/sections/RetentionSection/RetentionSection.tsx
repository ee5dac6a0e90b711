import { localize } from '@privacy-label-kit/schema/core';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  SubHeading,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { text, textList } from '../content.js';

/** PIPA Art. 21: how long each item is kept, what other laws require to be kept, and inactive accounts. */
export function RetentionSection(props: PolicySectionProps) {
  const section = useSection('retention', props);
  if (!section) return null;
  const { words, label, rest } = section;
  const { locale, schema, page } = words;
  const m = page.retention;
  const { policy } = props;
  const { principle, legalRetention, inactiveAccounts } = policy.retention;
  const columns = {
    items: page.collectedItems.items,
    retention: page.collectedItems.retention,
    law: m.law,
    period: m.period,
  };
  return (
    <PolicySectionFrame label={label} words={words} {...rest}>
      {principle ? <p>{text(principle, locale)}</p> : null}
      <SubHeading>{m.byItem}</SubHeading>
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
              <td data-plk-column={columns.retention}>
                {schema.format.retention(item.retention, (value) => localize(value, locale))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {legalRetention.length > 0 ? (
        <>
          <SubHeading>{m.legal}</SubHeading>
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
                  <td data-plk-column={columns.period}>{schema.format.duration(entry.period)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {inactiveAccounts ? (
        <>
          <SubHeading>{m.inactive}</SubHeading>
          <p>
            {m.inactiveRule({
              inactivity: schema.format.duration(inactiveAccounts.inactivityPeriod),
              storage: schema.format.duration(inactiveAccounts.separateStorage),
            })}
          </p>
          {inactiveAccounts.notice ? <p>{text(inactiveAccounts.notice, locale)}</p> : null}
        </>
      ) : null}
    </PolicySectionFrame>
  );
}
