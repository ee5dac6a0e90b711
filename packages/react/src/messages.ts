import type { LabelId, Locale } from '@privacy-label-kit/schema';

/** Messages in both languages, side by side: `{ key: { ko, en } }`. */
export type MessageCatalog = Readonly<Record<string, Readonly<{ ko: string; en: string }>>>;

/**
 * The page's own words: headings, table headers, small print. Label titles and captions are not here — they come
 * from the schema package (`deriveLabels`) so that a label reads the same on the page, in a PDF and on a box.
 * Each key holds both languages side by side so a missing translation shows in review; `{name}` marks a value.
 */
export const documentMessages = {
  defaultTitle: { ko: '개인정보 처리방침', en: 'Privacy policy' },
  intro: {
    ko: '{controller}은(는) 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 다음과 같이 개인정보 처리방침을 수립·공개합니다.',
    en: '{controller} publishes this privacy policy under Article 30 of the Personal Information Protection Act (PIPA) so that you know how your personal information is handled and where to turn with questions and complaints.',
  },
  controller: { ko: '개인정보처리자', en: 'Controller' },
  service: { ko: '서비스', en: 'Service' },
  effectiveDate: { ko: '시행일', en: 'In effect from' },
  version: { ko: '버전', en: 'Version' },
  publishedAt: { ko: '원문', en: 'Published at' },
  details: { ko: '개인정보처리자 정보', en: 'About the controller' },
  representative: { ko: '대표자', en: 'Representative' },
  address: { ko: '주소', en: 'Address' },
  phone: { ko: '전화', en: 'Phone' },
  email: { ko: '이메일', en: 'Email' },
  website: { ko: '웹사이트', en: 'Website' },
  businessRegistrationNumber: { ko: '사업자등록번호', en: 'Business registration number' },
} as const satisfies MessageCatalog;

export const summaryMessages = {
  heading: { ko: '개인정보 처리 표시', en: 'Privacy labels at a glance' },
  description: {
    ko: '주요 내용을 한눈에 볼 수 있도록 표시했습니다. 표시를 선택하면 해당 내용으로 이동합니다.',
    en: 'The key points of this policy at a glance. Select a label to go to the part of the policy it summarises.',
  },
} as const satisfies MessageCatalog;

export const attentionFlagMessages = {
  label: { ko: '주의', en: 'Attention' },
} as const satisfies MessageCatalog;

export const tocMessages = {
  heading: { ko: '목차', en: 'Contents' },
} as const satisfies MessageCatalog;

export const sectionMessages = {
  labelPrefix: { ko: '표시', en: 'Label' },
  'collected-items': { ko: '처리하는 개인정보 항목', en: 'Personal information we process' },
  'sensitive-information': { ko: '민감정보의 처리', en: 'Sensitive information' },
  'unique-identifiers': { ko: '고유식별정보의 처리', en: 'Unique identifying numbers' },
  purposes: { ko: '개인정보의 처리 목적', en: 'Why we process personal information' },
  retention: { ko: '개인정보의 처리 및 보유 기간', en: 'How long we keep it' },
  destruction: { ko: '개인정보의 파기 절차 및 방법', en: 'How we destroy it' },
  'third-party-provision': { ko: '개인정보의 제3자 제공', en: 'Sharing with third parties' },
  entrustment: { ko: '개인정보 처리업무의 위탁', en: 'Processors working for us' },
  'overseas-transfer': { ko: '개인정보의 국외 이전', en: 'Transfers abroad' },
  'automatic-collection': {
    ko: '개인정보 자동 수집 장치의 설치·운영 및 거부',
    en: 'Cookies and other automatic collection, and how to refuse them',
  },
  'behavioural-advertising': {
    ko: '행태정보의 수집·이용 및 맞춤형 광고',
    en: 'Behavioural information and personalised ads',
  },
  'pseudonymised-information': { ko: '가명정보의 처리', en: 'Pseudonymised information' },
  'automated-decisions': {
    ko: '자동화된 결정에 대한 권리',
    en: 'Automated decisions and your rights',
  },
  children: { ko: '만 14세 미만 아동의 개인정보 처리', en: 'Children under 14' },
  'data-subject-rights': {
    ko: '정보주체의 권리·의무 및 행사 방법',
    en: 'Your rights and how to use them',
  },
  'security-measures': { ko: '개인정보의 안전성 확보 조치', en: 'How we keep it safe' },
  'privacy-officer': { ko: '개인정보 보호책임자', en: 'Privacy officer' },
  'grievance-department': {
    ko: '개인정보 열람 청구 및 고충 처리 부서',
    en: 'Where to send requests and complaints',
  },
  remedies: { ko: '권익 침해 구제 방법', en: 'Where to seek redress' },
  'policy-changes': { ko: '개인정보 처리방침의 변경', en: 'Changes to this policy' },
} as const satisfies MessageCatalog;

