import type { Translation } from '../i18n/translations.js';
import type { AtAGlanceWords } from './words.js';

export const atAGlanceKo: AtAGlanceWords = {
  locale: 'ko',
  heading: '한눈에 보기',
  toneLabel: { reassurance: '안심', fact: '안내', attention: '주의' },
  collectedItems: ({ count, optional }) =>
    `개인정보 ${count}개 항목을 처리합니다${optional > 0 ? ` (그중 ${optional}개는 동의를 거부할 수 있음)` : ''}`,
  noThirdPartyProvision: '제3자 제공 없음',
  thirdPartyProvision: ({ count, names }) => `제3자 ${count}곳에 제공합니다: ${names}`,
  noOverseasTransfer: '국외 이전 없음',
  overseasTransfer: ({ count, countries }) => `국외로 이전합니다 (${count}개국: ${countries})`,
  runFromAbroad: ({ agent }) => `국외 사업자가 운영합니다 (국내대리인: ${agent})`,
  noAdTracking: '맞춤형 광고 목적 추적 없음',
  adTracking: ({ canOptOut }) =>
    canOptOut
      ? '맞춤형 광고에 이용 기록을 씁니다 (끌 수 있음)'
      : '맞춤형 광고에 이용 기록을 씁니다 (거부할 방법 없음)',
  trackingSignals: ({ advertisingId, behaviouralInformation }) => {
    if (advertisingId && behaviouralInformation) return '광고 식별자와 행태정보를 수집합니다';
    if (advertisingId) return '광고 식별자를 수집합니다';
    return '행태정보를 수집합니다';
  },
  adsPurpose: '개인정보를 맞춤형 광고에 이용합니다',
  noSensitiveInformation: '민감정보·고유식별정보 처리 없음',
  sensitiveInformation: ({ sensitive, identifiers }) => {
    if (sensitive && identifiers) return `민감정보와 고유식별정보를 처리합니다 (${identifiers})`;
    if (sensitive) return '민감정보를 처리합니다 (별도 동의 또는 법령 근거)';
    return `고유식별정보를 처리합니다 (${identifiers})`;
  },
  deemedConsent: ({ days }) => `${days}일 안에 거부하지 않으면 동의한 것으로 봅니다`,
};

/** The at-a-glance words in Korean as a `Translation`. */
export const atAGlanceKoTranslation: Translation = { locale: 'ko', words: { atAGlance: atAGlanceKo } };
