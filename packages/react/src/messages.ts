import type { LabelId, Locale } from '@privacy-label-kit/schema';

/**
 * The page's own words: headings, table headers, small print. Label titles and captions are not here — they come
 * from the schema package (`deriveLabels`) so that a label reads the same on the page, in a PDF and on a box.
 * Each key holds both languages side by side so a missing translation shows in review; `{name}` marks a value.
 */
export const messages = {
  'document.defaultTitle': { ko: '개인정보 처리방침', en: 'Privacy policy' },
  'document.intro': {
    ko: '{controller}은(는) 「개인정보 보호법」 제30조에 따라 정보주체의 개인정보를 보호하고 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 다음과 같이 개인정보 처리방침을 수립·공개합니다.',
    en: '{controller} publishes this privacy policy under Article 30 of the Personal Information Protection Act (PIPA) so that you know how your personal information is handled and where to turn with questions and complaints.',
  },
  'document.controller': { ko: '개인정보처리자', en: 'Controller' },
  'document.service': { ko: '서비스', en: 'Service' },
  'document.effectiveDate': { ko: '시행일', en: 'In effect from' },
  'document.version': { ko: '버전', en: 'Version' },
  'document.publishedAt': { ko: '원문', en: 'Published at' },
  'document.details': { ko: '개인정보처리자 정보', en: 'About the controller' },
  'document.representative': { ko: '대표자', en: 'Representative' },
  'document.address': { ko: '주소', en: 'Address' },
  'document.phone': { ko: '전화', en: 'Phone' },
  'document.email': { ko: '이메일', en: 'Email' },
  'document.website': { ko: '웹사이트', en: 'Website' },
  'document.businessRegistrationNumber': { ko: '사업자등록번호', en: 'Business registration number' },

  'summary.heading': { ko: '개인정보 처리 표시', en: 'Privacy labels at a glance' },
  'summary.description': {
    ko: '주요 내용을 한눈에 볼 수 있도록 표시했습니다. 표시를 선택하면 해당 내용으로 이동합니다.',
    en: 'The key points of this policy at a glance. Select a label to go to the part of the policy it summarises.',
  },
  'attention.label': { ko: '주의', en: 'Attention' },
  'attention.count': { ko: '주의할 점 {count}가지', en: '{count} points to note' },

  'toc.heading': { ko: '목차', en: 'Contents' },
  'section.labelPrefix': { ko: '표시', en: 'Label' },

  'section.collected-items': { ko: '처리하는 개인정보 항목', en: 'Personal information we process' },
  'section.sensitive-information': { ko: '민감정보의 처리', en: 'Sensitive information' },
  'section.unique-identifiers': { ko: '고유식별정보의 처리', en: 'Unique identifying numbers' },
  'section.purposes': { ko: '개인정보의 처리 목적', en: 'Why we process personal information' },
  'section.retention': { ko: '개인정보의 처리 및 보유 기간', en: 'How long we keep it' },
  'section.destruction': { ko: '개인정보의 파기 절차 및 방법', en: 'How we destroy it' },
  'section.third-party-provision': { ko: '개인정보의 제3자 제공', en: 'Sharing with third parties' },
  'section.entrustment': { ko: '개인정보 처리업무의 위탁', en: 'Processors working for us' },
  'section.overseas-transfer': { ko: '개인정보의 국외 이전', en: 'Transfers abroad' },
  'section.automatic-collection': {
    ko: '개인정보 자동 수집 장치의 설치·운영 및 거부',
    en: 'Cookies and other automatic collection, and how to refuse them',
  },
  'section.behavioural-advertising': {
    ko: '행태정보의 수집·이용 및 맞춤형 광고',
    en: 'Behavioural information and personalised ads',
  },
  'section.pseudonymised-information': { ko: '가명정보의 처리', en: 'Pseudonymised information' },
  'section.automated-decisions': {
    ko: '자동화된 결정에 대한 권리',
    en: 'Automated decisions and your rights',
  },
  'section.children': { ko: '만 14세 미만 아동의 개인정보 처리', en: 'Children under 14' },
  'section.data-subject-rights': {
    ko: '정보주체의 권리·의무 및 행사 방법',
    en: 'Your rights and how to use them',
  },
  'section.security-measures': { ko: '개인정보의 안전성 확보 조치', en: 'How we keep it safe' },
  'section.privacy-officer': { ko: '개인정보 보호책임자', en: 'Privacy officer' },
  'section.grievance-department': {
    ko: '개인정보 열람 청구 및 고충 처리 부서',
    en: 'Where to send requests and complaints',
  },
  'section.remedies': { ko: '권익 침해 구제 방법', en: 'Where to seek redress' },
  'section.policy-changes': { ko: '개인정보 처리방침의 변경', en: 'Changes to this policy' },

  'collectedItems.intro': {
    ko: '처리하는 개인정보를 법적 근거별로 나누어 적었습니다. 마지막 열에서 거부할 수 있는지, 거부하면 어떻게 되는지 확인하세요.',
    en: 'The personal information we process, grouped by legal basis. The last column says whether you can refuse and what happens if you do.',
  },
  'collectedItems.items': { ko: '수집 항목', en: 'Items' },
  'collectedItems.stage': { ko: '수집 시점·방법', en: 'When and how' },
  'collectedItems.purposes': { ko: '이용 목적', en: 'Used for' },
  'collectedItems.retention': { ko: '보유 기간', en: 'Kept for' },
  'collectedItems.refusal': {
    ko: '거부할 수 있나요? 거부하면?',
    en: 'Can I refuse, and what happens if I do?',
  },
  'collectedItems.basisLaw': { ko: '근거 법령', en: 'Required by' },
  'refusal.canRefuse': { ko: '거부할 수 있습니다.', en: 'You can refuse.' },
  'refusal.cannotRefuse': { ko: '거부할 수 없습니다.', en: 'You cannot refuse.' },
  'refusal.howTo': { ko: '거부·철회 방법', en: 'How to refuse or withdraw' },
  'refusal.consequence': { ko: '거부하면', en: 'If you refuse' },
  'refusal.noConsequence': {
    ko: '거부해도 서비스 이용에 제한이 없습니다.',
    en: 'Refusing does not limit the service.',
  },

  'purposes.purpose': { ko: '처리 목적', en: 'Purpose' },
  'purposes.description': { ko: '내용', en: 'What it means' },
  'purposes.items': { ko: '관련 항목', en: 'Items used' },

  'retention.principle': { ko: '보유 원칙', en: 'The rule' },
  'retention.byItem': { ko: '항목별 보유 기간', en: 'How long each item is kept' },
  'retention.legal': { ko: '법령에 따라 보관하는 정보', en: 'Kept because a law requires it' },
  'retention.law': { ko: '근거 법령', en: 'Law' },
  'retention.period': { ko: '보관 기간', en: 'Kept for' },
  'retention.inactive': { ko: '장기 미이용 회원(휴면 계정)', en: 'Inactive accounts' },
  'retention.inactiveRule': {
    ko: '{inactivity} 동안 서비스를 이용하지 않은 회원의 개인정보는 다른 회원의 정보와 분리하여 {storage} 동안 보관한 뒤 파기합니다.',
    en: 'If you do not use the service for {inactivity}, your information is stored apart from active accounts for {storage} and then destroyed.',
  },

  'destruction.procedure': { ko: '파기 절차', en: 'Procedure' },
  'destruction.deadline': { ko: '파기 기한', en: 'Deadline' },
  'destruction.deadlineValue': {
    ko: '보유 기간이 끝난 날부터 {within} 이내',
    en: 'Within {within} of the end of the retention period',
  },
  'destruction.withoutDelay': {
    ko: '보유 기간이 끝나면 지체 없이',
    en: 'Without delay once the retention period ends',
  },
  'destruction.electronic': { ko: '전자적 파일', en: 'Electronic files' },
  'destruction.paper': { ko: '종이 문서', en: 'Paper records' },

  'thirdParty.intro': {
    ko: '정보주체의 동의 또는 법률의 특별한 규정 등 「개인정보 보호법」 제17조·제18조에 해당하는 경우에만 개인정보를 제3자에게 제공합니다.',
    en: 'We share personal information only with your consent or where PIPA Articles 17 and 18 otherwise allow it.',
  },
  'thirdParty.recipient': { ko: '제공받는 자', en: 'Recipient' },
  'thirdParty.purpose': { ko: '제공 목적', en: 'Purpose' },
  'thirdParty.items': { ko: '제공 항목', en: 'Items' },
  'thirdParty.retention': { ko: '보유·이용 기간', en: 'Kept for' },
  'thirdParty.country': { ko: '국가', en: 'Country' },
  'thirdParty.basis': { ko: '근거', en: 'Basis' },

  'entrustment.intro': {
    ko: '원활한 서비스 제공을 위해 다음과 같이 개인정보 처리업무를 위탁하고, 위탁 계약에서 개인정보 보호 의무를 정하고 있습니다.',
    en: 'We entrust the following tasks to processors; our contracts bind them to protect your information.',
  },
  'entrustment.processor': { ko: '수탁자', en: 'Processor' },
  'entrustment.task': { ko: '위탁 업무', en: 'Task' },
  'entrustment.country': { ko: '국가', en: 'Country' },
  'entrustment.subProcessor': { ko: '재위탁 여부', en: 'Sub-processor' },

  'overseas.intro': {
    ko: '다음과 같이 개인정보를 국외로 이전합니다. 이전받는 자, 국가, 항목, 시기와 방법, 목적과 보유 기간을 모두 적었습니다.',
    en: 'We transfer personal information abroad as follows, with every particular the law asks us to give.',
  },
  'overseas.recipient': { ko: '이전받는 자', en: 'Recipient' },
  'overseas.contact': { ko: '개인정보 보호 연락처', en: 'Privacy contact' },
  'overseas.country': { ko: '이전 국가', en: 'Country' },
  'overseas.items': { ko: '이전 항목', en: 'Items' },
  'overseas.timingAndMethod': { ko: '이전 시기와 방법', en: 'When and how' },
  'overseas.purpose': { ko: '이전 목적', en: 'Purpose' },
  'overseas.retention': { ko: '보유·이용 기간', en: 'Kept for' },
  'overseas.legalBasis': { ko: '이전 근거', en: 'Legal basis' },
  'overseas.howToRefuse': { ko: '거부 방법', en: 'How to refuse' },
  'overseas.refusalConsequence': { ko: '거부하면', en: 'If you refuse' },

  'automatic.kind': { ko: '종류', en: 'Kind' },
  'automatic.name': { ko: '이름', en: 'Name' },
  'automatic.purpose': { ko: '목적', en: 'Purpose' },
  'automatic.operator': { ko: '운영자', en: 'Operated by' },
  'automatic.retention': { ko: '보관 기간', en: 'Kept for' },
  'automatic.howToRefuse': { ko: '거부하는 방법', en: 'How to refuse' },
  'automatic.refusalConsequence': { ko: '거부하면', en: 'If you refuse' },
  'automatic.ourselves': { ko: '회사', en: 'Us' },

  'ads.items': { ko: '수집하는 행태정보', en: 'Behavioural information collected' },
  'ads.collectionMethod': { ko: '수집 방법', en: 'How it is collected' },
  'ads.purpose': { ko: '수집 목적', en: 'Purpose' },
  'ads.retention': { ko: '보유·이용 기간', en: 'Kept for' },
  'ads.operators': { ko: '행태정보를 수집하는 광고 사업자', en: 'Ad companies that collect it' },
  'ads.collectionTool': { ko: '수집 도구', en: 'Tool' },
  'ads.optOut': { ko: '맞춤형 광고 허용·차단 방법', en: 'How to allow or block personalised ads' },
  'ads.children': { ko: '만 14세 미만 아동', en: 'Children under 14' },
  'ads.childrenExcluded': {
    ko: '만 14세 미만 아동에게는 맞춤형 광고를 제공하지 않습니다.',
    en: 'Children under 14 are not shown personalised ads.',
  },

  'sensitive.items': { ko: '민감정보', en: 'Sensitive information' },
  'sensitive.purpose': { ko: '처리 목적', en: 'Purpose' },
  'sensitive.basis': { ko: '처리 근거', en: 'Basis' },
  'sensitive.disclosureRisk': { ko: '공개될 가능성', en: 'Risk of it becoming public' },
  'sensitive.howToKeepPrivate': { ko: '비공개로 선택하는 방법', en: 'How to keep it private' },

  'uniqueIds.kind': { ko: '고유식별정보', en: 'Identifier' },
  'uniqueIds.purpose': { ko: '처리 목적', en: 'Purpose' },
  'uniqueIds.basis': { ko: '처리 근거', en: 'Basis' },

  'pseudonymised.purpose': { ko: '처리 목적', en: 'Purpose' },
  'pseudonymised.items': { ko: '처리 항목', en: 'Items' },
  'pseudonymised.retention': { ko: '보유 기간', en: 'Kept for' },
  'pseudonymised.recipient': { ko: '제공받는 자', en: 'Recipient' },
  'pseudonymised.processor': { ko: '위탁받는 자', en: 'Processor' },

  'automated.intro': {
    ko: '사람의 개입 없이 완전히 자동화된 시스템으로 다음 결정을 내립니다. 결정을 거부하거나 설명을 요구할 수 있습니다.',
    en: 'We make the following decisions by fully automated means. You can refuse a decision or ask us to explain it.',
  },
  'automated.criteria': { ko: '기준', en: 'Criteria' },
  'automated.procedure': { ko: '절차', en: 'Procedure' },
  'automated.howToObject': { ko: '거부·설명 요구 방법', en: 'How to object or ask for an explanation' },

  'children.intro': {
    ko: '만 14세 미만 아동의 개인정보를 처리할 때에는 법정대리인의 동의를 받습니다.',
    en: 'We ask a parent or guardian to agree before we process information about a child under 14.',
  },
  'children.method': { ko: '법정대리인 동의 방법', en: 'How a guardian agrees' },
  'children.itemsFromGuardian': { ko: '법정대리인에게 받는 정보', en: 'What we ask of the guardian' },
  'children.ageVerification': { ko: '나이 확인 방법', en: 'How we check age' },
  'children.childFriendlyNotice': { ko: '아동을 위한 안내', en: 'How we explain it to children' },

  'rights.intro': {
    ko: '정보주체는 언제든지 개인정보 열람, 정정·삭제, 처리정지, 동의 철회를 요구할 수 있습니다.',
    en: 'You can ask at any time to see, correct or delete your information, to stop its processing, or to withdraw consent.',
  },
  'rights.howToExercise': { ko: '행사 방법', en: 'How to ask' },
  'rights.channel': { ko: '창구', en: 'Channel' },
  'rights.detail': { ko: '이용 방법', en: 'Details' },
  'rights.responseTime': {
    ko: '요구를 받은 날부터 {within} 이내에 답변합니다.',
    en: 'We answer within {within} of receiving your request.',
  },
  'rights.legalRepresentative': { ko: '대리인을 통한 요구', en: 'Asking through a representative' },

  'security.intro': {
    ko: '개인정보가 분실·도난·유출·위조·변조·훼손되지 않도록 다음 조치를 하고 있습니다.',
    en: 'We take the following measures so that personal information is not lost, stolen, leaked, altered or damaged.',
  },
  'security.administrative': { ko: '관리적 조치', en: 'Administrative measures' },
  'security.technical': { ko: '기술적 조치', en: 'Technical measures' },
  'security.physical': { ko: '물리적 조치', en: 'Physical measures' },

  'officer.intro': {
    ko: '개인정보 처리에 관한 업무를 총괄하고 관련 불만 처리와 피해 구제를 담당하는 책임자입니다.',
    en: 'The person responsible for how personal information is handled, for complaints and for putting things right.',
  },
  'officer.name': { ko: '성명', en: 'Name' },
  'officer.position': { ko: '직책', en: 'Position' },
  'officer.department': { ko: '부서', en: 'Department' },
  'officer.phone': { ko: '전화', en: 'Phone' },
  'officer.email': { ko: '이메일', en: 'Email' },
  'officer.domesticAgent': { ko: '국내대리인', en: 'Domestic agent' },
  'officer.domesticAgentIntro': {
    ko: '「개인정보 보호법」 제31조의2에 따라 국내대리인을 다음과 같이 지정합니다.',
    en: 'Under PIPA Article 31-2 we have appointed the following domestic agent in Korea.',
  },
  'officer.address': { ko: '주소', en: 'Address' },

  'department.name': { ko: '부서명', en: 'Department' },
  'department.phone': { ko: '전화', en: 'Phone' },
  'department.email': { ko: '이메일', en: 'Email' },
  'department.hours': { ko: '운영 시간', en: 'Opening hours' },

  'remedies.intro': {
    ko: '개인정보 침해로 인한 구제를 받으려면 아래 기관에 분쟁 해결이나 상담을 신청할 수 있습니다.',
    en: 'To seek redress for a breach of your privacy, you can contact these bodies for mediation or advice.',
  },
  'remedies.name': { ko: '기관', en: 'Body' },
  'remedies.phone': { ko: '전화', en: 'Phone' },
  'remedies.website': { ko: '웹사이트', en: 'Website' },

  'versions.current': {
    ko: '이 개인정보 처리방침은 {date}부터 적용됩니다.',
    en: 'This policy applies from {date}.',
  },
  'versions.history': { ko: '변경 이력', en: 'Version history' },
  'versions.version': { ko: '버전', en: 'Version' },
  'versions.announcedOn': { ko: '공고일', en: 'Announced' },
  'versions.effectiveOn': { ko: '시행일', en: 'In effect' },
  'versions.summary': { ko: '주요 변경 내용', en: 'What changed' },
  'versions.previous': { ko: '이전 버전 보기', en: 'Read this version' },
  'versions.previousNamed': { ko: '{version} 버전 보기', en: 'Read version {version}' },
  'versions.adverse': { ko: '이용자에게 불리할 수 있는 변경', en: 'May work against users' },
  'versions.none': { ko: '변경 이력이 없습니다.', en: 'This policy has not been changed.' },

  'common.yes': { ko: '예', en: 'Yes' },
  'common.no': { ko: '아니요', en: 'No' },
  'common.none': { ko: '없음', en: 'None' },
  'common.opensInNewWindow': { ko: '새 창', en: 'opens in a new window' },
} as const satisfies Record<string, { ko: string; en: string }>;

export type MessageKey = keyof typeof messages;
export type MessageValues = Readonly<Record<string, string | number>>;

const placeholder = /\{(\w+)\}/g;

/**
 * The message `key` in `locale`, with `{name}` placeholders filled from `values`. A missing value is a programming
 * error, so it throws naming the key and the value rather than printing a raw `{name}` to readers.
 */
export function formatMessage(key: MessageKey, locale: Locale, values?: MessageValues): string {
  const entry = messages[key];
  if (!entry) throw new Error(`Unknown message key "${key}": add it to packages/react/src/messages.ts`);
  const template: string = entry[locale];
  if (!values) return template;
  return template.replace(placeholder, (_, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new Error(`Message "${key}" needs a value for {${name}}; pass it in the values argument`);
    }
    return String(value);
  });
}

/** The heading of the policy section a label links to. */
export function sectionHeading(id: LabelId, locale: Locale): string {
  return formatMessage(`section.${id}`, locale);
}

/** The placeholder names a message template uses, e.g. ["controller"]; the catalog test compares ko with en. */
export function messagePlaceholders(template: string): string[] {
  return [...template.matchAll(placeholder)].map((match) => match[1]!).sort();
}
