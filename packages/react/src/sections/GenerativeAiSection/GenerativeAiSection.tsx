import { policySection, SubHeading } from '../../PolicySection/PolicySection.js';
import { Detail, Details, OptOutSteps, text, textList } from '../content.js';

/**
 * PIPC 2026 guideline, generative-AI appendix: the features, the personal information in prompts and outputs, and
 * whether it trains models and how to keep one's own out.
 */
export const GenerativeAiSection = policySection('generative-ai', ({ policy, words, subHeadingLevel }) => {
  const { locale } = words;
  const m = words.page.generativeAi;
  // The label applies exactly when the policy describes generative AI.
  const ai = policy.generativeAi!;
  return (
    <>
      <Details>
        <Detail term={m.features}>{textList(ai.features, locale)}</Detail>
      </Details>
      {ai.prompts ? (
        <div data-plk-ai="prompts">
          <SubHeading level={subHeadingLevel}>{m.prompts}</SubHeading>
          <Details>
            <Detail term={m.items}>{textList(ai.prompts.items, locale)}</Detail>
            <Detail term={m.retention}>{text(ai.prompts.retention, locale)}</Detail>
            <Detail term={m.processor}>{text(ai.prompts.processor, locale)}</Detail>
          </Details>
        </div>
      ) : null}
      {ai.training ? (
        <div data-plk-ai="training">
          <SubHeading level={subHeadingLevel}>{m.training}</SubHeading>
          <Details>
            <Detail term={m.items}>{textList(ai.training.items, locale)}</Detail>
            <Detail term={m.purpose}>{text(ai.training.purpose, locale)}</Detail>
          </Details>
          <p>
            <strong>{m.optOut}</strong>
          </p>
          <OptOutSteps
            optOut={ai.training.optOut}
            locale={locale}
            consequenceTerm={m.optOutConsequence}
            noWayOut={m.noWayToOptOut}
          />
        </div>
      ) : null}
    </>
  );
});
