import { attentionMessages, formatDate } from '@privacy-label-kit/schema';
import { AttentionFlags } from '../../AttentionFlags/AttentionFlags.js';
import { formatMessage, versionsMessages } from '../../messages.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  SubHeading,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { text } from '../content.js';

/** When this version applies and every earlier version, newest first, with changes that may hurt users flagged. */
export function VersionHistorySection(props: PolicySectionProps) {
  const { policy, locale: _locale, label: _label, ...rest } = props;
  const section = useSection('policy-changes', props);
  if (!section) return null;
  const { locale, label } = section;
  const versions = [...policy.versionHistory].sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn));
  const columns = {
    version: formatMessage(versionsMessages, 'version', locale),
    announcedOn: formatMessage(versionsMessages, 'announcedOn', locale),
    effectiveOn: formatMessage(versionsMessages, 'effectiveOn', locale),
    summary: formatMessage(versionsMessages, 'summary', locale),
  };
  return (
    <PolicySectionFrame label={label} locale={locale} {...rest}>
      <p>
        {formatMessage(versionsMessages, 'current', locale, {
          date: formatDate(policy.effectiveDate, locale),
        })}
      </p>
      <SubHeading>{formatMessage(versionsMessages, 'history', locale)}</SubHeading>
      {versions.length === 0 ? (
        <p>{formatMessage(versionsMessages, 'none', locale)}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{columns.version}</th>
              <th scope="col">{columns.announcedOn}</th>
              <th scope="col">{columns.effectiveOn}</th>
              <th scope="col">{columns.summary}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.version} data-plk-version={version.version}>
                <th scope="row" data-plk-column={columns.version}>
                  {version.version}
                </th>
                <td data-plk-column={columns.announcedOn}>{formatDate(version.announcedOn, locale)}</td>
                <td data-plk-column={columns.effectiveOn}>{formatDate(version.effectiveOn, locale)}</td>
                <td data-plk-column={columns.summary}>
                  {text(version.summary, locale)}
                  {version.adverseToUsers ? (
                    <AttentionFlags
                      locale={locale}
                      flags={[
                        { code: 'adverse-change', message: attentionMessages['adverse-change'][locale] },
                      ]}
                    />
                  ) : null}
                  {version.url ? (
                    <span className="plk-note">
                      <a href={version.url}>
                        {formatMessage(versionsMessages, 'previousNamed', locale, {
                          version: version.version,
                        })}
                      </a>
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PolicySectionFrame>
  );
}
