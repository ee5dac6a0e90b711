import { ConsentTable } from '../../ConsentTable/ConsentTable.js';
import {
  PolicySectionFrame,
  type PolicySectionProps,
  subHeadingLevelBelow,
  useSection,
} from '../../PolicySection/PolicySection.js';

/** What is collected, grouped by legal basis, with whether and how each item can be refused (PIPA Arts. 15, 22). */
export function CollectedItemsSection(props: PolicySectionProps) {
  const section = useSection('collected-items', props);
  if (!section) return null;
  const { words, label, rest } = section;
  return (
    <PolicySectionFrame label={label} words={words} {...rest}>
      <p>{words.page.collectedItems.intro}</p>
      <ConsentTable
        policy={props.policy}
        locale={words.locale}
        translations={words.translations}
        headingLevel={subHeadingLevelBelow(rest.headingLevel ?? 2)}
      />
    </PolicySectionFrame>
  );
}
