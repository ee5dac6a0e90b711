import {
  PolicySectionFrame,
  type PolicySectionProps,
  SubHeading,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { text } from '../content.js';

/**
 * When this version applies and every version, newest first: changes that may work against users are marked, and
 * each version with a `url` links to where that version can be read. The label's attention flag (an adverse latest
 * change) is shown by the frame.
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
  // Each version applied until the day before the next one took effect (the PIPC guideline: keep earlier versions
  // with their date ranges, each linked).
  const appliedUntil = (index: number) => {
    const newer = versions[index - 1];
    if (!newer) return undefined;
    const day = new Date(Date.parse(`${newer.effectiveOn}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    // Two versions on the same day: the older one applied for no day at all; show its own date, not the day before.
    return day.localeCompare(versions[index]!.effectiveOn) < 0 ? versions[index]!.effectiveOn : day;
  };
  return (
    <PolicySectionFrame label={label} words={words} {...rest}>
      <p>{m.current({ date: schema.format.date(policy.effectiveDate) })}</p>
      <SubHeading>{m.history}</SubHeading>
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
            {versions.map((version, index) => (
              <tr key={version.version} data-plk-version={version.version}>
                <th scope="row" data-plk-column={m.version}>
                  {version.version}
                </th>
                <td data-plk-column={m.announcedOn}>{schema.format.date(version.announcedOn)}</td>
                <td data-plk-column={m.effectiveOn}>{schema.format.date(version.effectiveOn)}</td>
                <td data-plk-column={period.heading} data-plk-period="">
                  {appliedUntil(index)
                    ? period.range({
                        from: schema.format.date(version.effectiveOn),
                        to: schema.format.date(appliedUntil(index)!),
                      })
                    : period.current({ from: schema.format.date(version.effectiveOn) })}
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
