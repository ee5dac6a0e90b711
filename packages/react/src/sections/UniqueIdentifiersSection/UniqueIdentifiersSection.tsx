import { referencedItem } from '@privacy-label-kit/schema/core';
import { collectedItemAnchor } from '../../ConsentTable/ConsentTable.js';
import { policySection } from '../../PolicySection/PolicySection.js';
import { PolicyTable } from '../../PolicyTable/PolicyTable.js';
import { basisName, purposeTitles, text, textList } from '../content.js';

/**
 * PIPA Arts. 24, 24-2: unique identifying numbers, why they are processed and on what basis — read from the collected
 * item each entry refers to, with a link to that item's row.
 */
export const UniqueIdentifiersSection = policySection('unique-identifiers', ({ policy, words }) => {
  const { locale, schema, page } = words;
  const m = page.uniqueIds;
  // Validation guarantees every entry refers to a collected item.
  const rows = policy.uniqueIdentifiers.map((entry) => ({
    entry,
    item: referencedItem(policy, entry.itemId)!,
  }));
  return (
    <PolicyTable
      columns={[
        {
          header: m.kind,
          cell: ({ entry, item }) => (
            <>
              {schema.uniqueIdentifiers[entry.kind]}
              <span className="plk-note">
                <a href={`#${collectedItemAnchor(item.id)}`}>{page.collectedItems.seeItem}</a>
              </span>
            </>
          ),
        },
        { header: m.purpose, cell: ({ item }) => textList(purposeTitles(policy, item), locale) },
        {
          header: m.basis,
          cell: ({ item }) => (
            <>
              {basisName(item.basis, schema)}
              {item.law ? <span className="plk-note">{text(item.law, locale)}</span> : null}
            </>
          ),
        },
      ]}
      rows={rows}
      rowKey={({ entry }) => `${entry.kind}-${entry.itemId}`}
      rowProps={({ item }) => ({ 'data-plk-item': item.id })}
    />
  );
});
