import { formatMessage, securityMessages } from '../../messages.js';
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
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('security-measures', props);
  if (!section) return null;
  const { locale, label } = section;
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      <p>{formatMessage(securityMessages, 'intro', locale)}</p>
      {groups.map((field) => {
        const measures = policy.securityMeasures[field];
        if (measures.length === 0) return null;
        return (
          <div key={field} data-plk-security={field}>
            <SubHeading>{formatMessage(securityMessages, field, locale)}</SubHeading>
            <ul className="plk-list">
              {measures.map((measure, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: measures have no id; their order is the policy's
                <li key={index}>{text(measure, locale)}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </PolicySectionFrame>
  );
}
