import { policySection } from '../../PolicySection/PolicySection.js';
import { PolicyTable } from '../../PolicyTable/PolicyTable.js';
import { text } from '../content.js';

/** PIPA Art. 26: processors, their tasks and where they are, including re-entrustment. */
export const EntrustmentSection = policySection('entrustment', ({ policy, words }) => {
  const { locale, schema, page } = words;
  const m = page.entrustment;
  return (
    <>
      <p>{m.intro}</p>
      <PolicyTable
        columns={[
          { header: m.processor, cell: (entry) => text(entry.processor, locale) },
          { header: m.task, cell: (entry) => text(entry.task, locale) },
          { header: m.country, cell: (entry) => schema.format.country(entry.country) },
          {
            header: m.subProcessor,
            cell: (entry) => (entry.subProcessor ? page.common.yes : page.common.no),
          },
        ]}
        rows={policy.entrustment}
      />
    </>
  );
});
