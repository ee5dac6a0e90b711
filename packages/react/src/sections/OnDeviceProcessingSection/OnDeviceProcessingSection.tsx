import { policySection } from '../../PolicySection/PolicySection.js';
import { PolicyTable } from '../../PolicyTable/PolicyTable.js';
import { text, textList } from '../content.js';

/** PIPC 2026 guideline: features that process personal information only on the user's device, and what leaves it. */
export const OnDeviceProcessingSection = policySection('on-device-processing', ({ policy, words }) => {
  const { locale } = words;
  const m = words.page.onDevice;
  return (
    <>
      <p>{m.intro}</p>
      <PolicyTable
        columns={[
          { header: m.feature, cell: (entry) => text(entry.feature, locale) },
          { header: m.items, cell: (entry) => textList(entry.items, locale) },
          { header: m.purpose, cell: (entry) => (entry.purpose ? text(entry.purpose, locale) : '—') },
          {
            header: m.sentOffDevice,
            cell: (entry) => (entry.sentOffDevice ? text(entry.sentOffDevice, locale) : m.nothingSent),
          },
        ]}
        rows={policy.onDeviceProcessing}
      />
    </>
  );
});
