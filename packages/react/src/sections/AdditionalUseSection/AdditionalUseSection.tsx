import { policySection, SubHeading } from '../../PolicySection/PolicySection.js';
import { Detail, Details, text, textList } from '../content.js';

/**
 * PIPA Arts. 15(3), 17(4), Enforcement Decree Art. 14-2: each further use or provision — what, for what, to whom —
 * and how each criterion was weighed.
 */
export const AdditionalUseSection = policySection('additional-use', ({ policy, words, subHeadingLevel }) => {
  const { locale, schema } = words;
  const m = words.page.additionalUse;
  return (
    <>
      <p>{m.intro}</p>
      {policy.additionalUse.map((use, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
        <div className="plk-card" key={index} data-plk-additional-use={use.kind}>
          <SubHeading level={subHeadingLevel}>{text(use.purpose, locale)}</SubHeading>
          <Details>
            <Detail term={m.kind}>{m.kinds[use.kind]}</Detail>
            <Detail term={m.items}>{textList(use.items, locale)}</Detail>
            <Detail term={m.recipient}>{use.recipient ? text(use.recipient, locale) : null}</Detail>
          </Details>
          <p>
            <strong>{m.criteria}</strong>
          </p>
          <Details>
            {use.criteria.map((entry) => (
              <Detail key={entry.criterion} term={schema.compatibilityCriteria[entry.criterion]}>
                {text(entry.assessment, locale)}
              </Detail>
            ))}
          </Details>
        </div>
      ))}
    </>
  );
});
