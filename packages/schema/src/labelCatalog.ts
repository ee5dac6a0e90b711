import type { LocalizedText } from './text.js';

/**
 * Label families follow the PIPC's shape convention: processing-stage labels sit in a hexagon,
 * protection-duty labels in a rounded square.
 */
export type LabelFamily = 'processing' | 'protection';

export const labelIds = [
  'collected-items',
  'sensitive-information',
  'unique-identifiers',
  'purposes',
  'retention',
  'destruction',
  'third-party-provision',
  'entrustment',
  'overseas-transfer',
  'automatic-collection',
  'behavioural-advertising',
  'pseudonymised-information',
  'automated-decisions',
  'children',
  'data-subject-rights',
  'security-measures',
  'privacy-officer',
  'grievance-department',
  'remedies',
  'policy-changes',
] as const;

export type LabelId = (typeof labelIds)[number];

export interface LabelDefinition {
  id: LabelId;
  family: LabelFamily;
  title: Required<LocalizedText>;
  description: Required<LocalizedText>;
  /** The article(s) of the Personal Information Protection Act (PIPA) or its Decree this label answers to. */
  legalReference: Required<LocalizedText>;
  /** The closest W3C Data Privacy Vocabulary (DPV 2) concept, as a `dpv:` CURIE, where one fits. */
  dpvConcept?: string;
  /** The policy fields whose content makes this label apply. */
  sourceFields: readonly string[];
}

