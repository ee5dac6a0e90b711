import { defineLabel } from './defineLabel.js';

export interface GenerativeAiFacts {
  /** How many features use generative AI. */
  features: number;
  /** Whether personal information in prompts and outputs is processed. */
  prompts: boolean;
  /** Whether personal information is used to train or improve models, and whether users can keep theirs out. */
  training: boolean;
  trainingOptOut: boolean;
}

/** PIPC 2026 guideline, generative-AI appendix: personal information used for or processed by generative AI. */
export const generativeAiLabel = defineLabel({
  id: 'generative-ai',
  family: 'processing',
  legalReference: [{ law: 'policyGuideline' }],
  sourceFields: ['generativeAi'],
  applies: (policy) => policy.generativeAi !== undefined,
  // Personal information that trains a model with no way to keep it out: the reader should not miss it.
  attention: (policy) =>
    policy.generativeAi!.training && !policy.generativeAi!.training.optOut.available
      ? [{ code: 'ai-training-without-opt-out' }]
      : [],
  facts: (policy): GenerativeAiFacts => {
    const ai = policy.generativeAi!;
    return {
      features: ai.features.length,
      prompts: ai.prompts !== undefined,
      training: ai.training !== undefined,
      trainingOptOut: ai.training?.optOut.available ?? false,
    };
  },
});
