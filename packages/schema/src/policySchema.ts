import { z } from 'zod';
import { crossFieldChecks } from './crossFieldChecks.js';
import {
  additionalUseKinds,
  automaticCollectionDeviceKinds,
  certificationSchemes,
  collectionStages,
  compatibilityCriteria,
  dataTypes,
  guardianRightKinds,
  legalBases,
  overseasTransferBases,
  pseudonymisationPurposes,
  purposeCategories,
  refusalEffects,
  rightsChannelKinds,
  thirdPartyBases,
  uniqueIdentifierKinds,
  videoDeviceKinds,
} from './enums.js';
import { localizedTextSchema } from './localizedText.js';
import {
  countryCodeSchema,
  durationSchema,
  emailSchema,
  isoDateSchema,
  phoneSchema,
  slugSchema,
  urlSchema,
} from './primitives.js';

const text = localizedTextSchema;
const textList = z.array(localizedTextSchema);

// ---------------------------------------------------------------------------------------------------------------
// Who is responsible
// ---------------------------------------------------------------------------------------------------------------

export const controllerSchema = z
  .strictObject({
    name: text.describe('The personal information controller (the company or body), e.g. 주식회사 예시'),
    representative: text.optional().describe('Name of the representative (대표자)'),
    address: text.optional(),
    phone: phoneSchema.optional(),
    email: emailSchema.optional(),
    website: urlSchema.optional(),
    businessRegistrationNumber: z.string().optional().describe('사업자등록번호'),
  })
  .describe('The controller that publishes this policy');

export const privacyOfficerSchema = z
  .strictObject({
    name: text.describe('The privacy officer (개인정보 보호책임자)'),
    position: text.optional().describe('Job title, e.g. 최고개인정보보호책임자(CPO)'),
    department: text.optional(),
    phone: phoneSchema.optional(),
    email: emailSchema.describe("The privacy officer's email address"),
  })
  .describe('PIPA Art. 31: the privacy officer and how to reach them');

export const contactDepartmentSchema = z
  .strictObject({
    name: text.describe('The department that handles privacy questions and complaints (고충처리 부서)'),
    phone: phoneSchema,
    email: emailSchema.optional(),
    hours: text.optional().describe('Opening hours, e.g. 평일 09:00–18:00'),
  })
  .describe('PIPA Art. 30(1)(6): the department that handles requests and complaints');

// ---------------------------------------------------------------------------------------------------------------
// Purposes and collected items
// ---------------------------------------------------------------------------------------------------------------

export const purposeSchema = z
  .strictObject({
    id: slugSchema.describe('Referenced from collectedItems[].purposeIds'),
    title: text,
    description: text.optional(),
    dpvPurpose: z.string().optional().describe('Closest W3C DPV purpose, e.g. "dpv:ServiceProvision"'),
    category: z
      .enum(purposeCategories)
      .optional()
      .describe(
        'Whether the purpose goes beyond providing the service: marketing, personalisedAdvertising, recommendations, ' +
          'aiTraining or profiling need consent the user can decline (PIPA Art. 22(5)); necessary says it does not. ' +
          'When left out, it is inferred from dpvPurpose (dpv:DirectMarketing → marketing, …)',
      ),
  })
  .describe('One purpose of processing (PIPA Art. 30(1)(1))');

export const retentionSchema = z
  .discriminatedUnion('kind', [
    z
      .strictObject({ kind: z.literal('untilAccountDeletion') })
      .describe('Kept until the user closes the account'),
    z
      .strictObject({ kind: z.literal('untilPurposeFulfilled') })
      .describe('Kept until the purpose is achieved'),
    z.strictObject({ kind: z.literal('untilConsentWithdrawn') }).describe('Kept until consent is withdrawn'),
    z
      .strictObject({ kind: z.literal('period'), duration: durationSchema })
      .describe('Kept for a fixed period'),
    z
      .strictObject({ kind: z.literal('law'), law: text, duration: durationSchema })
      .describe('Kept for the period another law requires'),
    z.strictObject({ kind: z.literal('custom'), description: text }).describe('Any other rule, in words'),
  ])
  .describe('How long an item is kept');
