import { countryName, overseasTransferBasisNames } from '@privacy-label-kit/schema';
import { formatMessage, overseasMessages } from '../../messages.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  SubHeading,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { Detail, Details, text, textList } from '../content.js';

/** PIPA Art. 28-8 and Decree Art. 31: every particular of each overseas transfer, one card per recipient. */
export function OverseasTransferSection(props: PolicySectionProps) {
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('overseas-transfer', props);
  if (!section || policy.overseasTransfer.length === 0) return null;
  const { locale, label } = section;
  const m = (key: keyof typeof overseasMessages) => formatMessage(overseasMessages, key, locale);
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      <p>{m('intro')}</p>
      {policy.overseasTransfer.map((transfer, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
        <div className="plk-card" key={index}>
          <SubHeading>
            {text(transfer.recipient, locale)} ({countryName(transfer.country, locale)})
          </SubHeading>
          <Details>
            <Detail term={m('recipient')}>{text(transfer.recipient, locale)}</Detail>
            <Detail term={m('contact')}>{transfer.contact}</Detail>
            <Detail term={m('country')}>{countryName(transfer.country, locale)}</Detail>
            <Detail term={m('items')}>{textList(transfer.items, locale)}</Detail>
            <Detail term={m('timingAndMethod')}>{text(transfer.timingAndMethod, locale)}</Detail>
            <Detail term={m('purpose')}>{text(transfer.purpose, locale)}</Detail>
            <Detail term={m('retention')}>{text(transfer.retention, locale)}</Detail>
            <Detail term={m('legalBasis')}>{overseasTransferBasisNames[transfer.legalBasis][locale]}</Detail>
            <Detail term={m('howToRefuse')}>{text(transfer.howToRefuse, locale)}</Detail>
            <Detail term={m('refusalConsequence')}>{text(transfer.refusalConsequence, locale)}</Detail>
          </Details>
        </div>
      ))}
    </PolicySectionFrame>
  );
}
