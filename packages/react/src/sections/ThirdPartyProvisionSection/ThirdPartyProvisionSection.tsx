import {
  PolicySectionFrame,
  type PolicySectionProps,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { text, textList } from '../content.js';

/** PIPA Art. 17: who receives personal information, what, why, for how long, on what basis and under which law. */
export function ThirdPartyProvisionSection(props: PolicySectionProps) {
  const section = useSection('third-party-provision', props);
  if (!section) return null;
  const { words, label, rest } = section;
  const { locale, schema } = words;
  const m = words.page.thirdParty;
  return (
    <PolicySectionFrame label={label} words={words} {...rest}>
      <p>{m.intro}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{m.recipient}</th>
            <th scope="col">{m.purpose}</th>
            <th scope="col">{m.items}</th>
            <th scope="col">{m.retention}</th>
            <th scope="col">{m.country}</th>
            <th scope="col">{m.basis}</th>
          </tr>
        </thead>
        <tbody>
          {props.policy.thirdPartyProvision.map((provision, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
            <tr key={index}>
              <th scope="row" data-plk-column={m.recipient}>
                {text(provision.recipient, locale)}
              </th>
              <td data-plk-column={m.purpose}>{text(provision.purpose, locale)}</td>
              <td data-plk-column={m.items}>{textList(provision.items, locale)}</td>
              <td data-plk-column={m.retention}>{text(provision.retention, locale)}</td>
              <td data-plk-column={m.country}>{schema.format.country(provision.country)}</td>
              <td data-plk-column={m.basis}>
                {schema.thirdPartyBases[provision.basis]}
                {provision.basis === 'legalObligation' && provision.law ? (
                  <span className="plk-note">
                    <span className="plk-note-label">{`${m.law}: `}</span>
                    {text(provision.law, locale)}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PolicySectionFrame>
  );
}
