import { localizedPhrase } from '../../locale/LocalizedText.js';
import { policySection, SubHeading } from '../../PolicySection/PolicySection.js';
import { PolicyTable } from '../../PolicyTable/PolicyTable.js';
import { text, textList } from '../content.js';

/** PIPA Art. 21: how long each item is kept, what other laws require to be kept, and inactive accounts. */
export const RetentionSection = policySection('retention', ({ policy, words, subHeadingLevel }) => {
  const { locale, schema, page } = words;
  const m = page.retention;
  const { principle, legalRetention, inactiveAccounts } = policy.retention;
  const columns = {
    items: page.collectedItems.items,
    retention: page.collectedItems.retention,
    law: m.law,
    period: m.period,
  };
  return (
    <>
      {principle ? <p>{text(principle, locale)}</p> : null}
      <SubHeading level={subHeadingLevel}>{m.byItem}</SubHeading>
      <PolicyTable
        columns={[
          { header: columns.items, cell: (item) => textList(item.items, locale) },
          {
            header: columns.retention,
            cell: (item) =>
              localizedPhrase((policyText) => schema.format.retention(item.retention, policyText), locale),
          },
        ]}
        rows={policy.collectedItems}
        rowKey={(item) => item.id}
      />
      {legalRetention.length > 0 ? (
        <>
          <SubHeading level={subHeadingLevel}>{m.legal}</SubHeading>
          <PolicyTable
            columns={[
              { header: columns.items, cell: (entry) => textList(entry.items, locale) },
              { header: columns.law, cell: (entry) => text(entry.law, locale) },
              { header: columns.period, cell: (entry) => schema.format.duration(entry.period) },
            ]}
            rows={legalRetention}
          />
        </>
      ) : null}
      {inactiveAccounts ? (
        <>
          <SubHeading level={subHeadingLevel}>{m.inactive}</SubHeading>
          <p>
            {m.inactiveRule({
              inactivity: schema.format.duration(inactiveAccounts.inactivityPeriod),
              storage: schema.format.duration(inactiveAccounts.separateStorage),
            })}
          </p>
          {inactiveAccounts.notice ? <p>{text(inactiveAccounts.notice, locale)}</p> : null}
        </>
      ) : null}
    </>
  );
});
