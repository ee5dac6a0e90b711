import { countryName } from '@privacy-label-kit/schema';
import { commonMessages, entrustmentMessages, formatMessage } from '../../messages.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { text } from '../content.js';

/** PIPA Art. 26: processors, their tasks and where they are, including re-entrustment. */
export function EntrustmentSection(props: PolicySectionProps) {
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('entrustment', props);
  if (!section || policy.entrustment.length === 0) return null;
  const { locale, label } = section;
  const columns = {
    processor: formatMessage(entrustmentMessages, 'processor', locale),
    task: formatMessage(entrustmentMessages, 'task', locale),
    country: formatMessage(entrustmentMessages, 'country', locale),
    subProcessor: formatMessage(entrustmentMessages, 'subProcessor', locale),
  };
  const yes = formatMessage(commonMessages, 'yes', locale);
  const no = formatMessage(commonMessages, 'no', locale);
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      <p>{formatMessage(entrustmentMessages, 'intro', locale)}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{columns.processor}</th>
            <th scope="col">{columns.task}</th>
            <th scope="col">{columns.country}</th>
            <th scope="col">{columns.subProcessor}</th>
          </tr>
        </thead>
        <tbody>
          {policy.entrustment.map((entry, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; their order is the policy's
            <tr key={index}>
              <th scope="row" data-plk-column={columns.processor}>
                {text(entry.processor, locale)}
              </th>
              <td data-plk-column={columns.task}>{text(entry.task, locale)}</td>
              <td data-plk-column={columns.country}>{countryName(entry.country, locale)}</td>
              <td data-plk-column={columns.subProcessor}>{entry.subProcessor ? yes : no}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PolicySectionFrame>
  );
}
