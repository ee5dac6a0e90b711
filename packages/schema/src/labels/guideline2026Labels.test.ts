// The processing-stage and duty labels the PIPC's 2026 guideline adds: each appears exactly when its data says so,
// and its caption states what the data says — and, where two labels read the same data, different facts.
import { describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/fixtures/examples.js';
import { assertPolicy, type DerivedLabel, deriveAtAGlance, deriveLabels, parsePolicy } from '../index.js';

const shop = () => readExample('small-shop') as Record<string, any>;
const labelsOf = (input: unknown, locale = 'ko') => deriveLabels(assertPolicy(input), { locale });
const ids = (input: unknown) => labelsOf(input).map((label) => label.id);
const caption = (input: unknown, id: string, locale = 'ko') =>
  labelsOf(input, locale).find((label: DerivedLabel) => label.id === id)?.caption;

function errorsOf(input: unknown) {
  const result = parsePolicy(input);
  if (result.ok) throw new Error('expected the policy to be rejected');
  return result.errors;
}

const t = (ko: string, en: string) => ({ ko, en });

const delayNotice = {
  kind: 'use',
  items: [t('휴대전화번호', 'Mobile number')],
  purpose: t('주문 상품 배송 지연 안내', 'Telling you a delivery is late'),
  criteria: [
    {
      criterion: 'relatedToOriginalPurpose',
      assessment: t('배송을 위해 받은 번호입니다.', 'Collected for delivery.'),
    },
    { criterion: 'foreseeable', assessment: t('주문 시 예상할 수 있습니다.', 'Expected when ordering.') },
  ],
};
const courierProvision = {
  kind: 'provision',
  items: [t('배송지 주소', 'Delivery address')],
  purpose: t('반품 회수', 'Collecting a return'),
  recipient: t('반품 택배사', 'Returns courier'),
  criteria: [{ criterion: 'noUnfairHarm', assessment: t('회수에만 씁니다.', 'Used only to collect it.') }],
};

describe('additional-use (PIPA Arts. 15(3), 17(4))', () => {
  it('appears exactly when a further use or provision is listed, counting each kind', () => {
    expect(ids(shop())).not.toContain('additional-use');
    const policy = { ...shop(), additionalUse: [delayNotice, courierProvision] };
    expect(ids(policy)).toContain('additional-use');
    expect(caption(policy, 'additional-use')).toBe('추가적 이용 1건 · 추가적 제공 1건: 반품 택배사');
    expect(caption(policy, 'additional-use', 'en')).toBe(
      '1 further use · 1 further provision to Returns courier',
    );
    expect(caption({ ...shop(), additionalUse: [delayNotice, delayNotice] }, 'additional-use')).toBe(
      '추가적 이용 2건',
    );
  });

  it('names two or three recipients, then counts the rest (PIPC caption rule)', () => {
    const recipients = ['가', '나', '다', '라', '마'].map((name) => ({
      ...courierProvision,
      recipient: t(name, name),
    }));
    expect(caption({ ...shop(), additionalUse: recipients }, 'additional-use')).toBe(
      '추가적 제공 5건: 가, 나 외 3곳',
    );
  });

  it('rejects a provision without a recipient, a use with one, and a criterion given twice — at their paths', () => {
    const { recipient: _, ...noRecipient } = courierProvision;
    const errors = errorsOf({
      ...shop(),
      additionalUse: [
        noRecipient,
        { ...delayNotice, recipient: t('누군가', 'Someone') },
        { ...delayNotice, criteria: [delayNotice.criteria[0], delayNotice.criteria[0]] },
      ],
    });
    expect(errors.map((error) => [error.code, error.jsonPath])).toEqual([
      ['missing_additional_use_recipient', '$.additionalUse[0].recipient'],
      ['recipient_without_provision', '$.additionalUse[1].recipient'],
      ['duplicate_criterion', '$.additionalUse[2].criteria[1].criterion'],
    ]);
    expect(errors[0]!.message.ko).toContain('"recipient"');
    expect(errors[2]!.message.en).toContain('relatedToOriginalPurpose');
  });
});

const ads = () => ({
  items: [t('웹 방문 이력', 'Pages visited'), t('앱 이용 기록', 'App usage')],
  collectionMethod: t('앱 이용 시 자동 수집', 'Collected automatically'),
  purpose: t('맞춤형 광고', 'Personalised ads'),
  retention: t('수집일부터 1년', '1 year'),
  operators: [{ name: t('애드네트워크', 'AdNetwork') }],
  basis: 'consentOptional',
  optOut: { available: true, how: [t('설정에서 끄기', 'Turn off in settings')] },
  childrenUnder14Excluded: true,
});
const recommendations = () => ({
  items: [t('앱 이용 기록', 'App usage'), t('검색 기록', 'Searches')],
  collectionMethod: t('앱 이용 시 자동 수집', 'Collected automatically'),
  purposes: [t('상품 추천', 'Product recommendations')],
  retention: t('수집일부터 6개월', '6 months'),
  collectors: [{ name: t('분석도구사', 'Analytics Co.') }, { name: t('애드네트워크', 'AdNetwork') }],
  optOut: { available: false },
});

describe('behavioural-information, split from behavioural-advertising', () => {
  it('appears when behavioural information is collected, for ads or for anything else, and not otherwise', () => {
    expect(ids(shop())).not.toContain('behavioural-information');
    const adsOnly = ids({ ...shop(), behaviouralAdvertising: ads() });
    expect(adsOnly).toContain('behavioural-information');
    expect(adsOnly).toContain('behavioural-advertising');
    const otherOnly = ids({ ...shop(), behaviouralInformation: recommendations() });
    expect(otherOnly).toContain('behavioural-information');
    expect(otherOnly).not.toContain('behavioural-advertising');
  });

  it('states what is collected and by whom, each item and company once; the ads label states none of it', () => {
    const policy = { ...shop(), behaviouralAdvertising: ads(), behaviouralInformation: recommendations() };
    expect(caption(policy, 'behavioural-information')).toBe(
      '행태정보 3종 수집 · 수집 회사: 애드네트워크, 분석도구사',
    );
    expect(caption(policy, 'behavioural-information', 'en')).toBe(
      '3 kinds of behavioural data collected · by AdNetwork and Analytics Co.',
    );
    const adsCaption = caption(policy, 'behavioural-advertising')!;
    expect(adsCaption).toBe('맞춤형 광고 · 거부 가능');
    expect(adsCaption).not.toMatch(/애드네트워크|행태정보|\d/);
  });

  it('raises a flag in words when the collection cannot be refused, and none when it can', () => {
    const flagsOf = (input: unknown, locale = 'ko') =>
      deriveLabels(assertPolicy(input), { locale })
        .find((label) => label.id === 'behavioural-information')!
        .attention.map((flag) => flag.message);
    const policy = { ...shop(), behaviouralInformation: recommendations() };
    expect(flagsOf(policy)).toEqual(['행태정보 수집을 거부할 방법이 없습니다']);
    expect(flagsOf(policy, 'en')).toEqual([
      'There is no way to refuse the collection of behavioural information',
    ]);
    policy.behaviouralInformation.optOut = {
      available: true,
      how: [t('설정에서 끄기', 'Turn off in settings')],
    } as never;
    expect(flagsOf(policy)).toEqual([]);
    // Ads alone: their way out is the ads label's to state.
    expect(flagsOf({ ...shop(), behaviouralAdvertising: ads() })).toEqual([]);
  });

  it('asks for the steps when the collection can be refused', () => {
    const errors = errorsOf({
      ...shop(),
      behaviouralInformation: { ...recommendations(), optOut: { available: true } },
    });
    expect(errors.map((error) => [error.code, error.jsonPath])).toEqual([
      ['missing_opt_out_steps', '$.behaviouralInformation.optOut.how'],
    ]);
  });
});

const pseudonymised = (extra: Record<string, unknown> = {}) => ({
  purpose: t('구매 통계', 'Purchase statistics'),
  items: [t('가명 처리한 주문 기록', 'Pseudonymised orders'), t('연령대', 'Age group')],
  retention: t('3년', '3 years'),
  ...extra,
});

describe('pseudonymisation (processing) and pseudonymised-information (data type), from the same entries', () => {
  it('both appear exactly when pseudonymised information is listed', () => {
    expect(ids(shop())).not.toContain('pseudonymisation');
    const both = ids({ ...shop(), pseudonymisedInformation: [pseudonymised()] });
    expect(both).toContain('pseudonymisation');
    expect(both).toContain('pseudonymised-information');
  });

  it('states the purposes the Act allows, who receives it and combinations — facts the data-type label does not', () => {
    const policy = {
      ...shop(),
      pseudonymisedInformation: [
        pseudonymised({
          purposeKind: 'scientificResearch',
          recipient: t('한빛대학교 연구소', 'Hanbit University'),
        }),
        pseudonymised({
          purposeKind: 'statistics',
          combination: {
            with: t('카드사', 'A card company'),
            agency: t('결합전문기관', 'A combination agency'),
          },
        }),
        pseudonymised(),
      ],
    };
    expect(caption(policy, 'pseudonymisation')).toBe(
      '가명처리: 통계작성·과학적 연구 외 1건 · 제공 1곳: 한빛대학교 연구소 · 결합 1건',
    );
    expect(caption(policy, 'pseudonymisation', 'en')).toBe(
      'Pseudonymised for statistics, scientific research, and 1 other use · provided to Hanbit University · 1 combination',
    );
    expect(caption({ ...shop(), pseudonymisedInformation: [pseudonymised()] }, 'pseudonymisation')).toBe(
      '가명처리 1건',
    );
    // The data-type label names the items, each once though three uses hold them, and nothing of the processing.
    const dataType = caption(policy, 'pseudonymised-information')!;
    expect(dataType).toBe('가명정보 항목 2개: 가명 처리한 주문 기록, 연령대');
    expect(caption(policy, 'pseudonymised-information', 'en')).toBe(
      '2 items of pseudonymised information: Pseudonymised orders and Age group',
    );
    expect(dataType).not.toMatch(/통계작성|한빛|결합/);
  });
});

describe('automated-decisions', () => {
  const decision = (extra: Record<string, unknown> = {}) => ({
    name: t('부정 이용 자동 탐지', 'Automatic fraud detection'),
    criteria: t('비정상 접속 패턴', 'Unusual sign-in patterns'),
    procedure: t('자동 이용 제한 후 알림', 'Automatic suspension, then a notice'),
    howToObject: t('고객센터에 설명 요청', 'Ask the help desk for an explanation'),
    ...extra,
  });

  it('claims a right to refuse only where the policy says every decision can be refused (PIPA Art. 37-2(1))', () => {
    // A decision resting on the contract cannot be refused; an explanation can always be asked for (Art. 37-2(2)).
    const policy = { ...shop(), automatedDecisions: [decision()] };
    expect(caption(policy, 'automated-decisions')).toBe('자동화된 결정 1건 · 설명 요구 가능');
    expect(caption(policy, 'automated-decisions', 'en')).toBe('1 automated decision · you can ask why');
    policy.automatedDecisions = [decision({ canRefuse: true }), decision({ canRefuse: false })];
    expect(caption(policy, 'automated-decisions')).toBe('자동화된 결정 2건 · 설명 요구 가능');
    policy.automatedDecisions = [decision({ canRefuse: true })];
    expect(caption(policy, 'automated-decisions')).toBe('자동화된 결정 1건 · 거부·설명 요구 가능');
    expect(caption(policy, 'automated-decisions', 'en')).toBe(
      '1 automated decision · you can object or ask why',
    );
  });
});

describe('companies named in two entries are one place', () => {
  it('entrustment counts each processor once, however many tasks it is entrusted with', () => {
    const policy = shop();
    policy.entrustment.push({
      processor: t('토스페이먼츠(주)', 'Toss Payments Co., Ltd.'),
      task: t('본인확인', 'Identity check'),
    });
    expect(caption(policy, 'entrustment')).toBe('처리 위탁 3곳: 토스페이먼츠(주), (주)카페24, (주)알리고');
    expect(caption(policy, 'entrustment', 'en')).toMatch(/^3 processors: /);
  });

  it('third-party provision and at a glance count a recipient written without its translation as the same company', () => {
    const policy = shop();
    const first = policy.thirdPartyProvision[0];
    policy.thirdPartyProvision.push({ ...first, recipient: { ko: first.recipient.ko } });
    // One company, two provisions: in English it is named once, in English.
    expect(caption(policy, 'third-party-provision', 'en')).toBe(
      'Shared with 1 third party: Korea Post parcel service',
    );
    expect(caption(policy, 'third-party-provision')).toMatch(/1곳/);
    const glance = deriveAtAGlance(assertPolicy(policy), { locale: 'en' }).statements.find(
      (statement) => statement.topic === 'thirdPartyProvision',
    );
    expect(glance?.text).toContain('Korea Post parcel service');
    expect(glance?.text).not.toContain('우체국');
  });

  it('pseudonymisation compares recipients in the caption language, so a name without its translation is not a second place', () => {
    const policy = {
      ...shop(),
      pseudonymisedInformation: [
        pseudonymised({ recipient: t('한빛대학교', 'Hanbit University') }),
        pseudonymised({ recipient: { ko: '한빛대학교' } }),
      ],
    };
    expect(caption(policy, 'pseudonymisation')).toBe('가명처리 2건 · 제공 1곳: 한빛대학교');
    // In English too: the entry written in Korean only agrees with the other where both are written.
    expect(caption(policy, 'pseudonymisation', 'en')).toBe(
      'Pseudonymised for 2 uses · provided to Hanbit University',
    );
  });
});

const faceUnlock = {
  feature: t('얼굴 인식 잠금 해제', 'Face unlock'),
  items: [t('얼굴 특징 정보', 'Face template')],
};

describe('on-device-processing (PIPC 2026)', () => {
  it('appears exactly when a feature processes data on the device, and says whether anything leaves it', () => {
    expect(ids(shop())).not.toContain('on-device-processing');
    expect(caption({ ...shop(), onDeviceProcessing: [faceUnlock] }, 'on-device-processing')).toBe(
      '기기 안에서만 처리 · 기능 1가지',
    );
    const someSent = {
      ...shop(),
      onDeviceProcessing: [
        faceUnlock,
        { ...faceUnlock, sentOffDevice: t('성공 여부만', 'Only success or failure') },
      ],
    };
    expect(caption(someSent, 'on-device-processing')).toBe('기기 안에서 처리 · 기능 2가지 · 일부 결과 전송');
    expect(caption(someSent, 'on-device-processing', 'en')).toBe(
      'On your device · 2 features · some results sent',
    );
  });
});

const summaries = {
  features: [t('대화 요약', 'Chat summaries')],
  prompts: { items: [t('요약할 대화 내용', 'The chat to summarise')], retention: t('30일', '30 days') },
};

describe('generative-ai (PIPC 2026 appendix)', () => {
  it('appears exactly when generative AI is described; says prompts, training and the opt-out as the data does', () => {
    expect(ids(shop())).not.toContain('generative-ai');
    expect(caption({ ...shop(), generativeAi: summaries }, 'generative-ai')).toBe(
      '생성형 AI 기능 1가지 · 입력 내용 처리',
    );
    const training = (available: boolean) => ({
      ...summaries,
      training: {
        items: [t('요약 품질 평가', 'Ratings of summaries')],
        optOut: available ? { available, how: [t('설정 > AI', 'Settings > AI')] } : { available },
      },
    });
    expect(caption({ ...shop(), generativeAi: training(true) }, 'generative-ai', 'en')).toBe(
      '1 generative-AI feature · processes what you enter · used for training (you can opt out)',
    );
    expect(caption({ ...shop(), generativeAi: training(false) }, 'generative-ai')).toBe(
      '생성형 AI 기능 1가지 · 입력 내용 처리 · AI 학습 이용(거부 불가)',
    );
    // Training with no way out is flagged in words; with one, nothing is flagged.
    const flags = (input: unknown) =>
      labelsOf(input)
        .find((label) => label.id === 'generative-ai')!
        .attention.map((flag) => flag.message);
    expect(flags({ ...shop(), generativeAi: training(false) })).toEqual([
      '개인정보를 AI 학습에 쓰고, 빼 달라고 할 방법이 없습니다',
    ]);
    expect(flags({ ...shop(), generativeAi: training(true) })).toEqual([]);
    expect(flags({ ...shop(), generativeAi: summaries })).toEqual([]);
  });

  it('rejects a description that names neither prompts nor training, at $.generativeAi', () => {
    const errors = errorsOf({ ...shop(), generativeAi: { features: summaries.features } });
    expect(errors.map((error) => [error.code, error.jsonPath])).toEqual([
      ['generative_ai_without_data', '$.generativeAi'],
    ]);
    expect(errors[0]!.message.en).toContain('"prompts"');
  });
});

const certificate = (
  scheme: string,
  validFrom: string,
  validTo: string,
  extra: Record<string, unknown> = {},
) => ({
  scheme,
  validFrom,
  validTo,
  ...extra,
});

describe('certifications', () => {
  it('appears only while a listed certificate is in force on the effective date, and names only those', () => {
    // The small shop's policy takes effect on 2026-03-02.
    expect(ids(shop())).not.toContain('certifications');
    const expired = { ...shop(), certifications: [certificate('ismsP', '2022-01-01', '2025-12-31')] };
    expect(ids(expired)).not.toContain('certifications');
    const notYet = { ...shop(), certifications: [certificate('ismsP', '2026-03-03', '2029-03-02')] };
    expect(ids(notYet)).not.toContain('certifications');
    const mixed = {
      ...shop(),
      certifications: [
        certificate('ismsP', '2022-01-01', '2025-12-31'),
        certificate('iso27701', '2026-03-02', '2029-03-01'),
        certificate('apecCbpr', '2025-06-01', '2026-03-02'),
      ],
    };
    // Each with its last day, so the label stays true when read or printed after a certificate ends.
    expect(caption(mixed, 'certifications')).toBe(
      '인증: ISO/IEC 27701 (2029. 3. 1.까지), APEC CBPR (2026. 3. 2.까지)',
    );
    expect(caption(mixed, 'certifications', 'en')).toBe(
      'Certified: ISO/IEC 27701 (until 1 Mar 2029) and APEC CBPR (until 2 Mar 2026)',
    );
  });

  it('names an other scheme by its name, and shortens a long list to two and a count', () => {
    const many = {
      ...shop(),
      certifications: [
        certificate('other', '2026-01-01', '2027-01-01', {
          name: t('개인정보 보호 우수 사이트', 'Privacy mark'),
        }),
        certificate('ismsP', '2026-01-01', '2027-01-01'),
        certificate('iso27001', '2026-01-01', '2027-01-01'),
        certificate('iso27701', '2026-01-01', '2027-01-01'),
      ],
    };
    expect(caption(many, 'certifications')).toBe(
      '인증: 개인정보 보호 우수 사이트 (2027. 1. 1.까지), ISMS-P (2027. 1. 1.까지) 외 2건',
    );
  });

  it('rejects a period that ends before it starts, and an other scheme without a name', () => {
    const errors = errorsOf({
      ...shop(),
      certifications: [certificate('other', '2026-01-01', '2025-01-01')],
    });
    expect(errors.map((error) => [error.code, error.jsonPath])).toEqual([
      ['missing_certification_name', '$.certifications[0].name'],
      ['certificate_ends_before_it_starts', '$.certifications[0].validTo'],
    ]);
    expect(errors[1]!.message.ko).toContain('2025-01-01');
  });
});

const withChildren = (guardianRights?: unknown) => ({
  ...shop(),
  children: {
    collectsFromUnder14: true,
    guardianConsent: { method: t('휴대전화 인증', 'Phone check'), itemsFromGuardian: [t('이름', 'Name')] },
    ...(guardianRights ? { guardianRights } : {}),
  },
});

describe('legal-representative', () => {
  it('appears exactly with children’s data; states the rights the policy lists, else only whose rights they are', () => {
    expect(ids(shop())).not.toContain('legal-representative');
    expect(caption(withChildren(), 'legal-representative')).toBe('만 14세 미만 아동의 법정대리인');
    const rights = {
      rights: ['access', 'deletion', 'consentWithdrawal'],
      howToExercise: t('보호자 모드', 'Parent mode'),
    };
    expect(caption(withChildren(rights), 'legal-representative')).toBe(
      '법정대리인 열람·삭제·동의 철회 요구 가능',
    );
    expect(caption(withChildren(rights), 'legal-representative', 'en')).toBe(
      'Guardians can ask for access, deletion, and withdrawal of consent',
    );
    // The children label keeps the consent; neither repeats the other.
    expect(caption(withChildren(rights), 'children')).not.toMatch(/열람|삭제/);
  });
});

describe('domestic-agent (PIPA Art. 31-2) and access-requests (PIPA Art. 35)', () => {
  const agent = {
    name: t('도토리 코리아 유한회사', 'Dotori Korea LLC'),
    address: t('서울특별시 중구 세종대로 1', '1 Sejong-daero, Seoul'),
    phone: '02-555-0199',
    email: 'agent@dotori.example',
  };
  const requests = {
    department: t('고객정보팀', 'Customer records team'),
    phone: '063-555-0150',
    howToRequest: t('열람청구서를 이메일로 보내 주세요.', 'Email us the request form.'),
  };

  it('shows the domestic agent exactly when one is named, with name and phone', () => {
    expect(ids(shop())).not.toContain('domestic-agent');
    expect(caption({ ...shop(), domesticAgent: agent }, 'domestic-agent')).toBe(
      '국내대리인 도토리 코리아 유한회사 · 02-555-0199',
    );
    expect(caption({ ...shop(), domesticAgent: agent }, 'domestic-agent', 'en')).toBe(
      'Domestic agent: Dotori Korea LLC · 02-555-0199',
    );
  });

  it('shows the access-request department exactly when the policy names it', () => {
    expect(ids(shop())).not.toContain('access-requests');
    expect(caption({ ...shop(), accessRequests: requests }, 'access-requests')).toBe(
      '열람청구 고객정보팀 · 063-555-0150',
    );
  });
});
