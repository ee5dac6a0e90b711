import type { LocalizedText } from './text.js';

/**
 * Every validation problem has a stable code (safe to match on in code) and a message in Korean and English that says
 * how to fix it. Placeholders in braces are filled from the issue. Messages do not repeat the place: show them next to `jsonPath`.
 */
export const policyErrorMessages = {
  required: {
    ko: '값이 없습니다. {expected} 값을 추가해 주세요.{hint}',
    en: 'This field is missing: add {expected}.{hint}',
  },
  invalid_type: {
    ko: '형식이 맞지 않습니다. {received} 대신 {expected} 값을 적어 주세요.{hint}',
    en: 'Wrong type: expected {expected}, got {received}.{hint}',
  },
  unknown_value: {
    ko: '{value}은(는) 여기에 쓸 수 없는 값입니다. 다음 중 하나를 적어 주세요: {values}',
    en: '{value} is not allowed here. Use one of: {values}',
  },
  unknown_key: {
    ko: '알 수 없는 항목 "{key}"이(가) 있습니다.{suggestion} 철자를 확인하거나 이 항목을 지워 주세요.',
    en: 'Unknown field "{key}".{suggestion} Check the spelling or remove it.',
  },
  too_few: {
    ko: '항목이 {minimum}개 이상 있어야 합니다. 항목을 추가해 주세요.',
    en: 'At least {minimum} entr{plural} needed: add one.',
  },
  empty_text: {
    ko: '비어 있습니다. 내용을 적어 주세요.',
    en: 'This text is empty: write it.',
  },
  too_small: {
    ko: '값이 너무 작습니다. {minimum} 이상이어야 합니다.',
    en: 'Too small: it must be at least {minimum}.',
  },
  not_integer: {
    ko: '정수를 적어 주세요. 예: 5',
    en: 'Write a whole number, e.g. 5.',
  },
  too_big: {
    ko: '값이 너무 큽니다. {maximum} 이하여야 합니다.',
    en: 'Too large: it must be at most {maximum}.',
  },
  invalid_date: {
    ko: '날짜 {value}이(가) 올바르지 않습니다. 달력에 있는 날짜를 YYYY-MM-DD 형식으로 적어 주세요. 예: "2026-02-04"',
    en: '{value} is not a valid date. Write a real calendar date as YYYY-MM-DD, e.g. "2026-02-04".',
  },
  invalid_email: {
    ko: '{value}은(는) 올바른 이메일 주소가 아닙니다. 예: "privacy@example.co.kr"',
    en: '{value} is not a valid email address, e.g. "privacy@example.com".',
  },
  invalid_phone: {
    ko: '{value}은(는) 올바른 전화번호가 아닙니다. 숫자와 하이픈으로 적어 주세요. 예: "02-1234-5678"',
    en: '{value} is not a valid phone number. Use digits and hyphens, e.g. "02-1234-5678".',
  },
  invalid_url: {
    ko: '{value}은(는) 올바른 주소가 아닙니다. https://로 시작하는 주소를 적어 주세요.',
    en: '{value} is not a valid web address. Write one starting with https://.',
  },
  invalid_country: {
    ko: '{value}은(는) 국가 코드가 아닙니다. ISO 3166-1 두 글자 대문자 코드로 적어 주세요. 예: "US"',
    en: '{value} is not a country code. Use the two-letter ISO 3166-1 code in capitals, e.g. "US".',
  },
  invalid_id: {
    ko: '{value}은(는) id로 쓸 수 없습니다. 영문 소문자, 숫자, 하이픈만 써 주세요. 예: "account-management"',
    en: '{value} is not a valid id. Use lower-case letters, digits and hyphens, e.g. "account-management".',
  },
  missing_text: {
    ko: '한국어("ko") 또는 영어("en") 문장을 하나 이상 적어 주세요. 예: {"ko": "이메일 주소"}',
    en: 'Give Korean ("ko") and/or English ("en") text, e.g. {"en": "Email address"}.',
  },
  duplicate_id: {
    ko: 'id {value}이(가) 이미 쓰였습니다. 다른 id를 적어 주세요.',
    en: 'The id {value} is already used: give this entry a different id.',
  },
  unknown_purpose: {
    ko: '목적 id {value}이(가) purposes에 없습니다. purposes에 추가하거나 다음 중 하나를 적어 주세요: {values}',
    en: 'Purpose id {value} is not in purposes. Add it there or use one of: {values}',
  },
  missing_law: {
    ko: '법령상 의무(legalObligation)를 근거로 하면 그 법률 이름을 "law"에 적어야 합니다.',
    en: 'With the basis legalObligation, name the law that requires it in "law".',
  },
  missing_refusal_consequence: {
    ko: '필수 동의 항목을 거부할 수 있다면, 거부할 때 어떤 불이익이 있는지 "consequence"에 적어 주세요(개인정보 보호법 제16조제3항).',
    en: 'A required item the user can refuse must say what refusing costs in "consequence" (PIPA Art. 16(3)).',
  },
  missing_overseas_transfer: {
    ko: '{value}(으)로 이전되는 정보가 있으므로 overseasTransfer에 그 나라로의 국외 이전 사항을 적어 주세요(시행령 제31조).',
    en: 'Information goes to {value}, so describe that transfer in overseasTransfer (Enforcement Decree Art. 31).',
  },
  missing_guardian_consent: {
    ko: '만 14세 미만 아동의 정보를 처리하면 법정대리인 동의 방법(guardianConsent)을 적어야 합니다(개인정보 보호법 제22조의2).',
    en: 'Processing data of children under 14 needs the guardian-consent method in guardianConsent (PIPA Art. 22-2).',
  },
  duplicate_version: {
    ko: '버전 {value}이(가) 두 번 나옵니다. 버전 이름을 서로 다르게 적어 주세요.',
    en: 'Version {value} appears twice. Give each version its own name.',
  },
  effective_before_announced: {
    ko: '시행일이 공고일보다 앞섭니다. 변경 내용은 시행 전에 공고해야 합니다.',
    en: 'The effective date is before the announcement date. Announce a change before it takes effect.',
  },
  invalid_input: {
    ko: '값이 올바르지 않습니다.{hint}',
    en: 'This value is not valid.{hint}',
  },
  unreadable_input: {
    ko: '입력을 읽을 수 없습니다({value}). JSON으로 나타낼 수 있는 객체를 넘겨 주세요.',
    en: 'The input could not be read ({value}). Pass an object that can be written as JSON.',
  },
} as const satisfies Record<string, Required<LocalizedText>>;

export type PolicyErrorCode = keyof typeof policyErrorMessages;

export function isPolicyErrorCode(value: string): value is PolicyErrorCode {
  return Object.hasOwn(policyErrorMessages, value);
}
