import type { LocalizedText } from '@privacy-label-kit/schema/core';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { text, textList } from '../content.js';

/** PIPA Art. 30(1)(1): each purpose, what it means, and which collected items serve it. */
export function PurposesSection(props: PolicySectionProps) {
  const section = useSection('purposes', props);
  if (!section) return null;
  const { words, label, rest } = section;
  const { locale } = words;
  const m = words.page.purposes;
  const { policy } = props;
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
  return (
    <PolicySectionFrame label={label} words={words} {...rest}>
      <table data-plk-columns="name-text-text">
        <thead>
          <tr>
            <th scope="col">{m.purpose}</th>
            <th scope="col">{m.description}</th>
            <th scope="col">{m.items}</th>
          </tr>
        </thead>
        <tbody>
          {policy.purposes.map((purpose) => (
            <tr key={purpose.id} data-plk-purpose={purpose.id}>
              <th scope="row" data-plk-column={m.purpose}>
                {text(purpose.title, locale)}
              </th>
              <td data-plk-column={m.description}>{text(purpose.description, locale)}</td>
              <td data-plk-column={m.items}>{textList(itemsByPurpose.get(purpose.id) ?? [], locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PolicySectionFrame>
  );
}
