import { policySection, SubHeading } from '../../PolicySection/PolicySection.js';
import { Detail, Details, text, textList } from '../content.js';

/**
 * PIPA Art. 28-2: pseudonymised information as a data type — which items, for how long, per use. Who receives or
 * processes it, and whether it is combined, is the pseudonymisation section's.
 */
export const PseudonymisedInformationSection = policySection(
  'pseudonymised-information',
  ({ policy, words, subHeadingLevel }) => {
    const { locale } = words;
    const m = words.page.pseudonymised;
    return (
      <>
        {policy.pseudonymisedInformation.map((entry, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
          <div className="plk-card" key={index}>
            <SubHeading level={subHeadingLevel}>{text(entry.purpose, locale)}</SubHeading>
            <Details>
              <Detail term={m.items}>{textList(entry.items, locale)}</Detail>
              <Detail term={m.retention}>{text(entry.retention, locale)}</Detail>
            </Details>
          </div>
        ))}
      </>
    );
  },
);
