import { policySection } from '../../PolicySection/PolicySection.js';
import { Detail, Details, EmailLink, PhoneLink, text } from '../content.js';

/** PIPA Art. 30(1)(6): the department that takes requests and complaints, and when it is open. */
export const ContactDepartmentSection = policySection('grievance-department', ({ policy, words }) => {
  const { locale } = words;
  const m = words.page.department;
  // The label applies exactly when the policy names a department.
  const department = policy.contactDepartment!;
  return (
    <Details>
      <Detail term={m.name}>{text(department.name, locale)}</Detail>
      <Detail term={m.phone}>
        <PhoneLink phone={department.phone} />
      </Detail>
      <Detail term={m.email}>{department.email ? <EmailLink email={department.email} /> : null}</Detail>
      <Detail term={m.hours}>{text(department.hours, locale)}</Detail>
    </Details>
  );
});
