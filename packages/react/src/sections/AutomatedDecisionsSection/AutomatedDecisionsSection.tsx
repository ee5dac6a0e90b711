import { policySection, SubHeading } from '../../PolicySection/PolicySection.js';
import { Detail, Details, text } from '../content.js';

/**
 * PIPA Art. 37-2: fully automated decisions, their criteria and procedure, and how to object or ask why. Whether a
 * decision can be refused is said per decision and only where the policy says it (not for one resting on consent, a
 * contract or a law); the opening claims only the right to an explanation, which always exists.
 */
export const AutomatedDecisionsSection = policySection(
  'automated-decisions',
  ({ policy, words, subHeadingLevel }) => {
    const { locale } = words;
    const m = words.page.automated;
    return (
      <>
        <p>{m.intro}</p>
        {policy.automatedDecisions.map((decision, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
          <div className="plk-card" key={index}>
            <SubHeading level={subHeadingLevel}>{text(decision.name, locale)}</SubHeading>
            <Details>
              <Detail term={m.criteria}>{text(decision.criteria, locale)}</Detail>
              <Detail term={m.procedure}>{text(decision.procedure, locale)}</Detail>
              {decision.canRefuse === undefined ? null : (
                <Detail term={m.refusal}>{decision.canRefuse ? m.refusable : m.notRefusable}</Detail>
              )}
              <Detail term={m.howToObject}>{text(decision.howToObject, locale)}</Detail>
            </Details>
          </div>
        ))}
      </>
    );
  },
);
