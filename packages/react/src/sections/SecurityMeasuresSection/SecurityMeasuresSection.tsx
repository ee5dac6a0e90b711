import {
  PolicySectionFrame,
  type PolicySectionProps,
  SubHeading,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { text } from '../content.js';

const groups = ['administrative', 'technical', 'physical'] as const;

/** PIPA Art. 29: administrative, technical and physical safeguards. */
export function SecurityMeasuresSection(props: PolicySectionProps) {
  const section = useSection('security-measures', props);
  if (!section) return null;
  const { words, label, rest } = section;
  const m = words.page.security;
  return (
    <PolicySectionFrame label={label} words={words} {...rest}>
      <p>{m.intro}</p>
      {groups.map((field) => {
        const measures = props.policy.securityMeasures[field];
        if (measures.length === 0) return null;
        return (
          <div key={field} data-plk-security={field}>
            <SubHeading>{m[field]}</SubHeading>
            <ul className="plk-list">
              {measures.map((measure, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: measures have no id; their order is the policy's
                <li key={index}>{text(measure, words.locale)}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </PolicySectionFrame>
  );
}
