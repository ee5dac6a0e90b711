import {
  PolicySectionFrame,
  type PolicySectionProps,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { ExternalLink, PhoneLink, text } from '../content.js';

/** Where to seek redress: dispute mediation, the report centre, prosecutors and police. */
export function RemediesSection(props: PolicySectionProps) {
  const section = useSection('remedies', props);
  if (!section) return null;
  const { words, label, rest } = section;
  const { locale } = words;
  const m = words.page.remedies;
  return (
    <PolicySectionFrame label={label} words={words} {...rest}>
      <p>{m.intro}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{m.name}</th>
            <th scope="col">{m.phone}</th>
            <th scope="col">{m.website}</th>
          </tr>
        </thead>
        <tbody>
          {props.policy.remedies.map((remedy, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
            <tr key={index}>
              <th scope="row" data-plk-column={m.name}>
                {text(remedy.name, locale)}
              </th>
              <td data-plk-column={m.phone}>{remedy.phone ? <PhoneLink phone={remedy.phone} /> : '—'}</td>
              <td data-plk-column={m.website}>
                {remedy.website ? <ExternalLink href={remedy.website} /> : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PolicySectionFrame>
  );
}
