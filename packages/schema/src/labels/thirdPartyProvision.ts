import { distinctTexts, type LocalizedText, sameText } from '../text.js';
import { defineLabel } from './defineLabel.js';

export interface ThirdPartyProvisionFacts {
  /** Every provision's recipient, in policy order, and whether a law requires that provision (basis legalObligation). */
  provisions: { recipient: LocalizedText; byLaw: boolean }[];
}

/** The companies a caption counts and names, in the caption's language. */
export interface ThirdPartyRecipientCount {
  /** Each company once, in policy order. */
  names: string[];
  /** How many of those companies receive at least one provision a law requires. */
  byLaw: number;
  /**
   * Whether every provision is one a law requires. A company that receives one provision by law and another by
   * consent counts in `byLaw`, but then not everything is shared by law, and the caption must not say it is.
   */
  allByLaw: boolean;
}

/**
 * Each recipient once — the same name written with or without its translation is one company, and so is one named
 * alike in the caption's language (as at a glance's `thirdPartyRecipients` does) — so a company that receives two
 * provisions is one place, not two. A company that receives one provision by law and
 * another by consent counts among the `byLaw` companies: some of what it receives, it receives because a law says so.
 */
export function countThirdPartyRecipients(
  facts: ThirdPartyProvisionFacts,
  text: (value: LocalizedText) => string,
): ThirdPartyRecipientCount {
  // Companies as distinctTexts groups them (the same name written with and without its translation is one company),
  // then once more by their name in the caption's language.
  const byLaw = new Map<string, boolean>();
  for (const company of distinctTexts(facts.provisions.map((provision) => provision.recipient))) {
    const name = text(company);
    const law = facts.provisions.some(
      (provision) => provision.byLaw && sameText(company, provision.recipient),
    );
    byLaw.set(name, (byLaw.get(name) ?? false) || law);
  }
  return {
    names: [...byLaw.keys()],
    byLaw: [...byLaw.values()].filter(Boolean).length,
    allByLaw: facts.provisions.every((provision) => provision.byLaw),
  };
}

export const thirdPartyProvisionLabel = defineLabel({
  id: 'third-party-provision',
  family: 'processing',
  legalReference: [
    { law: 'pipa', article: '17' },
    { law: 'pipa', article: '30(1)(3)' },
  ],
  dpvConcept: 'dpv:ThirdParty',
  sourceFields: ['thirdPartyProvision'],
  applies: (policy) => policy.thirdPartyProvision.length > 0,
  facts: (policy): ThirdPartyProvisionFacts => ({
    provisions: policy.thirdPartyProvision.map((provision) => ({
      recipient: provision.recipient,
      byLaw: provision.basis === 'legalObligation',
    })),
  }),
});
