import { departmentMessages, formatMessage } from '../../messages.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { Detail, Details, EmailLink, PhoneLink, text } from '../content.js';

/** PIPA Art. 30(1)(6): the department that takes requests and complaints, and when it is open. */
export function ContactDepartmentSection(props: PolicySectionProps) {
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('grievance-department', props);
  const department = policy.contactDepartment;
  if (!section || !department) return null;
  const { locale, label } = section;
  const m = (key: keyof typeof departmentMessages) => formatMessage(departmentMessages, key, locale);
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      <Details>
        <Detail term={m('name')}>{text(department.name, locale)}</Detail>
        <Detail term={m('phone')}>{<PhoneLink phone={department.phone} />}</Detail>
        <Detail term={m('email')}>{department.email ? <EmailLink email={department.email} /> : null}</Detail>
        <Detail term={m('hours')}>{text(department.hours, locale)}</Detail>
      </Details>
    </PolicySectionFrame>
  );
}
