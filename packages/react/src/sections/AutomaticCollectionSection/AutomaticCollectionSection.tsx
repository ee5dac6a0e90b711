import {
  PolicySectionFrame,
  type PolicySectionProps,
  SubHeading,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { OptOutSteps, text } from '../content.js';

/** PIPA Art. 30(1)(7): cookies and other automatic collection devices, and whether and how to refuse them. */
export function AutomaticCollectionSection(props: PolicySectionProps) {
  const section = useSection('automatic-collection', props);
  if (!section) return null;
  const { words, label, rest } = section;
  const { locale, schema } = words;
  const m = words.page.automatic;
  // The label applies only when there are devices.
  const automatic = props.policy.automaticCollection!;
  const { optOut } = automatic;
  return (
    <PolicySectionFrame label={label} words={words} {...rest}>
      <table>
        <thead>
          <tr>
            <th scope="col">{m.name}</th>
            <th scope="col">{m.kind}</th>
            <th scope="col">{m.purpose}</th>
            <th scope="col">{m.operator}</th>
            <th scope="col">{m.retention}</th>
          </tr>
        </thead>
        <tbody>
          {automatic.devices.map((device, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
            <tr key={index}>
              <th scope="row" data-plk-column={m.name}>
                {text(device.name, locale)}
              </th>
              <td data-plk-column={m.kind}>{schema.automaticCollectionDevices[device.kind]}</td>
              <td data-plk-column={m.purpose}>{text(device.purpose, locale)}</td>
              <td data-plk-column={m.operator}>
                {device.operator ? text(device.operator, locale) : m.ourselves}
              </td>
              <td data-plk-column={m.retention}>{text(device.retention, locale) ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SubHeading>{m.howToRefuse}</SubHeading>
      <OptOutSteps
        optOut={optOut}
        locale={locale}
        consequenceTerm={m.refusalConsequence}
        noWayOut={m.noWayToRefuse}
      />
    </PolicySectionFrame>
  );
}
