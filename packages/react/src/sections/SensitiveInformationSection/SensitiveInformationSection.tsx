import { sensitiveItems } from '@privacy-label-kit/schema/core';
import { collectedItemAnchor } from '../../ConsentTable/ConsentTable.js';
import { policySection, SubHeading } from '../../PolicySection/PolicySection.js';
import { basisName, Detail, Details, purposeTitles, text, textList } from '../content.js';

/**
 * PIPA Art. 23: sensitive information, its basis, and how it could become public and be kept private. The items are
 * those the label counts (referred to by an entry, or sensitive by their data types); items, purposes, basis and law
 * are those of the collected item, so the two sections cannot disagree.
 */
export const SensitiveInformationSection = policySection(
  'sensitive-information',
  ({ policy, words, subHeadingLevel }) => {
    const { locale, page } = words;
    const m = page.sensitive;
    return (
      <>
        {sensitiveItems(policy).map((item) => {
          const entry = policy.sensitiveInformation.find((candidate) => candidate.itemId === item.id);
          return (
            <div className="plk-card" key={item.id} data-plk-item={item.id}>
              <SubHeading level={subHeadingLevel}>{textList(item.items, locale)}</SubHeading>
              <Details>
                <Detail term={m.purpose}>{textList(purposeTitles(policy, item), locale)}</Detail>
                <Detail term={m.basis}>{basisName(item.basis, words.schema)}</Detail>
                <Detail term={m.law}>{text(item.law, locale)}</Detail>
                <Detail term={m.disclosureRisk}>{text(entry?.disclosureRisk, locale)}</Detail>
                <Detail term={m.howToKeepPrivate}>{text(entry?.howToKeepPrivate, locale)}</Detail>
              </Details>
              <p className="plk-note">
                <a href={`#${collectedItemAnchor(item.id)}`}>{page.collectedItems.seeItem}</a>
              </p>
            </div>
          );
        })}
      </>
    );
  },
);
