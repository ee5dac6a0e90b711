// The words of the easy-read version (PIPA Art. 22-2(3); PIPC 2026 guideline, Appendix 2): the two characters, the
// question headings and every sentence of the chat. A part of its own (`easyRead`) rather than a group of the label
// words, so an app that only shows labels does not carry the chat, and so the page (React) and the printable PDF
// (export) tell the same chat from the same words.
import type { Locale } from '../text.js';

/** Who says a message: the guide explains, the friend asks what a child would ask. */
export type EasyReadSpeaker = 'guide' | 'friend';

/** A hard word of a policy and the easy word said instead (Appendix 2's easy-word table, and ours after it). */
export interface EasyWord {
  hard: string;
  easy: string;
}

export interface EasyReadCharacter {
  /** The name shown as the speaker of each message. */
  name: string;
  /** What the drawing shows, for its alternative text. */
  description: string;
}

/** A list inside a message: what is collected, who gets it, how to ask. */
export type EasyReadList = readonly string[];

export interface EasyReadWords {
  /** The language of these words. */
  locale: Locale;
  /** "쉽게 읽는 개인정보 처리방침". */
  title: string;
  characters: Record<EasyReadSpeaker, EasyReadCharacter>;
  /**
   * Hard words and the easy words the chat uses instead. Korean: Appendix 2's pairs (법정대리인 → 보호자, 파기 → 지우기)
   * and more after them. Policy text quoted in the chat (item names, purposes) has its hard nouns replaced too.
   */
  easyWords: readonly EasyWord[];
  /** Policy text made easier: the `easyWords` that are safe to swap inside a business's own sentences. */
  simplify: (text: string) => string;
  /** "그리고 3개 더" / "and 3 more", after a shortened list. */
  andMore: (count: number) => string;
  /** "이름 — 하는 일" inside a list. */
  pair: (name: string, detail: string) => string;
  intro: {
    friendHello: (values: { friend: string }) => string;
    guideHello: (values: { guide: string; controller: string; service: string }) => string;
  };
  headings: Record<EasyReadTopicId, string>;
  personalInformation: { question: string; answer: string; combined: string; reaction: string };
  collection: {
    question: string;
    atSignUp: string;
    duringUse: string;
    automatic: string;
    optionalQuestion: string;
    /** Items that may be left out, each with what leaving it out costs (`effects`). */
    optional: string;
    /**
     * Items of an optional group that another group needs (it cannot be refused there, or refusing costs more), each
     * with the uses that can still be declined: "보호자 이메일 주소 — 보호자용 학습 팁 소식지".
     */
    optionalUses: string;
    /** What saying no costs, for each refusal effect. */
    effects: {
      none: string;
      featureUnavailable: string;
      serviceUnavailable: string;
      contractTerminated: string;
    };
    /** Automatic collection devices (cookies, SDKs) exist; and whether they can be blocked (`optOut.available`). */
    devices: string;
    devicesCanBlock: string;
    devicesCannotBlock: string;
    howToRefuseInFull: string;
    needed: string;
    endsContract: string;
    cannotRefuse: string;
    deemedConsent: (values: { days: number }) => string;
    howToObject: string;
  };
  guardianConsent: {
    question: string;
    why: string;
    minimumAge: (values: { years: number }) => string;
    itemsFromGuardian: string;
    readTogether: string;
  };
  use: { question: string; answer: string };
  /** Location information (items marked `location`): which, what for, and whether it can be left out. */
  location: { question: string; yes: string; purposes: string; canSayNo: string };
  /** Video devices (PIPA Arts. 25, 25-2): where they film, mobile ones, how long footage is kept, asking to see it. */
  cameras: {
    question: string;
    yes: (values: { count: number }) => string;
    mobile: string;
    kept: (values: { duration: string }) => string;
    keptUpTo: (values: { duration: string }) => string;
    askToSee: string;
  };
  /** Generative AI (PIPC 2026 appendix): features, prompts and answers, training and keeping out of it. */
  generativeAi: {
    question: string;
    features: string;
    prompts: string;
    training: string;
    canKeepOut: string;
    cannotKeepOut: string;
  };
  sharing: {
    question: string;
    /** Companies that receive it for their own ends (third parties, ad operators, overseas recipients, …). */
    yes: (values: { count: number }) => string;
    byLaw: string;
    /** Only processors receive it: no one gets it to use for themselves (said before `entrustment`). */
    no: string;
    /** Other companies run cookies or SDKs on the service (`automaticCollection.devices[].operator`). */
    devices: string;
    /** Processors, with the job each does for the controller. */
    entrustment: string;
  };
  /**
   * Overseas transfer (PIPA Art. 28-8). `howToRefuse` when every transfer rests on consent, `howToRefuseSome` when
   * only some do, followed by `cannotRefuseOthers`: each with the companies it can be refused for, and how.
   */
  overseas: {
    question: string;
    yes: string;
    howToRefuse: string;
    howToRefuseSome: string;
    cannotRefuseOthers: string;
  };
  ads: {
    question: string;
    what: string;
    notToChildren: string;
    toChildren: string;
    deemedConsent: (values: { days: number }) => string;
    canTurnOff: string;
    cannotTurnOff: string;
  };
  /**
   * Automated decisions (PIPA Art. 37-2): `canObject` (ask why, or say no) when every decision can be refused;
   * otherwise `canAskWhy`, and `canSayNoTo` with the decisions that can be refused.
   */
  automatedDecisions: {
    question: string;
    yes: string;
    canObject: string;
    canAskWhy: string;
    canSayNoTo: string;
  };
  deletion: {
    question: string;
    untilAccountDeletion: string;
    /** Said with the items deleted when consent is withdrawn: those no other group keeps on another rule. */
    untilConsentWithdrawn: string;
    untilPurposeFulfilled: string;
    /** The longest fixed period (`byLaw` when a law sets it: then it is kept longer because of the law). */
    kept: (values: { subject: string; duration: string; byLaw: boolean }) => string;
    /** The longest period a law sets, when a period kept by choice is longer: said after `kept`, without "longer". */
    keptByLawToo: (values: { subject: string; duration: string }) => string;
    inactive: (values: { inactivity: string; storage: string }) => string;
    deadline: (values: { within: string }) => string;
    withoutDelay: string;
    differs: string;
  };
  rights: {
    question: string;
    answer: string;
    guardianForChild: string;
    channels: string;
    responseTime: (values: { within: string }) => string;
    whomToAsk: string;
    thanks: (values: { guide: string }) => string;
    goodbye: string;
  };
  /** The note for parents and guardians on guardian consent (written for adults, so legal terms are explained). */
  guardianNote: {
    heading: string;
    lawful: (values: { controller: string }) => string;
    method: string;
    itemsFromGuardian: string;
    ageVerification: string;
    adsExcluded: string;
    adsNotExcluded: string;
  };
}

/** The topics of the chat, in the order it tells them. */
export const easyReadTopicIds = [
  'personal-information',
  'collection',
  'guardian-consent',
  'use',
  'location',
  'cameras',
  'sharing',
  'overseas',
  'ads',
  'generative-ai',
  'automated-decisions',
  'deletion',
  'rights',
] as const;
export type EasyReadTopicId = (typeof easyReadTopicIds)[number];

declare module '../i18n/translations.js' {
  interface TranslationWords {
    easyRead: EasyReadWords;
  }
}

/** Replaces each hard word of `easyWords` in `text` by its easy word. */
export function replaceHardWords(text: string, easyWords: readonly EasyWord[]): string {
  // One pass over the text, so an easy word that contains a hard one ("보호자(법정대리인)") is not replaced again.
  if (easyWords.length === 0) return text;
  const pattern = new RegExp(
    easyWords.map(({ hard }) => hard.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    'g',
  );
  const byHard = new Map(easyWords.map((word) => [word.hard, word.easy]));
  return text.replace(pattern, (hard) => byHard.get(hard) ?? hard);
}
