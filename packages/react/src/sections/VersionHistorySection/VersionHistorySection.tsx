import { currentVersions, type Policy } from '@privacy-label-kit/schema/core';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  SubHeading,
  subHeadingLevelBelow,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { text } from '../content.js';

type Version = Policy['versionHistory'][number];

/**
 * When this version applies and every version, newest first, each with the period it applied: changes that may work
 * against users are marked, and each version with a `url` links to where that version can be read. A version announced
 * to take effect after the policy's effective date is not in force yet and says so. The label's attention flags (an
 * adverse current or announced change) are shown by the frame.
 */
export function VersionHistorySection(props: PolicySectionProps) {
  const section = useSection('policy-changes', props);
  if (!section) return null;
  const { words, label, rest } = section;
  const { locale, schema } = words;
  const m = words.page.versions;
  const { policy } = props;
  const versions = [...policy.versionHistory].sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn));
  const period = words.page.versionPeriod;
  const date = schema.format.date;
  // The versions in force on the policy's effective date (several when they share a day) run "until now"; an earlier
  // one applied until the day before the next version in force took effect (the PIPC guideline: keep earlier versions
  // with their date ranges, each linked). A version announced for a later day has not applied yet: it ends no period.
  const currentFrom = currentVersions(policy)[0]?.effectiveOn;
  const inForceDays = [
    ...new Set(versions.map((version) => version.effectiveOn).filter((day) => day <= policy.effectiveDate)),
  ].sort();
  const periodOf = (version: Version) => {
    if (version.effectiveOn > policy.effectiveDate)
      return period.upcoming({ from: date(version.effectiveOn) });
    const next = inForceDays.find((day) => day > version.effectiveOn);
    if (version.effectiveOn === currentFrom || !next)
      return period.current({ from: date(version.effectiveOn) });
    const dayBefore = new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    return period.range({ from: date(version.effectiveOn), to: date(dayBefore) });
  };
  return (
    <PolicySectionFrame label={label} words={words} {...rest}>
      <p>{m.current({ date: schema.format.date(policy.effectiveDate) })}</p>
      <SubHeading level={subHeadingLevelBelow(rest.headingLevel ?? 2)}>{m.history}</SubHeading>
      {versions.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{m.version}</th>
              <th scope="col">{m.announcedOn}</th>
              <th scope="col">{m.effectiveOn}</th>
              <th scope="col">{period.heading}</th>
              <th scope="col">{m.summary}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.version} data-plk-version={version.version}>
                <th scope="row" data-plk-column={m.version}>
                  {version.version}
                </th>
                <td data-plk-column={m.announcedOn}>{schema.format.date(version.announcedOn)}</td>
                <td data-plk-column={m.effectiveOn}>{schema.format.date(version.effectiveOn)}</td>
                <td data-plk-column={period.heading} data-plk-period="">
                  {periodOf(version)}
                </td>
                <td data-plk-column={m.summary}>
                  {text(version.summary, locale)}
                  {version.adverseToUsers ? (
                    <span className="plk-note">
                      <span className="plk-tag" data-plk-adverse="">
                        {m.adverse}
                      </span>
                    </span>
                  ) : null}
                  {version.url ? (
                    <span className="plk-note">
                      <a href={version.url}>{m.readVersion({ version: version.version })}</a>
                    </span>
                  ) : null}
                  {version.comparisonUrl ? (
                    <span className="plk-note">
                      <a href={version.comparisonUrl}>{m.comparison}</a>
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
