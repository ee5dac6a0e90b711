import type { DiffArea } from '../diff/diffPolicies.js';
import { koLabelTitles } from '../generated/labelTitles.js';
import { withParticle } from '../i18n/korean.js';
import { articleParts, groupByLaw } from '../i18n/legalReference.js';
import type { Translation } from '../i18n/translations.js';
import type { CaptionContext, SchemaWords } from '../i18n/words.js';
import type { RetentionPeriod } from '../labels/policyFacts.js';
import type { OpenEndedRetentionKind } from '../labels/retention.js';
import type { TextInLocale } from '../lint/lintWords.js';
import type { PurposeName } from '../lint/rules.js';
import type { Duration } from '../primitives.js';

const unitNames: Record<Duration['unit'], string> = { days: '일', months: '개월', years: '년' };
const duration = (value: Duration) => `${value.value}${unitNames[value.unit]}`;

const openEnded: Record<OpenEndedRetentionKind, string> = {
  untilAccountDeletion: '회원 탈퇴 시까지',
  untilConsentWithdrawn: '동의 철회 시까지',
  untilPurposeFulfilled: '목적 달성 시까지',
};

/** "계약 기록 등 5년" */
const period = (value: RetentionPeriod, { text }: CaptionContext) =>
  `${text(value.subject)}${value.moreItems ? ' 등' : ''} ${duration(value.duration)}`;
const kept = (value: RetentionPeriod, context: CaptionContext) =>
  `${period(value, context)} ${value.byLaw ? '법정 보관' : '보관'}`;

let regionNames: Intl.DisplayNames | undefined;

function article(text: string): string {
  const range = text.split('~');
  if (range.length === 2) return `${article(range[0]!)}~${article(range[1]!)}`;
  const parts = articleParts(text);
  return (
    `제${parts.article}조${parts.branch ? `의${parts.branch}` : ''}` +
    (parts.paragraph ? `제${parts.paragraph}항` : '') +
    (parts.subparagraph
      ? `제${parts.subparagraph}호${parts.subparagraphBranch ? `의${parts.subparagraphBranch}` : ''}`
      : '')
  );
}

const title = (id: string) => koLabelTitles[id]!;

/** Names as the PIPC caption rule lists them: up to three, else two and how many more ("A, B 외 3개"). */
const someKo = (names: readonly string[]) =>
  names.length <= 3 ? names.join(', ') : `${names.slice(0, 2).join(', ')} 외 ${names.length - 2}개`;

/** A purpose a lint rule names: the policy's title, or personalised ads. */
const purposeNameKo = (text: TextInLocale) => (purpose: PurposeName) =>
  purpose === 'personalisedAdvertising' ? '맞춤형 광고' : text(purpose);

const diffAreasKo: Record<DiffArea, string> = {
  purposes: '처리 목적',
  collectedItems: '처리 항목',
  sensitiveInformation: '민감정보',
  uniqueIdentifiers: '고유식별정보',
  retention: '보유 기간',
  thirdPartyProvision: '제3자 제공',
  entrustment: '처리 위탁',
  overseasTransfer: '국외 이전',
  automaticCollection: '자동 수집 장치',
  behaviouralAdvertising: '맞춤형 광고',
  children: '아동',
  rights: '정보주체의 권리',
  contacts: '연락처',
};