export const collectedItemsMessages = {
  intro: {
    ko: '처리하는 개인정보를 법적 근거별로 나누어 적었습니다. 마지막 열에서 거부할 수 있는지, 거부하면 어떻게 되는지 확인하세요.',
    en: 'The personal information we process, grouped by legal basis. The last column says whether you can refuse and what happens if you do.',
  },
  items: { ko: '수집 항목', en: 'Items' },
  stage: { ko: '수집 시점·방법', en: 'When and how' },
  purposes: { ko: '이용 목적', en: 'Used for' },
  retention: { ko: '보유 기간', en: 'Kept for' },
  refusal: {
    ko: '거부할 수 있나요? 거부하면?',
    en: 'Can I refuse, and what happens if I do?',
  },
  basisLaw: { ko: '근거 법령', en: 'Required by' },
} as const satisfies MessageCatalog;

export const refusalMessages = {
  canRefuse: { ko: '거부할 수 있습니다.', en: 'You can refuse.' },
  cannotRefuse: { ko: '거부할 수 없습니다.', en: 'You cannot refuse.' },
  howTo: { ko: '거부·철회 방법', en: 'How to refuse or withdraw' },
  consequence: { ko: '거부하면', en: 'If you refuse' },
  noConsequence: {
    ko: '거부해도 서비스 이용에 제한이 없습니다.',
    en: 'Refusing does not limit the service.',
  },
} as const satisfies MessageCatalog;

export const purposesMessages = {
  purpose: { ko: '처리 목적', en: 'Purpose' },
  description: { ko: '내용', en: 'What it means' },
  items: { ko: '관련 항목', en: 'Items used' },
} as const satisfies MessageCatalog;

export const retentionMessages = {
  principle: { ko: '보유 원칙', en: 'The rule' },
  byItem: { ko: '항목별 보유 기간', en: 'How long each item is kept' },
  legal: { ko: '법령에 따라 보관하는 정보', en: 'Kept because a law requires it' },
  law: { ko: '근거 법령', en: 'Law' },
  period: { ko: '보관 기간', en: 'Kept for' },
  inactive: { ko: '장기 미이용 회원(휴면 계정)', en: 'Inactive accounts' },
  inactiveRule: {
    ko: '{inactivity} 동안 서비스를 이용하지 않은 회원의 개인정보는 다른 회원의 정보와 분리하여 {storage} 동안 보관한 뒤 파기합니다.',
    en: 'If you do not use the service for {inactivity}, your information is stored apart from active accounts for {storage} and then destroyed.',
  },
} as const satisfies MessageCatalog;

export const destructionMessages = {
  procedure: { ko: '파기 절차', en: 'Procedure' },
  deadline: { ko: '파기 기한', en: 'Deadline' },
  deadlineValue: {
    ko: '보유 기간이 끝난 날부터 {within} 이내',
    en: 'Within {within} of the end of the retention period',
  },
  withoutDelay: {
    ko: '보유 기간이 끝나면 지체 없이',
    en: 'Without delay once the retention period ends',
  },
  electronic: { ko: '전자적 파일', en: 'Electronic files' },
  paper: { ko: '종이 문서', en: 'Paper records' },
} as const satisfies MessageCatalog;

