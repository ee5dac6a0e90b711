import {
  PolicySectionFrame,
  type PolicySectionProps,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { text } from '../content.js';

/** PIPA Art. 26: processors, their tasks and where they are, including re-entrustment. */
export function EntrustmentSection(props: PolicySectionProps) {
  const section = useSection('entrustment', props);
  if (!section) return null;
  const { words, label, rest } = section;
  const { locale, schema, page } = words;
  const m = page.entrustment;
  return (
    <PolicySectionFrame label={label} words={words} {...rest}>
      <p>{m.intro}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{m.processor}</th>
            <th scope="col">{m.task}</th>
            <th scope="col">{m.country}</th>
            <th scope="col">{m.subProcessor}</th>
          </tr>
        </thead>
        <tbody>
          {props.policy.entrustment.map((entry, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
            <tr key={index}>
              <th scope="row" data-plk-column={m.processor}>
                {text(entry.processor, locale)}
              </th>
              <td data-plk-column={m.task}>{text(entry.task, locale)}</td>
              <td data-plk-column={m.country}>{schema.format.country(entry.country)}</td>
              <td data-plk-column={m.subProcessor}>
                {entry.subProcessor ? page.common.yes : page.common.no}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PolicySectionFrame>
  );
}
