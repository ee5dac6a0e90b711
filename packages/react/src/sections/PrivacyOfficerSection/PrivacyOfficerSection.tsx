import { policySection, SubHeading } from '../../PolicySection/PolicySection.js';
import { Detail, Details, EmailLink, PhoneLink, text } from '../content.js';

/** PIPA Art. 31: the privacy officer; PIPA Art. 31-2: the domestic agent, when the controller has one. */
export const PrivacyOfficerSection = policySection('privacy-officer', ({ policy, words }) => {
  const { locale } = words;
  const m = words.page.officer;
  const officer = policy.privacyOfficer;
  const agent = policy.domesticAgent;
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
      {agent ? (
        <div data-plk-domestic-agent="">
          <SubHeading>{m.domesticAgent}</SubHeading>
          <p>{m.domesticAgentIntro}</p>
          <Details>
            <Detail term={m.name}>{text(agent.name, locale)}</Detail>
            <Detail term={m.address}>{text(agent.address, locale)}</Detail>
            <Detail term={m.phone}>
              <PhoneLink phone={agent.phone} />
            </Detail>
            <Detail term={m.email}>
              <EmailLink email={agent.email} />
            </Detail>
          </Details>
        </div>
      ) : null}
    </>
  );
});
