import {
  PolicySectionFrame,
  type PolicySectionProps,
  SubHeading,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { Detail, Details, text } from '../content.js';

/** PIPA Art. 37-2: fully automated decisions, their criteria and procedure, and how to object or ask why. */
export function AutomatedDecisionsSection(props: PolicySectionProps) {
  const section = useSection('automated-decisions', props);
  if (!section) return null;
  const { words, label, rest } = section;
  const { locale } = words;
  const m = words.page.automated;
  return (
    <PolicySectionFrame label={label} words={words} {...rest}>
      <p>{m.intro}</p>
      {props.policy.automatedDecisions.map((decision, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
        <div className="plk-card" key={index}>
          <SubHeading>{text(decision.name, locale)}</SubHeading>
          <Details>
            <Detail term={m.criteria}>{text(decision.criteria, locale)}</Detail>
            <Detail term={m.procedure}>{text(decision.procedure, locale)}</Detail>
            <Detail term={m.howToObject}>{text(decision.howToObject, locale)}</Detail>
          </Details>
        </div>
      ))}
    </PolicySectionFrame>
  );
}
