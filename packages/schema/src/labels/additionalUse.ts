import type { LocalizedText } from '../text.js';
import { defineLabel } from './defineLabel.js';

export interface AdditionalUseFacts {
  /** Further uses by the controller itself (PIPA Art. 15(3)). */
  uses: number;
  /** Further provisions to others (Art. 17(4)), and their recipients, each once, in policy order. */
  provisions: number;
  recipients: LocalizedText[];
}

/**
 * PIPA Arts. 15(3), 17(4), Enforcement Decree Art. 14-2: use and provision without consent, compatible with the
 * purpose the data was collected for, with the criteria the controller weighed.
 */
export const additionalUseLabel = defineLabel({
  id: 'additional-use',
  family: 'processing',
  legalReference: [
    { law: 'pipa', article: '15(3)' },
    { law: 'pipa', article: '17(4)' },
    { law: 'pipaDecree', article: '14-2' },
  ],
  sourceFields: ['additionalUse'],
  applies: (policy) => policy.additionalUse.length > 0,
  facts: (policy): AdditionalUseFacts => {
    const provisions = policy.additionalUse.filter((use) => use.kind === 'provision');
    return {
      uses: policy.additionalUse.length - provisions.length,
      provisions: provisions.length,
      // The schema requires a recipient for every provision; each company is named once, however many it receives.
      recipients: [
        ...new Map(
          provisions.flatMap((use) =>
            use.recipient
              ? [[JSON.stringify(Object.entries(use.recipient).sort()), use.recipient] as const]
              : [],
          ),
        ).values(),
      ],
    };
  },
});
