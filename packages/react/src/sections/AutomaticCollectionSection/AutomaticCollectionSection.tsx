import { automaticCollectionDeviceNames } from '@privacy-label-kit/schema';
import { automaticMessages, formatMessage } from '../../messages.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  SubHeading,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { text } from '../content.js';

/** PIPA Art. 30(1)(7): cookies and other automatic collection devices, and the steps to refuse them. */
export function AutomaticCollectionSection(props: PolicySectionProps) {
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('automatic-collection', props);
  const automatic = policy.automaticCollection;
  if (!section || !automatic) return null;
  const { locale, label } = section;
  const columns = {
    name: formatMessage(automaticMessages, 'name', locale),
    kind: formatMessage(automaticMessages, 'kind', locale),
    purpose: formatMessage(automaticMessages, 'purpose', locale),
    operator: formatMessage(automaticMessages, 'operator', locale),
    retention: formatMessage(automaticMessages, 'retention', locale),
  };
  const ourselves = formatMessage(automaticMessages, 'ourselves', locale);
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      <table>
        <thead>
          <tr>
            <th scope="col">{columns.name}</th>
            <th scope="col">{columns.kind}</th>
            <th scope="col">{columns.purpose}</th>
            <th scope="col">{columns.operator}</th>
            <th scope="col">{columns.retention}</th>
          </tr>
        </thead>
        <tbody>
          {automatic.devices.map((device, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
            <tr key={index}>
              <th scope="row" data-plk-column={columns.name}>
                {text(device.name, locale)}
              </th>
              <td data-plk-column={columns.kind}>{automaticCollectionDeviceNames[device.kind][locale]}</td>
              <td data-plk-column={columns.purpose}>{text(device.purpose, locale)}</td>
              <td data-plk-column={columns.operator}>
                {device.operator ? text(device.operator, locale) : ourselves}
              </td>
              <td data-plk-column={columns.retention}>{text(device.retention, locale) ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SubHeading>{formatMessage(automaticMessages, 'howToRefuse', locale)}</SubHeading>
      <ol className="plk-list">
        {automatic.howToRefuse.map((step, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps have no id; their order is the policy's
          <li key={index}>{text(step, locale)}</li>
        ))}
      </ol>
      {automatic.refusalConsequence ? (
        <p>
          <strong>{formatMessage(automaticMessages, 'refusalConsequence', locale)}: </strong>
          {text(automatic.refusalConsequence, locale)}
        </p>
      ) : null}
    </PolicySectionFrame>
  );
}
