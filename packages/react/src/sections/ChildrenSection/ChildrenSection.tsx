import { policySection } from '../../PolicySection/PolicySection.js';
import { Detail, Details, text, textList } from '../content.js';

/** PIPA Art. 22-2: children under 14, how a legal representative consents and what is asked of them. */
export const ChildrenSection = policySection('children', ({ policy, words }) => {
  const { locale } = words;
  const m = words.page.children;
  const { children } = policy;
  return (
    <>
      <p>{m.intro}</p>
      <Details>
        <Detail term={m.minimumAge}>
          {children.minimumAge !== undefined ? m.age({ years: children.minimumAge }) : null}
        </Detail>
        <Detail term={m.method}>{text(children.guardianConsent?.method, locale)}</Detail>
        <Detail term={m.itemsFromGuardian}>
          {children.guardianConsent ? textList(children.guardianConsent.itemsFromGuardian, locale) : null}
        </Detail>
        <Detail term={m.ageVerification}>{text(children.ageVerification, locale)}</Detail>
        <Detail term={m.childFriendlyNotice}>{text(children.childFriendlyNotice, locale)}</Detail>
      </Details>
    </>
  );
});
