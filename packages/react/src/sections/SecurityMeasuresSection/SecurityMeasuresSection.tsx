import { policySection, SubHeading } from '../../PolicySection/PolicySection.js';
import { text } from '../content.js';

const groups = ['administrative', 'technical', 'physical'] as const;

/** PIPA Art. 29: administrative, technical and physical safeguards. */
export const SecurityMeasuresSection = policySection(
  'security-measures',
  ({ policy, words, subHeadingLevel }) => {
    const m = words.page.security;
    return (
      <>
        <p>{m.intro}</p>
        {groups.map((field) => {
          const measures = policy.securityMeasures[field];
          if (measures.length === 0) return null;
          return (
            <div key={field} data-plk-security={field}>
              <SubHeading level={subHeadingLevel}>{m[field]}</SubHeading>
              <ul className="plk-list">
                {measures.map((measure, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: measures have no id; their order is the policy's
                  <li key={index}>{text(measure, words.locale)}</li>
                ))}
              </ul>
            </div>
          );
        })}
      </>
    );
  },
);
