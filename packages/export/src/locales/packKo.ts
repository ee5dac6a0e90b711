import type { Translation } from '@privacy-label-kit/schema/core';
import type { PackWords } from './packWords.js';

const languages: Record<string, string> = { ko: '한국어', en: '영어' };

export const packWordsKo: PackWords = {
  title: (controller) => `${controller} 개인정보 처리 표시 파일 안내`,
  intro:
    '이 묶음에는 개인정보 처리방침을 알리는 파일이 쓰임새별 폴더에 들어 있습니다. 아래에서 필요한 폴더를 찾아 그 안의 파일을 쓰세요. 파일 이름의 ko는 한국어, en은 영어, online은 화면용(컬러), offline은 인쇄용(흑백)입니다.',
  purposes: {
    web: {
      heading: 'web/ — 홈페이지에 올릴 파일',
      use: '쇼핑몰·홈페이지의 개인정보 처리방침 화면에 붙여 넣으세요.',
    },
    print: {
      heading: 'print/ — 종이로 인쇄할 파일',
      use: 'A4 등 종이에 인쇄해 매장 계산대에 두거나 손님에게 건네세요.',
    },
    box: { heading: 'box/ — 택배 상자용 파일', use: '스티커 용지에 인쇄해 택배 상자나 포장에 붙이세요.' },
    signs: {
      heading: 'signs/ — 게시용 안내판',
      use: '영상정보처리기기(CCTV)가 있는 곳 등 사람들이 잘 보는 곳에 붙이세요.',
    },
    labels: {
      heading: 'labels/ — 라벨 하나하나의 그림',
      use: '라벨을 하나씩 골라 홈페이지(online)나 직접 만드는 문서·인쇄물(offline)에 넣으세요.',
    },
  },
  kinds: {
    label: '라벨 하나의 그림',
    'label-sheet': '모든 라벨을 한 장에 모은 A4 인쇄물 (오려 붙이기용)',
    summary: '처리방침 한 장 요약 (QR 코드 포함, 계산대 비치용)',
    'summary-large-print': '큰 글씨 요약 (어르신 등 글씨가 크게 필요한 분께)',
    'easy-read': '어린이를 위한 쉬운 처리방침',
    'short-policy': '간이형 처리방침 (오프라인용, QR 코드 포함)',
    sticker: '택배 상자에 붙이는 스티커',
    'label-paper': '시중 라벨 용지에 맞춘 라벨 인쇄물 (재단선 포함)',
    qr: '전체 처리방침 주소로 가는 QR 코드',
    'policy-page': '그대로 올릴 수 있는 처리방침 웹페이지 (privacy_policy.html)',
    'policy-snippet': '홈페이지 편집기에 붙여 넣는 라벨 요약 HTML 조각',
    'cctv-sign': '영상정보처리기기(CCTV) 안내판',
    'read-me': '이 안내문',
  },
  variants: { online: '화면용 컬러', offline: '인쇄용 흑백' },
  languageName: (locale) => languages[locale] ?? locale,
  scale: (scale) => `${scale}배 크기`,
  manifest: '모든 파일의 목록과 검사값(프로그램용, 지우지 마세요)',
  fullPolicy: (url) => `전체 개인정보 처리방침: ${url}`,
};

/** The read-me's Korean words, as a `Translation` of the `pack` part. */
export const packKo: Translation = { locale: 'ko', words: { pack: packWordsKo } };
