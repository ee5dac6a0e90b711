import { policySection, SubHeading } from '../../PolicySection/PolicySection.js';
import { Detail, Details, text } from '../content.js';

/**
 * Pseudonymisation as a processing stage (PIPA Arts. 28-2, 28-3): for each use, its purpose, who receives or
 * processes the pseudonymised information and whether it is combined. What information it is, and for how long, is
 * the pseudonymised-information section's.
 */
export const PseudonymisationSection = policySection(
  'pseudonymisation',
  ({ policy, words, subHeadingLevel }) => {
    const { locale, schema } = words;
    const m = words.page.pseudonymisation;
    return (
      <>
        <p>{m.intro}</p>
        {policy.pseudonymisedInformation.map((entry, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
          <div className="plk-card" key={index}>
            <SubHeading level={subHeadingLevel}>{text(entry.purpose, locale)}</SubHeading>
            <Details>
              <Detail term={m.purposeKind}>
                {entry.purposeKind ? schema.pseudonymisationPurposes[entry.purposeKind] : null}
              </Detail>
              <Detail term={m.recipient}>{text(entry.recipient, locale)}</Detail>
              <Detail term={m.processor}>{text(entry.processor, locale)}</Detail>
              <Detail term={m.combinedWith}>
                {entry.combination ? text(entry.combination.with, locale) : null}
              </Detail>
              <Detail term={m.agency}>
                {entry.combination ? text(entry.combination.agency, locale) : null}
              </Detail>
            </Details>
          </div>
        ))}
      </>
    );
  },
);
