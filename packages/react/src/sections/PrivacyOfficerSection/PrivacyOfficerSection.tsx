import { policySection } from '../../PolicySection/PolicySection.js';
import { Detail, Details, EmailLink, PhoneLink, text } from '../content.js';

/** PIPA Art. 31: the privacy officer and how to reach them (the domestic agent has a section of its own). */
export const PrivacyOfficerSection = policySection('privacy-officer', ({ policy, words }) => {
  const { locale } = words;
  const m = words.page.officer;
  const officer = policy.privacyOfficer;
  return (
    <>
      <p>{m.intro}</p>
      <Details>
        <Detail term={m.name}>{text(officer.name, locale)}</Detail>
        <Detail term={m.position}>{text(officer.position, locale)}</Detail>
        <Detail term={m.department}>{text(officer.department, locale)}</Detail>
        <Detail term={m.phone}>{officer.phone ? <PhoneLink phone={officer.phone} /> : null}</Detail>
        <Detail term={m.email}>
          <EmailLink email={officer.email} />
        </Detail>
      </Details>
    </>
  );
});
