import { formatDuration } from '@privacy-label-kit/schema';
import { destructionMessages, formatMessage } from '../../messages.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { Detail, Details, text } from '../content.js';

/** PIPA Art. 21: the destruction procedure, deadline and methods. */
export function DestructionSection(props: PolicySectionProps) {
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('destruction', props);
  if (!section) return null;
  const { locale, label } = section;
  const { procedure, deadline, electronicMethod, paperMethod } = policy.destruction;
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      <Details>
        <Detail term={formatMessage(destructionMessages, 'procedure', locale)}>
          {text(procedure, locale)}
        </Detail>
        <Detail term={formatMessage(destructionMessages, 'deadline', locale)}>
          {deadline
            ? formatMessage(destructionMessages, 'deadlineValue', locale, {
                within: formatDuration(deadline, locale),
              })
            : formatMessage(destructionMessages, 'withoutDelay', locale)}
        </Detail>
        <Detail term={formatMessage(destructionMessages, 'electronic', locale)}>
          {text(electronicMethod, locale)}
        </Detail>
        <Detail term={formatMessage(destructionMessages, 'paper', locale)}>
          {text(paperMethod, locale)}
        </Detail>
      </Details>
    </PolicySectionFrame>
  );
}
