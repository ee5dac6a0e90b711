import type {
  automaticCollectionDeviceKinds,
  CollectionStage,
  DurationUnit,
  LegalBasis,
  overseasTransferBases,
  uniqueIdentifierKinds,
} from './enums.js';
import type { Retention } from './policySchema.js';
import type { Duration } from './primitives.js';
import type { Locale } from './text.js';
import { localize } from './text.js';

/**
 * The schema's own words in Korean and English: what each enum value means to a reader. Components and exporters
 * use these so that a legal basis reads the same on the page, in a PDF and in a caption.
 */
type Words<K extends string> = Record<K, { ko: string; en: string }>;

export const legalBasisNames: Words<LegalBasis> = {
  consentRequired: { ko: '동의 (필수)', en: 'Consent (required)' },
  consentOptional: { ko: '동의 (선택)', en: 'Consent (optional)' },
  contract: { ko: '계약 체결·이행', en: 'Contract' },
  legalObligation: { ko: '법령상 의무', en: 'Legal obligation' },
  legitimateInterest: { ko: '정당한 이익', en: 'Legitimate interest' },
  vitalInterest: { ko: '생명·신체·재산의 이익', en: 'Vital interest' },
  publicInterest: { ko: '공공의 안전·이익', en: 'Public interest' },
  deemedConsent: { ko: '간주 동의 (거부하지 않으면 동의)', en: 'Deemed consent (silence counts as consent)' },
};

export const collectionStageNames: Words<CollectionStage> = {
  signUp: { ko: '회원가입 시', en: 'At sign-up' },
  serviceUse: { ko: '서비스 이용 시', en: 'While using the service' },
  automatic: { ko: '자동으로 생성·수집', en: 'Generated automatically' },
};

export const uniqueIdentifierNames: Words<(typeof uniqueIdentifierKinds)[number]> = {
  residentRegistrationNumber: { ko: '주민등록번호', en: 'resident registration number' },
  passportNumber: { ko: '여권번호', en: 'passport number' },
  driversLicenseNumber: { ko: '운전면허번호', en: 'driver’s licence number' },
  alienRegistrationNumber: { ko: '외국인등록번호', en: 'alien registration number' },
};

export const automaticCollectionDeviceNames: Words<(typeof automaticCollectionDeviceKinds)[number]> = {
  cookie: { ko: '쿠키', en: 'Cookie' },
  localStorage: { ko: '로컬 스토리지', en: 'Local storage' },
  webBeacon: { ko: '웹 비콘', en: 'Web beacon' },
  sdk: { ko: '앱 SDK', en: 'App SDK' },
  advertisingId: { ko: '광고 식별자', en: 'Advertising ID' },
  other: { ko: '기타', en: 'Other' },
};

export const overseasTransferBasisNames: Words<(typeof overseasTransferBases)[number]> = {
  consent: { ko: '정보주체의 별도 동의', en: 'Separate consent of the data subject' },
  contractDisclosed: {
    ko: '계약 이행을 위한 처리위탁·보관으로 처리방침에 공개',
    en: 'Entrustment or storage for a contract, disclosed in this policy',
  },
  lawOrTreaty: { ko: '법률·조약 등의 특별한 규정', en: 'A law or treaty' },
  certification: { ko: '개인정보 보호 인증', en: 'Certification of the recipient' },
  adequacyDecision: { ko: '보호수준 동등성 인정 국가', en: 'Adequacy recognition of the country' },
};

export const rightsChannelNames: Words<'web' | 'email' | 'phone' | 'mail' | 'inPerson' | 'app'> = {
  web: { ko: '웹사이트', en: 'Website' },
  email: { ko: '이메일', en: 'Email' },
  phone: { ko: '전화', en: 'Phone' },
  mail: { ko: '우편', en: 'Post' },
  inPerson: { ko: '방문', en: 'In person' },
  app: { ko: '앱', en: 'App' },
};

export const specialBasisNames: Words<'separateConsent' | 'legalObligation'> = {
  separateConsent: { ko: '별도 동의', en: 'Separate consent' },
  legalObligation: { ko: '법령에 근거', en: 'Required by law' },
};

export const thirdPartyBasisNames: Words<'consent' | 'legalObligation' | 'vitalInterest' | 'other'> = {
  consent: { ko: '정보주체의 동의', en: 'Consent' },
  legalObligation: { ko: '법령상 의무', en: 'Legal obligation' },
  vitalInterest: { ko: '생명·신체의 급박한 이익', en: 'Vital interest' },
  other: { ko: '기타 법적 근거', en: 'Other legal basis' },
};

export function word<K extends string>(words: Words<K>, key: K, locale: Locale): string {
  return words[key][locale];
}

const unitNames: Record<DurationUnit, { ko: string; en: [string, string] }> = {
  days: { ko: '일', en: ['day', 'days'] },
  months: { ko: '개월', en: ['month', 'months'] },
  years: { ko: '년', en: ['year', 'years'] },
};

/** "5년" / "5 years". */
export function formatDuration(duration: Duration, locale: Locale): string {
  const unit = unitNames[duration.unit];
  if (locale === 'ko') return `${duration.value}${unit.ko}`;
  return `${duration.value} ${duration.value === 1 ? unit.en[0] : unit.en[1]}`;
}

/** "2026. 2. 4." / "4 Feb 2026" from a YYYY-MM-DD date, independent of the reader's time zone. */
export function formatDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  if (locale === 'ko') return `${year}. ${month}. ${day}.`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${day} ${months[month - 1]} ${year}`;
}

const regionNames: Partial<Record<Locale, Intl.DisplayNames>> = {};

/** The country's name in the reader's language ("미국" / "United States"), or the code itself if unknown. */
export function countryName(code: string, locale: Locale): string {
  try {
    regionNames[locale] ??= new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    return regionNames[locale].of(code) ?? code;
  } catch {
    return code;
  }
}

/** "회원 탈퇴 시까지" / "Until you close your account", "5년 (전자상거래법)" … */
export function formatRetention(retention: Retention, locale: Locale): string {
  switch (retention.kind) {
    case 'untilAccountDeletion':
      return locale === 'ko' ? '회원 탈퇴 시까지' : 'Until you close your account';
    case 'untilPurposeFulfilled':
      return locale === 'ko' ? '처리 목적 달성 시까지' : 'Until the purpose is fulfilled';
    case 'untilConsentWithdrawn':
      return locale === 'ko' ? '동의 철회 시까지' : 'Until you withdraw consent';
    case 'period':
      return formatDuration(retention.duration, locale);
    case 'law':
      return `${formatDuration(retention.duration, locale)} (${localize(retention.law, locale)})`;
    case 'custom':
      return localize(retention.description, locale);
  }
}

/** Joins names the way each language lists them: "미국, 일본" / "the US and Japan". */
export function formatList(values: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(values);
}
