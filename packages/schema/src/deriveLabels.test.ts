import { describe, expect, it } from 'vitest';
import { readExample } from '../../../test/fixtures/examples.js';
import { type DerivedLabel, deriveLabels, sectionAnchor } from './deriveLabels.js';
import { labelCatalog, labelIds } from './labelCatalog.js';
import { assertPolicy } from './parsePolicy.js';

const shop = () => readExample('small-shop') as Record<string, any>;
const labelsOf = (input: unknown, locale: 'ko' | 'en' = 'ko') =>
  deriveLabels(assertPolicy(input), { locale });
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

describe('deriveLabels', () => {
  it('lists the labels of the small shop in catalog order with captions from its data', () => {
    const labels = labelsOf(shop());
    expect(ids(labels)).toEqual([
      'collected-items',
      'purposes',
      'retention',
      'destruction',
      'third-party-provision',
      'entrustment',
      'automatic-collection',
      'data-subject-rights',
      'security-measures',
      'privacy-officer',
      'grievance-department',
      'remedies',
      'policy-changes',
    ]);
    expect(find(labels, 'third-party-provision')!.caption).toBe('제3자 제공 1곳');
    expect(find(labels, 'entrustment')!.caption).toBe('처리 위탁 3곳');
    expect(find(labels, 'retention')!.caption).toBe('회원 탈퇴 시까지 보관 · 법정 보관 3건');
    expect(find(labels, 'destruction')!.caption).toBe('5일 이내 파기');
    expect(find(labels, 'policy-changes')!.caption).toBe('2026. 3. 2. 시행');
  });

  it('writes captions in English on request, with singular and plural', () => {
    const policy = shop();
    const labels = labelsOf(policy, 'en');
    expect(find(labels, 'third-party-provision')!.caption).toBe('Shared with 1 third party');
    policy.thirdPartyProvision.push({ ...policy.thirdPartyProvision[0] });
    expect(find(labelsOf(policy, 'en'), 'third-party-provision')!.caption).toBe(
      'Shared with 2 third parties',
    );
    expect(find(labelsOf(policy, 'ko'), 'third-party-provision')!.caption).toBe('제3자 제공 2곳');
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

  it('flags deemed consent, and a consent that cannot be refused, exactly while such an item exists', () => {
    const policy = shop();
    expect(flags(labelsOf(policy))).toEqual([]);
    policy.collectedItems.push({
      id: 'usage-patterns',
      stage: 'serviceUse',
      items: [{ ko: '서비스 이용 기록과 이용 패턴', en: 'Usage records and patterns' }],
      basis: 'deemedConsent',
      purposeIds: ['newsletter'],
      retention: { kind: 'untilAccountDeletion' },
      refusal: {
        canRefuse: false,
        consequence: { ko: '이용 계약이 해지됩니다.', en: 'Your contract is terminated.' },
      },
    });
    const label = find(labelsOf(policy), 'collected-items')!;
    expect(label.attention.map((flag) => flag.code)).toEqual(['deemed-consent', 'no-way-to-refuse']);
    expect(label.attention[0]!.message).toContain('간주 동의');
    expect(find(labelsOf(policy, 'en'), 'collected-items')!.attention[0]!.message).toContain(
      'Deemed consent',
    );

    policy.collectedItems.pop();
    expect(find(labelsOf(policy), 'collected-items')!.attention).toEqual([]);
  });

  it('flags personalised ads to children unless children are excluded', () => {
    const policy = shop();
    policy.behaviouralAdvertising = {
      items: [{ ko: '웹 방문 기록', en: 'Web visits' }],
      collectionMethod: { ko: '광고 SDK', en: 'Ad SDK' },
      purpose: { ko: '맞춤형 광고', en: 'Personalised ads' },
      retention: { ko: '1년', en: '1 year' },
      optOut: { ko: '설정에서 끄기', en: 'Turn off in settings' },
      childrenUnder14Excluded: true,
    };
    expect(find(labelsOf(policy), 'behavioural-advertising')!.attention).toEqual([]);
    policy.behaviouralAdvertising.childrenUnder14Excluded = false;
    expect(find(labelsOf(policy), 'behavioural-advertising')!.attention.map((flag) => flag.code)).toEqual([
      'ads-to-children',
    ]);
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

  it('flags an adverse latest change on the policy-changes label', () => {
    const policy = shop();
    policy.versionHistory.push({
      version: '2.0',
      announcedOn: '2026-04-01',
      effectiveOn: '2026-05-01',
      summary: { ko: '이용 기록 수집 추가', en: 'Usage records now collected' },
      adverseToUsers: true,
    });
    const label = find(labelsOf(policy, 'en'), 'policy-changes')!;
    expect(label.caption).toBe('In effect from 1 May 2026');
    expect(label.attention.map((flag) => flag.code)).toEqual(['adverse-change']);
  });

  it('gives every label of the catalog a title and description in the requested language', () => {
    expect(labelCatalog.map((definition) => definition.id)).toEqual([...labelIds]);
    expect(labelCatalog.length).toBeGreaterThanOrEqual(18);
    for (const definition of labelCatalog) {
      expect(definition.title.ko).toMatch(/[가-힣]/);
      expect(definition.title.en).toMatch(/^[A-Z]/);
      expect(definition.legalReference.ko).toMatch(/법|지침/);
    }
  });
});