export const thirdPartyMessages = {
  intro: {
    ko: '정보주체의 동의 또는 법률의 특별한 규정 등 「개인정보 보호법」 제17조·제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다.',
    en: 'We share personal information only with your consent or where PIPA Articles 17 and 18 otherwise allow it.',
  },
  recipient: { ko: '제공받는 자', en: 'Recipient' },
  purpose: { ko: '제공 목적', en: 'Purpose' },
  items: { ko: '제공 항목', en: 'Items' },
  retention: { ko: '보유·이용 기간', en: 'Kept for' },
  country: { ko: '국가', en: 'Country' },
  basis: { ko: '근거', en: 'Basis' },
} as const satisfies MessageCatalog;

export const entrustmentMessages = {
  intro: {
    ko: '원활한 서비스 제공을 위해 다음과 같이 개인정보 처리업무를 위탁하고, 위탁 계약에서 개인정보 보호 의무를 정하고 있습니다.',
    en: 'We entrust the following tasks to processors; our contracts bind them to protect your information.',
  },
  processor: { ko: '수탁자', en: 'Processor' },
  task: { ko: '위탁 업무', en: 'Task' },
  country: { ko: '국가', en: 'Country' },
  subProcessor: { ko: '재위탁 여부', en: 'Sub-processor' },
} as const satisfies MessageCatalog;

export const overseasMessages = {
  intro: {
    ko: '다음과 같이 개인정보를 국외로 이전합니다. 이전받는 자, 국가, 항목, 시기와 방법, 목적과 보유 기간을 모두 적었습니다.',
    en: 'We transfer personal information abroad as follows, with every particular the law asks us to give.',
  },
  recipient: { ko: '이전받는 자', en: 'Recipient' },
  contact: { ko: '개인정보 보호 연락처', en: 'Privacy contact' },
  country: { ko: '이전 국가', en: 'Country' },
  items: { ko: '이전 항목', en: 'Items' },
  timingAndMethod: { ko: '이전 시기와 방법', en: 'When and how' },
  purpose: { ko: '이전 목적', en: 'Purpose' },
  retention: { ko: '보유·이용 기간', en: 'Kept for' },
  legalBasis: { ko: '이전 근거', en: 'Legal basis' },
  howToRefuse: { ko: '거부 방법', en: 'How to refuse' },
  refusalConsequence: { ko: '거부하면', en: 'If you refuse' },
} as const satisfies MessageCatalog;

export const automaticMessages = {
  kind: { ko: '종류', en: 'Kind' },
  name: { ko: '이름', en: 'Name' },
  purpose: { ko: '목적', en: 'Purpose' },
  operator: { ko: '운영자', en: 'Operated by' },
  retention: { ko: '보관 기간', en: 'Kept for' },
  howToRefuse: { ko: '거부하는 방법', en: 'How to refuse' },
  refusalConsequence: { ko: '거부하면', en: 'If you refuse' },
  ourselves: { ko: '회사', en: 'Us' },
} as const satisfies MessageCatalog;

export const adsMessages = {
  items: { ko: '수집하는 행태정보', en: 'Behavioural information collected' },
  collectionMethod: { ko: '수집 방법', en: 'How it is collected' },
  purpose: { ko: '수집 목적', en: 'Purpose' },
  retention: { ko: '보유·이용 기간', en: 'Kept for' },
  operators: { ko: '행태정보를 수집하는 광고 사업자', en: 'Ad companies that collect it' },
  collectionTool: { ko: '수집 도구', en: 'Tool' },
  optOut: { ko: '맞춤형 광고 허용·차단 방법', en: 'How to allow or block personalised ads' },
  children: { ko: '만 14세 미만 아동', en: 'Children under 14' },
  childrenExcluded: {
    ko: '만 14세 미만 아동에게는 맞춤형 광고를 제공하지 않습니다.',
    en: 'Children under 14 are not shown personalised ads.',
  },
} as const satisfies MessageCatalog;

export const sensitiveMessages = {
  items: { ko: '민감정보', en: 'Sensitive information' },
  purpose: { ko: '처리 목적', en: 'Purpose' },
  basis: { ko: '처리 근거', en: 'Basis' },
  disclosureRisk: { ko: '공개될 가능성', en: 'Risk of it becoming public' },
  howToKeepPrivate: { ko: '비공개로 선택하는 방법', en: 'How to keep it private' },
} as const satisfies MessageCatalog;

export const uniqueIdsMessages = {
  kind: { ko: '고유식별정보', en: 'Identifier' },
  purpose: { ko: '처리 목적', en: 'Purpose' },
  basis: { ko: '처리 근거', en: 'Basis' },
} as const satisfies MessageCatalog;

