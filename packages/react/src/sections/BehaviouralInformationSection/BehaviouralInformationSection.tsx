import { sectionAnchor } from '@privacy-label-kit/schema/core';
import { policySection, SubHeading } from '../../PolicySection/PolicySection.js';
import { collectorList, Detail, Details, OptOutSteps, text, textList } from '../content.js';

/**
 * Behavioural information (행태정보, PIPC guideline) collected for purposes other than personalised ads: what, how,
 * for what, for how long, who else collects it and how to stop it. Collection for ads is told once, in the
 * behavioural-advertising section, which this one links to rather than repeats.
 */
export const BehaviouralInformationSection = policySection(
  'behavioural-information',
  ({ policy, words, subHeadingLevel }) => {
    const { locale } = words;
    const m = words.page.behaviouralInformation;
    const info = policy.behaviouralInformation;
    const ads = policy.behaviouralAdvertising;
    return (
      <>
        {info ? (
          <>
            <Details>
              <Detail term={m.items}>{textList(info.items, locale)}</Detail>
              <Detail term={m.collectionMethod}>{text(info.collectionMethod, locale)}</Detail>
              <Detail term={m.purposes}>{textList(info.purposes, locale)}</Detail>
              <Detail term={m.retention}>{text(info.retention, locale)}</Detail>
              <Detail term={m.collectors}>{collectorList(info.collectors, locale, m.collectionTool)}</Detail>
            </Details>
            <SubHeading level={subHeadingLevel}>{m.optOut}</SubHeading>
            <OptOutSteps
              optOut={info.optOut}
              locale={locale}
              consequenceTerm={m.optOutConsequence}
              noWayOut={m.noWayToOptOut}
            />
          </>
        ) : null}
        {ads ? (
          <p data-plk-behavioural-ads="">
            {info ? m.alsoForAds : m.forAdsSeeAds}{' '}
            <a href={`#${sectionAnchor('behavioural-advertising')}`}>{m.seeAds}</a>
          </p>
        ) : null}
        {/* Without its own entry the policy says nothing of behavioural information for other purposes: never claim it
          serves ads alone (usage records often serve recommendations too), point to what the policy does list. */}
        {!info && policy.collectedItems.length > 0 ? (
          <p data-plk-behavioural-other-purposes="">
            {m.otherPurposesSeeItems} <a href={`#${sectionAnchor('collected-items')}`}>{m.seeItems}</a>
          </p>
        ) : null}
      </>
    );
  },
);
