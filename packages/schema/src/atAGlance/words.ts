// The words of the "at a glance" statements (Google Play Data safety style): a part of its own (`atAGlance`) rather
// than a group of the label words, so an app that shows only labels does not carry them. React's `AtAGlance` and any
// exporter read the same sentences from here.
import type { Locale } from '../text.js';

export interface AtAGlanceWords {
  /** The language of these words. */
  locale: Locale;
  /** "한눈에 보기" / "At a glance". */
  heading: string;
  /** Read before a reassuring statement by screen readers, e.g. "없음" — the tick beside it is decorative. */
  toneLabel: { reassurance: string; fact: string; attention: string };
  /**
   * "개인정보 12개 항목을 처리합니다 (그중 3개는 동의를 거부할 수 있음)": `optional` counts the items on a consent the
   * user may decline (optional or separate consent, PIPA Art. 22(5)).
   */
  collectedItems: (values: { count: number; optional: number }) => string;
  noThirdPartyProvision: string;
  /** `names`: up to three organisations, else two and how many more (`SchemaWords.format.someOrganisations`). */
  thirdPartyProvision: (values: { count: number; names: string }) => string;
  noOverseasTransfer: string;
  /** `countries`: the destination countries' names, as a list. */
  overseasTransfer: (values: { count: number; countries: string }) => string;
  /**
   * No transfer abroad is recorded, but the policy names a domestic agent (PIPA Art. 31-2): the controller has no
   * address in Korea, so the data goes to a company abroad. `agent`: the domestic agent's name.
   */
  runFromAbroad: (values: { agent: string }) => string;
  noAdTracking: string;
  /** Behavioural information is collected for personalised ads; `canOptOut` says whether they can be turned off. */
  adTracking: (values: { canOptOut: boolean }) => string;
  /**
   * No personalised ads are declared, but something else may serve tracking: an advertising identifier among the
   * automatic collection devices, or behavioural information collected (for other purposes, by the policy's word).
   * Stated as a fact, never as "no tracking".
   */
  trackingSignals: (values: { advertisingId: boolean; behaviouralInformation: boolean }) => string;
  /** No `behaviouralAdvertising` is described, but a purpose is personalised advertising: stated as a fact. */
  adsPurpose: string;
  noSensitiveInformation: string;
  /**
   * `sensitive`: whether sensitive information is processed (always on a separate consent or a law, PIPA Art. 23(1));
   * `identifiers`: the names of the unique identifiers processed, as a list ('' when none).
   */
  sensitiveInformation: (values: { sensitive: boolean; identifiers: string }) => string;
  /** Deemed consent ("no objection within N days counts as consent"), with the shortest time given. */
  deemedConsent: (values: { days: number }) => string;
}

declare module '../i18n/translations.js' {
  interface TranslationWords {
    atAGlance: AtAGlanceWords;
  }
}
