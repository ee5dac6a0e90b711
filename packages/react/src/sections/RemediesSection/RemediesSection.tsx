import { policySection } from '../../PolicySection/PolicySection.js';
import { PolicyTable } from '../../PolicyTable/PolicyTable.js';
import { ExternalLink, PhoneLink, text } from '../content.js';

/** Where to seek redress: dispute mediation, the report centre, prosecutors and police. */
export const RemediesSection = policySection('remedies', ({ policy, words }) => {
  const { locale } = words;
  const m = words.page.remedies;
  return (
    <>
      <p>{m.intro}</p>
      <PolicyTable
        columns={[
          { header: m.name, cell: (remedy) => text(remedy.name, locale) },
          { header: m.phone, cell: (remedy) => (remedy.phone ? <PhoneLink phone={remedy.phone} /> : '—') },
          {
            header: m.website,
            cell: (remedy) => (remedy.website ? <ExternalLink href={remedy.website} /> : '—'),
          },
        ]}
        rows={policy.remedies}
      />
    </>
  );
});
