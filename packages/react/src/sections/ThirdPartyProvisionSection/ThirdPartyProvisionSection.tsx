import { policySection } from '../../PolicySection/PolicySection.js';
import { PolicyTable } from '../../PolicyTable/PolicyTable.js';
import { text, textList } from '../content.js';

/** PIPA Art. 17: who receives personal information, what, why, for how long, on what basis and under which law. */
export const ThirdPartyProvisionSection = policySection('third-party-provision', ({ policy, words }) => {
  const { locale, schema } = words;
  const m = words.page.thirdParty;
  return (
    <>
      <p>{m.intro}</p>
      <PolicyTable
        columns={[
          { header: m.recipient, cell: (provision) => text(provision.recipient, locale) },
          { header: m.purpose, cell: (provision) => text(provision.purpose, locale) },
          { header: m.items, cell: (provision) => textList(provision.items, locale) },
          { header: m.retention, cell: (provision) => text(provision.retention, locale) },
          { header: m.country, cell: (provision) => schema.format.country(provision.country) },
          {
            header: m.basis,
            cell: (provision) => (
              <>
                {schema.thirdPartyBases[provision.basis]}
                {/* Whatever the basis: "other legal basis" alone hides which law the data names. */}
                {provision.law ? (
                  <span className="plk-note">
                    <span className="plk-note-label">{`${m.law}: `}</span>
                    {text(provision.law, locale)}
                  </span>
                ) : null}
              </>
            ),
          },
        ]}
        rows={policy.thirdPartyProvision}
      />
    </>
  );
});
