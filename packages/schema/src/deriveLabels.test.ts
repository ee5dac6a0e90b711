import { describe, expect, it } from 'vitest';
import { readExample } from '../../../test/fixtures/examples.js';
import {
  assertPolicy,
  type DerivedLabel,
  deriveLabel,
  deriveLabels,
  getLabelDefinition,
  type LabelId,
  labelDefinitions,
  labelIds,
  lintPolicy,
  sectionAnchor,
  type Translation,
} from './index.js';

const shop = () => readExample('small-shop') as Record<string, any>;
const labelsOf = (input: unknown, locale = 'ko', translations?: Translation[]) =>
  deriveLabels(assertPolicy(input), { locale, ...(translations ? { translations } : {}) });
const ids = (labels: DerivedLabel[]) => labels.map((label) => label.id);
const find = (labels: DerivedLabel[], id: string) => labels.find((label) => label.id === id);
const flags = (labels: DerivedLabel[]) => labels.flatMap((label) => label.attention.map((flag) => flag.code));

const overseasProcessor = {
  processor: { ko: '클라우드 호스팅 주식회사', en: 'Cloud Hosting Inc.' },
  task: { ko: '서버 운영', en: 'Server hosting' },
  country: 'US',
};
const overseasTransfer = {
  recipient: { ko: '클라우드 호스팅 주식회사', en: 'Cloud Hosting Inc.' },
  contact: 'privacy@cloudhosting.example',
  country: 'US',
  items: [{ ko: '주문 정보', en: 'Order details' }],
  timingAndMethod: { ko: '주문 시 네트워크로 전송', en: 'Sent over the network when you order' },
  purpose: { ko: '서버 운영', en: 'Server hosting' },
  retention: { ko: '위탁 계약 종료 시까지', en: 'Until the contract ends' },
  legalBasis: 'contractDisclosed',
};

/** The second seed: usage patterns by deemed consent, seven days to object, refusal ends the contract, no opt-out. */
function deemedConsentPlatform() {
  const policy = shop();
  policy.purposes.push({
    id: 'recommendations',
    title: { ko: '추천·광고·AI 기능', en: 'Recommendations, ads and AI' },
  });
  policy.collectedItems.push({
    id: 'usage-patterns',
    stage: 'automatic',
    items: [
      { ko: '서비스 이용 기록', en: 'Service usage records' },
      { ko: '이용 패턴', en: 'Usage patterns' },
    ],
    basis: 'deemedConsent',
    deemedConsent: { objectionDays: 7, howToObject: { ko: '설정 > 약관에서 거부', en: 'Settings > Terms' } },
    purposeIds: ['recommendations'],
    retention: { kind: 'untilAccountDeletion' },
    refusal: {
      canRefuse: true,
      effect: 'contractTerminated',
      consequence: { ko: '거부하면 이용계약이 해지됩니다.', en: 'Refusing ends the contract.' },
    },
  });
  policy.behaviouralAdvertising = {
    items: [{ ko: '이용 패턴', en: 'Usage patterns' }],
    collectionMethod: { ko: '서비스 이용 시 자동 생성', en: 'Generated as you use the service' },
    purpose: { ko: '맞춤형 광고', en: 'Personalised ads' },
    retention: { ko: '탈퇴 시까지', en: 'Until you leave' },
    basis: 'deemedConsent',
    deemedConsent: { objectionDays: 7, howToObject: { ko: '설정 > 약관에서 거부', en: 'Settings > Terms' } },
    optOut: { available: false },
    childrenUnder14Excluded: true,
  };
  return policy;
}

