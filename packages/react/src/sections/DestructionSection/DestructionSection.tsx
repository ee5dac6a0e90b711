import { formatDuration } from '@privacy-label-kit/schema';
import { formatMessage } from '../../messages.js';
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
        <Detail term={formatMessage('destruction.procedure', locale)}>{text(procedure, locale)}</Detail>
        <Detail term={formatMessage('destruction.deadline', locale)}>
          {deadline
            ? formatMessage('destruction.deadlineValue', locale, {
                within: formatDuration(deadline, locale),
              })
            : formatMessage('destruction.withoutDelay', locale)}
        </Detail>
        <Detail term={formatMessage('destruction.electronic', locale)}>
          {text(electronicMethod, locale)}
        </Detail>
        <Detail term={formatMessage('destruction.paper', locale)}>{text(paperMethod, locale)}</Detail>
      </Details>
    </PolicySectionFrame>
  );
}