export type Retention = z.infer<typeof retentionSchema>;

export const refusalSchema = z
  .strictObject({
    canRefuse: z
      .boolean()
      .describe('Whether the user can say no to this item (decline it, or withdraw consent later)'),
    effect: z
      .enum(refusalEffects)
      .optional()
      .describe(
        'What saying no costs: none, featureUnavailable (one feature), serviceUnavailable (the whole service) or ' +
          'contractTerminated (the contract ends). Required when canRefuse is true',
      ),
    consequence: text
      .optional()
      .describe('What the user loses by refusing, in words, e.g. "회원가입이 불가합니다"'),
    howToRefuse: text.optional().describe('How to refuse or withdraw, e.g. a settings path'),
  })
  .describe('Whether and how the user can refuse, and what refusing costs (PIPA Art. 16(3))');

export const deemedConsentSchema = z
  .strictObject({
    objectionDays: z
      .number()
      .int()
      .positive()
      .describe('Days the user has to object before silence counts as consent, e.g. 7'),
    howToObject: text.describe('How to object within that time'),
  })
  .describe('"No objection within N days counts as consent": required when basis is deemedConsent');

export const collectedItemSchema = z
  .strictObject({
    id: slugSchema,
    stage: z
      .enum(collectionStages)
      .describe('When it is collected: at sign-up, during service use, or automatically'),
    items: textList.min(1).describe('The personal information items, e.g. [{ "ko": "이메일 주소" }]'),
    basis: z.enum(legalBases).describe('The legal basis of processing'),
    law: text.optional().describe('The law that requires the processing, when basis is legalObligation'),
    deemedConsent: deemedConsentSchema.optional(),
    purposeIds: z.array(slugSchema).min(1).describe('Ids from purposes[]'),
    retention: retentionSchema,
    refusal: refusalSchema,
    collectionMethod: text.optional().describe('How it is collected, e.g. 회원가입 화면, 고객센터'),
    dataTypes: z
      .array(z.enum(dataTypes))
      .optional()
      .describe(
        'The kinds of information among these items, each once (PIPC 2026 data-type symbols): health (건강정보), ' +
          'biometric (생체정보: face, fingerprint, voice …), biometricRecognition (생체인식정보: biometric data used to ' +
          'identify or authenticate a person, e.g. face or fingerprint login; it is biometric too, so do not add ' +
          'biometric as well), images (개인영상정보: photos and video of people), location (위치정보) or payment ' +
          '(결제정보). health and biometricRecognition are sensitive information (PIPA Art. 23), so the item needs ' +
          'separateConsent or legalObligation. Unique identifying numbers are said in uniqueIdentifiers[], not here',
      ),
  })
  .describe(
    'A group of items collected at one stage on one legal basis. Put items of a special kind (health, location …) in ' +
      'a group of their own, so that the labels count exactly them',
  );
export type CollectedItem = z.infer<typeof collectedItemSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Special categories
// ---------------------------------------------------------------------------------------------------------------

export const sensitiveInformationSchema = z
  .strictObject({
    itemId: slugSchema.describe(
      'The id of the collectedItems[] entry that holds the sensitive items; its basis must be separateConsent or legalObligation',
    ),
    disclosureRisk: text.optional().describe('PIPA Art. 23(3): how the service could make it public'),
    howToKeepPrivate: text.optional().describe('How the user can choose not to disclose it'),
  })
  .describe('PIPA Art. 23: sensitive information, entered once as a collected item and referred to here');

export const uniqueIdentifierSchema = z
  .strictObject({
    kind: z.enum(uniqueIdentifierKinds),
    itemId: slugSchema.describe(
      'The id of the collectedItems[] entry that holds the number; its basis must be separateConsent or legalObligation ' +
        '(PIPA Art. 24-2: resident registration numbers only where a law allows)',
    ),
  })
  .describe(
    'PIPA Arts. 24, 24-2: unique identifying numbers, entered once as a collected item and referred to here',
  );

