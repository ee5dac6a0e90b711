import { policySection, SubHeading } from '../../PolicySection/PolicySection.js';
import { Detail, Details, text, textList } from '../content.js';

/** PIPA Art. 28-8 and Decree Art. 31: every particular of each overseas transfer, one card per recipient. */
export const OverseasTransferSection = policySection(
  'overseas-transfer',
  ({ policy, words, subHeadingLevel }) => {
    const { locale, schema } = words;
    const m = words.page.overseas;
    return (
      <>
        <p>{m.intro}</p>
        {policy.overseasTransfer.map((transfer, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
          <div className="plk-card" key={index}>
            <SubHeading level={subHeadingLevel}>
              {text(transfer.recipient, locale)} ({schema.format.country(transfer.country)})
            </SubHeading>
            <Details>
              <Detail term={m.recipient}>{text(transfer.recipient, locale)}</Detail>
              <Detail term={m.contact}>{transfer.contact}</Detail>
              <Detail term={m.country}>{schema.format.country(transfer.country)}</Detail>
              <Detail term={m.items}>{textList(transfer.items, locale)}</Detail>
              <Detail term={m.timingAndMethod}>{text(transfer.timingAndMethod, locale)}</Detail>
              <Detail term={m.purpose}>{text(transfer.purpose, locale)}</Detail>
              <Detail term={m.retention}>{text(transfer.retention, locale)}</Detail>
              <Detail term={m.legalBasis}>{schema.overseasTransferBases[transfer.legalBasis]}</Detail>
              <Detail term={m.howToRefuse}>{text(transfer.howToRefuse, locale)}</Detail>
              <Detail term={m.refusalConsequence}>{text(transfer.refusalConsequence, locale)}</Detail>
            </Details>
          </div>
        ))}
      </>
    );
  },
);