export const pseudonymisedMessages = {
  purpose: { ko: '처리 목적', en: 'Purpose' },
  items: { ko: '처리 항목', en: 'Items' },
  retention: { ko: '보유 기간', en: 'Kept for' },
  recipient: { ko: '제공받는 자', en: 'Recipient' },
  processor: { ko: '위탁받는 자', en: 'Processor' },
} as const satisfies MessageCatalog;

export const automatedMessages = {
  intro: {
    ko: '사람의 개입 없이 완전히 자동화된 시스템으로 다음 결정을 내립니다. 결정을 거부하거나 설명을 요구할 수 있습니다.',
    en: 'We make the following decisions by fully automated means. You can refuse a decision or ask us to explain it.',
  },
  criteria: { ko: '기준', en: 'Criteria' },
  procedure: { ko: '절차', en: 'Procedure' },
  howToObject: { ko: '거부·설명 요구 방법', en: 'How to object or ask for an explanation' },
} as const satisfies MessageCatalog;

export const childrenMessages = {
  intro: {
    ko: '만 14세 미만 아동의 개인정보를 처리할 때에는 법정대리인의 동의를 받습니다.',
    en: 'We ask a parent or guardian to agree before we process information about a child under 14.',
  },
  method: { ko: '법정대리인 동의 방법', en: 'How a guardian agrees' },
  itemsFromGuardian: { ko: '법정대리인에게 받는 정보', en: 'What we ask of the guardian' },
  ageVerification: { ko: '나이 확인 방법', en: 'How we check age' },
  childFriendlyNotice: { ko: '아동을 위한 안내', en: 'How we explain it to children' },
} as const satisfies MessageCatalog;

export const rightsMessages = {
  intro: {
    ko: '정보주체는 언제든지 개인정보 열람, 정정·삭제, 처리정지, 동의 철회를 요구할 수 있습니다.',
    en: 'You can ask at any time to see, correct or delete your information, to stop its processing, or to withdraw consent.',
  },
  howToExercise: { ko: '행사 방법', en: 'How to ask' },
  channel: { ko: '창구', en: 'Channel' },
  detail: { ko: '이용 방법', en: 'Details' },
  responseTime: {
    ko: '요구를 받은 날부터 {within} 이내에 답변합니다.',
    en: 'We answer within {within} of receiving your request.',
  },
  legalRepresentative: { ko: '대리인을 통한 요구', en: 'Asking through a representative' },
} as const satisfies MessageCatalog;

export const securityMessages = {
  intro: {
    ko: '개인정보가 분실·도난·유출·위조·변조·훼손되지 않도록 다음 조치를 하고 있습니다.',
    en: 'We take the following measures so that personal information is not lost, stolen, leaked, altered or damaged.',
  },
  administrative: { ko: '관리적 조치', en: 'Administrative measures' },
  technical: { ko: '기술적 조치', en: 'Technical measures' },
  physical: { ko: '물리적 조치', en: 'Physical measures' },
} as const satisfies MessageCatalog;

export const officerMessages = {
  intro: {
    ko: '개인정보 처리에 관한 업무를 총괄하고 관련 불만 처리와 피해 구제를 담당하는 책임자입니다.',
    en: 'The person responsible for how personal information is handled, for complaints and for putting things right.',
  },
  name: { ko: '성명', en: 'Name' },
  position: { ko: '직책', en: 'Position' },
  department: { ko: '부서', en: 'Department' },
  phone: { ko: '전화', en: 'Phone' },
  email: { ko: '이메일', en: 'Email' },
  domesticAgent: { ko: '국내대리인', en: 'Domestic agent' },
  domesticAgentIntro: {
    ko: '「개인정보 보호법」 제31조의2에 따라 국내대리인을 다음과 같이 지정합니다.',
    en: 'Under PIPA Article 31-2 we have appointed the following domestic agent in Korea.',
  },
  address: { ko: '주소', en: 'Address' },
} as const satisfies MessageCatalog;

