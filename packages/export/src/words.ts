import type { Locale } from '@privacy-label-kit/schema';

/** The words the exported documents print around the policy's own text, in Korean and English. */
export interface ExportWords {
  labelSheetTitle: string;
  labelSheetSubject: string;
  summaryTitle: string;
  summarySubject: string;
  labelsHeading: string;
  keyFactsHeading: string;
  attentionHeading: string;
  controller: string;
  representative: string;
  privacyOfficer: string;
  contactDepartment: string;
  effectiveDate: string;
  retention: string;
  legalRetention: string;
  thirdParties: string;
  processors: string;
  overseasTransfer: string;
  rights: string;
  none: string;
  /** "and 3 more": `places` counts organisations and countries, `entries` counts rules and periods. */
  andMore: (count: number, unit: 'places' | 'entries') => string;
  fullPolicy: string;
  qrHint: string;
  qrAlt: (url: string) => string;
}

export const exportWords: Record<Locale, ExportWords> = {
  ko: {
    labelSheetTitle: '개인정보 처리 표시',
    labelSheetSubject: '개인정보 처리방침의 라벨 모음 (인쇄·부착용)',
    summaryTitle: '개인정보 처리방침 요약',
    summarySubject: '개인정보 처리방침의 한 장 요약',
    labelsHeading: '개인정보 처리 표시',
    keyFactsHeading: '주요 내용',
    attentionHeading: '꼭 알아 두세요',
    controller: '개인정보처리자',
    representative: '대표',
    privacyOfficer: '개인정보 보호책임자',
    contactDepartment: '고충처리 부서',
    effectiveDate: '시행일',
    retention: '보유 기간',
    legalRetention: '법령에 따른 보관',
    thirdParties: '제3자 제공',
    processors: '처리 위탁',
    overseasTransfer: '국외 이전',
    rights: '권리 행사 방법',
    none: '없음',
    andMore: (count, unit) => `외 ${count}${unit === 'places' ? '곳' : '건'}`,
    fullPolicy: '전체 개인정보 처리방침',
    qrHint: '휴대전화 카메라로 QR 코드를 비추면 전체 처리방침을 볼 수 있습니다.',
    qrAlt: (url) => `전체 개인정보 처리방침으로 가는 QR 코드: ${url}`,
  },
  en: {
    labelSheetTitle: 'Privacy labels',
    labelSheetSubject: 'The labels of a privacy policy, to print and stick on',
    summaryTitle: 'Privacy policy at a glance',
    summarySubject: 'A one-page summary of a privacy policy',
    labelsHeading: 'Privacy labels',
    keyFactsHeading: 'Key facts',
    attentionHeading: 'Please note',
    controller: 'Controller',
    representative: 'Representative',
    privacyOfficer: 'Privacy officer',
    contactDepartment: 'Privacy contact',
    effectiveDate: 'In effect from',
    retention: 'How long it is kept',
    legalRetention: 'Kept by law',
    thirdParties: 'Shared with',
    processors: 'Processors',
    overseasTransfer: 'Transferred abroad',
    rights: 'How to use your rights',
    none: 'None',
    andMore: (count) => `and ${count} more`,
    fullPolicy: 'Full privacy policy',
    qrHint: 'Point your phone camera at the QR code to read the full policy.',
    qrAlt: (url) => `QR code linking to the full privacy policy: ${url}`,
  },
};
