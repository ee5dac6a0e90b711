import { policySection, SubHeading } from '../../PolicySection/PolicySection.js';
import { PolicyTable } from '../../PolicyTable/PolicyTable.js';
import { OptOutSteps, text } from '../content.js';

/** PIPA Art. 30(1)(7): cookies and other automatic collection devices, and whether and how to refuse them. */
export const AutomaticCollectionSection = policySection(
  'automatic-collection',
  ({ policy, words, subHeadingLevel }) => {
    const { locale, schema } = words;
    const m = words.page.automatic;
    // The label applies only when there are devices.
    const automatic = policy.automaticCollection!;
    const { optOut } = automatic;
    return (
      <>
        <PolicyTable
          columns={[
            { header: m.name, cell: (device) => text(device.name, locale) },
            { header: m.kind, cell: (device) => schema.automaticCollectionDevices[device.kind] },
            { header: m.purpose, cell: (device) => text(device.purpose, locale) },
            {
              header: m.operator,
              cell: (device) => (device.operator ? text(device.operator, locale) : m.ourselves),
            },
            { header: m.retention, cell: (device) => text(device.retention, locale) ?? '—' },
          ]}
          rows={automatic.devices}
        />
        <SubHeading level={subHeadingLevel}>{m.howToRefuse}</SubHeading>
        <OptOutSteps
          optOut={optOut}
          locale={locale}
          consequenceTerm={m.refusalConsequence}
          noWayOut={m.noWayToRefuse}
        />
      </>
    );
  },
);