export const pseudonymisedInformationSchema = z
  .strictObject({
    purpose: text.describe('Statistics, scientific research or public-interest archiving'),
    purposeKind: z
      .enum(pseudonymisationPurposes)
      .optional()
      .describe(
        'Which of the purposes PIPA Art. 28-2(1) allows without consent: statistics (통계작성), scientificResearch ' +
          '(과학적 연구) or publicInterestArchiving (공익적 기록보존). The pseudonymisation label names it',
      ),
    items: textList.min(1),
    retention: text,
    recipient: text.optional().describe('Who receives it, when provided to a third party'),
    processor: text.optional().describe('Who processes it, when entrusted'),
    combination: z
      .strictObject({
        with: text.describe('Whose pseudonymised information it is combined with'),
        agency: text.describe(
          'The combination agency designated by the PIPC (결합전문기관) that combines them',
        ),
      })
      .optional()
      .describe(
        'PIPA Art. 28-3: combination with another controller’s pseudonymised information (가명정보 결합)',
      ),
  })
  .describe('PIPA Art. 28-2: pseudonymised information');

export const automatedDecisionSchema = z
  .strictObject({
    name: text.describe('What is decided, e.g. 부정 이용 자동 탐지에 따른 이용 제한'),
    criteria: text,
    procedure: text,
    howToObject: text.describe('How to refuse the decision or ask for an explanation (PIPA Art. 37-2)'),
    canRefuse: z
      .boolean()
      .optional()
      .describe(
        'Whether the user can refuse the decision (PIPA Art. 37-2(1)); not where it rests on consent, a contract or a ' +
          'law. Left out, the label claims only the right to an explanation (Art. 37-2(2)), which always exists',
      ),
  })
  .describe('PIPA Art. 37-2: decisions made without human involvement');

export const childrenSchema = z
  .strictObject({
    collectsFromUnder14: z.boolean().describe('Whether information about children under 14 is processed'),
    minimumAge: z
      .number()
      .int()
      .min(0)
      .max(19)
      .optional()
      .describe('The youngest age at which the service may be used, if it has one, e.g. 14'),
    guardianConsent: z
      .strictObject({
        method: text.describe('How a legal representative gives consent'),
        itemsFromGuardian: textList.min(1).describe('What is collected from the guardian to verify consent'),
      })
      .optional(),
    guardianRights: z
      .strictObject({
        rights: z
          .array(z.enum(guardianRightKinds))
          .min(1)
          .describe(
            'What a legal representative (법정대리인) may ask for on the child’s behalf: access, correction, deletion, ' +
              'suspension (처리정지), consentWithdrawal',
          ),
        howToExercise: text.describe('How the legal representative asks, and how they are identified'),
      })
      .optional()
      .describe(
        'PIPA Arts. 35–38 with Art. 22-2: the rights of a child’s legal representative and how to use them',
      ),
    ageVerification: text.optional(),
    childFriendlyNotice: text.optional().describe('A note on how the policy is explained to children'),
  })
  .describe('PIPA Art. 22-2: children under 14');

// ---------------------------------------------------------------------------------------------------------------
// Retention, destruction
// ---------------------------------------------------------------------------------------------------------------

export const legalRetentionSchema = z
  .strictObject({
    law: text.describe('e.g. 전자상거래 등에서의 소비자보호에 관한 법률'),
    items: textList.min(1),
    period: durationSchema,
  })
  .describe('Information another law requires to be kept');

export const retentionPolicySchema = z
  .strictObject({
    principle: text.optional().describe('The general rule, in words'),
    legalRetention: z.array(legalRetentionSchema).default([]),
    inactiveAccounts: z
      .strictObject({
        inactivityPeriod: durationSchema.describe('No use for this long makes an account inactive'),
        separateStorage: durationSchema.describe('Kept separately for this long, then destroyed'),
        notice: text.optional().describe('How and when the user is told before separation'),
      })
      .optional(),
  })
  .describe('Retention rules beyond each item (PIPA Art. 21)');

