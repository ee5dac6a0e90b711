import { policySection } from '../../PolicySection/PolicySection.js';
import { Detail, Details, EmailLink, PhoneLink, text } from '../content.js';

/** PIPA Art. 31-2: the domestic agent of a controller without an address or office in Korea. */
export const DomesticAgentSection = policySection('domestic-agent', ({ policy, words }) => {
  const { locale } = words;
  const m = words.page.officer;
  // The label applies exactly when the policy names a domestic agent.
  const agent = policy.domesticAgent!;
  return (
    <>
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
    </>
  );
});
