import type { LocalizedText } from '@privacy-label-kit/schema';
import { formatMessage, purposesMessages } from '../../messages.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { text, textList } from '../content.js';

/** PIPA Art. 30(1)(1): each purpose, what it means, and which collected items serve it. */
export function PurposesSection(props: PolicySectionProps) {
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('purposes', props);
  if (!section) return null;
  const { locale, label } = section;
  const itemsByPurpose = new Map<string, LocalizedText[]>();
  for (const collected of policy.collectedItems) {
    for (const purposeId of collected.purposeIds) {
      const items = itemsByPurpose.get(purposeId) ?? [];
      for (const item of collected.items) {
        if (!items.some((known) => known.ko === item.ko && known.en === item.en)) items.push(item);
      }
      itemsByPurpose.set(purposeId, items);
    }
  }
  const columns = {
    purpose: formatMessage(purposesMessages, 'purpose', locale),
    description: formatMessage(purposesMessages, 'description', locale),
    items: formatMessage(purposesMessages, 'items', locale),
  };
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      <table data-plk-columns="name-text-text">
        <thead>
          <tr>
            <th scope="col">{columns.purpose}</th>
            <th scope="col">{columns.description}</th>
            <th scope="col">{columns.items}</th>
          </tr>
        </thead>
        <tbody>
          {policy.purposes.map((purpose) => (
            <tr key={purpose.id} data-plk-purpose={purpose.id}>
              <th scope="row" data-plk-column={columns.purpose}>
                {text(purpose.title, locale)}
              </th>
              <td data-plk-column={columns.description}>{text(purpose.description, locale)}</td>
              <td data-plk-column={columns.items}>
                {textList(itemsByPurpose.get(purpose.id) ?? [], locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PolicySectionFrame>
  );
}
