// The few words of the static page around the policy: the language switch and the snippet's link to the full policy.
// Their own translation part (`staticPage`), so a business's translation can reword them like any other words.
import type { Translation } from '@privacy-label-kit/schema/core';

export interface StaticPageWords {
  /** The name of the list of links to the page in other languages. */
  languageSwitch: string;
  /** The link under the pasted label summary, to the full policy. */
  readFullPolicy: string;
}

declare module '@privacy-label-kit/schema/core' {
  interface TranslationWords {
    staticPage: StaticPageWords;
  }
}

export const staticPageKo: Translation = {
  locale: 'ko',
  words: { staticPage: { languageSwitch: '언어 선택', readFullPolicy: '개인정보 처리방침 전문 보기' } },
};

export const staticPageEn: Translation = {
  locale: 'en',
  words: { staticPage: { languageSwitch: 'Language', readFullPolicy: 'Read the full privacy policy' } },
};
