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
  missing_choice: {
    ko: '값이 없습니다. 다음 중 하나를 적어 주세요: {values}{hint}',
    en: 'This field is missing: use one of {values}.{hint}',
  },
  unknown_value: {
    ko: '여기에 쓸 수 없는 값입니다: {value}. 다음 중 하나를 적어 주세요: {values}',
    en: '{value} is not allowed here. Use one of: {values}',
  },
  unknown_key: {
    ko: '알 수 없는 항목입니다: "{key}".{suggestion} 철자를 확인하거나 이 항목을 지워 주세요.',
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
  // An exclusive minimum (a number of days or years must be above 0): "0 이상" would allow the 0 it refuses.
  not_above: {
    ko: '값이 너무 작습니다. {minimum}보다 커야 합니다.',
    en: 'Too small: it must be more than {minimum}.',
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
    ko: '올바른 날짜가 아닙니다: {value}. 달력에 있는 날짜를 YYYY-MM-DD 형식으로 적어 주세요. 예: "2026-02-04"',
    en: '{value} is not a valid date. Write a real calendar date as YYYY-MM-DD, e.g. "2026-02-04".',
  },
  invalid_email: {
    ko: '올바른 이메일 주소가 아닙니다: {value}. 예: "privacy@example.co.kr"',
    en: '{value} is not a valid email address, e.g. "privacy@example.com".',
  },
  invalid_phone: {
    ko: '올바른 전화번호가 아닙니다: {value}. 숫자와 하이픈으로 적어 주세요. 예: "02-1234-5678"',
    en: '{value} is not a valid phone number. Use digits and hyphens, e.g. "02-1234-5678".',
  },
  invalid_url: {
    ko: '올바른 주소가 아닙니다: {value}. https://로 시작하는 주소를 적어 주세요.',
    en: '{value} is not a valid web address. Write one starting with https://.',
  },
  invalid_country: {
    ko: '국가 코드가 아닙니다: {value}. ISO 3166-1 두 글자 대문자 코드로 적어 주세요. 예: "US"',
    en: '{value} is not a country code. Use the two-letter ISO 3166-1 code in capitals, e.g. "US".',
  },
  invalid_id: {
    ko: 'id로 쓸 수 없는 값입니다: {value}. 영문 소문자, 숫자, 하이픈만 써 주세요. 예: "account-management"',
    en: '{value} is not a valid id. Use lower-case letters, digits and hyphens, e.g. "account-management".',
  },
  missing_text: {
    ko: '한국어("ko"), 영어("en") 등 한 가지 이상 언어로 문장을 적어 주세요. 예: {"ko": "이메일 주소"}',
    en: 'Give the text in at least one language, Korean ("ko"), English ("en") or another, e.g. {"en": "Email address"}.',
  },
  duplicate_id: {
    ko: '이미 쓰인 id입니다: {value}. 다른 id를 적어 주세요.',
    en: 'The id {value} is already used: give this entry a different id.',
  },
  unknown_purpose: {
    ko: 'purposes에 없는 목적 id입니다: {value}. purposes에 추가하거나 다음 중 하나를 적어 주세요: {values}',
    en: 'Purpose id {value} is not in purposes. Add it there or use one of: {values}',
  },
  missing_law: {
    ko: '법령상 의무(legalObligation)를 근거로 하면 그 법률 이름을 "law"에 적어야 합니다.',
    en: 'With the basis legalObligation, name the law that requires it in "law".',
  },
  missing_refusal_effect: {
    ko: '거부할 수 있는 항목이면 거부할 때 무엇을 잃는지 "effect"에 적어 주세요: none(불이익 없음), featureUnavailable(일부 기능 제한), serviceUnavailable(서비스 이용 불가), contractTerminated(계약 해지) 중 하나(개인정보 보호법 제16조제3항).',
    en: 'An item the user can refuse must say what refusing costs in "effect": one of none, featureUnavailable, serviceUnavailable, contractTerminated (PIPA Art. 16(3)).',
  },
  refusal_effect_without_refusal: {
    ko: '거부할 수 없는 항목("canRefuse": false)에는 거부의 효과("effect")가 없습니다. "effect"를 지우거나, 거부할 수 있다면 "canRefuse"를 true로 고쳐 주세요.',
    en: 'An item that cannot be refused ("canRefuse": false) has no refusal "effect". Remove "effect", or set "canRefuse" to true if it can be refused.',
  },
  declinable_consent_not_refusable: {
    ko: '근거가 {value}인 동의는 거부할 수 있어야 합니다. "canRefuse"를 true로 고치거나, 거부할 수 없다면 실제 근거(예: consentRequired, contract)를 적어 주세요(개인정보 보호법 제22조제5항).',
    en: 'Consent on the basis {value} must be possible to decline. Set "canRefuse" to true, or if it cannot be declined, give the real basis (e.g. consentRequired, contract) (PIPA Art. 22(5)).',
  },
  deemed_consent_not_refusable: {
    ko: '간주 동의(deemedConsent)는 정해진 기간 안에 거부할 수 있어야 성립하는데, 이 항목은 거부할 수 없다고("canRefuse": false) 적었습니다. 거부할 수 있다면 "canRefuse"를 true로 고치고 거부의 효과("effect")를 적어 주세요. 거부할 수 없다면 실제 근거(예: contract, legalObligation)를 적고 "deemedConsent"를 지워 주세요.',
    en: 'Deemed consent (deemedConsent) exists only if users can object within the period, but this item says it cannot be refused ("canRefuse": false). If it can be refused, set "canRefuse" to true and give its "effect"; if not, give the real basis (e.g. contract, legalObligation) and remove "deemedConsent".',
  },
  ads_consent_without_opt_out: {
    ko: '맞춤형 광고의 근거가 {value}이면 이용자가 거부할 수 있어야 하는데, 거부할 방법이 없다고("available": false) 적었습니다. 거부할 수 있다면 "available"을 true로 고치고 방법을 "how"에 적어 주세요. 거부할 수 없다면 실제 근거를 "basis"에 적어 주세요.',
    en: 'Personalised ads on the basis {value} must be possible to decline, but this says there is no way to opt out ("available": false). If users can opt out, set "available" to true and list the steps in "how"; if not, give the real basis in "basis".',
  },
  missing_advertising_basis: {
    ko: '맞춤형 광고를 위해 행태정보를 수집하는 근거("basis")가 없습니다. 처리방침에 실제로 적은 근거를 다음 중 하나로 적어 주세요: consentRequired(필수 동의), consentOptional(선택 동의), separateConsent(별도 동의), contract(계약 체결·이행), legalObligation(법령상 의무), legitimateInterest(정당한 이익), vitalInterest(생명·신체·재산의 이익), publicInterest(공공의 안전·이익), deemedConsent(간주 동의). 예: "basis": "consentOptional"',
    en: 'The legal basis ("basis") for collecting behavioural information for personalised ads is missing. Give the basis the policy actually relies on, one of: consentRequired, consentOptional (optional consent), separateConsent, contract, legalObligation, legitimateInterest, vitalInterest, publicInterest, deemedConsent, e.g. "basis": "consentOptional".',
  },
  missing_deemed_consent: {
    ko: '간주 동의(deemedConsent)를 근거로 하면 거부 의사를 밝힐 수 있는 기간과 방법을 적어 주세요. 예: "deemedConsent": {"objectionDays": 7, "howToObject": {"ko": "…"}}',
    en: 'With the basis deemedConsent, say how long users have to object and how, e.g. "deemedConsent": {"objectionDays": 7, "howToObject": {"en": "…"}}.',
  },
  deemed_consent_without_basis: {
    ko: '근거가 {value}이므로 간주 동의 내용("deemedConsent")은 맞지 않습니다. 근거를 deemedConsent로 고치거나 "deemedConsent"를 지워 주세요.',
    en: 'The basis is {value}, so "deemedConsent" does not apply. Set the basis to deemedConsent or remove "deemedConsent".',
  },
  unknown_item: {
    ko: 'collectedItems에 없는 항목 id입니다: {value}. 이 정보를 collectedItems에 한 번 적고 그 id를 적어 주세요. 있는 id: {values}',
    en: 'No collectedItems entry has the id {value}. Describe the information once in collectedItems and refer to its id. Known ids: {values}',
  },
  special_category_basis: {
    ko: '민감정보와 고유식별정보는 별도 동의(separateConsent)나 법령(legalObligation)에 근거해야 하는데, 이 항목의 근거는 {value}입니다. collectedItems에서 그 항목의 근거를 고쳐 주세요(개인정보 보호법 제23조·제24조).',
    en: "Sensitive information and unique identifiers need separate consent (separateConsent) or a law (legalObligation), but the item it refers to has the basis {value}. Fix that item's basis in collectedItems (PIPA Arts. 23, 24).",
  },
  duplicate_data_type: {
    ko: '같은 종류({value})가 이 항목의 dataTypes에 두 번 있습니다. 한 번만 적고 이것은 지워 주세요.',
    en: "{value} is already in this item's dataTypes: say it once and remove this entry.",
  },
  biometric_implied_by_recognition: {
    ko: 'biometricRecognition(생체인식정보)은 생체정보라는 뜻을 이미 담고 있습니다. dataTypes에서 biometric을 지워 주세요.',
    en: 'biometricRecognition already says the item holds biometric data: remove biometric from dataTypes.',
  },
  sensitive_data_type_basis: {
    ko: '이 항목은 dataTypes에 적은 종류({value}) 때문에 민감정보입니다(개인정보 보호법 제23조). 근거를 별도 동의나 법령({values}) 중 하나로 고치거나, 그런 정보가 없다면 dataTypes에서 그 종류를 지워 주세요.',
    en: 'This item holds {value} data, which is sensitive information (PIPA Art. 23): set its basis to one of {values}, or remove {value} from dataTypes if it does not hold such data.',
  },
  sensitive_stated_twice: {
    ko: '항목 {value}의 정보는 dataTypes(건강정보·생체인식정보)만으로 이미 민감정보입니다. 이 항목을 지우거나, 공개될 가능성(disclosureRisk)이나 비공개 방법(howToKeepPrivate)을 적을 때만 남겨 주세요.',
    en: 'The item {value} is already sensitive information through its dataTypes (health, biometric recognition): remove this entry, or keep it only to add disclosureRisk or howToKeepPrivate.',
  },
  missing_opt_out_steps: {
    ko: '거부할 수 있다면("available": true) 거부하는 방법을 "how"에 적어 주세요.',
    en: 'If users can refuse ("available": true), list the steps in "how".',
  },
  opt_out_steps_without_opt_out: {
    ko: '거부할 수 없다고("available": false) 적었는데 거부 방법("how")이 있습니다. 거부할 수 있다면 "available"을 true로 고치고, 아니면 "how"를 지워 주세요.',
    en: 'This says users cannot refuse ("available": false) but lists steps to refuse ("how"). Set "available" to true, or remove "how".',
  },
  minimum_age_contradiction: {
    ko: '만 14세 미만의 정보를 처리한다고 적었지만, 서비스 이용 가능 나이("minimumAge")는 {value}세입니다. 둘 중 하나를 고쳐 주세요.',
    en: 'This says information about children under 14 is processed, but the service\'s minimum age ("minimumAge") is {value}. Correct one of them.',
  },
  invalid_language_tag: {
    ko: '언어 태그가 아닙니다: {value}. "ko", "en", "ja"처럼 소문자 언어 코드를 적어 주세요.',
    en: '{value} is not a language tag. Use a lower-case language code such as "ko", "en" or "ja".',
  },
  missing_overseas_transfer: {
    ko: '다른 나라({value})로 가는 정보가 있으므로 overseasTransfer에 그 나라로의 국외 이전 사항을 적어 주세요(시행령 제31조).',
    en: 'Information goes to {value}, so describe that transfer in overseasTransfer (Enforcement Decree Art. 31).',
  },
  overseas_transfer_to_korea: {
    ko: '국외 이전의 국가가 대한민국(KR)입니다. 국내 수탁자라면 entrustment에, 국내 제3자라면 thirdPartyProvision에 적고 overseasTransfer에서는 지워 주세요. 다른 나라로 이전한다면 그 나라의 코드를 적어 주세요. 예: "US"',
    en: 'The country of this overseas transfer is Korea (KR). Describe a processor in Korea in entrustment and a third party in Korea in thirdPartyProvision, and remove it from overseasTransfer. If the information goes to another country, give that country’s code, e.g. "US".',
  },
  missing_guardian_consent: {
    ko: '만 14세 미만 아동의 정보를 처리하면 법정대리인 동의 방법(guardianConsent)을 적어야 합니다(개인정보 보호법 제22조의2).',
    en: 'Processing data of children under 14 needs the guardian-consent method in guardianConsent (PIPA Art. 22-2).',
  },
  duplicate_version: {
    ko: '같은 버전 이름이 두 번 나옵니다: {value}. 버전 이름을 서로 다르게 적어 주세요.',
    en: 'Version {value} appears twice. Give each version its own name.',
  },
  effective_before_announced: {
    ko: '시행일이 공고일보다 앞섭니다. 변경 내용은 시행 전에 공고해야 합니다.',
    en: 'The effective date is before the announcement date. Announce a change before it takes effect.',
  },
  missing_additional_use_recipient: {
    ko: '추가적 제공(kind: "provision")이면 받는 자를 "recipient"에 적어 주세요(개인정보 보호법 제17조제4항). 직접 이용하는 것이면 kind를 "use"로 고쳐 주세요.',
    en: 'A further provision (kind "provision") needs the recipient in "recipient" (PIPA Art. 17(4)). If you use it yourself, set kind to "use".',
  },
  recipient_without_provision: {
    ko: '추가적 이용(kind: "use")에는 받는 자가 없습니다. 다른 곳에 제공하는 것이면 kind를 "provision"으로 고치고, 아니면 "recipient"를 지워 주세요.',
    en: 'A further use (kind "use") has no recipient. If it goes to someone else, set kind to "provision"; otherwise remove "recipient".',
  },
  duplicate_criterion: {
    ko: '같은 고려사항({value})이 두 번 나옵니다. 고려사항마다 판단 내용을 한 번만 적어 주세요(시행령 제14조의2).',
    en: 'The criterion {value} appears twice. Give each criterion’s assessment once (Enforcement Decree Art. 14-2).',
  },
  generative_ai_without_data: {
    ko: '생성형 AI가 어떤 개인정보를 처리하는지 적어 주세요: 입력·출력 정보는 "prompts"에, 학습에 쓰는 정보는 "training"에(둘 다 가능).',
    en: 'Say which personal information generative AI processes: prompts and outputs in "prompts", training data in "training" (or both).',
  },
  missing_certification_name: {
    ko: '인증 종류가 other이면 인증 이름을 "name"에 적어 주세요. 예: {"ko": "개인정보 보호 우수 사이트"}',
    en: 'With the scheme other, give the certification’s name in "name", e.g. {"en": "Privacy Mark"}.',
  },
  certificate_ends_before_it_starts: {
    ko: '인증 유효기간의 끝({value})이 시작보다 앞섭니다. "validFrom"과 "validTo"를 인증서에 적힌 대로 고쳐 주세요.',
    en: 'The certificate’s period ends ({value}) before it starts. Copy "validFrom" and "validTo" from the certificate.',
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
