import { withParticle } from '../i18n/korean.js';
import type { Translation } from '../i18n/translations.js';
import type { VideoSignWords } from './words.js';

export const videoSignKo: VideoSignWords = {
  locale: 'ko',
  title: 'CCTV 설치·운영 안내',
  lead: ({ controller }) =>
    `${withParticle(controller, '은/는')} 아래와 같이 영상정보처리기기(CCTV)를 설치·운영하고 있습니다.`,
  device: ({ number }) => `${number}번 CCTV`,
  purpose: '설치 목적',
  locations: '설치 장소',
  range: '촬영 범위',
  recordingHours: '촬영 시간',
  manager: '관리책임자',
  contact: '연락처',
  legalNote: '「개인정보 보호법」 제25조제4항 및 같은 법 시행령 제24조에 따른 안내판입니다.',
};

/** The CCTV sign's words in Korean as a `Translation`. */
export const videoSignKoTranslation: Translation = { locale: 'ko', words: { videoSign: videoSignKo } };
