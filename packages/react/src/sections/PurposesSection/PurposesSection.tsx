import type { LocalizedText } from '@privacy-label-kit/schema/core';
import { policySection } from '../../PolicySection/PolicySection.js';
import { PolicyTable } from '../../PolicyTable/PolicyTable.js';
import { text, textList } from '../content.js';

/** PIPA Art. 30(1)(1): each purpose, what it means, and which collected items serve it. */
export const PurposesSection = policySection('purposes', ({ policy, words }) => {
  const { locale } = words;
  const m = words.page.purposes;
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
    <PolicyTable
      data-plk-columns="name-text-text"
      columns={[
        { header: m.purpose, cell: (purpose) => text(purpose.title, locale) },
        { header: m.description, cell: (purpose) => text(purpose.description, locale) },
        { header: m.items, cell: (purpose) => textList(itemsByPurpose.get(purpose.id) ?? [], locale) },
      ]}
      rows={policy.purposes}
      rowKey={(purpose) => purpose.id}
      rowProps={(purpose) => ({ 'data-plk-purpose': purpose.id })}
    />
  );
});
