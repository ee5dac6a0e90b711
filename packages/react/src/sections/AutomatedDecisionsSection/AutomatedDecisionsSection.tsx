import { automatedMessages, formatMessage } from '../../messages.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  SubHeading,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { Detail, Details, text } from '../content.js';

/** PIPA Art. 37-2: fully automated decisions, their criteria and procedure, and how to object or ask why. */
export function AutomatedDecisionsSection(props: PolicySectionProps) {
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('automated-decisions', props);
  if (!section || policy.automatedDecisions.length === 0) return null;
  const { locale, label } = section;
  const m = (key: keyof typeof automatedMessages) => formatMessage(automatedMessages, key, locale);
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      <p>{m('intro')}</p>
      {policy.automatedDecisions.map((decision, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
        <div className="plk-card" key={index}>
          <SubHeading>{text(decision.name, locale)}</SubHeading>
          <Details>
            <Detail term={m('criteria')}>{text(decision.criteria, locale)}</Detail>
            <Detail term={m('procedure')}>{text(decision.procedure, locale)}</Detail>
            <Detail term={m('howToObject')}>{text(decision.howToObject, locale)}</Detail>
          </Details>
        </div>
      ))}
    </PolicySectionFrame>
  );
}
