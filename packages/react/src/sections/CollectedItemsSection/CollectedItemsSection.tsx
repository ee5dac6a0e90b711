import { ConsentTable } from '../../ConsentTable/ConsentTable.js';
import { collectedItemsMessages, formatMessage } from '../../messages.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  useSection,
} from '../../PolicySection/PolicySection.js';

/** What is collected, grouped by legal basis, with whether and how each item can be refused (PIPA Arts. 15, 22). */
export function CollectedItemsSection(props: PolicySectionProps) {
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('collected-items', props);
  if (!section) return null;
  const { locale, label } = section;
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      <p>{formatMessage(collectedItemsMessages, 'intro', locale)}</p>
      <ConsentTable policy={policy} locale={locale} />
    </PolicySectionFrame>
  );
}
