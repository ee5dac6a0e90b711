import { inForceOn } from '@privacy-label-kit/schema/core';
import { policySection } from '../../PolicySection/PolicySection.js';
import { PolicyTable } from '../../PolicyTable/PolicyTable.js';
import { text } from '../content.js';

/**
 * The certifications the controller lists, with scope and period. One whose period does not cover the policy's
 * effective date is marked as such in words, so the page never presents it as held.
 */
export const CertificationsSection = policySection('certifications', ({ policy, words }) => {
  const { locale, schema } = words;
  const m = words.page.certifications;
  const date = schema.format.date;
  return (
    <>
      <p>{m.intro}</p>
      <PolicyTable
        columns={[
          {
            header: m.certification,
            cell: (entry) =>
              entry.name ? text(entry.name, locale) : schema.certificationSchemes[entry.scheme],
          },
          { header: m.scope, cell: (entry) => (entry.scope ? text(entry.scope, locale) : '—') },
          { header: m.number, cell: (entry) => entry.certificateNumber ?? '—' },
          {
            header: m.period,
            cell: (entry) => (
              <>
                {m.periodValue({ from: date(entry.validFrom), to: date(entry.validTo) })}
                {inForceOn(entry, policy.effectiveDate) ? null : (
                  <span className="plk-note" data-plk-not-in-force="">
                    {m.notInForce}
                  </span>
                )}
              </>
            ),
          },
        ]}
        rows={policy.certifications}
      />
    </>
  );
});
