import { referencedItem } from '@privacy-label-kit/schema/core';
import { collectedItemAnchor } from '../../ConsentTable/ConsentTable.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { basisName, purposeTitles, text, textList } from '../content.js';

/**
 * PIPA Arts. 24, 24-2: unique identifying numbers, why they are processed and on what basis — read from the collected
 * item each entry refers to, with a link to that item's row.
 */
export function UniqueIdentifiersSection(props: PolicySectionProps) {
  const section = useSection('unique-identifiers', props);
  if (!section) return null;
  const { words, label, rest } = section;
  const { locale, schema, page } = words;
  const m = page.uniqueIds;
  const { policy } = props;
  return (
    <PolicySectionFrame label={label} words={words} {...rest}>
      <table>
        <thead>
          <tr>
            <th scope="col">{m.kind}</th>
            <th scope="col">{m.purpose}</th>
            <th scope="col">{m.basis}</th>
          </tr>
        </thead>
        <tbody>
          {policy.uniqueIdentifiers.map((entry) => {
            const item = referencedItem(policy, entry.itemId);
            if (!item) return null;
            return (
              <tr key={`${entry.kind}-${entry.itemId}`} data-plk-item={item.id}>
                <th scope="row" data-plk-column={m.kind}>
                  {schema.uniqueIdentifiers[entry.kind]}
                  <span className="plk-note">
                    <a href={`#${collectedItemAnchor(item.id)}`}>{page.collectedItems.seeItem}</a>
                  </span>
                </th>
                <td data-plk-column={m.purpose}>{textList(purposeTitles(policy, item), locale)}</td>
                <td data-plk-column={m.basis}>
                  {basisName(item.basis, schema)}
                  {item.law ? <span className="plk-note">{text(item.law, locale)}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </PolicySectionFrame>
  );
}
