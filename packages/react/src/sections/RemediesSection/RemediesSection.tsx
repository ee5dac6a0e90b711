import {
  PolicySectionFrame,
  type PolicySectionProps,
  useSection,
} from '../../PolicySection/PolicySection.js';
import { PolicyTable } from '../../PolicyTable/PolicyTable.js';
import { ExternalLink, PhoneLink, text } from '../content.js';

/** Where to seek redress: dispute mediation, the report centre, prosecutors and police. */
export function RemediesSection(props: PolicySectionProps) {
  const section = useSection('remedies', props);
  if (!section) return null;
  const { words, label, rest } = section;
  const { locale } = words;
  const m = words.page.remedies;
  return (
    <PolicySectionFrame label={label} words={words} {...rest}>
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
        rows={props.policy.remedies}
      />
    </PolicySectionFrame>
  );
}