/** The schema's words in Korean: label titles (from the label metadata), descriptions and captions, and values. */
export const schemaKo: SchemaWords = {
  locale: 'ko',
  labels: {
    'collected-items': {
      title: title('collected-items'),
      heading: '처리하는 개인정보 항목',
      description: '어떤 개인정보를 언제, 어떤 근거로 수집하는지 알려 줍니다.',
      caption: ({ required, optional, separate, deemed }) => {
        const parts = [
          optional || separate || deemed ? (required ? `필수 ${required}개` : '') : '',
          optional ? `선택 ${optional}개` : '',
          separate ? `별도 동의 ${separate}개` : '',
          deemed ? `간주 동의 ${deemed}개` : '',
        ].filter(Boolean);
        return parts.length === 0 ? `필수 항목 ${required}개` : `${parts.join(' · ')} 항목`;
      },
    },
    'sensitive-information': {
      title: title('sensitive-information'),
      heading: '민감정보의 처리',
      description: '건강, 신념 등 민감정보를 처리하는지, 공개될 위험과 비공개로 선택하는 방법을 알려 줍니다.',
      caption: ({ count }) => `민감정보 ${count}종 처리`,
    },
    'unique-identifiers': {
      title: title('unique-identifiers'),
      heading: '고유식별정보의 처리',
      description: '주민등록번호, 여권번호 등 고유식별정보를 처리하는 근거를 알려 줍니다.',
      caption: ({ kinds }, { words }) =>
        `${kinds.map((kind) => words.uniqueIdentifiers[kind]).join(', ')} 처리`,
    },
    purposes: {
      title: title('purposes'),
      heading: '개인정보의 처리 목적',
      description: '개인정보를 무엇을 위해 이용하는지 알려 줍니다.',
      caption: ({ count, byDeemedConsent }) =>
        `처리 목적 ${count}가지${byDeemedConsent ? ` · 간주 동의 ${byDeemedConsent}가지` : ''}`,
    },
    retention: {
      title: title('retention'),
      heading: '개인정보의 처리 및 보유 기간',
      description:
        '개인정보를 얼마나 오래 보관하는지, 다른 법률에 따라 보관하는 정보는 무엇인지 알려 줍니다.',
      caption: (facts, context) => {
        const parts: string[] = [];
        if (facts.longest) parts.push(kept(facts.longest, context));
        if (facts.longestByLaw) parts.push(kept(facts.longestByLaw, context));
        if (facts.openEnded) {
          parts.push(
            parts.length > 0 ? `그 외 ${openEnded[facts.openEnded]}` : `${openEnded[facts.openEnded]} 보관`,
          );
        }
        return parts.length > 0 ? parts.join(' · ') : '항목별 보관 기간 안내';
      },
    },
    destruction: {
      title: title('destruction'),
      heading: '개인정보의 파기 절차 및 방법',
      description: '보유 기간이 끝난 개인정보를 어떤 절차와 방법으로 파기하는지 알려 줍니다.',
      caption: ({ deadline }) => (deadline ? `${duration(deadline)} 이내 파기` : '지체 없이 파기'),
    },
    'third-party-provision': {
      title: title('third-party-provision'),
      heading: '개인정보의 제3자 제공',
      description: '개인정보를 다른 회사나 기관에 제공하는지, 누구에게 무엇을 왜 제공하는지 알려 줍니다.',
      caption: ({ count, recipients, byLaw }, { words, text }) => {
        const head =
          byLaw === count
            ? `법령에 따른 제3자 제공 ${count}곳`
            : `제3자 제공 ${count}곳${byLaw > 0 ? `(법령에 따른 제공 ${byLaw}곳)` : ''}`;
        return `${head}: ${words.format.someOrganisations(recipients.map(text))}`;
      },
    },
    entrustment: {
      title: title('entrustment'),
      heading: '개인정보 처리업무의 위탁',
      description: '개인정보 처리 업무를 맡긴 수탁자와 맡긴 업무를 알려 줍니다.',
      caption: ({ count, processors }, { words, text }) =>
        `처리 위탁 ${count}곳: ${words.format.someOrganisations(processors.map(text))}`,
    },
    'overseas-transfer': {
      title: title('overseas-transfer'),
      heading: '개인정보의 국외 이전',
      description:
        '개인정보가 다른 나라로 이전되는지, 어느 나라의 누구에게 어떤 근거로 이전되는지 알려 줍니다.',
      caption: ({ countries }, { words }) =>
        countries.length <= 3
          ? `국외 이전: ${countries.map(words.format.country).join(', ')}`
          : `국외 이전 ${countries.length}개국`,
    },
    'automatic-collection': {
      title: title('automatic-collection'),
      heading: '개인정보 자동 수집 장치의 설치·운영 및 거부',
      description: '쿠키 등 자동으로 정보를 수집하는 장치를 쓰는지, 거부하는 방법을 알려 줍니다.',
      caption: ({ usesCookies, deviceCount, canRefuse }) =>
        `${usesCookies ? '쿠키 사용' : `자동 수집 장치 ${deviceCount}종`} · ${canRefuse ? '거부 가능' : '거부 불가'}`,
    },
    'behavioural-advertising': {
      title: title('behavioural-advertising'),
      heading: '행태정보의 수집·이용 및 맞춤형 광고',
      description: '행태정보를 수집해 맞춤형 광고에 쓰는지, 누가 수집하며 어떻게 거부하는지 알려 줍니다.',
      caption: ({ canOptOut, deemedConsent }) =>
        ['맞춤형 광고', deemedConsent ? '간주 동의' : '', canOptOut ? '거부 가능' : '거부 불가']
          .filter(Boolean)
          .join(' · '),
    },
    'pseudonymised-information': {
      title: title('pseudonymised-information'),
      heading: '가명정보의 처리',
      description: '개인정보를 가명처리해 통계, 연구 등에 쓰는지 알려 줍니다.',
      caption: ({ count }) => `가명정보 처리 ${count}건`,
    },
    'automated-decisions': {
      title: title('automated-decisions'),
      heading: '자동화된 결정에 대한 권리',
      description:
        '사람의 개입 없이 자동으로 내리는 결정이 있는지, 기준과 거부·설명 요구 방법을 알려 줍니다.',
      caption: ({ count, canObject }) =>
        `자동화된 결정 ${count}건${canObject ? ' · 거부·설명 요구 가능' : ''}`,
    },
    children: {
      title: title('children'),
      heading: '만 14세 미만 아동의 개인정보 처리',
      description: '만 14세 미만 아동의 개인정보를 처리하는지, 법정대리인 동의를 어떻게 받는지 알려 줍니다.',
      caption: ({ guardianConsent }) => (guardianConsent ? '만 14세 미만 · 법정대리인 동의' : '만 14세 미만'),
    },
    'data-subject-rights': {
      title: title('data-subject-rights'),
      heading: '정보주체의 권리·의무 및 행사 방법',
      description: '열람, 정정·삭제, 처리정지, 동의 철회를 요구할 권리와 그 방법을 알려 줍니다.',
      caption: ({ responseTime }) =>
        responseTime
          ? `열람·정정·삭제 요구 · ${duration(responseTime)} 내 답변`
          : '열람·정정·삭제·처리정지 요구',
    },
    'security-measures': {
      title: title('security-measures'),
      heading: '개인정보의 안전성 확보 조치',
      description: '개인정보를 안전하게 지키기 위한 관리적·기술적·물리적 조치를 알려 줍니다.',
      caption: ({ count }) => (count > 0 ? `보호 조치 ${count}가지` : '관리적·기술적·물리적 조치'),
    },
    'privacy-officer': {
      title: title('privacy-officer'),
      heading: '개인정보 보호책임자',
      description: '개인정보 처리에 책임지는 보호책임자와 연락처를 알려 줍니다.',
      caption: ({ name }, { text }) => `보호책임자 ${text(name)}`,
    },
    'grievance-department': {
      title: title('grievance-department'),
      heading: '개인정보 열람 청구 및 고충 처리 부서',
      description: '개인정보 관련 문의와 불만을 처리하는 부서와 연락처를 알려 줍니다.',
      caption: ({ name, phone }, { text }) => `${text(name)} · ${phone}`,
    },
    remedies: {
      title: title('remedies'),
      heading: '권익 침해 구제 방법',
      description: '개인정보 침해를 신고하거나 분쟁 조정을 신청할 수 있는 기관을 알려 줍니다.',
      caption: ({ count }) => `구제 기관 ${count}곳`,
    },
    'policy-changes': {
      title: title('policy-changes'),
      heading: '개인정보 처리방침의 변경',
      description: '처리방침이 언제 어떻게 바뀌었는지, 이전 버전을 알려 줍니다.',
      caption: ({ effectiveOn }, { words }) => `${words.format.date(effectiveOn)} 시행`,
    },
  },
  attention: {
    'deemed-consent': ({ days }) => `간주 동의: ${days}일 안에 거부하지 않으면 동의한 것으로 봅니다`,
    'no-way-to-refuse': () => '거부할 수 없는 동의 항목이 있습니다',
    'refusal-ends-contract': () => '거부하면 이용 계약이 해지되는 항목이 있습니다',
    'ads-without-opt-out': () => '맞춤형 광고를 거부할 방법이 없습니다',
    'tracking-without-opt-out': () => '자동 수집을 거부할 방법이 없습니다',
    'overseas-transfer': () => '개인정보가 국외로 이전됩니다',
    'ads-to-children': () => '만 14세 미만 아동에게도 맞춤형 광고를 보여 줍니다',
    'resident-registration-number': () => '주민등록번호를 처리합니다',
    'adverse-change': () => '최근 변경이 이용자에게 불리할 수 있습니다',
  },
  legalBases: {
    consentRequired: '동의 (필수)',
    consentOptional: '동의 (선택)',
    separateConsent: '별도 동의',
    contract: '계약 체결·이행',
    legalObligation: '법령상 의무',
    legitimateInterest: '정당한 이익',
    vitalInterest: '생명·신체·재산의 이익',
    publicInterest: '공공의 안전·이익',
    deemedConsent: '간주 동의 (거부하지 않으면 동의)',
  },
  collectionStages: { signUp: '회원가입 시', serviceUse: '서비스 이용 시', automatic: '자동으로 생성·수집' },
  refusalEffects: {
    none: '거부해도 서비스 이용에 제한이 없습니다.',
    featureUnavailable: '거부하면 일부 기능을 이용할 수 없습니다.',
    serviceUnavailable: '거부하면 서비스를 이용할 수 없습니다.',
    contractTerminated: '거부하면 이용 계약이 해지됩니다.',
  },
  uniqueIdentifiers: {
    residentRegistrationNumber: '주민등록번호',
    passportNumber: '여권번호',
    driversLicenseNumber: '운전면허번호',
    alienRegistrationNumber: '외국인등록번호',
  },
  automaticCollectionDevices: {
    cookie: '쿠키',
    localStorage: '로컬 스토리지',
    webBeacon: '웹 비콘',
    sdk: '앱 SDK',
    advertisingId: '광고 식별자',
    other: '기타',
  },
  overseasTransferBases: {
    consent: '정보주체의 별도 동의',
    contractDisclosed: '계약 이행을 위한 처리위탁·보관으로 처리방침에 공개',
    lawOrTreaty: '법률·조약 등의 특별한 규정',
    certification: '개인정보 보호 인증',
    adequacyDecision: '보호수준 동등성 인정 국가',
  },
  thirdPartyBases: {
    consent: '정보주체의 동의',
    legalObligation: '법령상 의무',
    vitalInterest: '생명·신체의 급박한 이익',
    other: '기타 법적 근거',
  },
  specialCategoryBases: { separateConsent: '별도 동의', legalObligation: '법령에 근거' },
  rightsChannels: {
    web: '웹사이트',
    email: '이메일',
    phone: '전화',
    mail: '우편',
    inPerson: '방문',
    app: '앱',
  },
  laws: {
    pipa: '개인정보 보호법',
    pipaDecree: '개인정보 보호법 시행령',
    policyGuideline: '개인정보 처리방침 작성지침',
    adsGuideline: '맞춤형 광고 개인정보보호 가이드라인',
  },
  lint: {
    severities: { error: '오류', warning: '경고', notice: '참고' },
    summary: ({ error, warning, notice }) => `오류 ${error}개, 경고 ${warning}개, 참고 ${notice}개`,
    clean: '점검에서 찾은 문제가 없습니다.',
    rules: {
      'optional-purpose-on-required-consent': {
        title: '선택 목적을 필수 근거로 처리',
        description:
          '마케팅, 맞춤형 광고·추천, AI 학습, 프로파일링처럼 서비스 제공에 필요하지 않은 목적은 이용자가 거부할 수 있는 선택 동의나 별도 동의로만 처리해야 합니다.',
        message: ({ items, purposes, basis }, text) =>
          `「${someKo(items.map(text))}」 항목을 서비스에 필요하지 않은 목적(${purposes.map(purposeNameKo(text)).join(', ')})에 쓰면서 근거가 ‘${schemaKo.legalBases[basis]}’입니다. 이용자가 거부할 수 없습니다.`,
        fix: () =>
          '그 목적은 선택 동의(consentOptional)나 별도 동의(separateConsent)로 받아 거부할 수 있게 하거나, 필수 항목의 목적에서 빼 주세요.',
      },
      'optional-purpose-without-consent': {
        title: '선택 목적을 동의 없이 처리',
        description:
          '맞춤형 광고 등 서비스 밖의 목적을 정당한 이익 등 동의가 아닌 근거로 처리하면 유효한 동의 없이 행태정보를 수집한 것으로 볼 수 있습니다(2022년 구글·메타 처분).',
        message: ({ items, purposes, basis }, text) =>
          `「${someKo(items.map(text))}」 항목을 ${purposes.map(purposeNameKo(text)).join(', ')} 목적에 쓰는 근거가 ‘${schemaKo.legalBases[basis]}’입니다. 동의를 받지 않습니다.`,
        fix: () => '이 목적에는 선택 동의(consentOptional)를 받고, 거부하는 방법을 알려 주세요.',
      },
      'deemed-consent-beyond-contract': {
        title: '간주 동의로 계약 밖의 처리',
        description:
          '동의는 명확한 행위로 받아야 하며, 거부 의사를 밝히지 않았다고 동의로 볼 수 없습니다. 계약 이행에 필요한 것 밖의 처리는 이용자가 고를 수 있는 동의로 받아야 합니다.',
        message: ({ items, purposes, days }, text) =>
          `「${someKo(items.map(text))}」 항목을 ${days}일 안에 거부하지 않으면 동의한 것으로 보고(간주 동의) ${purposes.map(purposeNameKo(text)).join(', ')} 목적에 씁니다. 침묵은 동의가 아닙니다.`,
        fix: () =>
          '이 처리는 선택 동의(consentOptional)로 받아 거부해도 서비스를 쓸 수 있게 해 주세요. 계약 이행에 꼭 필요한 목적이라면 근거를 contract로 적고 그 목적에 "category": "necessary"를 적어 주세요.',
      },
      'refusal-costs-service': {
        title: '선택 항목 거부에 서비스 불이익',
        description:
          '서비스에 필요한 최소한의 정보 외의 수집이나 선택 동의를 거부했다는 이유로 서비스 제공을 거부하면 안 됩니다(과태료 최대 3천만 원).',
        message: ({ items, effect }, text) =>
          `서비스에 꼭 필요하지 않은 「${someKo(items.map(text))}」 항목을 거부하면 ${effect === 'contractTerminated' ? '이용 계약이 해지됩니다' : '서비스를 이용할 수 없습니다'}.`,
        fix: () =>
          '거부해도 서비스를 계속 쓸 수 있게 하고 "effect"를 none이나 featureUnavailable(그 기능만 제한)로 고쳐 주세요.',
      },
      'resident-registration-number-without-law': {
        title: '법령 근거 없는 주민등록번호',
        description:
          '주민등록번호는 법령이 요구하거나 허용할 때만 처리할 수 있고, 동의로는 처리할 수 없습니다.',
        message: ({ items }, text) =>
          `주민등록번호를 담은 「${someKo(items.map(text))}」 항목의 근거가 법령이 아닙니다. 동의만으로는 주민등록번호를 처리할 수 없습니다.`,
        fix: () =>
          '주민등록번호 처리를 요구하는 법령이 있다면 그 항목의 근거를 legalObligation으로 하고 "law"에 법령 이름을 적어 주세요. 없다면 주민등록번호를 받지 말고 다른 확인 수단을 쓰세요.',
      },
      'special-category-without-separate-consent': {
        title: '민감정보·고유식별정보에 별도 동의 없음',
        description: '민감정보와 고유식별정보는 다른 동의와 구분한 별도 동의나 법령에 근거해야 합니다.',
        message: ({ items, kind, basis }, text) =>
          `${kind === 'sensitive' ? '민감정보' : schemaKo.uniqueIdentifiers[kind]}를 담은 「${someKo(items.map(text))}」 항목의 근거가 ‘${schemaKo.legalBases[basis]}’입니다.`,
        fix: () =>
          '그 항목의 근거를 별도 동의(separateConsent)나 법령(legalObligation, "law"와 함께)으로 고쳐 주세요.',
      },
      'children-without-guardian-consent': {
        title: '만 14세 미만에 법정대리인 동의 없음',
        description: '만 14세 미만 아동의 개인정보를 처리하려면 법정대리인의 동의를 받아야 합니다.',
        message: ({ minimumAge }) =>
          minimumAge === undefined
            ? '만 14세 미만 아동의 정보를 처리하는데 법정대리인 동의 방법이 없습니다.'
            : `만 ${minimumAge}세부터 서비스를 쓸 수 있어 만 14세 미만 아동의 정보도 처리하게 되는데, 법정대리인 동의 방법이 없습니다.`,
        fix: () =>
          '"children"에 "collectsFromUnder14": true와 법정대리인 동의 방법("guardianConsent")을 적거나, 이용 가능 나이("minimumAge")를 14로 올려 주세요.',
      },
      'personalised-ads-to-children': {
        title: '만 14세 미만에게 맞춤형 광고',
        description:
          '만 14세 미만 아동의 행태정보로 맞춤형 광고를 하면 안 됩니다. 처리방침 작성지침은 아동 대상 광고 여부를 분명히 적도록 합니다.',
        message: () => '만 14세 미만 아동도 서비스를 쓰는데 맞춤형 광고에서 아동을 빼지 않습니다.',
        fix: () =>
          '만 14세 미만에게는 맞춤형 광고를 보여 주지 말고 행태정보도 모으지 마세요. 그런 뒤 "childrenUnder14Excluded"를 true로 고쳐 주세요.',
      },
      'overseas-transfer-particular-missing': {
        title: '국외 이전 사항 누락',
        description:
          '동의를 받아 국외로 이전할 때는 이전받는 자, 국가, 항목, 시기·방법, 목적, 보유 기간과 함께 거부 방법과 거부할 때의 불이익을 알려야 합니다.',
        message: ({ recipient, missing }, text) =>
          `「${text(recipient)}」에 대한 국외 이전에 ${missing.map((key) => (key === 'howToRefuse' ? '거부 방법' : '거부할 때의 불이익')).join('과 ')}이 없습니다.`,
        fix: ({ missing }) => `${missing.map((key) => `"${key}"`).join(', ')} 항목에 내용을 적어 주세요.`,
      },
      'automatic-collection-without-refusal': {
        title: '자동 수집을 거부할 방법 없음',
        description: '쿠키 등 자동 수집 장치를 쓰면 그 설치·운영과 거부하는 방법을 처리방침에 적어야 합니다.',
        message: () => '쿠키 등 자동 수집 장치를 거부할 방법이 없습니다.',
        fix: () =>
          '브라우저·앱 설정 등 거부하는 방법을 마련해 "optOut": {"available": true, "how": [...]}로 적어 주세요.',
      },
      'ads-without-opt-out': {
        title: '맞춤형 광고 거부 방법 없음',
        description: '맞춤형 광고는 이용자가 언제든지 허용하거나 차단할 수 있어야 합니다.',
        message: () => '맞춤형 광고를 거부할 방법이 없습니다.',
        fix: () => '설정 메뉴 등 맞춤형 광고를 끄는 방법을 마련해 "optOut"에 적어 주세요.',
      },
      'mandatory-item-missing': {
        title: '처리방침 필수 기재 사항 누락',
        description: '처리방침에는 법과 시행령이 정한 사항을 빠짐없이 적어야 합니다.',
        message: ({ item }) =>
          ({
            automaticCollection:
              '맞춤형 광고를 위해 행태정보를 모으는데, 자동 수집 장치(쿠키·SDK 등)의 설치·운영과 거부 방법이 없습니다.',
            securityMeasures: '안전성 확보 조치가 하나도 적혀 있지 않습니다.',
            contact: '보호책임자의 전화번호도, 고충처리 부서도 없어 연락할 곳이 부족합니다.',
          })[item],
        fix: ({ item }) =>
          ({
            automaticCollection: '"automaticCollection"에 쓰는 장치와 거부 방법을 적어 주세요.',
            securityMeasures: '"securityMeasures"에 관리적·기술적·물리적 조치를 적어 주세요.',
            contact:
              '보호책임자의 전화번호("privacyOfficer.phone")나 고충처리 부서("contactDepartment")를 적어 주세요.',
          })[item],
      },
      'sensitive-disclosure-missing': {
        title: '민감정보 공개 가능성 안내 누락',
        description:
          '서비스를 통해 민감정보가 공개될 수 있다면 그 가능성과 비공개로 선택하는 방법을 알려야 합니다.',
        message: ({ items, missing }, text) =>
          `민감정보 「${someKo(items.map(text))}」에 ${missing.map((key) => (key === 'disclosureRisk' ? '공개될 가능성' : '비공개로 선택하는 방법')).join('과 ')}이 없습니다.`,
        fix: ({ missing }) => `${missing.map((key) => `"${key}"`).join(', ')} 항목을 적어 주세요.`,
      },
      'change-notice-too-short': {
        title: '변경 공지 기간 부족',
        description:
          '처리를 늘리는 변경은 시행 7일 전, 이용자에게 불리한 변경은 30일 전에 알리는 것이 일반적인 기준입니다(법조문이 아닌 표준 문구와 지침의 권고).',
        message: ({ days, required, version }) =>
          `버전 ${version} 변경을 시행 ${days}일 전에 알렸습니다. ${required === 30 ? '이용자에게 불리한 변경은 30일' : '처리를 늘리는 변경은 7일'} 전에 알리는 것이 권장됩니다.`,
        fix: ({ required }) =>
          `공고일("announcedOn")을 시행일보다 ${required}일 이상 앞당기거나 시행일을 미뤄 주세요.`,
      },
      'significant-change-without-comparison': {
        title: '중요한 변경에 신구대조표 없음',
        description:
          '항목·목적이 바뀌는 등 중요한 변경은 변경 전후를 비교한 신구대조표와 함께 따로 알려야 합니다.',
        message: ({ version }) => `버전 ${version} 변경은 중요한 변경인데 신구대조표가 없습니다.`,
        fix: () =>
          '신구대조표를 공개하고 그 주소를 "comparisonUrl"에 적어 주세요. PolicyComparison 컴포넌트나 privacy-label diff --out으로 만들 수 있습니다.',
      },
      'adverse-change-not-declared': {
        title: '불리한 변경을 불리하다고 적지 않음',
        description:
          '이전 버전과 비교해 이용자에게 불리한 변경이 있으면 버전 기록에 그렇게 적어야 라벨에 ‘불리한 변경’ 표시가 나옵니다.',
        message: ({ version, adverseChanges }) =>
          `이전 버전과 비교하면 이용자에게 불리한 변경이 ${adverseChanges}건 있는데, ${version ? `버전 ${version} 기록에는 불리하지 않다고 적혀 있습니다` : '버전 기록이 없습니다'}.`,
        fix: ({ version }) =>
          version
            ? `버전 ${version}의 "adverseToUsers"를 true로 고쳐 주세요.`
            : '"versionHistory"에 이번 변경을 적고 "adverseToUsers": true로 표시해 주세요.',
      },
      'adverse-change-not-computed': {
        title: '불리하다고 적었지만 불리한 변경이 보이지 않음',
        description:
          '버전 기록은 불리한 변경이라고 하는데 데이터에서 불리한 변경을 찾지 못했습니다. 데이터에 빠진 변경이 있는지 확인하세요.',
        message: ({ version }) =>
          `버전 ${version} 기록은 불리한 변경이라고 하지만, 이전 버전과 비교해 불리한 변경을 찾지 못했습니다.`,
        fix: () =>
          '바뀐 내용이 데이터에 모두 반영됐는지 확인하고, 그렇다면 "adverseToUsers"를 false로 고쳐 주세요.',
      },
    },
  },
  diff: {
    areas: diffAreasKo,
    impacts: { adverse: '불리', favourable: '유리', neutral: '중립' },
    kinds: { added: '추가', removed: '삭제', changed: '변경' },
    reasons: {
      added: '새로 생겼습니다. 처리가 늘어납니다.',
      removed: '없어집니다. 처리가 줄어듭니다.',
      reworded: '표현이 바뀌었습니다.',
      itemsAdded: '처리하는 항목이 늘어납니다.',
      itemsRemoved: '처리하는 항목이 줄어듭니다.',
      purposesAdded: '같은 정보를 더 많은 목적에 씁니다.',
      purposesRemoved: '정보를 쓰는 목적이 줄어듭니다.',
      basisWider: '이용자가 결정할 수 있는 범위가 좁은 근거로 바뀝니다.',
      basisNarrower: '이용자가 더 쉽게 거부할 수 있는 근거로 바뀝니다.',
      basisChanged: '처리 근거가 바뀝니다.',
      refusalWeaker: '거부하기 어려워지거나 거부할 때 불이익이 커집니다.',
      refusalStronger: '거부하기 쉬워지거나 거부할 때 불이익이 줄어듭니다.',
      retentionLonger: '더 오래 보관합니다.',
      retentionShorter: '더 짧게 보관합니다.',
      retentionChanged: '보관 기준이 바뀝니다.',
      newCountry: '정보가 새로운 나라로 갑니다.',
      processorAdded: '처리를 맡기는 곳이 늘어납니다(같은 나라 안).',
      optOutRemoved: '거부할 방법이 없어집니다.',
      optOutAdded: '거부할 방법이 생깁니다.',
      childrenAdsAllowed: '만 14세 미만에게도 맞춤형 광고를 보여 줍니다.',
      childrenAdsExcluded: '만 14세 미만에게는 맞춤형 광고를 보여 주지 않습니다.',
      channelsRemoved: '권리를 행사하거나 연락할 방법이 줄어듭니다.',
      channelsAdded: '권리를 행사하거나 연락할 방법이 늘어납니다.',
      responseSlower: '요구에 답하는 기간이 길어집니다.',
      responseFaster: '요구에 답하는 기간이 짧아집니다.',
      contactChanged: '연락처가 바뀝니다.',
    },
    subject: (area, names) => `${diffAreasKo[area]}: ${someKo(names)}`,
    subjects: {
      automaticCollection: '자동 수집 장치',
      behaviouralAdvertising: '맞춤형 광고',
      children: '만 14세 미만 아동의 개인정보',
      rightsChannels: '권리 행사 방법',
      responseTime: '권리 행사 요구에 답하는 기간',
      privacyOfficer: '개인정보 보호책임자',
      contactDepartment: '고충처리 부서',
    },
    yes: '예',
    no: '아니요',
    cannotRefuse: '거부할 수 없습니다.',
  },
  changeNotice: {
    title: '개인정보 처리방침 변경 안내',
    headline: ({ controller, effectiveOn, version }) =>
      `${withParticle(controller, '은/는')} ${effectiveOn}부터 개인정보 처리방침${version ? `(버전 ${version})` : ''}을 바꿉니다.`,
    announced: ({ announcedOn, days }) => `${announcedOn}에 알립니다(시행 ${days}일 전).`,
    overall: {
      adverse:
        '이번 변경에는 이용자에게 불리한 내용이 있습니다. 아래에서 무엇이 바뀌는지, 어떻게 거부할 수 있는지 확인해 주세요.',
      favourable: '이번 변경은 이용자에게 유리한 내용입니다.',
      neutral: '이번 변경으로 처리하는 정보와 목적은 달라지지 않습니다.',
    },
    changesHeading: '무엇이 바뀌나요',
    labelsHeading: '바뀌는 라벨',
    labelBefore: '변경 전',
    labelAfter: '변경 후',
    newFlag: '새 주의 표시',
    objectHeading: '거부하려면',
    deadline: ({ subject, days, deadline }) =>
      `「${subject}」: 시행일부터 ${days}일이 지난 ${deadline}까지 거부 의사를 밝히지 않으면 동의한 것으로 봅니다.`,
    howToObject: '거부 방법',
    refusalEffect: '거부하면',
    findingsHeading: '점검에서 찾은 문제',
    findingsIntro: '처리방침 작성자를 위한 점검 결과입니다. 공개하기 전에 고쳐 주세요.',
    comparisonTitle: '신구대조표',
    comparisonCaption: ({ before, after }) => `${before} 시행 방침과 ${after} 시행 방침 비교`,
    columns: {
      area: '구분',
      subject: '내용',
      before: '변경 전',
      after: '변경 후',
      impact: '이용자 영향',
      reason: '이유',
    },
    absent: '없음',
    noChanges: '바뀐 내용이 없습니다.',
    previousVersions: '이전 버전',
  },
  format: {
    duration,
    date: (isoDate) => {
      const [year, month, day] = isoDate.split('-').map(Number);
      return `${year}. ${month}. ${day}.`;
    },
    retention: (retention, text) => {
      switch (retention.kind) {
        case 'untilAccountDeletion':
          return '회원 탈퇴 시까지';
        case 'untilPurposeFulfilled':
          return '처리 목적 달성 시까지';
        case 'untilConsentWithdrawn':
          return '동의 철회 시까지';
        case 'period':
          return duration(retention.duration);
        case 'law':
          return `${duration(retention.duration)} (${text(retention.law)})`;
        case 'custom':
          return text(retention.description);
      }
    },
    list: (values) => values.join(', '),
    someOrganisations: (names) =>
      names.length <= 3 ? names.join(', ') : `${names.slice(0, 2).join(', ')} 외 ${names.length - 2}곳`,
    country: (code) => {
      try {
        regionNames ??= new Intl.DisplayNames(['ko'], { type: 'region', fallback: 'code' });
        return regionNames.of(code) ?? code;
      } catch {
        return code;
      }
    },
    legalReference: (references) =>
      groupByLaw(references)
        .map(({ law, articles }, index, groups) => {
          // "개인정보 보호법 제15조, 시행령 제31조": the Decree after the Act is just "시행령".
          const name =
            law === 'pipaDecree' && groups[index - 1]?.law === 'pipa' ? '시행령' : schemaKo.laws[law];
          return articles.length > 0 ? `${name} ${articles.map(article).join('·')}` : name;
        })
        .join(', '),
  },
};

/** Korean as a `Translation`, for `registerTranslations` or a component's `translations`. */
export const ko: Translation = { locale: 'ko', words: { schema: schemaKo } };
