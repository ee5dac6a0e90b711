import { policySection, SubHeading } from '../../PolicySection/PolicySection.js';
import { collectorList, Detail, Details, OptOutSteps, text, textList } from '../content.js';

/**
 * Behavioural information for personalised ads (PIPC guideline): what, how, on what basis, who collects it, and
 * whether and how to opt out. Flags (ads to children, no opt-out, deemed consent) are the label's, shown by the frame.
 */
export const BehaviouralAdvertisingSection = policySection(
  'behavioural-advertising',
  ({ policy, words, subHeadingLevel }) => {
    const { locale, schema, page } = words;
    const m = page.ads;
    // The label applies exactly when the policy describes behavioural advertising.
    const ads = policy.behaviouralAdvertising!;
    const { optOut } = ads;
    return (
      <>
        <Details>
          <Detail term={m.items}>{textList(ads.items, locale)}</Detail>
          <Detail term={m.collectionMethod}>{text(ads.collectionMethod, locale)}</Detail>
          <Detail term={m.purpose}>{text(ads.purpose, locale)}</Detail>
          <Detail term={m.retention}>{text(ads.retention, locale)}</Detail>
          <Detail term={m.basis}>
            <span data-plk-basis={ads.basis}>{schema.legalBases[ads.basis]}</span>
            {ads.deemedConsent ? (
              <span className="plk-note" data-plk-deemed-consent={ads.deemedConsent.objectionDays}>
                <strong>
                  {page.collectedItems.deemedConsent({ days: ads.deemedConsent.objectionDays })}
                </strong>{' '}
                <span className="plk-note-label">{`${page.collectedItems.howToObject}: `}</span>
                {text(ads.deemedConsent.howToObject, locale)}
              </span>
            ) : null}
          </Detail>
          <Detail term={m.operators}>{collectorList(ads.operators, locale, m.collectionTool)}</Detail>
          <Detail term={m.children}>{ads.childrenUnder14Excluded ? m.childrenExcluded : null}</Detail>
        </Details>
        <SubHeading level={subHeadingLevel}>{m.optOut}</SubHeading>
        <OptOutSteps
          optOut={optOut}
          locale={locale}
          consequenceTerm={m.optOutConsequence}
          noWayOut={m.noWayToOptOut}
        />
      </>
    );
  },
);
