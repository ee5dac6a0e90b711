import {
  atAGlanceKoTranslation,
  easyReadKo,
  reviewKo,
  type Translation,
  videoSignKoTranslation,
  withParticle,
} from '@privacy-label-kit/schema/core';
import { schemaKo } from '@privacy-label-kit/schema/locales/ko';
import type { PageWords } from './words.js';

/**
 * The words `LabelSummary`, `LabelBadge` and `AttentionFlags` show around the labels (whose own words come with the
 * derived labels): apart from the rest of the page's words, so a page that shows only the labels carries only these.
 */
const summaryKo: PageWords['summary'] = {
  heading: '개인정보 처리 표시',
  description: '주요 내용을 한눈에 볼 수 있도록 표시했습니다. 표시를 선택하면 해당 내용으로 이동합니다.',
  showExplanation: ({ label }) => `${label} 설명 보기`,
};
const attentionFlagKo: PageWords['attentionFlag'] = { label: '주의' };

/** The page's words in Korean. */
export const pageKo: PageWords = {
  document: {
    defaultTitle: '개인정보 처리방침',
    intro: ({ controller }) =>
      `${withParticle(controller, '은/는')} 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 다음과 같이 개인정보 처리방침을 수립·공개합니다.`,
    controller: '개인정보처리자',
    service: '서비스',
    effectiveDate: '시행일',
    version: '버전',
    publishedAt: '원문',
    details: '개인정보처리자 정보',
    representative: '대표자',
    address: '주소',
    phone: '전화',
    email: '이메일',
    website: '웹사이트',
    businessRegistrationNumber: '사업자등록번호',
  },
  // Named values, not a spread: a bundler drops an unused object only when nothing in it could run code.
  summary: summaryKo,
  attentionFlag: attentionFlagKo,
  toc: { heading: '목차' },
  section: {
    labelPrefix: '표시',
  },
  collectedItems: {
    intro:
      '처리하는 개인정보를 법적 근거별로 나누어 적었습니다. 항목마다 거부할 수 있는지, 거부하면 어떻게 되는지도 함께 적었습니다.',
    items: '수집 항목',
    stage: '수집 시점·방법',
    purposes: '이용 목적',
    retention: '보유 기간',
    refusal: '거부할 수 있나요? 거부하면?',
    basisLaw: '근거 법령',
    deemedConsent: ({ days }) => `${days}일 안에 거부하지 않으면 동의한 것으로 봅니다.`,
    howToObject: '거부 방법',
    seeItem: '수집 항목 표에서 보기',
  },
  refusal: {
    canRefuse: '거부할 수 있습니다.',
    cannotRefuse: '거부할 수 없습니다.',
    howTo: '거부·철회 방법',
    consequence: '거부하면',
  },
  purposes: { purpose: '처리 목적', description: '내용', items: '관련 항목' },
  retention: {
    principle: '보유 원칙',
    byItem: '항목별 보유 기간',
    legal: '법령에 따라 보관하는 정보',
    law: '근거 법령',
    period: '보관 기간',
    inactive: '장기 미이용 회원(휴면 계정)',
    inactiveRule: ({ inactivity, storage }) =>
      `${inactivity} 동안 서비스를 이용하지 않은 회원의 개인정보는 다른 회원의 정보와 분리하여 ${storage} 동안 보관한 뒤 파기합니다.`,
  },
  destruction: {
    procedure: '파기 절차',
    deadline: '파기 기한',
    deadlineValue: ({ within }) => `보유 기간이 끝난 날부터 ${within} 이내`,
    withoutDelay: '보유 기간이 끝나면 지체 없이',
    electronic: '전자적 파일',
    paper: '종이 문서',
  },
  thirdParty: {
    intro:
      '정보주체의 동의 또는 법률의 특별한 규정 등 「개인정보 보호법」 제17조·제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다.',
    recipient: '제공받는 자',
    purpose: '제공 목적',
    items: '제공 항목',
    retention: '보유·이용 기간',
    country: '국가',
    basis: '근거',
    law: '근거 법령',
  },
  entrustment: {
    intro:
      '원활한 서비스 제공을 위해 다음과 같이 개인정보 처리업무를 위탁하고, 위탁 계약에서 개인정보 보호 의무를 정하고 있습니다.',
    processor: '수탁자',
    task: '위탁 업무',
    country: '국가',
    subProcessor: '재위탁 여부',
  },
  overseas: {
    intro:
      '다음과 같이 개인정보를 국외로 이전합니다. 이전받는 자, 국가, 항목, 시기와 방법, 목적과 보유 기간을 모두 적었습니다.',
    recipient: '이전받는 자',
    contact: '개인정보 보호 연락처',
    country: '이전 국가',
    items: '이전 항목',
    timingAndMethod: '이전 시기와 방법',
    purpose: '이전 목적',
    retention: '보유·이용 기간',
    legalBasis: '이전 근거',
    howToRefuse: '거부 방법',
    refusalConsequence: '거부하면',
  },
  automatic: {
    kind: '종류',
    name: '이름',
    purpose: '목적',
    operator: '운영자',
    retention: '보관 기간',
    howToRefuse: '거부하는 방법',
    noWayToRefuse: '이 장치들의 정보 수집을 거부할 방법은 없습니다.',
    refusalConsequence: '거부하면',
    ourselves: '회사',
  },
  ads: {
    items: '수집하는 행태정보',
    collectionMethod: '수집 방법',
    purpose: '수집 목적',
    retention: '보유·이용 기간',
    basis: '수집 근거',
    operators: '행태정보를 수집하는 광고 사업자',
    collectionTool: '수집 도구',
    optOut: '맞춤형 광고 차단 방법',
    noWayToOptOut: '맞춤형 광고를 거부할 방법이 없습니다.',
    optOutConsequence: '차단하면',
    children: '만 14세 미만 아동',
    childrenExcluded: '만 14세 미만 아동에게는 맞춤형 광고를 제공하지 않습니다.',
  },
  sensitive: {
    purpose: '처리 목적',
    basis: '처리 근거',
    law: '근거 법령',
    disclosureRisk: '공개될 가능성',
    howToKeepPrivate: '비공개로 선택하는 방법',
  },
  uniqueIds: { kind: '고유식별정보', purpose: '처리 목적', basis: '처리 근거' },
  dataTypes: {
    videoDeviceFootage:
      '영상정보처리기기로 촬영한 영상도 개인영상정보입니다. 설치 장소, 촬영 범위와 시간, 보관 기간, 열람 요구 방법은 다음 항목에서 안내합니다:',
  },
  pseudonymised: {
    purpose: '처리 목적',
    items: '처리 항목',
    retention: '보유 기간',
    recipient: '제공받는 자',
    processor: '위탁받는 자',
  },
  automated: {
    intro:
      '사람의 개입 없이 완전히 자동화된 시스템으로 다음 결정을 내립니다. 결정에 대해 설명을 요구할 수 있습니다.',
    criteria: '기준',
    procedure: '절차',
    howToObject: '거부·설명 요구 방법',
    refusal: '결정 거부',
    refusable: '이 결정을 거부할 수 있습니다.',
    notRefusable: '이 결정은 거부할 수 없습니다. 설명은 요구할 수 있습니다.',
  },
  videoDevices: {
    fixedIntro:
      '다음과 같이 고정형 영상정보처리기기(CCTV)를 설치·운영합니다. 본인이 촬영된 영상의 열람을 요구할 수 있습니다.',
    mobileIntro:
      '다음과 같이 이동형 영상정보처리기기(바디캠, 차량용 카메라 등)를 운영합니다. 본인이 촬영된 영상의 열람을 요구할 수 있습니다.',
    locations: '설치 위치',
    purpose: '설치·운영 목적',
    range: '촬영 범위',
    recordingHours: '촬영 시간',
    retention: '보관 기간',
    manager: '관리책임자',
    contact: '연락처',
    howToRequestAccess: '열람 요구 방법',
    notice: '안내 방법',
  },
  additionalUse: {
    intro:
      '개인정보를 처음 수집한 목적과 합리적으로 관련된 범위에서, 정보주체에게 불이익이 없는지 등을 고려해 동의 없이 다음과 같이 이용하거나 제공할 수 있습니다.',
    kind: '구분',
    kinds: { use: '추가적 이용', provision: '추가적 제공' },
    items: '항목',
    recipient: '제공받는 자',
    criteria: '고려한 사항',
  },
  behaviouralInformation: {
    items: '수집하는 행태정보',
    collectionMethod: '수집 방법',
    purposes: '수집 목적',
    retention: '보유·이용 기간',
    collectors: '행태정보를 수집하는 다른 회사',
    collectionTool: '수집 도구',
    optOut: '수집을 거부하는 방법',
    noWayToOptOut: '행태정보 수집을 거부할 방법이 없습니다.',
    optOutConsequence: '거부하면',
    forAdsSeeAds: '맞춤형 광고를 위해 수집하는 행태정보는 맞춤형 광고 항목에 적었습니다.',
    alsoForAds: '맞춤형 광고를 위해서도 행태정보를 수집합니다.',
    seeAds: '맞춤형 광고 항목 보기',
    otherPurposesSeeItems: '다른 목적으로 수집하는 개인정보는 처리하는 개인정보 항목의 표에 있습니다.',
    seeItems: '처리하는 개인정보 항목 보기',
  },
  pseudonymisation: {
    intro: '다음과 같이 개인정보를 가명처리해 이용하거나 제공합니다.',
    purposeKind: '처리 목적(법 제28조의2)',
    recipient: '제공받는 자',
    processor: '처리하는 자',
    combinedWith: '결합 대상',
    agency: '결합전문기관',
  },
  onDevice: {
    intro: '다음 기능은 개인정보를 회사 서버로 보내지 않고 이용자의 기기 안에서만 처리합니다.',
    feature: '기능',
    items: '처리하는 정보',
    purpose: '목적',
    sentOffDevice: '기기 밖으로 보내는 것',
    nothingSent: '없음',
  },
  generativeAi: {
    features: '생성형 AI를 쓰는 기능',
    prompts: '입력·출력 정보의 처리',
    training: 'AI 학습에 이용',
    items: '항목',
    retention: '보유 기간',
    processor: '모델을 운영하는 자',
    purpose: '목적',
    optOut: '학습 이용을 거부하는 방법',
    noWayToOptOut: 'AI 학습 이용을 거부할 방법이 없습니다.',
    optOutConsequence: '거부하면',
  },
  certifications: {
    intro: '개인정보 보호와 정보보호를 위해 다음 인증을 받았습니다.',
    certification: '인증',
    scope: '인증 범위',
    number: '인증 번호',
    period: '유효기간',
    periodValue: ({ from, to }) => `${from} ~ ${to}`,
    notInForce: '이 처리방침 시행일에는 유효하지 않음',
  },
  legalRepresentative: {
    intro: '만 14세 미만 아동의 법정대리인은 아동의 개인정보에 대해 다음을 요구할 수 있습니다.',
    howToExercise: '요구하는 방법',
    byLaw:
      '만 14세 미만 아동의 법정대리인은 아동의 개인정보 열람, 정정·삭제, 처리정지를 요구할 수 있습니다(개인정보 보호법 제38조제2항).',
  },
  accessRequests: {
    intro: '개인정보 열람청구는 다음 부서에서 접수·처리합니다.',
    department: '부서',
    phone: '전화',
    email: '이메일',
    address: '주소',
    howToRequest: '청구 방법',
  },
  children: {
    intro: '만 14세 미만 아동의 개인정보를 처리할 때에는 법정대리인의 동의를 받습니다.',
    minimumAge: '이용할 수 있는 나이',
    age: ({ years }) => `만 ${years}세 이상`,
    method: '법정대리인 동의 방법',
    itemsFromGuardian: '법정대리인에게 받는 정보',
    ageVerification: '나이 확인 방법',
    childFriendlyNotice: '아동을 위한 안내',
  },
  rights: {
    intro: '정보주체는 언제든지 개인정보 열람, 정정·삭제, 처리정지, 동의 철회를 요구할 수 있습니다.',
    howToExercise: '행사 방법',
    channels: '요구할 수 있는 곳',
    responseTime: ({ within }) => `요구를 받은 날부터 ${within} 이내에 답변합니다.`,
    legalRepresentative: '대리인을 통한 요구',
  },
  security: {
    intro: '개인정보가 분실·도난·유출·위조·변조·훼손되지 않도록 다음 조치를 하고 있습니다.',
    administrative: '관리적 조치',
    technical: '기술적 조치',
    physical: '물리적 조치',
  },
  officer: {
    intro: '개인정보 처리에 관한 업무를 총괄하고 관련 불만 처리와 피해 구제를 담당하는 책임자입니다.',
    name: '성명',
    position: '직책',
    department: '부서',
    phone: '전화',
    email: '이메일',
    domesticAgentIntro: '「개인정보 보호법」 제31조의2에 따라 국내대리인을 다음과 같이 지정합니다.',
    address: '주소',
  },
  department: { name: '부서명', phone: '전화', email: '이메일', hours: '운영 시간' },
  remedies: {
    intro: '개인정보 침해로 인한 구제를 받으려면 아래 기관에 분쟁 해결이나 상담을 신청할 수 있습니다.',
    name: '기관',
    phone: '전화',
    website: '웹사이트',
  },
  versions: {
    current: ({ date }) => `이 개인정보 처리방침은 ${date}부터 적용됩니다.`,
    comparison: '신구대조표',
    history: '변경 이력',
    version: '버전',
    announcedOn: '공고일',
    effectiveOn: '시행일',
    summary: '주요 변경 내용',
    readVersion: ({ version }) => `${version} 버전 보기`,
    adverse: '이용자에게 불리할 수 있는 변경',
    none: '변경 이력이 없습니다.',
  },
  common: { yes: '예', no: '아니요', none: '없음' },
  versionPeriod: {
    heading: '적용 기간',
    range: ({ from, to }) => `${from} ~ ${to}`,
    current: ({ from }) => `${from}부터 현재까지`,
    upcoming: ({ from }) => `${from} 시행 예정`,
  },
  review: {
    heading: '처리방침 점검 결과',
    fix: '고치는 방법',
    place: '위치',
    rule: '규칙',
    count: ({ severity, count }) => `${severity} ${count}개`,
  },
  easyRead: {
    greeting: '인사',
    characters: '함께 알아볼 친구들',
    readMore: ({ topic }) => `자세히 보기: ${topic}`,
    readFullSection: ({ section }) => `전체 내용 보기: ${section}`,
  },
};

