import { formatMessage, remediesMessages } from '../../messages.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { ExternalLink, PhoneLink, text } from '../content.js';

/** Where to seek redress: dispute mediation, the report centre, prosecutors and police. */
export function RemediesSection(props: PolicySectionProps) {
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('remedies', props);
  if (!section) return null;
  const { locale, label } = section;
  const columns = {
    name: formatMessage(remediesMessages, 'name', locale),
    phone: formatMessage(remediesMessages, 'phone', locale),
    website: formatMessage(remediesMessages, 'website', locale),
  };
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      <p>{formatMessage(remediesMessages, 'intro', locale)}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{columns.name}</th>
            <th scope="col">{columns.phone}</th>
            <th scope="col">{columns.website}</th>
          </tr>
        </thead>
        <tbody>
          {policy.remedies.map((remedy, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
            <tr key={index}>
              <th scope="row" data-plk-column={columns.name}>
                {text(remedy.name, locale)}
              </th>
              <td data-plk-column={columns.phone}>
                {remedy.phone ? <PhoneLink phone={remedy.phone} /> : '—'}
              </td>
              <td data-plk-column={columns.website}>
                {remedy.website ? <ExternalLink href={remedy.website} /> : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PolicySectionFrame>
  );
}
