import type { PseudonymisationPurpose } from '../enums.js';
import { pseudonymisationPurposes } from '../enums.js';
import type { LocalizedText } from '../text.js';
import { defineLabel } from './defineLabel.js';

export interface PseudonymisationFacts {
  /** The purposes of PIPA Art. 28-2(1) the uses name, in the Act's order, each once. */
  purposes: PseudonymisationPurpose[];
  /** Uses whose purpose is described only in words. */
  otherPurposes: number;
  /** Who receives pseudonymised information (provision), each once, in policy order. */
  recipients: LocalizedText[];
  /** How many uses combine it with another controller's through a combination agency (Art. 28-3). */
  combinations: number;
}

/**
 * Pseudonymisation as a processing stage (가명처리, PIPA Arts. 28-2, 28-3): what for, whether it is provided and whether
 * it is combined. The pseudonymised-information label states what information that is, from the same entries.
 */
export const pseudonymisationLabel = defineLabel({
  id: 'pseudonymisation',
  family: 'processing',
  legalReference: [
    { law: 'pipa', article: '28-2' },
    { law: 'pipa', article: '28-3' },
  ],
  dpvConcept: 'dpv:Pseudonymisation',
  sourceFields: ['pseudonymisedInformation'],
  applies: (policy) => policy.pseudonymisedInformation.length > 0,
  facts: (policy): PseudonymisationFacts => {
    const entries = policy.pseudonymisedInformation;
    const named = new Set(entries.flatMap((entry) => (entry.purposeKind ? [entry.purposeKind] : [])));
    return {
      purposes: pseudonymisationPurposes.filter((purpose) => named.has(purpose)),
      otherPurposes: entries.filter((entry) => !entry.purposeKind).length,
      // Each company once: one that receives two uses is one place ('제공 1곳'), not two.
      recipients: [
        ...new Map(
          entries.flatMap((entry) =>
            entry.recipient
              ? [[JSON.stringify(Object.entries(entry.recipient).sort()), entry.recipient] as const]
              : [],
          ),
        ).values(),
      ],
      combinations: entries.filter((entry) => entry.combination).length,
    };
  },
});
