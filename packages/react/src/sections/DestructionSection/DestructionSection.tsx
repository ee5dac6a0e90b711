import { policySection } from '../../PolicySection/PolicySection.js';
import { Detail, Details, text } from '../content.js';

/** PIPA Art. 21: the destruction procedure, deadline and methods. */
export const DestructionSection = policySection('destruction', ({ policy, words }) => {
  const { locale, schema } = words;
  const m = words.page.destruction;
  const { procedure, deadline, electronicMethod, paperMethod } = policy.destruction;
  return (
    <Details>
      <Detail term={m.procedure}>{text(procedure, locale)}</Detail>
      <Detail term={m.deadline}>
        {deadline ? m.deadlineValue({ within: schema.format.duration(deadline) }) : m.withoutDelay}
      </Detail>
      <Detail term={m.electronic}>{text(electronicMethod, locale)}</Detail>
      <Detail term={m.paper}>{text(paperMethod, locale)}</Detail>
    </Details>
  );
});
