import type { PrintWords } from './printWords.js';

/** The print formats' words in Korean. */
export const printKo: PrintWords = {
  shortPolicyTitle: '간이 개인정보 처리방침',
  shortPolicySubject: '개인정보 처리방침의 간이형 (오프라인 게시·배포용)',
  items: '처리 항목',
  purposes: '처리 목적',
  videoRetention: '보관 기간',
  mobilePurpose: '운영 목적',
  mobileLocations: '운영 장소',
  mobileDevice: (number) => `${number}번 이동형 기기`,
  continuedOnline: '전체 내용은 QR 코드로 확인하세요.',
  noPolicyUrl:
    '처리방침 파일에 전체 처리방침의 주소(policyUrl)가 없어 QR 코드를 넣지 못했습니다. 주소를 적은 뒤 다시 만드세요.',
  stickerTitle: '개인정보 처리 표시',
  stickerSubject: '택배 상자에 붙이는 개인정보 처리 표시 스티커',
  stickerScan: '전체 처리방침',
  labelPaperTitle: (paper) => `개인정보 처리 표시 라벨 용지 (${paper})`,
  labelPaperSubject: '라벨 용지에 인쇄하는 개인정보 처리 표시',
  attentionMark: '주의',
  attentionSeeFullPolicy: '주의할 점은 전체 처리방침에서 확인하세요',
  moreItems: (count) => `외 ${count}개`,
  countOnly: (count, unit) => `${count}${unit === 'places' ? '곳' : '개'} (QR 코드로 확인)`,
};
