import { attentionMessages } from '@privacy-label-kit/schema';
import { AttentionFlags } from '../../AttentionFlags/AttentionFlags.js';
import { adsMessages, formatMessage } from '../../messages.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { Detail, Details, text, textList } from '../content.js';

/** Behavioural information for personalised ads (PIPC guideline): what, how, who collects it, and how to opt out. */
export function BehaviouralAdvertisingSection(props: PolicySectionProps) {
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('behavioural-advertising', props);
  const ads = policy.behaviouralAdvertising;
  if (!section || !ads) return null;
  const { locale, label } = section;
  const m = (key: keyof typeof adsMessages) => formatMessage(adsMessages, key, locale);
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      <Details>
        <Detail term={m('items')}>{textList(ads.items, locale)}</Detail>
        <Detail term={m('collectionMethod')}>{text(ads.collectionMethod, locale)}</Detail>
        <Detail term={m('purpose')}>{text(ads.purpose, locale)}</Detail>
        <Detail term={m('retention')}>{text(ads.retention, locale)}</Detail>
        <Detail term={m('operators')}>
          {ads.operators.length > 0 ? (
            <ul className="plk-plain-list">
              {ads.operators.map((operator, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: operators have no id; their order is the policy's
                <li key={index}>
                  {text(operator.name, locale)}
                  {operator.collectionTool ? (
                    <span className="plk-note">
                      {`${m('collectionTool')}: `}
                      {text(operator.collectionTool, locale)}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </Detail>
        <Detail term={m('optOut')}>{text(ads.optOut, locale)}</Detail>
        <Detail term={m('children')}>
          {ads.childrenUnder14Excluded ? (
            m('childrenExcluded')
          ) : (
            <AttentionFlags
              locale={locale}
              flags={[{ code: 'ads-to-children', message: attentionMessages['ads-to-children'][locale] }]}
            />
          )}
        </Detail>
      </Details>
    </PolicySectionFrame>
  );
}
