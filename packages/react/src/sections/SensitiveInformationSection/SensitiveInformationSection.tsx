import { specialBasisNames } from '@privacy-label-kit/schema';
import { formatMessage, sensitiveMessages } from '../../messages.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  SubHeading,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { Detail, Details, text, textList } from '../content.js';

/** PIPA Art. 23: sensitive information, its basis, and how it could become public and be kept private. */
export function SensitiveInformationSection(props: PolicySectionProps) {
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('sensitive-information', props);
  if (!section || policy.sensitiveInformation.length === 0) return null;
  const { locale, label } = section;
  const m = (key: keyof typeof sensitiveMessages) => formatMessage(sensitiveMessages, key, locale);
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      {policy.sensitiveInformation.map((entry, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
        <div className="plk-card" key={index}>
          <SubHeading>{textList(entry.items, locale)}</SubHeading>
          <Details>
            <Detail term={m('purpose')}>{text(entry.purpose, locale)}</Detail>
            <Detail term={m('basis')}>
              {
                <>
                  {specialBasisNames[entry.basis][locale]}
                  {entry.law ? <span className="plk-note">{text(entry.law, locale)}</span> : null}
                </>
              }
            </Detail>
            <Detail term={m('disclosureRisk')}>{text(entry.disclosureRisk, locale)}</Detail>
            <Detail term={m('howToKeepPrivate')}>{text(entry.howToKeepPrivate, locale)}</Detail>
          </Details>
        </div>
      ))}
    </PolicySectionFrame>
  );
}