export const labelCatalog: readonly LabelDefinition[] = [
  {
    id: 'collected-items',
    family: 'processing',
    title: { ko: '처리 항목', en: 'Collected items' },
    description: {
      ko: '어떤 개인정보를 언제, 어떤 근거로 수집하는지 알려 줍니다.',
      en: 'What personal information is collected, when, and on what legal basis.',
    },
    legalReference: {
      ko: '개인정보 보호법 제15조·제22조, 시행령 제31조제1항제1호',
      en: 'PIPA Arts. 15 and 22; Enforcement Decree Art. 31(1)(1)',
    },
    dpvConcept: 'dpv:PersonalData',
    sourceFields: ['collectedItems'],
  },
  {
    id: 'sensitive-information',
    family: 'processing',
    title: { ko: '민감정보', en: 'Sensitive information' },
    description: {
      ko: '건강, 신념 등 민감정보를 처리하는지, 공개될 위험과 비공개로 선택하는 방법을 알려 줍니다.',
      en: 'Whether sensitive information such as health or beliefs is processed, the risk of disclosure and how to keep it private.',
    },
    legalReference: { ko: '개인정보 보호법 제23조', en: 'PIPA Art. 23' },
    dpvConcept: 'dpv:SensitivePersonalData',
    sourceFields: ['sensitiveInformation'],
  },
  {
    id: 'unique-identifiers',
    family: 'processing',
    title: { ko: '고유식별정보', en: 'Unique identifiers' },
    description: {
      ko: '주민등록번호, 여권번호 등 고유식별정보를 처리하는 근거를 알려 줍니다.',
      en: 'Whether national ID, passport or similar identifying numbers are processed, and on what basis.',
    },
    legalReference: { ko: '개인정보 보호법 제24조·제24조의2', en: 'PIPA Arts. 24 and 24-2' },
    dpvConcept: 'dpv:Identifier',
    sourceFields: ['uniqueIdentifiers'],
  },
  {
    id: 'purposes',
    family: 'processing',
    title: { ko: '처리 목적', en: 'Purposes' },
    description: {
      ko: '개인정보를 무엇을 위해 이용하는지 알려 줍니다.',
      en: 'What the personal information is used for.',
    },
    legalReference: { ko: '개인정보 보호법 제30조제1항제1호', en: 'PIPA Art. 30(1)(1)' },
    dpvConcept: 'dpv:Purpose',
    sourceFields: ['purposes'],
  },
  {
    id: 'retention',
    family: 'processing',
    title: { ko: '보유 기간', en: 'Retention' },
    description: {
      ko: '개인정보를 얼마나 오래 보관하는지, 다른 법률에 따라 보관하는 정보는 무엇인지 알려 줍니다.',
      en: 'How long personal information is kept, including what other laws require to be kept.',
    },
    legalReference: { ko: '개인정보 보호법 제21조, 제30조제1항제2호', en: 'PIPA Arts. 21 and 30(1)(2)' },
    dpvConcept: 'dpv:StorageDuration',
    sourceFields: ['collectedItems[].retention', 'retention'],
  },
  {
    id: 'destruction',
    family: 'processing',
    title: { ko: '파기', en: 'Destruction' },
    description: {
      ko: '보유 기간이 끝난 개인정보를 어떤 절차와 방법으로 파기하는지 알려 줍니다.',
      en: 'How personal information is destroyed once it is no longer needed.',
    },
    legalReference: { ko: '개인정보 보호법 제21조, 제30조제1항제4호', en: 'PIPA Arts. 21 and 30(1)(4)' },
    dpvConcept: 'dpv:Erase',
    sourceFields: ['destruction'],
  },
  {
    id: 'third-party-provision',
    family: 'processing',
    title: { ko: '제3자 제공', en: 'Third-party provision' },
    description: {
      ko: '개인정보를 다른 회사나 기관에 제공하는지, 누구에게 무엇을 왜 제공하는지 알려 줍니다.',
      en: 'Whether personal information is given to other companies or bodies: to whom, what, and why.',
    },
    legalReference: { ko: '개인정보 보호법 제17조, 제30조제1항제3호', en: 'PIPA Arts. 17 and 30(1)(3)' },
    dpvConcept: 'dpv:ThirdParty',
    sourceFields: ['thirdPartyProvision'],
  },
  {
    id: 'entrustment',
    family: 'processing',
    title: { ko: '처리 위탁', en: 'Entrustment' },
    description: {
      ko: '개인정보 처리 업무를 맡긴 수탁자와 맡긴 업무를 알려 줍니다.',
      en: 'Which processors handle personal information on the controller’s behalf, and for which tasks.',
    },
    legalReference: { ko: '개인정보 보호법 제26조, 제30조제1항제5호', en: 'PIPA Arts. 26 and 30(1)(5)' },
    dpvConcept: 'dpv:DataProcessor',
    sourceFields: ['entrustment'],
  },
  {
    id: 'overseas-transfer',
    family: 'processing',
    title: { ko: '국외 이전', en: 'Overseas transfer' },
    description: {
      ko: '개인정보가 다른 나라로 이전되는지, 어느 나라의 누구에게 어떤 근거로 이전되는지 알려 줍니다.',
      en: 'Whether personal information leaves Korea: to which country, to whom, and on what basis.',
    },
    legalReference: {
      ko: '개인정보 보호법 제28조의8, 시행령 제31조',
      en: 'PIPA Art. 28-8; Enforcement Decree Art. 31',
    },
    dpvConcept: 'dpv:CrossBorderTransfer',
    sourceFields: ['overseasTransfer'],
  },
  {
    id: 'automatic-collection',
    family: 'processing',
    title: { ko: '자동 수집 장치', en: 'Automatic collection' },
    description: {
      ko: '쿠키 등 자동으로 정보를 수집하는 장치를 쓰는지, 거부하는 방법을 알려 줍니다.',
      en: 'Whether cookies or similar tools collect information automatically, and how to refuse them.',
    },
    legalReference: { ko: '개인정보 보호법 제30조제1항제7호', en: 'PIPA Art. 30(1)(7)' },
    dpvConcept: 'dpv:Observe',
    sourceFields: ['automaticCollection'],
  },
  {
    id: 'behavioural-advertising',
    family: 'processing',
    title: { ko: '맞춤형 광고', en: 'Personalised ads' },
    description: {
      ko: '행태정보를 수집해 맞춤형 광고에 쓰는지, 누가 수집하며 어떻게 거부하는지 알려 줍니다.',
      en: 'Whether behavioural information is used for personalised ads, who collects it and how to opt out.',
    },
    legalReference: {
      ko: '개인정보 처리방침 작성지침, 맞춤형 광고 개인정보보호 가이드라인',
      en: 'PIPC policy-writing guideline; PIPC guideline on personalised advertising',
    },
    dpvConcept: 'dpv:PersonalisedAdvertising',
    sourceFields: ['behaviouralAdvertising'],
  },
  {
    id: 'pseudonymised-information',
    family: 'processing',
    title: { ko: '가명정보', en: 'Pseudonymised information' },
    description: {
      ko: '개인정보를 가명처리해 통계, 연구 등에 쓰는지 알려 줍니다.',
      en: 'Whether pseudonymised information is processed for statistics, research or archiving.',
    },
    legalReference: {
      ko: '개인정보 보호법 제28조의2, 제30조제1항제3호의2',
      en: 'PIPA Arts. 28-2 and 30(1)(3-2)',
    },
    dpvConcept: 'dpv:PseudonymisedData',
    sourceFields: ['pseudonymisedInformation'],
  },
  {
    id: 'automated-decisions',
    family: 'processing',
    title: { ko: '자동화된 결정', en: 'Automated decisions' },
    description: {
      ko: '사람의 개입 없이 자동으로 내리는 결정이 있는지, 기준과 거부·설명 요구 방법을 알려 줍니다.',
      en: 'Whether decisions are made without human involvement, their criteria, and how to object or ask why.',
    },
    legalReference: { ko: '개인정보 보호법 제37조의2', en: 'PIPA Art. 37-2' },
    dpvConcept: 'dpv:AutomatedDecisionMaking',
    sourceFields: ['automatedDecisions'],
  },
  {
    id: 'children',
    family: 'processing',
    title: { ko: '아동 개인정보', en: 'Children under 14' },
    description: {
      ko: '만 14세 미만 아동의 개인정보를 처리하는지, 법정대리인 동의를 어떻게 받는지 알려 줍니다.',
      en: 'Whether information about children under 14 is processed, and how a guardian’s consent is obtained.',
    },
    legalReference: { ko: '개인정보 보호법 제22조의2', en: 'PIPA Art. 22-2' },
    dpvConcept: 'dpv:Child',
    sourceFields: ['children'],
  },
  {
    id: 'data-subject-rights',
    family: 'protection',
    title: { ko: '정보주체의 권리', en: 'Your rights' },
    description: {
      ko: '열람, 정정·삭제, 처리정지, 동의 철회를 요구할 권리와 그 방법을 알려 줍니다.',
      en: 'Your rights to access, correct, delete, stop processing and withdraw consent, and how to use them.',
    },
    legalReference: { ko: '개인정보 보호법 제35조~제38조', en: 'PIPA Arts. 35–38' },
    dpvConcept: 'dpv:DataSubjectRight',
    sourceFields: ['rights'],
  },
  {
    id: 'security-measures',
    family: 'protection',
    title: { ko: '안전성 확보 조치', en: 'Security measures' },
    description: {
      ko: '개인정보를 안전하게 지키기 위한 관리적·기술적·물리적 조치를 알려 줍니다.',
      en: 'The administrative, technical and physical measures that keep personal information safe.',
    },
    legalReference: {
      ko: '개인정보 보호법 제29조, 시행령 제30조',
      en: 'PIPA Art. 29; Enforcement Decree Art. 30',
    },
    dpvConcept: 'dpv:TechnicalOrganisationalMeasure',
    sourceFields: ['securityMeasures'],
  },
  {
    id: 'privacy-officer',
    family: 'protection',
    title: { ko: '개인정보 보호책임자', en: 'Privacy officer' },
    description: {
      ko: '개인정보 처리에 책임지는 보호책임자와 연락처를 알려 줍니다.',
      en: 'Who is responsible for personal information, and how to reach them.',
    },
    legalReference: { ko: '개인정보 보호법 제31조, 제30조제1항제6호', en: 'PIPA Arts. 31 and 30(1)(6)' },
    dpvConcept: 'dpv:DataProtectionOfficer',
    sourceFields: ['privacyOfficer'],
  },
  {
    id: 'grievance-department',
    family: 'protection',
    title: { ko: '고충 처리 부서', en: 'Contact department' },
    description: {
      ko: '개인정보 관련 문의와 불만을 처리하는 부서와 연락처를 알려 줍니다.',
      en: 'The department that answers privacy questions and complaints, and how to reach it.',
    },
    legalReference: { ko: '개인정보 보호법 제30조제1항제6호', en: 'PIPA Art. 30(1)(6)' },
    sourceFields: ['contactDepartment'],
  },
  {
    id: 'remedies',
    family: 'protection',
    title: { ko: '권익 침해 구제', en: 'Remedies' },
    description: {
      ko: '개인정보 침해를 신고하거나 분쟁 조정을 신청할 수 있는 기관을 알려 줍니다.',
      en: 'Where to report a privacy violation or ask for dispute mediation.',
    },
    legalReference: { ko: '개인정보 보호법 제40조, 제62조', en: 'PIPA Arts. 40 and 62' },
    sourceFields: ['remedies'],
  },
  {
    id: 'policy-changes',
    family: 'protection',
    title: { ko: '처리방침 변경', en: 'Policy changes' },
    description: {
      ko: '처리방침이 언제 어떻게 바뀌었는지, 이전 버전을 알려 줍니다.',
      en: 'When and how this policy changed, with its earlier versions.',
    },
    legalReference: { ko: '개인정보 보호법 시행령 제31조제2항', en: 'Enforcement Decree Art. 31(2)' },
    dpvConcept: 'dpv:PrivacyNotice',
    sourceFields: ['versionHistory'],
  },
];

const catalogById = new Map(labelCatalog.map((definition) => [definition.id, definition]));

export function getLabelDefinition(id: LabelId): LabelDefinition {
  const definition = catalogById.get(id);
  if (!definition) throw new Error(`Unknown label id "${id}". Known ids: ${labelIds.join(', ')}`);
  return definition;
}

export function isLabelId(value: unknown): value is LabelId {
  return typeof value === 'string' && catalogById.has(value as LabelId);
}