describe('deriveLabels', () => {
  it('lists the labels of the small shop in catalog order with captions from its data', () => {
    const labels = labelsOf(shop());
    expect(ids(labels)).toEqual([
      'personal-information',
      'images-and-video',
      'payment-information',
      'collected-items',
      'purposes',
      'retention',
      'destruction',
      'third-party-provision',
      'entrustment',
      'automatic-collection',
      'fixed-video-devices',
      'data-subject-rights',
      'security-measures',
      'privacy-officer',
      'grievance-department',
      'remedies',
      'policy-changes',
    ]);
    // 14 items, though the email address and mobile number are collected in two groups (sign-up and marketing).
    expect(find(labels, 'personal-information')!.caption).toBe(
      '일반 개인정보 항목 14개: 이름, 이메일 주소 외 12개',
    );
    expect(find(labels, 'payment-information')!.caption).toBe(
      '결제정보 관련 항목 3개: 결제 수단 종류, 결제 승인 번호, 현금영수증 발급 번호',
    );
    expect(find(labels, 'fixed-video-devices')!.caption).toBe('고정형 CCTV 1대 · 열람 요구 방법 안내');
    expect(find(labels, 'third-party-provision')!.caption).toBe('제3자 제공 1곳: 우체국 택배(우정사업본부)');
    expect(find(labels, 'entrustment')!.caption).toBe(
      '처리 위탁 3곳: 토스페이먼츠(주), (주)카페24, (주)알리고',
    );
    expect(find(labels, 'retention')!.caption).toBe(
      '계약 또는 청약철회 기록 등 5년 법정 보관 · 그 밖의 항목은 회원 탈퇴 시까지 등',
    );
    expect(find(labels, 'destruction')!.caption).toBe('5일 이내 파기');
    expect(find(labels, 'policy-changes')!.caption).toBe('2026. 3. 2. 시행');
  });

  it('writes captions in English on request, with singular and plural', () => {
    const policy = shop();
    const labels = labelsOf(policy, 'en');
    expect(find(labels, 'third-party-provision')!.caption).toBe(
      'Shared with 1 third party: Korea Post parcel service',
    );
    policy.thirdPartyProvision.push({
      ...policy.thirdPartyProvision[0],
      recipient: { ko: '관할 세무서', en: 'The tax office' },
      basis: 'legalObligation',
      law: { ko: '국세기본법', en: 'Framework Act on National Taxes' },
    });
    expect(find(labelsOf(policy, 'en'), 'third-party-provision')!.caption).toBe(
      'Shared with 2 third parties (1 by law): Korea Post parcel service and The tax office',
    );
    expect(find(labelsOf(policy, 'ko'), 'third-party-provision')!.caption).toBe(
      '제3자 제공 2곳(법령에 따른 제공 1곳): 우체국 택배(우정사업본부), 관할 세무서',
    );
    policy.thirdPartyProvision.shift();
    expect(find(labelsOf(policy, 'ko'), 'third-party-provision')!.caption).toBe(
      '법령에 따른 제3자 제공 1곳: 관할 세무서',
    );
    expect(find(labels, 'collected-items')!.title).toBe('Collected items');
  });

  it('counts required and optional items separately', () => {
    const labels = labelsOf(shop());
    // 4 + 4 + 3 + 3 items on required bases, 2 optional marketing items.
    expect(find(labels, 'collected-items')!.caption).toBe('필수 14개 · 선택 2개 항목');
  });

  it('links every label to its own section anchor', () => {
    for (const label of labelsOf(shop())) expect(label.anchor).toBe(sectionAnchor(label.id));
  });

  it('shows the third-party label exactly when there is a third party', () => {
    const policy = shop();
    expect(ids(labelsOf(policy))).toContain('third-party-provision');
    policy.thirdPartyProvision = [];
    expect(ids(labelsOf(policy))).not.toContain('third-party-provision');
  });

  it('shows the overseas-transfer label and flag exactly when information leaves Korea', () => {
    const policy = shop();
    expect(ids(labelsOf(policy))).not.toContain('overseas-transfer');
    expect(flags(labelsOf(policy))).not.toContain('overseas-transfer');

    policy.entrustment.push(overseasProcessor);
    policy.overseasTransfer = [overseasTransfer];
    const labels = labelsOf(policy);
    expect(find(labels, 'overseas-transfer')).toMatchObject({
      caption: '국외 이전: 미국',
      attention: [{ code: 'overseas-transfer' }],
    });
    expect(find(labelsOf(policy, 'en'), 'overseas-transfer')!.caption).toBe('Transferred to United States');

    policy.entrustment.pop();
    policy.overseasTransfer = [];
    expect(ids(labelsOf(policy))).not.toContain('overseas-transfer');
  });

  it('shows the automatic-collection label exactly when cookies are used', () => {
    const policy = shop();
    expect(find(labelsOf(policy), 'automatic-collection')!.caption).toBe('쿠키 사용 · 거부 가능');
    delete policy.automaticCollection;
    expect(ids(labelsOf(policy))).not.toContain('automatic-collection');
  });

  it('says in words what the second seed does: deemed consent, seven days, refusal ends the contract, no opt-out', () => {
    expect(flags(labelsOf(shop()))).toEqual([]);
    const ko = labelsOf(deemedConsentPlatform());
    const items = find(ko, 'collected-items')!;
    expect(items.caption).toBe('필수 14개 · 선택 2개 · 간주 동의 2개 항목');
    expect(items.attention.map((flag) => flag.message)).toEqual([
      '간주 동의: 7일 안에 거부하지 않으면 동의한 것으로 봅니다',
      '거부하면 이용 계약이 해지되는 항목이 있습니다',
    ]);
    expect(find(ko, 'purposes')!.caption).toBe('처리 목적 5가지 · 간주 동의 1가지');
    expect(find(ko, 'purposes')!.attention.map((flag) => flag.code)).toEqual(['deemed-consent']);
    const ads = find(ko, 'behavioural-advertising')!;
    expect(ads.caption).toBe('맞춤형 광고 · 간주 동의 · 거부 불가');
    expect(ads.attention.map((flag) => flag.code)).toEqual(['deemed-consent', 'ads-without-opt-out']);
    // No label claims a way out the data denies; the shop's cookies can still be refused, and say so.
    for (const label of ko) {
      if (label.id !== 'automatic-collection') expect(label.caption).not.toMatch(/거부 가능/);
    }
    expect(find(ko, 'automatic-collection')!.caption).toBe('쿠키 사용 · 거부 가능');

    const en = labelsOf(deemedConsentPlatform(), 'en');
    expect(find(en, 'collected-items')!.caption).toBe('14 required · 2 optional · 2 deemed-consent items');
    expect(find(en, 'behavioural-advertising')!.caption).toBe(
      'Personalised ads · deemed consent · no opt-out',
    );
    expect(find(en, 'collected-items')!.attention[0]!.message).toBe(
      'Deemed consent: not objecting within 7 days is treated as agreeing',
    );
  });

  it('flags a consent item that cannot be refused at all', () => {
    const policy = deemedConsentPlatform();
    // Required consent that cannot be refused even by not using the service (deemed consent always can be: the days
    // to object are the way to refuse it, and validation holds them to it).
    const required = policy.collectedItems.find((item: any) => item.basis === 'consentRequired');
    required.refusal = { canRefuse: false };
    expect(flags([find(labelsOf(policy), 'collected-items')!])).toEqual([
      'deemed-consent',
      'no-way-to-refuse',
      'refusal-ends-contract',
    ]);
  });

  it('leads retention with the longest period, naming law-based retention (the bakery and the clinic)', () => {
    const bakery = shop();
    bakery.collectedItems = bakery.collectedItems
      .filter((item: any) => item.id === 'marketing')
      .map((item: any) => ({ ...item, retention: { kind: 'untilConsentWithdrawn' } }));
    bakery.retention.legalRetention = [
      {
        law: { ko: '전자상거래법', en: 'E-Commerce Act' },
        items: [{ ko: '주문 기록', en: 'Order records' }],
        period: { value: 5, unit: 'years' },
      },
    ];
    expect(find(labelsOf(bakery), 'retention')!.caption).toBe(
      '주문 기록 5년 법정 보관 · 그 외 동의 철회 시까지',
    );
    expect(find(labelsOf(bakery, 'en'), 'retention')!.caption).toBe(
      'Order records kept 5 years by law · the rest until you withdraw consent',
    );

    const clinic = shop();
    clinic.collectedItems = clinic.collectedItems.slice(0, 1).map((item: any) => ({
      ...item,
      retention: { kind: 'period', duration: { value: 1, unit: 'years' } },
    }));
    clinic.retention.legalRetention = [
      {
        law: { ko: '의료법', en: 'Medical Service Act' },
        items: [{ ko: '진료기록부', en: 'Medical records' }],
        period: { value: 10, unit: 'years' },
      },
    ];
    expect(find(labelsOf(clinic), 'retention')!.caption).toBe('진료기록부 10년 법정 보관');

    // A longer period that no law sets still leads, and the law-based one is named after it.
    clinic.retention.legalRetention[0].period = { value: 6, unit: 'months' };
    expect(find(labelsOf(clinic), 'retention')!.caption).toBe(
      '이름 등 1년 보관 · 진료기록부 6개월 법정 보관',
    );
  });

  it('says "the rest" follow the open-ended rule only when every other item does', () => {
    const policy = shop();
    for (const item of policy.collectedItems) item.retention = { kind: 'untilAccountDeletion' };
    policy.retention.legalRetention = [];
    expect(find(labelsOf(policy), 'retention')!.caption).toBe('회원 탈퇴 시까지 보관');
    // One item kept past the account, described in words: the caption no longer speaks for every item.
    policy.collectedItems[0].retention = {
      kind: 'custom',
      description: { ko: '탈퇴 후에도 10년', en: '10 years after you leave' },
    };
    expect(find(labelsOf(policy), 'retention')!.caption).toBe('회원 탈퇴 시까지 등 항목별로 다름');
    expect(find(labelsOf(policy, 'en'), 'retention')!.caption).toBe(
      'Kept until you close your account or as each item says',
    );
    // A second law-based rule, shorter than the first: it is not kept "until you close your account" either.
    policy.collectedItems[0].retention = { kind: 'untilAccountDeletion' };
    policy.retention.legalRetention = [
      {
        law: { ko: '전자상거래법', en: 'E-Commerce Act' },
        items: [{ ko: '주문 기록', en: 'Order records' }],
        period: { value: 5, unit: 'years' },
      },
      {
        law: { ko: '전자상거래법', en: 'E-Commerce Act' },
        items: [{ ko: '불만 처리 기록', en: 'Complaint records' }],
        period: { value: 3, unit: 'years' },
      },
    ];
    expect(find(labelsOf(policy), 'retention')!.caption).toBe(
      '주문 기록 5년 법정 보관 · 그 밖의 항목은 회원 탈퇴 시까지 등',
    );
    expect(find(labelsOf(policy, 'en'), 'retention')!.caption).toBe(
      'Order records kept 5 years by law · others vary, e.g. until you close your account',
    );
    policy.retention.legalRetention.pop();
    expect(find(labelsOf(policy), 'retention')!.caption).toBe(
      '주문 기록 5년 법정 보관 · 그 외 회원 탈퇴 시까지',
    );
  });

  it('flags personalised ads to children unless children are excluded', () => {
    const policy = shop();
    policy.behaviouralAdvertising = {
      items: [{ ko: '웹 방문 기록', en: 'Web visits' }],
      collectionMethod: { ko: '광고 SDK', en: 'Ad SDK' },
      purpose: { ko: '맞춤형 광고', en: 'Personalised ads' },
      retention: { ko: '1년', en: '1 year' },
      basis: 'consentOptional',
      optOut: { available: true, how: [{ ko: '설정에서 끄기', en: 'Turn off in settings' }] },
      childrenUnder14Excluded: false,
    };
    // Children may not use the service (no under-14 data, no minimum age below 14): no child is shown these ads.
    expect(find(labelsOf(policy), 'behavioural-advertising')!.attention).toEqual([]);
    expect(find(labelsOf(policy), 'behavioural-advertising')!.caption).toBe('맞춤형 광고 · 거부 가능');
    // A minimum age of 7 lets children in, even where the policy says it does not process their data (which the
    // checks report as an error): the label does not hide that the ads do not leave them out.
    policy.children = { collectsFromUnder14: false, minimumAge: 7 };
    expect(find(labelsOf(policy), 'behavioural-advertising')!.attention.map((flag) => flag.code)).toEqual([
      'ads-to-children',
    ]);
    expect(lintPolicy(assertPolicy(policy)).map((finding) => finding.ruleId)).toContain(
      'personalised-ads-to-children',
    );
    policy.children = {
      collectsFromUnder14: true,
      guardianConsent: {
        method: { ko: '보호자 휴대전화 인증', en: "Guardian's phone verification" },
        itemsFromGuardian: [{ ko: '보호자 이름', en: "Guardian's name" }],
      },
    };
    expect(find(labelsOf(policy), 'behavioural-advertising')!.attention.map((flag) => flag.code)).toEqual([
      'ads-to-children',
    ]);
    policy.behaviouralAdvertising.childrenUnder14Excluded = true;
    expect(flags(labelsOf(policy))).not.toContain('ads-to-children');
  });

  it('shows the children label with guardian consent only when children under 14 are involved', () => {
    const policy = shop();
    expect(ids(labelsOf(policy))).not.toContain('children');
    policy.children = {
      collectsFromUnder14: true,
      guardianConsent: {
        method: { ko: '보호자 휴대전화 인증', en: "Guardian's phone verification" },
        itemsFromGuardian: [{ ko: '보호자 이름', en: "Guardian's name" }],
      },
    };
    expect(find(labelsOf(policy), 'children')!.caption).toBe('만 14세 미만 · 법정대리인 동의');
  });

  it('flags an adverse change on the policy-changes label when it is the version in force on the effective date', () => {
    const policy = shop();
    const current = policy.versionHistory.find(
      (version: { effectiveOn: string }) => version.effectiveOn === policy.effectiveDate,
    )!;
    current.adverseToUsers = true;
    // A same-day correction listed first does not hide it: readers are under both.
    policy.versionHistory.unshift({ ...current, version: `${current.version}.1`, adverseToUsers: false });
    const label = find(labelsOf(policy, 'en'), 'policy-changes')!;
    expect(label.caption).toBe('In effect from 2 Mar 2026');
    expect(label.attention.map((flag) => flag.code)).toEqual(['adverse-change']);
  });

  it("dates the policy-changes label by the policy's effective date, as the page header does, whatever the history lists", () => {
    const policy = shop();
    // The history stops at an earlier version: the entry of the effective date was not written.
    policy.versionHistory = policy.versionHistory.filter(
      (version: { effectiveOn: string }) => version.effectiveOn < policy.effectiveDate,
    );
    expect(policy.versionHistory.length).toBeGreaterThan(0);
    expect(find(labelsOf(policy, 'ko'), 'policy-changes')!.caption).toBe('2026. 3. 2. 시행');
    expect(find(labelsOf(policy, 'en'), 'policy-changes')!.caption).toBe('In effect from 2 Mar 2026');
  });

  it('says when an announced version takes effect, and flags it when it works against users', () => {
    const policy = shop();
    policy.versionHistory.push({
      version: '3.0',
      announcedOn: '2026-04-01',
      effectiveOn: '2026-05-01',
      summary: { ko: '이용 기록 수집 추가', en: 'Usage records now collected' },
      adverseToUsers: true,
    });
    // The announced version is not in force yet: the label keeps the current date and says what is coming.
    const en = find(labelsOf(policy, 'en'), 'policy-changes')!;
    expect(en.caption).toBe('In effect from 2 Mar 2026 · changes from 1 May 2026');
    expect(en.attention).toEqual([
      {
        code: 'adverse-change-ahead',
        message: 'An announced change (from 1 May 2026) may work against users',
      },
    ]);
    const ko = find(labelsOf(policy, 'ko'), 'policy-changes')!;
    expect(ko.caption).toBe('2026. 3. 2. 시행 · 2026. 5. 1.부터 변경 예정');
    expect(ko.attention.map((flag) => flag.message)).toEqual([
      '2026. 5. 1.부터 적용될 변경이 이용자에게 불리할 수 있습니다',
    ]);
    // Not adverse: the date is given, no flag.
    policy.versionHistory.at(-1)!.adverseToUsers = false;
    expect(find(labelsOf(policy, 'en'), 'policy-changes')!.attention).toEqual([]);
  });

  it('cites the subparagraph of PIPA Art. 30(1) that asks the policy for what each label summarises', () => {
    // Art. 30(1) as amended (2023): 1 purposes, 2 processing and retention periods, 3 third-party provision,
    // 3-2 destruction, 3-3 sensitive information's disclosure, 4 entrustment, 4-2 pseudonymised information,
    // 5 rights, 6 privacy officer and department, 7 automatic collection devices.
    const subparagraphs: Record<string, string> = {
      purposes: '30(1)(1)',
      retention: '30(1)(2)',
      'third-party-provision': '30(1)(3)',
      destruction: '30(1)(3-2)',
      entrustment: '30(1)(4)',
      'pseudonymised-information': '30(1)(4-2)',
      'privacy-officer': '30(1)(6)',
      'grievance-department': '30(1)(6)',
      'automatic-collection': '30(1)(7)',
    };
    for (const [id, article] of Object.entries(subparagraphs)) {
      const cited = getLabelDefinition(id as LabelId).legalReference.filter(
        (reference) => reference.law === 'pipa' && reference.article?.startsWith('30('),
      );
      expect(
        cited.map((reference) => reference.article),
        id,
      ).toEqual([article]);
    }
    expect(find(labelsOf(shop()), 'destruction')!.legalReference).toContain('제30조제1항제3호의2');
  });

  it('gives every label a title, description and legal reference in each built-in language', () => {
    expect(labelDefinitions.map((definition) => definition.id)).toEqual([...labelIds]);
    const policy = deemedConsentPlatform();
    const all = [...labelsOf(policy), ...labelsOf(policy, 'en')];
    for (const label of labelsOf(policy)) {
      expect(label.title).toMatch(/[가-힣]/);
      expect(label.description).toMatch(/[가-힣]/);
      expect(label.legalReference).toMatch(/법|지침|시행령/);
    }
    for (const label of labelsOf(policy, 'en')) {
      expect(label.title).toMatch(/^[A-Z]/);
      expect(label.legalReference).toMatch(/PIPA|Decree|PIPC/);
    }
    expect(all.every((label) => label.caption.length > 0)).toBe(true);
  });

  it('writes legal references as each language cites law', () => {
    const labels = labelsOf(shop());
    expect(find(labels, 'collected-items')!.legalReference).toBe(
      '개인정보 보호법 제15조·제22조, 시행령 제31조제1항제1호',
    );
    expect(find(labelsOf(shop(), 'en'), 'data-subject-rights')!.legalReference).toBe('PIPA Arts. 35–38');
  });

  it('derives one label alone, the same as in the full list', () => {
    const policy = assertPolicy(shop());
    for (const label of deriveLabels(policy, { locale: 'en' })) {
      expect(deriveLabel(policy, label.id, { locale: 'en' })).toEqual(label);
    }
    expect(deriveLabel(policy, 'children')).toBeUndefined();
  });

  it('takes a business’s own language, partly, and fills the rest from English', () => {
    const ja: Translation = {
      locale: 'ja',
      fallback: 'en',
      words: {
        schema: {
          labels: { purposes: { title: '処理目的', caption: ({ count }) => `処理目的 ${count}件` } },
          attention: { 'overseas-transfer': () => '個人情報は国外に移転されます' },
        },
      },
    };
    const policy = shop();
    policy.entrustment.push(overseasProcessor);
    policy.overseasTransfer = [overseasTransfer];
    const labels = labelsOf(policy, 'ja', [ja]);
    expect(find(labels, 'purposes')).toMatchObject({ title: '処理目的', caption: '処理目的 4件' });
    expect(find(labels, 'purposes')!.description).toBe('What the personal information is used for.');
    expect(find(labels, 'retention')!.title).toBe('Retention');
    expect(find(labels, 'overseas-transfer')!.attention[0]!.message).toBe('個人情報は国外に移転されます');
    // A regional tag falls back to its language first.
    expect(find(labelsOf(policy, 'ja-JP', [ja]), 'purposes')!.title).toBe('処理目的');
    // Each label says the language its words are in, so files and pages mark it: Japanese where the translation
    // gives its title, English where it falls back.
    expect(find(labels, 'purposes')!.locale).toBe('ja');
    expect(find(labels, 'retention')!.locale).toBe('en');
    expect(
      labelsOf(policy, 'ja', [{ locale: 'ja', words: {} }]).every((label) => label.locale === 'en'),
    ).toBe(true);
    expect(labelsOf(policy, 'ko').every((label) => label.locale === 'ko')).toBe(true);
  });

  it('takes a business’s own wording for a built-in language without forking', () => {
    const wording: Translation = {
      locale: 'ko',
      words: { schema: { labels: { retention: { title: '보관 기간' } } } },
    };
    const labels = labelsOf(shop(), 'ko', [wording]);
    expect(find(labels, 'retention')!.title).toBe('보관 기간');
    expect(find(labels, 'purposes')!.title).toBe('처리 목적');
  });
});

