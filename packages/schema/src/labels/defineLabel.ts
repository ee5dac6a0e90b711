import type { Policy } from '../policySchema.js';

/**
 * Label families, told apart by frame shape as the PIPC's groups are (our own frames): data types sit in a circle,
 * processing stages in a hexagon, protection duties and rights in a rounded square, video devices (CCTV) inside
 * viewfinder corners.
 */
export type LabelFamily = 'dataType' | 'processing' | 'protection' | 'video';

/** The acts and guidelines a label answers to; their names are words (see `SchemaWords.laws`). */
export type LawId = 'pipa' | 'pipaDecree' | 'policyGuideline' | 'adsGuideline' | 'locationInformationAct';

/**
 * One provision: the law, and an article as the law numbers it — "28-8" (Art. 28-8, 제28조의8), "30(1)(3-2)"
 * (Art. 30(1)(3-2), 제30조제1항제3호의2), "35~38" (Arts. 35 to 38). No article: the law or guideline as a whole.
 */
export interface LegalReference {
  law: LawId;
  article?: string;
}

/** Things in the policy a reader should not miss; shown in words next to the label, never by colour alone. */
export const attentionCodes = [
  'deemed-consent',
  'no-way-to-refuse',
  'refusal-ends-contract',
  'ads-without-opt-out',
  'tracking-without-opt-out',
  'behavioural-collection-without-opt-out',
  'ai-training-without-opt-out',
  'overseas-transfer',
  'ads-to-children',
  'resident-registration-number',
  'adverse-change',
  'adverse-change-ahead',
] as const;
export type AttentionCode = (typeof attentionCodes)[number];

/** An attention flag before it is put into words: its code, and the number it states where it states one. */
export interface AttentionNotice {
  code: AttentionCode;
  /** deemed-consent: the shortest time users are given to object, in days. */
  days?: number;
  /** adverse-change-ahead: the day the announced change takes effect (YYYY-MM-DD). */
  date?: string;
}

/**
 * Everything about one label except its words: which policy data makes it apply, which facts its caption states
 * (computed from the data and from nothing else), and which attention flags it raises. Its words — title,
 * description, caption template — are in each language's `SchemaWords.labels[id]`.
 */
export interface LabelDefinition<Id extends string = string, Facts = unknown> {
  id: Id;
  family: LabelFamily;
  /** The article(s) of the Personal Information Protection Act (PIPA), its Decree or a PIPC guideline. */
  legalReference: readonly LegalReference[];
  /**
   * The closest W3C Data Privacy Vocabulary (DPV 2) concept, as a `dpv:` CURIE, or for a kind of data a `pd:` one from
   * its personal-data extension (https://w3id.org/dpv/pd#), where one fits.
   */
  dpvConcept?: string;
  /** The policy fields whose content makes this label apply. */
  sourceFields: readonly string[];
  /** Whether the label applies: the summary shows it, and the page has its section, exactly when this holds. */
  applies(policy: Policy): boolean;
  /** What the caption states, from the policy data. Called only when `applies` holds. */
  facts(policy: Policy): Facts;
  /** The flags the label raises. Called only when `applies` holds. */
  attention(policy: Policy): AttentionNotice[];
}

/** Declares a label, keeping its id as a literal type so that every language must give it words. */
export function defineLabel<const Id extends string, Facts>(
  definition: Omit<LabelDefinition<Id, Facts>, 'attention'> & {
    attention?: (policy: Policy) => AttentionNotice[];
  },
): LabelDefinition<Id, Facts> {
  return { attention: () => [], ...definition };
}
