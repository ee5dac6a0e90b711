// Policies for the component tests: the bundled small-shop example, and variants of it built here so that the tests
// do not depend on the other examples staying as they are today.
import { assertPolicy, type Policy } from '@privacy-label-kit/schema';
import { readExample } from '../../../../test/fixtures/examples.js';
// Components are imported from their modules, which register no words: the tests use the built-in ones, as the main
// entry does.
import './registerWords.js';

/** The small-shop example as parsed: third parties, processors, cookies; no sensitive data, no overseas transfer. */
export function smallShopPolicy(): Policy {
  return assertPolicy(readExample('small-shop'));
}

/** The small shop with nobody to share with: neither the provision section nor its label may appear. */
export function policyWithoutThirdParties(): Policy {
  const input = readExample('small-shop');
  input.thirdPartyProvision = [];
  return assertPolicy(input);
}

/**
 * The small shop with every optional part of the schema filled in, so that every one of the 22 sections renders:
 * deemed consent whose refusal ends the contract, sensitive information and resident registration numbers (each a collected
 * item the special-category entries refer to), an overseas
 * processor, personalised ads that reach children, pseudonymised data, automated decisions, under-14s, a domestic
 * agent and an adverse change. Some texts exist in Korean only, to exercise the language fallback.
 */
export function policyWithEverySection(): Policy {
  const input = readExample('small-shop') as Record<string, unknown> & { collectedItems: unknown[] };
  input.collectedItems.push({
    id: 'usage-patterns',
    stage: 'automatic',
    items: [{ ko: '서비스 이용 패턴', en: 'Usage patterns' }],
    basis: 'deemedConsent',
    purposeIds: ['membership'],
    retention: { kind: 'period', duration: { value: 1, unit: 'years' } },
    deemedConsent: {
      objectionDays: 14,
      howToObject: { ko: '고객 상담실에 알려 주세요.', en: 'Tell the customer desk.' },
    },
    // Deemed consent can be refused within its days (validation holds it to that); refusing ends the contract.
    refusal: {
      canRefuse: true,
      effect: 'contractTerminated',
      consequence: { ko: '거부하면 이용 계약이 해지됩니다.', en: 'Refusing ends your contract.' },
    },
  });
  input.collectedItems.push(
    {
      id: 'health',
      stage: 'serviceUse',
      items: [{ ko: '건강 정보', en: 'Health information' }],
      basis: 'separateConsent',
      dataTypes: ['health'],
      purposeIds: ['order'],
      retention: { kind: 'untilPurposeFulfilled' },
      refusal: {
        canRefuse: true,
        effect: 'featureUnavailable',
        consequence: { ko: '맞춤 제작을 할 수 없습니다.', en: 'We cannot make it to measure.' },
      },
    },
    {
      id: 'cash-receipts',
      stage: 'serviceUse',
      items: [{ ko: '주민등록번호', en: 'Resident registration number' }],
      basis: 'legalObligation',
      law: { ko: '부가가치세법', en: 'Value-Added Tax Act' },
      purposeIds: ['legal-records'],
      retention: { kind: 'period', duration: { value: 5, unit: 'years' } },
      refusal: { canRefuse: false },
    },
  );
  // The data types the summary shows besides health and payment (the shop's payment records hold payment data).
  const optionalItem = {
    stage: 'serviceUse',
    purposeIds: ['order'],
    retention: { kind: 'untilPurposeFulfilled' },
  };
  input.collectedItems.push(
    {
      ...optionalItem,
      id: 'fitting-photos',
      items: [{ ko: '맞춤 제작용 전신 사진', en: 'Full-length photos for made-to-measure' }],
      basis: 'consentOptional',
      dataTypes: ['images'],
      refusal: { canRefuse: true, effect: 'featureUnavailable' },
    },
    {
      ...optionalItem,
      id: 'pickup-location',
      items: [{ ko: '매장 픽업 시 현재 위치', en: 'Your location when you pick up in store' }],
      basis: 'consentOptional',
      dataTypes: ['location'],
      refusal: { canRefuse: true, effect: 'none' },
    },
    {
      ...optionalItem,
      id: 'face-login',
      items: [{ ko: '얼굴 인식 로그인용 특징값', en: 'Face template for face login' }],
      basis: 'separateConsent',
      dataTypes: ['biometricRecognition'],
      refusal: { canRefuse: true, effect: 'none' },
    },
    {
      ...optionalItem,
      id: 'tax-refund',
      items: [{ ko: '여권번호', en: 'Passport number' }],
      basis: 'legalObligation',
      law: { ko: '조세특례제한법', en: 'Restriction of Special Taxation Act' },
      refusal: { canRefuse: false },
    },
  );
  input.sensitiveInformation = [
    {
      itemId: 'health',
      disclosureRisk: {
        ko: '후기 게시판에 쓰면 공개될 수 있습니다.',
        en: 'It becomes public if you post it in a review.',
      },
      howToKeepPrivate: { ko: '후기를 비공개로 설정하세요.', en: 'Mark the review as private.' },
    },
  ];
  input.uniqueIdentifiers = [
    { kind: 'residentRegistrationNumber', itemId: 'cash-receipts' },
    { kind: 'passportNumber', itemId: 'tax-refund' },
  ];
  input.entrustment = [
    ...(input.entrustment as unknown[]),
    {
      processor: { ko: '클라우드 호스팅 Inc.', en: 'Cloud Hosting Inc.' },
      task: { ko: '데이터 보관', en: 'Data storage' },
      country: 'US',
      subProcessor: true,
    },
  ];
  input.overseasTransfer = [
    {
      recipient: { ko: '클라우드 호스팅 Inc.', en: 'Cloud Hosting Inc.' },
      contact: 'privacy@cloudhosting.example',
      country: 'US',
      items: [{ ko: '주문 내역', en: 'Order details' }],
      timingAndMethod: { ko: '주문 시 네트워크로 전송', en: 'Sent over the network when you order' },
      purpose: { ko: '주문 데이터 보관', en: 'Storing order data' },
      retention: { ko: '회원 탈퇴 시까지', en: 'Until you close your account' },
      legalBasis: 'contractDisclosed',
      howToRefuse: { ko: '고객 상담실에 요청', en: 'Ask the customer desk' },
      refusalConsequence: { ko: '온라인 주문을 할 수 없습니다.', en: 'You cannot order online.' },
    },
  ];
  input.behaviouralAdvertising = {
    items: [{ ko: '상품 조회 기록', en: 'Products viewed' }],
    collectionMethod: { ko: '웹사이트 방문 시 자동 수집', en: 'Collected automatically on visits' },
    purpose: { ko: '맞춤형 광고', en: 'Personalised ads' },
    retention: { ko: '수집 후 6개월', en: '6 months' },
    operators: [
      { name: { ko: '광고 회사', en: 'Ad company' }, collectionTool: { ko: '광고 SDK', en: 'Ad SDK' } },
    ],
    basis: 'consentOptional',
    optOut: {
      available: true,
      how: [{ ko: '설정 > 광고에서 끌 수 있습니다.', en: 'Turn it off in Settings > Ads.' }],
    },
    childrenUnder14Excluded: false,
  };
  input.pseudonymisedInformation = [
    {
      purpose: { ko: '판매 통계 작성', en: 'Sales statistics' },
      items: [{ ko: '구매 내역', en: 'Purchase history' }],
      retention: { ko: '3년', en: '3 years' },
      purposeKind: 'statistics',
    },
  ];
  input.automatedDecisions = [
    {
      name: { ko: '부정 주문 자동 차단', en: 'Automatic blocking of fraudulent orders' },
      criteria: { ko: '결제 실패 반복', en: 'Repeated failed payments' },
      procedure: { ko: '시스템이 주문을 보류합니다.', en: 'The system holds the order.' },
      howToObject: {
        ko: '고객 상담실에 설명을 요구하세요.',
        en: 'Ask the customer desk for an explanation.',
      },
    },
  ];
  input.children = {
    collectsFromUnder14: true,
    minimumAge: 7,
    guardianConsent: {
      method: { ko: '법정대리인 휴대전화 인증' },
      itemsFromGuardian: [{ ko: '법정대리인 이름', en: 'Guardian name' }],
    },
  };
  input.videoDevices = [
    ...(input.videoDevices as unknown[]),
    {
      kind: 'mobile',
      purpose: { ko: '배송 중 사고 기록', en: 'Recording accidents on delivery runs' },
      locations: { ko: '배송 차량 블랙박스', en: 'Dashcam in the delivery van' },
      range: { ko: '차량 앞뒤 도로', en: 'The road in front of and behind the van' },
      recordingHours: { ko: '운행 중' },
      retention: { value: 7, unit: 'days' },
      manager: { ko: '오하늘 (대표)', en: 'Haneul Oh (owner)' },
      contact: '063-555-0142',
      howToRequestAccess: { ko: '전화로 요청하시면 본인 확인 후 보여 드립니다.', en: 'Ask by phone.' },
    },
  ];
  input.domesticAgent = {
    name: { ko: '국내대리인 주식회사', en: 'Domestic Agent Co.' },
    address: { ko: '서울특별시 중구 세종대로 1', en: '1 Sejong-daero, Jung-gu, Seoul' },
    phone: '02-555-0100',
    email: 'agent@example.com',
  };
  input.additionalUse = [
    {
      kind: 'provision',
      items: [{ ko: '배송지 주소', en: 'Delivery address' }],
      purpose: { ko: '반품 상품 회수', en: 'Collecting returned goods' },
      recipient: { ko: '반품 택배사', en: 'Returns courier' },
      criteria: [
        {
          criterion: 'relatedToOriginalPurpose',
          assessment: { ko: '배송을 위해 받은 주소입니다.', en: 'The address was given for delivery.' },
        },
      ],
    },
  ];
  input.behaviouralInformation = {
    items: [{ ko: '검색 기록', en: 'Searches' }],
    collectionMethod: { ko: '웹사이트 이용 시 자동 수집', en: 'Collected automatically' },
    purposes: [{ ko: '상품 추천', en: 'Product recommendations' }],
    retention: { ko: '수집 후 6개월', en: '6 months' },
    optOut: { available: true, how: [{ ko: '설정 > 추천에서 끄기', en: 'Settings > Recommendations' }] },
  };
  input.onDeviceProcessing = [
    {
      feature: { ko: '사진으로 상품 찾기', en: 'Search by photo' },
      items: [{ ko: '촬영한 사진', en: 'The photo you take' }],
    },
  ];
  input.generativeAi = {
    features: [{ ko: '상품 문의 답변 초안', en: 'Draft answers to product questions' }],
    prompts: { items: [{ ko: '문의 내용', en: 'Your question' }], retention: { ko: '30일', en: '30 days' } },
  };
  input.certifications = [
    { scheme: 'ismsP', validFrom: '2025-01-01', validTo: '2027-12-31', certificateNumber: 'ISMS-P-2025-001' },
  ];
  input.accessRequests = {
    department: { ko: '고객 상담실', en: 'Customer desk' },
    phone: '063-555-0142',
    howToRequest: { ko: '전화나 방문으로 요청하세요.', en: 'Ask by phone or in person.' },
  };
  (input.children as Record<string, unknown>).guardianRights = {
    rights: ['access', 'deletion'],
    howToExercise: { ko: '고객 상담실에 요청하세요.', en: 'Ask the customer desk.' },
  };
  input.versionHistory = [
    ...(input.versionHistory as unknown[]),
    {
      version: '2.0',
      announcedOn: '2026-03-10',
      effectiveOn: '2026-03-17',
      summary: { ko: '이용 패턴 수집 추가', en: 'Usage patterns collected' },
      adverseToUsers: true,
      url: 'https://catonthewall.example/privacy/2.0',
    },
  ];
  return assertPolicy(input);
}
