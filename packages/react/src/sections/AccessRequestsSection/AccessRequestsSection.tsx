import { policySection } from '../../PolicySection/PolicySection.js';
import { Detail, Details, EmailLink, PhoneLink, text } from '../content.js';

/** PIPA Art. 35, Enforcement Decree Art. 41: the department that receives access requests, and how to make one. */
export const AccessRequestsSection = policySection('access-requests', ({ policy, words }) => {
  const { locale } = words;
  const m = words.page.accessRequests;
  // The label applies exactly when the policy names the department.
  const requests = policy.accessRequests!;
  return (
    <>
      <p>{m.intro}</p>
      <Details>
        <Detail term={m.department}>{text(requests.department, locale)}</Detail>
        <Detail term={m.phone}>
          <PhoneLink phone={requests.phone} />
        </Detail>
        <Detail term={m.email}>{requests.email ? <EmailLink email={requests.email} /> : null}</Detail>
        <Detail term={m.address}>{text(requests.address, locale)}</Detail>
        <Detail term={m.howToRequest}>{text(requests.howToRequest, locale)}</Detail>
      </Details>
    </>
  );
});