/** Korean, for the page and the labels, as one `Translation`: register it or pass it to a component. */
export const ko: Translation = {
  locale: 'ko',
  words: { schema: schemaKo, page: pageKo },
};

/**
 * Korean for the labels alone (`LabelSummary`, `LabelBadge`, `AttentionFlags`, given derived labels): the few words
 * around them, without the page's or the labels' own.
 */
export const koSummary: Translation = {
  locale: 'ko',
  words: { page: { summary: summaryKo, attentionFlag: attentionFlagKo } },
};

/**
 * Korean for `EasyReadPolicy`'s chat: a part of its own, so a page that does not show the easy-read version does not
 * carry it. The main entry registers it; with `/core`, pass it to `EasyReadPolicy` (or register it).
 */
export const koEasyRead: Translation = { locale: 'ko', words: { easyRead: easyReadKo } };

/** Korean for `ChangeNotice`, `PolicyComparison` and `PolicyFindings` (the checks, the diff, the notice). */
export const koReview: Translation = { locale: 'ko', words: { review: reviewKo } };

/**
 * Korean for `AtAGlance` (the plain statements) and `CctvSign` (the CCTV sign): parts of their own, from the schema
 * package, so the printed sign says what the page says. The main entry brings them; with `/core`, pass them.
 */
export const koAtAGlance: Translation = atAGlanceKoTranslation;
export const koVideoSign: Translation = videoSignKoTranslation;