export const departmentMessages = {
  name: { ko: '부서명', en: 'Department' },
  phone: { ko: '전화', en: 'Phone' },
  email: { ko: '이메일', en: 'Email' },
  hours: { ko: '운영 시간', en: 'Opening hours' },
} as const satisfies MessageCatalog;

export const remediesMessages = {
  intro: {
    ko: '개인정보 침해로 인한 구제를 받으려면 아래 기관에 분쟁 해결이나 상담을 신청할 수 있습니다.',
    en: 'To seek redress for a breach of your privacy, you can contact these bodies for mediation or advice.',
  },
  name: { ko: '기관', en: 'Body' },
  phone: { ko: '전화', en: 'Phone' },
  website: { ko: '웹사이트', en: 'Website' },
} as const satisfies MessageCatalog;

export const versionsMessages = {
  current: {
    ko: '이 개인정보 처리방침은 {date}부터 적용됩니다.',
    en: 'This policy applies from {date}.',
  },
  history: { ko: '변경 이력', en: 'Version history' },
  version: { ko: '버전', en: 'Version' },
  announcedOn: { ko: '공고일', en: 'Announced' },
  effectiveOn: { ko: '시행일', en: 'In effect' },
  summary: { ko: '주요 변경 내용', en: 'What changed' },
  previous: { ko: '이전 버전 보기', en: 'Read this version' },
  previousNamed: { ko: '{version} 버전 보기', en: 'Read version {version}' },
  adverse: { ko: '이용자에게 불리할 수 있는 변경', en: 'May work against users' },
  none: { ko: '변경 이력이 없습니다.', en: 'This policy has not been changed.' },
} as const satisfies MessageCatalog;

export const commonMessages = {
  yes: { ko: '예', en: 'Yes' },
  no: { ko: '아니요', en: 'No' },
  none: { ko: '없음', en: 'None' },
  opensInNewWindow: { ko: '새 창', en: 'opens in a new window' },
} as const satisfies MessageCatalog;

/** Every group of the catalog, for listing and checking; components import only the groups they use. */
export const messages = {
  document: documentMessages,
  summary: summaryMessages,
  attentionFlag: attentionFlagMessages,
  toc: tocMessages,
  section: sectionMessages,
  collectedItems: collectedItemsMessages,
  refusal: refusalMessages,
  purposes: purposesMessages,
  retention: retentionMessages,
  destruction: destructionMessages,
  thirdParty: thirdPartyMessages,
  entrustment: entrustmentMessages,
  overseas: overseasMessages,
  automatic: automaticMessages,
  ads: adsMessages,
  sensitive: sensitiveMessages,
  uniqueIds: uniqueIdsMessages,
  pseudonymised: pseudonymisedMessages,
  automated: automatedMessages,
  children: childrenMessages,
  rights: rightsMessages,
  security: securityMessages,
  officer: officerMessages,
  department: departmentMessages,
  remedies: remediesMessages,
  versions: versionsMessages,
  common: commonMessages,
} as const;

export type MessageValues = Readonly<Record<string, string | number>>;

const placeholder = /\{(\w+)\}/g;

/**
 * The message `key` of `catalog` in `locale`, with `{name}` placeholders filled from `values`. A missing value is a
 * programming error, so it throws naming the key and the value rather than printing a raw `{name}` to readers.
 */
export function formatMessage<Catalog extends MessageCatalog>(
  catalog: Catalog,
  key: keyof Catalog & string,
  locale: Locale,
  values?: MessageValues,
): string {
  const entry = catalog[key];
  if (!entry) throw new Error(`Unknown message key "${key}": add it to packages/react/src/messages.ts`);
  const template = entry[locale];
  if (!template.includes('{')) return template;
  return template.replace(placeholder, (_, name: string) => {
    const value = values?.[name];
    if (value === undefined) {
      throw new Error(`Message "${key}" needs a value for {${name}}; pass it in the values argument`);
    }
    return String(value);
  });
}

/** The heading of the policy section a label links to. */
export function sectionHeading(id: LabelId, locale: Locale): string {
  return sectionMessages[id][locale];
}

/** The placeholder names a message template uses, e.g. ["controller"]; the catalog test compares ko with en. */
export function messagePlaceholders(template: string): string[] {
  return [...template.matchAll(placeholder)].map((match) => match[1]!).sort();
}