export const destructionSchema = z
  .strictObject({
    procedure: text,
    deadline: durationSchema
      .optional()
      .describe('Destroyed within this time after retention ends, e.g. 5 days'),
    electronicMethod: text,
    paperMethod: text.optional(),
  })
  .describe('PIPA Art. 21: destruction procedure and methods');

// ---------------------------------------------------------------------------------------------------------------
// Provision, entrustment, overseas transfer
// ---------------------------------------------------------------------------------------------------------------

export const thirdPartyProvisionSchema = z
  .strictObject({
    recipient: text,
    purpose: text,
    items: textList.min(1),
    retention: text,
    country: countryCodeSchema.default('KR'),
    basis: z.enum(thirdPartyBases).default('consent'),
    law: text
      .optional()
      .describe('The law that requires the provision; required when basis is legalObligation'),
  })
  .describe('PIPA Art. 17: provision to a third party');

export const entrustmentSchema = z
  .strictObject({
    processor: text,
    task: text,
    country: countryCodeSchema.default('KR'),
    subProcessor: z.boolean().default(false).describe('Whether this is a re-entrustment (재위탁)'),
  })
  .describe('PIPA Art. 26: entrustment to a processor');

export const overseasTransferSchema = z
  .strictObject({
    recipient: text,
    contact: z.string().min(1).describe("The recipient's privacy contact (email or phone)"),
    country: countryCodeSchema,
    items: textList.min(1),
    timingAndMethod: text.describe(
      'When and how it is transferred, e.g. 서비스 이용 시 네트워크를 통해 수시로',
    ),
    purpose: text,
    retention: text,
    legalBasis: z.enum(overseasTransferBases).describe('PIPA Art. 28-8(1)'),
    howToRefuse: text.optional(),
    refusalConsequence: text.optional(),
  })
  .describe('PIPA Art. 28-8 and Decree Art. 31: every particular of an overseas transfer');

// ---------------------------------------------------------------------------------------------------------------
// Automatic collection and behavioural advertising
// ---------------------------------------------------------------------------------------------------------------

/** A way out of a kind of processing: whether one exists, and how to use it. */
export const optOutSchema = z
  .strictObject({
    available: z.boolean().describe('Whether the user can refuse or switch it off'),
    how: textList
      .min(1)
      .optional()
      .describe('The steps to refuse, e.g. per browser or app setting; required when available'),
    consequence: text.optional().describe('What changes for the user after refusing'),
  })
  .describe('Whether and how the user can refuse');

export const automaticCollectionSchema = z
  .strictObject({
    devices: z
      .array(
        z.strictObject({
          kind: z.enum(automaticCollectionDeviceKinds),
          name: text,
          purpose: text,
          operator: text.optional().describe('Who runs it, when it is a third party'),
          retention: text.optional(),
        }),
      )
      .min(1),
    optOut: optOutSchema,
  })
  .describe('PIPA Art. 30(1)(7): cookies and other automatic collection devices');

export const behaviouralAdvertisingSchema = z
  .strictObject({
    items: textList.min(1).describe('Behavioural information collected, e.g. 웹 방문 이력, 앱 이용 기록'),
    collectionMethod: text,
    purpose: text,
    retention: text,
    operators: z
      .array(z.strictObject({ name: text, collectionTool: text.optional() }))
      .default([])
      .describe('Ad operators that collect behavioural information on the service'),
    // No default: a page states this basis, so it must be the policy's own (it said "동의 (선택)" for none given).
    basis: z
      .enum(legalBases, {
        error: (issue) => (issue.input === undefined ? 'missing_advertising_basis' : undefined),
      })
      .describe(
        'The legal basis for collecting behavioural information for ads, e.g. consentOptional (optional consent)',
      ),
    deemedConsent: deemedConsentSchema.optional(),
    optOut: optOutSchema.describe('Whether and how the user can block personalised ads'),
    childrenUnder14Excluded: z.boolean().describe('Whether personalised ads are kept from children under 14'),
  })
  .describe('Behavioural information for personalised advertising (PIPC guideline)');

// ---------------------------------------------------------------------------------------------------------------
// Processing stages of the PIPC 2026 guideline
// ---------------------------------------------------------------------------------------------------------------