describe('video device labels (PIPA Arts. 25, 25-2)', () => {
  const device = (kind: 'fixed' | 'mobile') => ({ ...shop().videoDevices[0], kind });
  const withDevices = (...kinds: ('fixed' | 'mobile')[]) => ({ ...shop(), videoDevices: kinds.map(device) });

  it('shows each label exactly when a device of its kind is listed', () => {
    expect(ids(labelsOf(withDevices()))).not.toContain('fixed-video-devices');
    expect(ids(labelsOf(withDevices()))).not.toContain('mobile-video-devices');
    const fixedOnly = ids(labelsOf(withDevices('fixed', 'fixed')));
    expect(fixedOnly).toContain('fixed-video-devices');
    expect(fixedOnly).not.toContain('mobile-video-devices');
    const mobileOnly = ids(labelsOf(withDevices('mobile')));
    expect(mobileOnly).not.toContain('fixed-video-devices');
    expect(mobileOnly).toContain('mobile-video-devices');
    const both = ids(labelsOf(withDevices('mobile', 'fixed')));
    expect(both.indexOf('fixed-video-devices') + 1).toBe(both.indexOf('mobile-video-devices'));
  });

  it('counts the devices of its own kind only, in both languages', () => {
    const input = withDevices('fixed', 'mobile', 'fixed');
    const ko = labelsOf(input, 'ko');
    const en = labelsOf(input, 'en');
    expect(find(ko, 'fixed-video-devices')!.caption).toBe('고정형 CCTV 2대 · 열람 요구 방법 안내');
    expect(find(ko, 'mobile-video-devices')!.caption).toBe('이동형 영상기기 1대 · 열람 요구 방법 안내');
    expect(find(en, 'fixed-video-devices')!.caption).toBe('2 fixed cameras · how to ask to see footage');
    expect(find(en, 'mobile-video-devices')!.caption).toBe('1 mobile camera · how to ask to see footage');
    expect(getLabelDefinition('fixed-video-devices').facts(assertPolicy(input))).toEqual({
      count: 2,
      accessRequestGiven: true,
    });
  });

  it('refuses a device without a way to ask to see footage', () => {
    const input = withDevices('fixed');
    delete input.videoDevices[0].howToRequestAccess;
    expect(() => assertPolicy(input)).toThrow();
  });
});
