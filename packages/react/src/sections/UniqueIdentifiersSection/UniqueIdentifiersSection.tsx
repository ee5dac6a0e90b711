import { specialBasisNames, uniqueIdentifierNames } from '@privacy-label-kit/schema';
import { formatMessage, uniqueIdsMessages } from '../../messages.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { text } from '../content.js';

/** PIPA Arts. 24, 24-2: unique identifying numbers, why they are processed and on what basis. */
export function UniqueIdentifiersSection(props: PolicySectionProps) {
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('unique-identifiers', props);
  if (!section || policy.uniqueIdentifiers.length === 0) return null;
  const { locale, label } = section;
  const columns = {
    kind: formatMessage(uniqueIdsMessages, 'kind', locale),
    purpose: formatMessage(uniqueIdsMessages, 'purpose', locale),
    basis: formatMessage(uniqueIdsMessages, 'basis', locale),
  };
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      <table>
        <thead>
          <tr>
            <th scope="col">{columns.kind}</th>
            <th scope="col">{columns.purpose}</th>
            <th scope="col">{columns.basis}</th>
          </tr>
        </thead>
        <tbody>
          {policy.uniqueIdentifiers.map((entry, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
            <tr key={index}>
              <th scope="row" data-plk-column={columns.kind}>
                {uniqueIdentifierNames[entry.kind][locale]}
              </th>
              <td data-plk-column={columns.purpose}>{text(entry.purpose, locale)}</td>
              <td data-plk-column={columns.basis}>
                {specialBasisNames[entry.basis][locale]}
                {entry.law ? <span className="plk-note">{text(entry.law, locale)}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PolicySectionFrame>
  );
}