export const behaviouralInformationSchema = z
  .strictObject({
    items: textList
      .min(1)
      .describe('Behavioural information collected, e.g. 검색 기록, 콘텐츠 열람 기록 (행태정보 항목)'),
    collectionMethod: text.describe('How it is collected, e.g. 앱 이용 시 자동 수집'),
    purposes: textList
      .min(1)
      .describe(
        'What it is used for other than personalised ads, e.g. 콘텐츠 추천; ads are behaviouralAdvertising’s to say',
      ),
    retention: text,
    collectors: z
      .array(z.strictObject({ name: text, collectionTool: text.optional() }))
      .default([])
      .describe(
        'Others who collect it on the service for these purposes (not ad operators: behaviouralAdvertising)',
      ),
    optOut: optOutSchema.describe('Whether and how the user can stop the collection'),
  })
  .describe(
    'Behavioural information (행태정보) collected for purposes other than personalised ads (PIPC guideline); its use ' +
      'for ads stays in behaviouralAdvertising',
  );

export const additionalUseSchema = z
  .strictObject({
    kind: z
      .enum(additionalUseKinds)
      .describe('use (추가적 이용, PIPA Art. 15(3)) or provision to a third party (추가적 제공, Art. 17(4))'),
    items: textList.min(1).describe('What personal information is used or provided'),
    purpose: text.describe('For what, e.g. 주문 상품 배송 지연 안내'),
    recipient: text.optional().describe('Who receives it; required when kind is provision, absent for use'),
    criteria: z
      .array(
        z.strictObject({
          criterion: z.enum(compatibilityCriteria),
          assessment: text.describe('How this criterion was weighed for this use'),
        }),
      )
      .min(1)
      .describe(
        'Enforcement Decree Art. 14-2: the criteria considered, each once — relatedToOriginalPurpose, foreseeable, ' +
          'noUnfairHarm, safeguards',
      ),
  })
  .describe(
    'Use or provision, without consent, compatible with the original purpose (PIPA Arts. 15(3), 17(4))',
  );
export type AdditionalUse = z.infer<typeof additionalUseSchema>;

export const onDeviceProcessingSchema = z
  .strictObject({
    feature: text.describe('The feature, e.g. 얼굴 인식 잠금 해제, 사진 속 글자 인식'),
    items: textList.min(1).describe('The personal information it processes on the device'),
    purpose: text.optional(),
    sentOffDevice: text
      .optional()
      .describe(
        'What, if anything derived from it, leaves the device, e.g. 인식 성공 여부만 전송; leave out when nothing does',
      ),
  })
  .describe(
    'Personal information processed only on the user’s device, not sent to the controller (PIPC 2026)',
  );
export type OnDeviceProcessing = z.infer<typeof onDeviceProcessingSchema>;

export const generativeAiSchema = z
  .strictObject({
    features: textList.min(1).describe('The features that use generative AI, e.g. 대화 요약, 답장 추천'),
    prompts: z
      .strictObject({
        items: textList.min(1).describe('Personal information in what users enter and what the AI returns'),
        retention: text,
        processor: text.optional().describe('Who runs the model, when it is not the controller'),
      })
      .optional()
      .describe('Personal information processed as prompts and outputs (입력·출력 정보)'),
    training: z
      .strictObject({
        items: textList.min(1).describe('Personal information used to train or improve models'),
        purpose: text.optional(),
        optOut: optOutSchema.describe('Whether and how the user can keep their information out of training'),
      })
      .optional()
      .describe('Personal information used to train or improve AI models (학습 이용)'),
  })
  .describe(
    'Personal information used for or processed by generative AI (PIPC 2026 appendix): give prompts, training or both',
  );
export type GenerativeAi = z.infer<typeof generativeAiSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Video devices
// ---------------------------------------------------------------------------------------------------------------

