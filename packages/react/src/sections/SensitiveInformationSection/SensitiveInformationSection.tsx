import { referencedItem } from '@privacy-label-kit/schema/core';
import { collectedItemAnchor } from '../../ConsentTable/ConsentTable.js';
import { policySection, SubHeading } from '../../PolicySection/PolicySection.js';
import { basisName, Detail, Details, purposeTitles, text, textList } from '../content.js';

/**
 * PIPA Art. 23: sensitive information, its basis, and how it could become public and be kept private. The items,
 * purposes, basis and law are those of the collected item each entry refers to, so the two sections cannot disagree.
 */
export const SensitiveInformationSection = policySection('sensitive-information', ({ policy, words }) => {
  const { locale, page } = words;
  const m = page.sensitive;
  return (
    <>
      {policy.sensitiveInformation.map((entry) => {
        const item = referencedItem(policy, entry.itemId);
        if (!item) return null;
        return (
          <div className="plk-card" key={entry.itemId} data-plk-item={item.id}>
            <SubHeading>{textList(item.items, locale)}</SubHeading>
            <Details>
              <Detail term={m.purpose}>{textList(purposeTitles(policy, item), locale)}</Detail>
              <Detail term={m.basis}>{basisName(item.basis, words.schema)}</Detail>
              <Detail term={m.law}>{text(item.law, locale)}</Detail>
              <Detail term={m.disclosureRisk}>{text(entry.disclosureRisk, locale)}</Detail>
              <Detail term={m.howToKeepPrivate}>{text(entry.howToKeepPrivate, locale)}</Detail>
            </Details>
            <p className="plk-note">
              <a href={`#${collectedItemAnchor(item.id)}`}>{page.collectedItems.seeItem}</a>
            </p>
          </div>
        );
      })}
    </>
  );
});
