import { formatDuration, rightsChannelNames } from '@privacy-label-kit/schema';
import { formatMessage, rightsMessages } from '../../messages.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  SubHeading,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { text } from '../content.js';

/** PIPA Arts. 35–38: the reader's rights, the channels to use them, and how fast the answer comes. */
export function RightsSection(props: PolicySectionProps) {
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('data-subject-rights', props);
  if (!section) return null;
  const { locale, label } = section;
  const { howToExercise, channels, responseTime, legalRepresentative } = policy.rights;
  const columns = {
    channel: formatMessage(rightsMessages, 'channel', locale),
    detail: formatMessage(rightsMessages, 'detail', locale),
  };
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      <p>{formatMessage(rightsMessages, 'intro', locale)}</p>
      <SubHeading>{formatMessage(rightsMessages, 'howToExercise', locale)}</SubHeading>
      <p>{text(howToExercise, locale)}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{columns.channel}</th>
            <th scope="col">{columns.detail}</th>
          </tr>
        </thead>
        <tbody>
          {channels.map((channel, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: channels have no id; their order is the policy's
            <tr key={index}>
              <th scope="row" data-plk-column={columns.channel}>
                {rightsChannelNames[channel.kind][locale]}
              </th>
              <td data-plk-column={columns.detail}>{text(channel.detail, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {responseTime ? (
        <p>
          {formatMessage(rightsMessages, 'responseTime', locale, {
            within: formatDuration(responseTime, locale),
          })}
        </p>
      ) : null}
      {legalRepresentative ? (
        <>
          <SubHeading>{formatMessage(rightsMessages, 'legalRepresentative', locale)}</SubHeading>
          <p>{text(legalRepresentative, locale)}</p>
        </>
      ) : null}
    </PolicySectionFrame>
  );
}