export const videoDeviceSchema = z
  .strictObject({
    kind: z
      .enum(videoDeviceKinds)
      .describe(
        'fixed (고정형, PIPA Art. 25, e.g. a wall-mounted CCTV) or mobile (이동형, Art. 25-2: body cams, drones, vehicles)',
      ),
    purpose: text.describe('Why it records, e.g. 시설 안전 및 화재 예방, 범죄 예방'),
    locations: text.describe('Where it is installed or used, e.g. 매장 계산대 천장'),
    range: text.describe('What it records (촬영 범위), e.g. 계산대 및 출입문'),
    recordingHours: text.describe('When it records (촬영 시간), e.g. 24시간'),
    retention: durationSchema.describe('How long recordings are kept (보관 기간), e.g. 30 days'),
    manager: text.describe('The person or department responsible (관리책임자)'),
    contact: phoneSchema.describe("The manager's phone number"),
    howToRequestAccess: text.describe(
      'How someone recorded can ask to see, or have deleted, footage of themselves (열람 요구 방법)',
    ),
    notice: text
      .optional()
      .describe('How people are told they are being recorded, e.g. 출입문에 안내판 설치 (PIPA Art. 25(4))'),
  })
  .describe('PIPA Arts. 25 and 25-2: one video device (영상정보처리기기)');
export type VideoDevice = z.infer<typeof videoDeviceSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Protection duties
// ---------------------------------------------------------------------------------------------------------------

export const rightsSchema = z
  .strictObject({
    howToExercise: text,
    channels: z
      .array(
        z.strictObject({
          kind: z.enum(rightsChannelKinds),
          detail: text,
        }),
      )
      .min(1),
    responseTime: durationSchema
      .optional()
      .describe('How soon requests are answered (PIPA Decree: within 10 days)'),
    legalRepresentative: text.optional().describe('How a legal representative or agent may act for the user'),
  })
  .describe('PIPA Arts. 35–38: rights and how to use them');

export const securityMeasuresSchema = z
  .strictObject({
    administrative: textList.default([]),
    technical: textList.default([]),
    physical: textList.default([]),
  })
  .describe('PIPA Art. 29: security measures');

export const remedySchema = z
  .strictObject({
    name: text,
    phone: phoneSchema.optional(),
    website: urlSchema.optional(),
  })
  .describe('Where to seek redress');

export const versionSchema = z
  .strictObject({
    version: z.string().min(1),
    announcedOn: isoDateSchema,
    effectiveOn: isoDateSchema,
    summary: text,
    adverseToUsers: z
      .boolean()
      .default(false)
      .describe('Whether the change reduces users’ rights or adds processing'),
    url: urlSchema.optional().describe('Where this version of the policy can be read'),
    comparisonUrl: urlSchema
      .optional()
      .describe(
        'Where the before/after comparison table (신구대조표) of this change is published; the PIPC guideline asks for ' +
          'one with every significant change',
      ),
  })
  .describe('One version of the policy');

export const domesticAgentSchema = z
  .strictObject({
    name: text,
    address: text,
    phone: phoneSchema,
    email: emailSchema,
  })
  .describe('PIPA Art. 31-2: the domestic agent of a controller without an address in Korea');

export const certificationSchema = z
  .strictObject({
    scheme: z
      .enum(certificationSchemes)
      .describe('ismsP (ISMS-P), isms, iso27001, iso27701 (ISO/IEC 27701), apecCbpr, apecPrp or other'),
    name: text.optional().describe('The certification’s name; required when scheme is other'),
    certificateNumber: z.string().min(1).optional(),
    scope: text.optional().describe('What the certificate covers, e.g. 도토리톡 메신저 서비스 운영'),
    validFrom: isoDateSchema.describe('First day of the certificate’s period'),
    validTo: isoDateSchema.describe('Last day of the certificate’s period'),
  })
  .describe('A privacy or security certification the controller holds, with its period');
export type Certification = z.infer<typeof certificationSchema>;

export const accessRequestsSchema = z
  .strictObject({
    department: text.describe(
      'The department that receives and handles requests to see personal information',
    ),
    phone: phoneSchema,
    email: emailSchema.optional(),
    address: text.optional().describe('Where a written request can be sent or handed in'),
    howToRequest: text.describe('How to ask, e.g. 열람청구서를 이메일이나 방문으로 제출'),
  })
  .describe(
    'PIPA Art. 35, Enforcement Decree Art. 41: where and how to ask to see one’s personal information (열람청구)',
  );

