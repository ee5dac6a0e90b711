import { countryName, thirdPartyBasisNames } from '@privacy-label-kit/schema';
import { formatMessage, thirdPartyMessages } from '../../messages.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { text, textList } from '../content.js';

/** PIPA Art. 17: who receives personal information, what, why, for how long and on what basis. */
export function ThirdPartyProvisionSection(props: PolicySectionProps) {
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('third-party-provision', props);
  if (!section || policy.thirdPartyProvision.length === 0) return null;
  const { locale, label } = section;
  const columns = {
    recipient: formatMessage(thirdPartyMessages, 'recipient', locale),
    purpose: formatMessage(thirdPartyMessages, 'purpose', locale),
    items: formatMessage(thirdPartyMessages, 'items', locale),
    retention: formatMessage(thirdPartyMessages, 'retention', locale),
    country: formatMessage(thirdPartyMessages, 'country', locale),
    basis: formatMessage(thirdPartyMessages, 'basis', locale),
  };
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      <p>{formatMessage(thirdPartyMessages, 'intro', locale)}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{columns.recipient}</th>
            <th scope="col">{columns.purpose}</th>
            <th scope="col">{columns.items}</th>
            <th scope="col">{columns.retention}</th>
            <th scope="col">{columns.country}</th>
            <th scope="col">{columns.basis}</th>
          </tr>
        </thead>
        <tbody>
          {policy.thirdPartyProvision.map((provision, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
            <tr key={index}>
              <th scope="row" data-plk-column={columns.recipient}>
                {text(provision.recipient, locale)}
              </th>
              <td data-plk-column={columns.purpose}>{text(provision.purpose, locale)}</td>
              <td data-plk-column={columns.items}>{textList(provision.items, locale)}</td>
              <td data-plk-column={columns.retention}>{text(provision.retention, locale)}</td>
              <td data-plk-column={columns.country}>{countryName(provision.country, locale)}</td>
              <td data-plk-column={columns.basis}>{thirdPartyBasisNames[provision.basis][locale]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PolicySectionFrame>
  );
}
