import { policySection, SubHeading } from '../../PolicySection/PolicySection.js';
import { text } from '../content.js';

/**
 * The rights of a child's legal representative (PIPA Arts. 22-2, 38(2)): what they may ask for and how. Without the
 * policy's own account, the section says only what the Act gives them.
 */
export const LegalRepresentativeSection = policySection(
  'legal-representative',
  ({ policy, words, subHeadingLevel }) => {
    const { locale, schema } = words;
    const m = words.page.legalRepresentative;
    const guardian = policy.children.guardianRights;
    if (!guardian) return <p>{m.byLaw}</p>;
    return (
      <>
        <p>{m.intro}</p>
        <ul className="plk-list" data-plk-guardian-rights="">
          {guardian.rights.map((right) => (
            <li key={right}>{schema.guardianRights[right]}</li>
          ))}
        </ul>
        <SubHeading level={subHeadingLevel}>{m.howToExercise}</SubHeading>
        <p>{text(guardian.howToExercise, locale)}</p>
      </>
    );
  },
);
