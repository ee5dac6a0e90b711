import { childrenMessages, formatMessage } from '../../messages.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { Detail, Details, text, textList } from '../content.js';

/** PIPA Art. 22-2: children under 14, how a legal representative consents and what is asked of them. */
export function ChildrenSection(props: PolicySectionProps) {
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('children', props);
  const children = policy.children;
  if (!section || !children.collectsFromUnder14) return null;
  const { locale, label } = section;
  const m = (key: keyof typeof childrenMessages) => formatMessage(childrenMessages, key, locale);
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      <p>{m('intro')}</p>
      <Details>
        <Detail term={m('method')}>{text(children.guardianConsent?.method, locale)}</Detail>
        <Detail term={m('itemsFromGuardian')}>
          {children.guardianConsent ? textList(children.guardianConsent.itemsFromGuardian, locale) : null}
        </Detail>
        <Detail term={m('ageVerification')}>{text(children.ageVerification, locale)}</Detail>
        <Detail term={m('childFriendlyNotice')}>{text(children.childFriendlyNotice, locale)}</Detail>
      </Details>
    </PolicySectionFrame>
  );
}