// ---------------------------------------------------------------------------------------------------------------
// The policy
// ---------------------------------------------------------------------------------------------------------------

export const policyObjectSchema = z.strictObject({
  $schema: z.string().optional().describe('Path or URL of policy.schema.json, for editor autocompletion'),
  title: text.optional().describe('Defaults to "개인정보 처리방침" / "Privacy policy"'),
  defaultLocale: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'invalid_language_tag' })
    .default('ko')
    .describe('The language the policy is shown in by default, as a language tag: "ko", "en", …'),
  controller: controllerSchema,
  serviceName: text.optional(),
  policyUrl: urlSchema.describe(
    'Where the full policy is published (shown as text and QR code on printed labels)',
  ),
  effectiveDate: isoDateSchema,
  privacyOfficer: privacyOfficerSchema,
  contactDepartment: contactDepartmentSchema.optional(),
  domesticAgent: domesticAgentSchema.optional(),
  accessRequests: accessRequestsSchema.optional(),
  certifications: z.array(certificationSchema).default([]),
  purposes: z.array(purposeSchema).min(1),
  collectedItems: z.array(collectedItemSchema).min(1),
  retention: retentionPolicySchema.default({ legalRetention: [] }),
  destruction: destructionSchema,
  sensitiveInformation: z.array(sensitiveInformationSchema).default([]),
  uniqueIdentifiers: z.array(uniqueIdentifierSchema).default([]),
  thirdPartyProvision: z.array(thirdPartyProvisionSchema).default([]),
  entrustment: z.array(entrustmentSchema).default([]),
  overseasTransfer: z.array(overseasTransferSchema).default([]),
  automaticCollection: automaticCollectionSchema.optional(),
  behaviouralAdvertising: behaviouralAdvertisingSchema.optional(),
  pseudonymisedInformation: z.array(pseudonymisedInformationSchema).default([]),
  automatedDecisions: z.array(automatedDecisionSchema).default([]),
  additionalUse: z.array(additionalUseSchema).default([]),
  behaviouralInformation: behaviouralInformationSchema.optional(),
  onDeviceProcessing: z.array(onDeviceProcessingSchema).default([]),
  generativeAi: generativeAiSchema.optional(),
  children: childrenSchema.default({ collectsFromUnder14: false }),
  videoDevices: z
    .array(videoDeviceSchema)
    .default([])
    .describe(
      'PIPA Arts. 25 and 25-2: fixed and mobile video devices (영상정보처리기기) the controller operates',
    ),
  rights: rightsSchema,
  securityMeasures: securityMeasuresSchema,
  remedies: z.array(remedySchema).min(1),
  versionHistory: z.array(versionSchema).default([]),
});

/**
 * Checks that span several fields (see crossFieldChecks.ts). They run in the same pass as the structural checks, so a
 * file with a misspelt field and an unknown purpose id gets both errors at once.
 */
export const policySchema = policyObjectSchema.superRefine(
  (policy, context) => {
    crossFieldChecks(policy, (path, message, params) =>
      context.addIssue({ code: 'custom', message, path: [...path], ...(params ? { params } : {}) }),
    );
  },
  { when: () => true },
);

/** A validated privacy policy, with every default filled in. */
export type Policy = z.output<typeof policySchema>;
/** A privacy policy as written by hand: optional lists and defaults may be left out. */
export type PolicyInput = z.input<typeof policySchema>;
export type Purpose = Policy['purposes'][number];
export type ThirdPartyProvision = Policy['thirdPartyProvision'][number];
export type Entrustment = Policy['entrustment'][number];
export type OverseasTransfer = Policy['overseasTransfer'][number];
export type VersionEntry = Policy['versionHistory'][number];
export type SensitiveInformation = Policy['sensitiveInformation'][number];
export type UniqueIdentifier = Policy['uniqueIdentifiers'][number];
export type DeemedConsent = z.infer<typeof deemedConsentSchema>;
export type OptOut = z.infer<typeof optOutSchema>;
