import { koLabelTitles } from '../generated/labelTitles.js';
import { articleParts, groupByLaw } from '../i18n/legalReference.js';
import type { Translation } from '../i18n/translations.js';
import type { CaptionContext, SchemaWords } from '../i18n/words.js';
import type { ItemNamesFacts, RetentionPeriod } from '../labels/policyFacts.js';
import type { OpenEndedRetentionKind } from '../labels/retention.js';
import { countThirdPartyRecipients } from '../labels/thirdPartyProvision.js';
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

/** "건강정보 관련 항목 3개: 진료 기록, 처방전 외 1개": a data-type caption, from its count and item names. */
const itemsCaption =
  (kind: string) =>
  ({ count, items }: ItemNamesFacts, { words, text }: CaptionContext) =>
    `${kind} 항목 ${count}개: ${words.format.someItems(items.map(text))}`;

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
      // Items, not kinds: two health records are two items of one kind ("종" would claim kinds).
      caption: ({ count }) => `민감정보 항목 ${count}개 처리`,
    },
    'unique-identifiers': {
      title: title('unique-identifiers'),
      heading: '고유식별정보의 처리',
      description: '주민등록번호, 여권번호 등 고유식별정보를 처리하는 근거를 알려 줍니다.',
      caption: ({ kinds }, { words }) =>
        `${kinds.map((kind) => words.uniqueIdentifiers[kind]).join(', ')} 처리`,
    },
    'personal-information': {
      title: title('personal-information'),
      heading: '처리하는 일반 개인정보',
      description: '민감정보나 고유식별정보가 아닌 일반 개인정보 가운데 무엇을 처리하는지 알려 줍니다.',
      caption: itemsCaption('일반 개인정보'),
    },
    'health-information': {
      title: title('health-information'),
      heading: '건강정보의 처리',
      description: '진료 기록, 건강 상태 등 건강에 관한 정보(민감정보)를 처리하는지 알려 줍니다.',
      caption: itemsCaption('건강정보 관련'),
    },
    'biometric-information': {
      title: title('biometric-information'),
      heading: '생체정보의 처리',
      description: '얼굴, 지문, 음성처럼 몸과 행동의 특징에 관한 정보를 처리하는지 알려 줍니다.',
      caption: itemsCaption('생체정보 관련'),
    },
    'biometric-recognition': {
      title: title('biometric-recognition'),
      heading: '생체인식정보의 처리',
      description:
        '얼굴 인식, 지문 인증처럼 본인을 알아보거나 확인하려고 생체정보를 처리하는지 알려 줍니다. 생체인식정보는 민감정보입니다.',
      caption: itemsCaption('생체인식정보 관련'),
    },
    'images-and-video': {
      title: title('images-and-video'),
      heading: '개인영상정보의 처리',
      description: '사진, 동영상, CCTV 영상처럼 사람을 알아볼 수 있는 영상을 처리하는지 알려 줍니다.',
      caption: (facts, context) =>
        [
          facts.count > 0 ? itemsCaption('개인영상정보 관련')(facts, context) : '',
          facts.devices > 0 ? `영상정보처리기기 ${facts.devices}대로 촬영` : '',
        ]
          .filter(Boolean)
          .join(' · '),
    },
    'location-information': {
      title: title('location-information'),
      heading: '위치정보의 처리',
      description: '현재 위치, 이동 경로 등 위치정보를 처리하는지 알려 줍니다.',
      caption: itemsCaption('위치정보 관련'),
    },
    'payment-information': {
      title: title('payment-information'),
      heading: '결제정보의 처리',
      description: '카드번호, 계좌번호, 결제 기록 등 결제정보를 처리하는지 알려 줍니다.',
      caption: itemsCaption('결제정보 관련'),
    },
    'resident-registration-number': {
      title: title('resident-registration-number'),
      heading: '주민등록번호의 처리',
      description: '주민등록번호를 처리하는지, 그것을 요구하거나 허용하는 법령이 무엇인지 알려 줍니다.',
      caption: ({ laws, withoutLaw }, { words, text }) =>
        [
          '주민등록번호 처리',
          laws.length > 0 ? `근거 법령: ${words.format.someItems(laws.map(text))}` : '',
          withoutLaw > 0 ? (laws.length > 0 ? '법령 근거 없는 처리 포함' : '법령 근거 없음') : '',
        ]
          .filter(Boolean)
          .join(' · '),
    },
    'identity-document-numbers': {
      title: title('identity-document-numbers'),
      heading: '여권번호 등 신분증 번호의 처리',
      description: '여권번호, 운전면허번호, 외국인등록번호를 처리하는지, 어떤 근거로 처리하는지 알려 줍니다.',
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
        // "그 외 회원 탈퇴 시까지" only when every other item is kept so; otherwise say that other items differ.
        if (facts.openEnded) {
          const until = openEnded[facts.openEnded];
          if (facts.mixed)
            parts.push(parts.length > 0 ? `그 밖의 항목은 ${until} 등` : `${until} 등 항목별로 다름`);
          else parts.push(parts.length > 0 ? `그 외 ${until}` : `${until} 보관`);
        } else if (facts.described && parts.length > 0) parts.push('그 밖에는 항목별로 다름');
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
      caption: (facts, { words, text }) => {
        const { names, byLaw, allByLaw } = countThirdPartyRecipients(facts, text);
        const head = allByLaw
          ? `법령에 따른 제3자 제공 ${names.length}곳`
          : `제3자 제공 ${names.length}곳${byLaw > 0 ? `(법령에 따른 제공 ${byLaw}곳)` : ''}`;
        return `${head}: ${words.format.someOrganisations(names)}`;
      },
    },
    entrustment: {
      title: title('entrustment'),
      heading: '개인정보 처리업무의 위탁',
      description: '개인정보 처리 업무를 맡긴 수탁자와 맡긴 업무를 알려 줍니다.',
      caption: ({ processors }, { words, names }) => {
        const companies = names(processors);
        return `처리 위탁 ${companies.length}곳: ${words.format.someOrganisations(companies)}`;
      },
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
      description: '가명처리한 정보가 무엇인지, 어떤 항목을 가명정보로 처리하는지 알려 줍니다.',
      caption: itemsCaption('가명정보'),
    },
    'automated-decisions': {
      title: title('automated-decisions'),
      heading: '자동화된 결정에 대한 권리',
      description:
        '사람의 개입 없이 자동으로 내리는 결정이 있는지, 기준과 거부·설명 요구 방법을 알려 줍니다.',
      caption: ({ count, canObject }) =>
        `자동화된 결정 ${count}건 · ${canObject ? '거부·설명 요구 가능' : '설명 요구 가능'}`,
    },
    'fixed-video-devices': {
      title: title('fixed-video-devices'),
      heading: '고정형 영상정보처리기기의 설치·운영',
      description:
        '고정형 영상정보처리기기(CCTV)를 어디에 왜 설치했는지, 촬영 범위와 시간, 보관 기간, 관리책임자와 영상 열람 요구 방법을 알려 줍니다.',
      caption: ({ count, accessRequestGiven }) =>
        `고정형 CCTV ${count}대${accessRequestGiven ? ' · 열람 요구 방법 안내' : ''}`,
    },
    'mobile-video-devices': {
      title: title('mobile-video-devices'),
      heading: '이동형 영상정보처리기기의 운영',
      description:
        '이동형 영상정보처리기기(바디캠, 드론, 차량용 카메라 등)를 왜 어디서 운영하는지, 촬영 범위와 시간, 보관 기간, 관리책임자와 영상 열람 요구 방법을 알려 줍니다.',
      caption: ({ count, accessRequestGiven }) =>
        `이동형 영상기기 ${count}대${accessRequestGiven ? ' · 열람 요구 방법 안내' : ''}`,
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
    'additional-use': {
      title: title('additional-use'),
      heading: '개인정보의 추가적인 이용·제공',
      description:
        '동의 없이도 처음 수집한 목적과 관련된 범위에서 개인정보를 더 이용하거나 제공하는지, 그 판단 기준을 알려 줍니다.',
      caption: ({ uses, provisions, recipients }, { words, names }) =>
        [
          uses ? `추가적 이용 ${uses}건` : '',
          provisions
            ? `추가적 제공 ${provisions}건: ${words.format.someOrganisations(names(recipients))}`
            : '',
        ]
          .filter(Boolean)
          .join(' · '),
    },
    'behavioural-information': {
      title: title('behavioural-information'),
      heading: '행태정보의 수집·이용',
      description:
        '검색·열람 기록 같은 행태정보를 수집하는지, 무엇을 누가 수집하며 어떻게 거부하는지 알려 줍니다.',
      caption: ({ items, collectors }, { words, text }) =>
        `행태정보 ${items}종 수집${collectors.length > 0 ? ` · 수집 회사: ${words.format.someOrganisations(collectors.map(text))}` : ''}`,
    },
    pseudonymisation: {
      title: title('pseudonymisation'),
      heading: '가명처리',
      description:
        '개인정보를 가명처리해 통계작성, 과학적 연구 등에 쓰는지, 제공하거나 결합하는지 알려 줍니다.',
      caption: ({ purposes, otherPurposes, recipients, combinations }, { words, names }) =>
        [
          purposes.length > 0
            ? `가명처리: ${purposes.map((purpose) => words.pseudonymisationPurposes[purpose]).join('·')}${otherPurposes ? ` 외 ${otherPurposes}건` : ''}`
            : `가명처리 ${otherPurposes}건`,
          recipients.length > 0
            ? `제공 ${names(recipients).length}곳: ${words.format.someOrganisations(names(recipients))}`
            : '',
          combinations ? `결합 ${combinations}건` : '',
        ]
          .filter(Boolean)
          .join(' · '),
    },
    'on-device-processing': {
      title: title('on-device-processing'),
      heading: '기기 안에서만 처리하는 개인정보',
      description: '서버로 보내지 않고 이용자의 기기 안에서만 처리하는 개인정보와 기능을 알려 줍니다.',
      caption: ({ features, nothingLeavesDevice }) =>
        nothingLeavesDevice
          ? `기기 안에서만 처리 · 기능 ${features}가지`
          : `기기 안에서 처리 · 기능 ${features}가지 · 일부 결과 전송`,
    },
    'generative-ai': {
      title: title('generative-ai'),
      heading: '생성형 인공지능(AI)과 개인정보',
      description:
        '생성형 AI 기능이 입력한 내용 등 개인정보를 어떻게 처리하는지, AI 학습에 쓰는지와 거부하는 방법을 알려 줍니다.',
      caption: ({ features, prompts, training, trainingOptOut }) =>
        [
          `생성형 AI 기능 ${features}가지`,
          prompts ? '입력 내용 처리' : '',
          training ? `AI 학습 이용(${trainingOptOut ? '거부 가능' : '거부 불가'})` : '',
        ]
          .filter(Boolean)
          .join(' · '),
    },
    'legal-representative': {
      title: title('legal-representative'),
      heading: '법정대리인의 권리와 행사 방법',
      description:
        '만 14세 미만 아동의 법정대리인이 아동의 개인정보에 대해 무엇을 요구할 수 있는지, 그 방법을 알려 줍니다.',
      caption: ({ rights }, { words }) =>
        rights.length > 0
          ? `법정대리인 ${rights.map((right) => words.guardianRights[right]).join('·')} 요구 가능`
          : '만 14세 미만 아동의 법정대리인',
    },
    certifications: {
      title: title('certifications'),
      heading: '개인정보 보호 인증',
      description: '개인정보 보호·정보보호 인증(ISMS-P 등)을 받았는지, 인증 범위와 유효기간을 알려 줍니다.',
      caption: ({ inForce }, { words, text }) => {
        const names = inForce.map(
          (entry) =>
            `${entry.name ? text(entry.name) : words.certificationSchemes[entry.scheme]} (${words.format.date(entry.validTo)}까지)`,
        );
        return `인증: ${names.length <= 3 ? names.join(', ') : `${names.slice(0, 2).join(', ')} 외 ${names.length - 2}건`}`;
      },
    },
    'domestic-agent': {
      title: title('domestic-agent'),
      heading: '국내대리인',
      description: '국내에 주소나 영업소가 없는 개인정보처리자가 지정한 국내대리인과 연락처를 알려 줍니다.',
      caption: ({ name, phone }, { text }) => `국내대리인 ${text(name)} · ${phone}`,
    },
    'access-requests': {
      title: title('access-requests'),
      heading: '개인정보 열람청구를 접수·처리하는 부서',
      description: '내 개인정보를 보여 달라고(열람청구) 요청할 곳과 방법을 알려 줍니다.',
      caption: ({ department, phone }, { text }) => `열람청구 ${text(department)} · ${phone}`,
    },
    'policy-changes': {
      title: title('policy-changes'),
      heading: '개인정보 처리방침의 변경',
      description: '처리방침이 언제 어떻게 바뀌었는지, 이전 버전을 알려 줍니다.',
      caption: ({ effectiveOn, upcoming }, { words }) =>
        `${words.format.date(effectiveOn)} 시행${upcoming ? ` · ${words.format.date(upcoming)}부터 변경 예정` : ''}`,
    },
  },
  attention: {
    'deemed-consent': ({ days }) => `간주 동의: ${days}일 안에 거부하지 않으면 동의한 것으로 봅니다`,
    'no-way-to-refuse': () => '거부할 수 없는 동의 항목이 있습니다',
    'refusal-ends-contract': () => '거부하면 이용 계약이 해지되는 항목이 있습니다',
    'ads-without-opt-out': () => '맞춤형 광고를 거부할 방법이 없습니다',
    'tracking-without-opt-out': () => '자동 수집을 거부할 방법이 없습니다',
    'behavioural-collection-without-opt-out': () => '행태정보 수집을 거부할 방법이 없습니다',
    'ai-training-without-opt-out': () => '개인정보를 AI 학습에 쓰고, 빼 달라고 할 방법이 없습니다',
    'overseas-transfer': () => '개인정보가 국외로 이전됩니다',
    'ads-to-children': () => '만 14세 미만 아동에게도 맞춤형 광고를 보여 줍니다',
    'resident-registration-number': () => '주민등록번호를 처리합니다',
    'adverse-change': () => '최근 변경이 이용자에게 불리할 수 있습니다',
    'adverse-change-ahead': ({ date }) =>
      `${date ? `${schemaKo.format.date(date)}부터 적용될 ` : '예정된 '}변경이 이용자에게 불리할 수 있습니다`,
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
  dataTypes: {
    health: '건강정보',
    biometric: '생체정보',
    biometricRecognition: '생체인식정보',
    images: '개인영상정보',
    location: '위치정보',
    payment: '결제정보',
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
  pseudonymisationPurposes: {
    statistics: '통계작성',
    scientificResearch: '과학적 연구',
    publicInterestArchiving: '공익적 기록보존',
  },
  certificationSchemes: {
    ismsP: 'ISMS-P',
    isms: 'ISMS',
    iso27001: 'ISO/IEC 27001',
    iso27701: 'ISO/IEC 27701',
    apecCbpr: 'APEC CBPR',
    apecPrp: 'APEC PRP',
    other: '기타 인증',
  },
  guardianRights: {
    access: '열람',
    correction: '정정',
    deletion: '삭제',
    suspension: '처리정지',
    consentWithdrawal: '동의 철회',
  },
  compatibilityCriteria: {
    relatedToOriginalPurpose: '당초 수집 목적과의 관련성',
    foreseeable: '수집 정황과 처리 관행에 비춘 예측 가능성',
    noUnfairHarm: '정보주체의 이익을 부당하게 침해하는지 여부',
    safeguards: '가명처리·암호화 등 안전성 확보 조치',
  },
  laws: {
    pipa: '개인정보 보호법',
    pipaDecree: '개인정보 보호법 시행령',
    policyGuideline: '개인정보 처리방침 작성지침',
    adsGuideline: '맞춤형 광고 개인정보보호 가이드라인',
    locationInformationAct: '위치정보의 보호 및 이용 등에 관한 법률',
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
    someItems: (names) =>
      names.length <= 3 ? names.join(', ') : `${names.slice(0, 2).join(', ')} 외 ${names.length - 2}개`,
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
