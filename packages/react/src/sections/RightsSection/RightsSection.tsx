import type { LocalizedText, RightsChannelKind } from '@privacy-label-kit/schema/core';
import { localizeWithLanguage } from '@privacy-label-kit/schema/core';
import type { ReactNode } from 'react';
import { policySection, SubHeading } from '../../PolicySection/PolicySection.js';
import { EmailLink, ExternalLink, text } from '../content.js';

/** A channel's detail: a working link when it is just an email address or a web address, else the policy's words. */
function channelDetail(kind: RightsChannelKind, detail: LocalizedText, locale: string): ReactNode {
  const value = localizeWithLanguage(detail, locale)?.text.trim() ?? '';
  if (kind === 'email' && /^[^\s@]+@[^\s@]+$/.test(value)) return <EmailLink email={value} />;
  if ((kind === 'web' || kind === 'app') && /^https?:\/\/\S+$/.test(value))
    return <ExternalLink href={value} />;
  return text(detail, locale);
}

/**
 * PIPA Arts. 35–38: the reader's rights, the channels to use them, and how fast the answer comes. Each channel is a
 * term (웹사이트, 방문) with its detail as the value, so the kind is named once and never repeated by the detail.
 */
export const RightsSection = policySection('data-subject-rights', ({ policy, words, subHeadingLevel }) => {
  const { locale, schema } = words;
  const m = words.page.rights;
  const { howToExercise, channels, responseTime, legalRepresentative } = policy.rights;
  return (
    <>
      <p>{m.intro}</p>
      <SubHeading level={subHeadingLevel}>{m.howToExercise}</SubHeading>
      <p>{text(howToExercise, locale)}</p>
      <SubHeading level={subHeadingLevel}>{m.channels}</SubHeading>
      <dl className="plk-details" data-plk-rights-channels="">
        {channels.map((channel, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: channels have no id; their order is the policy's
          <div key={index} data-plk-channel={channel.kind}>
            <dt>{schema.rightsChannels[channel.kind]}</dt>
            <dd>{channelDetail(channel.kind, channel.detail, locale)}</dd>
          </div>
        ))}
      </dl>
      {responseTime ? <p>{m.responseTime({ within: schema.format.duration(responseTime) })}</p> : null}
      {legalRepresentative ? (
        <>
          <SubHeading level={subHeadingLevel}>{m.legalRepresentative}</SubHeading>
          <p>{text(legalRepresentative, locale)}</p>
        </>
      ) : null}
    </>
  );
});
