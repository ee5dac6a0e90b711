import {
  type CollectedItem,
  getLabelDefinition,
  identifierItems,
  itemsHolding,
  type LabelId,
  ordinaryItems,
  type Policy,
  sectionAnchor,
} from '@privacy-label-kit/schema/core';
import { collectedItemAnchor } from '../../ConsentTable/ConsentTable.js';
import { localizedPhrase } from '../../locale/LocalizedText.js';
import { policySection, type SectionContent } from '../../PolicySection/PolicySection.js';
import { PolicyTable } from '../../PolicyTable/PolicyTable.js';
import { basisName, purposeTitles, text, textList } from '../content.js';

/**
 * The collected items behind one data-type label: the one selection its definition counts (the same helpers from the
 * schema), so the section lists exactly what the caption counts.
 */
function DataTypeItems({ policy, words, items }: SectionContent & { items: readonly CollectedItem[] }) {
  const { locale, schema, page } = words;
  return (
    <PolicyTable
      columns={[
        {
          header: page.collectedItems.items,
          cell: (item) => (
            <>
              {textList(item.items, locale)}
              <span className="plk-note">
                <a href={`#${collectedItemAnchor(item.id)}`}>{page.collectedItems.seeItem}</a>
              </span>
            </>
          ),
        },
        {
          header: page.collectedItems.purposes,
          cell: (item) => textList(purposeTitles(policy, item), locale),
        },
        {
          header: page.sensitive.basis,
          cell: (item) => (
            <>
              {basisName(item.basis, schema)}
              {item.law ? <span className="plk-note">{text(item.law, locale)}</span> : null}
            </>
          ),
        },
        {
          header: page.collectedItems.retention,
          cell: (item) =>
            localizedPhrase((policyText) => schema.format.retention(item.retention, policyText), locale),
        },
      ]}
      rows={items}
      rowKey={(item) => item.id}
      rowProps={(item) => ({ 'data-plk-item': item.id })}
    />
  );
}

/** One section per data-type label, each a table of the items its label counts, linked to their rows. */
const dataTypeSection = (id: LabelId, select: (policy: Policy) => readonly CollectedItem[]) =>
  policySection(id, (section) => <DataTypeItems {...section} items={select(section.policy)} />);

export const PersonalInformationSection = dataTypeSection('personal-information', ordinaryItems);
/**
 * Images and video of people: the items that hold them, and — where the policy operates video devices — a pointer to
 * the device sections, which say where the devices are and how footage is kept (said there once, not repeated here).
 */
export const ImagesAndVideoSection = policySection('images-and-video', (section) => {
  const { policy, words } = section;
  const items = itemsHolding(policy, 'images');
  const deviceLabels = (['fixed-video-devices', 'mobile-video-devices'] as const).filter((id) =>
    getLabelDefinition(id).applies(policy),
  );
  return (
    <>
      {items.length > 0 ? <DataTypeItems {...section} items={items} /> : null}
      {deviceLabels.length > 0 ? (
        <>
          <p>{words.page.dataTypes.videoDeviceFootage}</p>
          <ul className="plk-list">
            {deviceLabels.map((id) => (
              <li key={id}>
                <a href={`#${sectionAnchor(id)}`}>{words.schema.labels[id].heading}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
});
export const ResidentRegistrationNumberSection = dataTypeSection('resident-registration-number', (policy) =>
  identifierItems(policy, ['residentRegistrationNumber']),
);
export const IdentityDocumentNumbersSection = dataTypeSection('identity-document-numbers', (policy) =>
  identifierItems(policy, ['passportNumber', 'driversLicenseNumber', 'alienRegistrationNumber']),
);
export const BiometricInformationSection = dataTypeSection('biometric-information', (policy) =>
  itemsHolding(policy, 'biometric'),
);
export const BiometricRecognitionSection = dataTypeSection('biometric-recognition', (policy) =>
  itemsHolding(policy, 'biometricRecognition'),
);
export const PaymentInformationSection = dataTypeSection('payment-information', (policy) =>
  itemsHolding(policy, 'payment'),
);
export const LocationInformationSection = dataTypeSection('location-information', (policy) =>
  itemsHolding(policy, 'location'),
);
export const HealthInformationSection = dataTypeSection('health-information', (policy) =>
  itemsHolding(policy, 'health'),
);
