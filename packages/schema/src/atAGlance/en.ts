import type { Translation } from '../i18n/translations.js';
import type { AtAGlanceWords } from './words.js';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const atAGlanceEn: AtAGlanceWords = {
  locale: 'en',
  heading: 'At a glance',
  toneLabel: { reassurance: 'Good to know', fact: 'Note', attention: 'Attention' },
  collectedItems: ({ count, optional }) =>
    `${plural(count, 'item', 'items')} of personal information processed${optional > 0 ? `, ${optional} of them you may decline` : ''}`,
  noThirdPartyProvision: 'No provision to third parties',
  thirdPartyProvision: ({ count, names }) =>
    `Provided to ${plural(count, 'third party', 'third parties')}: ${names}`,
  noOverseasTransfer: 'No transfer abroad',
  overseasTransfer: ({ count, countries }) =>
    `Transferred abroad (${plural(count, 'country', 'countries')}: ${countries})`,
  runFromAbroad: ({ agent }) => `Run by a company abroad (its domestic agent in Korea: ${agent})`,
  noAdTracking: 'No tracking for personalised ads',
  adTracking: ({ canOptOut }) =>
    canOptOut
      ? 'Your activity is used for personalised ads (you can turn this off)'
      : 'Your activity is used for personalised ads (no way to refuse)',
  trackingSignals: ({ advertisingId, behaviouralInformation }) => {
    if (advertisingId && behaviouralInformation)
      return 'An advertising identifier and behavioural information are collected';
    if (advertisingId) return 'An advertising identifier is collected';
    return 'Behavioural information is collected';
  },
  adsPurpose: 'Personal information is used for personalised ads',
  noSensitiveInformation: 'No sensitive information or identification numbers',
  sensitiveInformation: ({ sensitive, identifiers }) => {
    if (sensitive && identifiers)
      return `Sensitive information and identification numbers processed (${identifiers})`;
    if (sensitive) return 'Sensitive information processed (with separate consent or as a law requires)';
    return `Identification numbers processed (${identifiers})`;
  },
  deemedConsent: ({ days }) => `Not objecting within ${plural(days, 'day', 'days')} counts as consent`,
};

/** The at-a-glance words in English as a `Translation`. */
export const atAGlanceEnTranslation: Translation = { locale: 'en', words: { atAGlance: atAGlanceEn } };
