// The data-type labels (PIPC 2026 symbol set): each appears exactly when a collected item says it holds that kind of
// data (`collectedItems[].dataTypes`) or a `uniqueIdentifiers[]` entry names the number, and disappears without it.
import { describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/fixtures/examples.js';
import {
  assertPolicy,
  type DerivedLabel,
  deriveLabels,
  diffPolicies,
  lintPolicy,
  parsePolicy,
} from '../index.js';

/**
 * The small shop without any data types or its CCTV camera (whose footage is images of people), so each test adds the
 * one it is about.
 */
function shop() {
  const policy = readExample('small-shop') as Record<string, any>;
  for (const item of policy.collectedItems) delete item.dataTypes;
  policy.videoDevices = [];
  return policy;
}
const labels = (input: unknown, locale = 'ko') => deriveLabels(assertPolicy(input), { locale });
const find = (derived: DerivedLabel[], id: string) => derived.find((label) => label.id === id);
const ids = (derived: DerivedLabel[]) => derived.map((label) => label.id);

/** The shop with one more collected item of its own, holding `dataTypes`. */
function shopWithItem(dataTypes: string[], items: string[], basis = 'consentOptional') {
  const policy = shop();
  policy.collectedItems.push({
    id: 'extra',
    stage: 'serviceUse',
    items: items.map((name) => ({ ko: name, en: `${name} (en)` })),
    basis,
    ...(basis === 'legalObligation' ? { law: { ko: '의료법', en: 'Medical Service Act' } } : {}),
    dataTypes,
    purposeIds: [policy.purposes[0].id],
    retention: { kind: 'untilPurposeFulfilled' },
    refusal: { canRefuse: true, effect: 'featureUnavailable' },
  });
  return policy;
}

describe('data-type labels appear with the data and disappear without it', () => {
  const cases: Array<[id: string, dataType: string, basis?: string]> = [
    ['location-information', 'location'],
    ['payment-information', 'payment'],
    ['images-and-video', 'images'],
    ['biometric-information', 'biometric'],
    ['biometric-recognition', 'biometricRecognition', 'separateConsent'],
    ['health-information', 'health', 'separateConsent'],
  ];
  it.each(cases)('%s: shown for an item marked %s, gone without it', (id, dataType, basis) => {
    expect(ids(labels(shop()))).not.toContain(id);
    const policy = shopWithItem([dataType], ['첫째', '둘째', '셋째', '넷째'], basis);
    const ko = find(labels(policy), id);
    expect(ko?.caption).toMatch(/ 관련 항목 4개: 첫째, 둘째 외 2개$/);
    expect(find(labels(policy, 'en'), id)?.caption).toMatch(
      /^4 items .*: 첫째 \(en\), 둘째 \(en\) and 2 more$/,
    );
    policy.collectedItems.at(-1).dataTypes = [];
    expect(ids(labels(policy))).not.toContain(id);
  });

  it('names up to three items in full', () => {
    const policy = shopWithItem(['location'], ['현재 위치', '이동 경로']);
    expect(find(labels(policy), 'location-information')?.caption).toBe(
      '위치정보 관련 항목 2개: 현재 위치, 이동 경로',
    );
    expect(find(labels(policy, 'en'), 'location-information')?.caption).toBe(
      '2 items with location information: 현재 위치 (en) and 이동 경로 (en)',
    );
  });

  it('counts the footage of video devices as images and video of people, pointing to the devices', () => {
    const withCamera = readExample('small-shop') as Record<string, any>;
    for (const item of withCamera.collectedItems) delete item.dataTypes;
    expect(find(labels(withCamera), 'images-and-video')?.caption).toBe('영상정보처리기기 1대로 촬영');
    expect(find(labels(withCamera, 'en'), 'images-and-video')?.caption).toBe('Filmed by 1 video device');
    const both = shopWithItem(['images'], ['프로필 사진']);
    both.videoDevices = withCamera.videoDevices;
    expect(find(labels(both), 'images-and-video')?.caption).toBe(
      '개인영상정보 관련 항목 1개: 프로필 사진 · 영상정보처리기기 1대로 촬영',
    );
    both.videoDevices = [];
    expect(find(labels(both), 'images-and-video')?.caption).toBe('개인영상정보 관련 항목 1개: 프로필 사진');
  });

  it('counts biometric recognition data as biometric data too', () => {
    const policy = shopWithItem(['biometricRecognition'], ['얼굴 특징값'], 'separateConsent');
    const derived = labels(policy);
    expect(find(derived, 'biometric-information')?.caption).toBe('생체정보 관련 항목 1개: 얼굴 특징값');
    expect(find(derived, 'biometric-recognition')?.caption).toBe('생체인식정보 관련 항목 1개: 얼굴 특징값');
    policy.collectedItems.at(-1).dataTypes = ['biometric'];
    expect(ids(labels(policy))).toContain('biometric-information');
    expect(ids(labels(policy))).not.toContain('biometric-recognition');
  });

  it('makes health and biometric recognition data sensitive information without a second entry', () => {
    const policy = shopWithItem(['health'], ['진료 기록', '처방 내역'], 'separateConsent');
    expect(policy.sensitiveInformation).toBeUndefined();
    expect(find(labels(policy), 'sensitive-information')?.caption).toBe('민감정보 항목 2개 처리');
    policy.collectedItems.at(-1).dataTypes = ['location'];
    expect(ids(labels(policy))).not.toContain('sensitive-information');
  });

  it('counts an item collected in two groups once, in the data-type and sensitive-information captions', () => {
    const policy = shopWithItem(['health'], ['진료 기록', '처방 내역'], 'separateConsent');
    // The same record asked again in a second group, with one new item.
    policy.collectedItems.push({
      ...policy.collectedItems.at(-1),
      id: 'extra-again',
      items: [
        { ko: '진료 기록', en: '진료 기록 (en)' },
        { ko: '검사 결과', en: '검사 결과 (en)' },
      ],
    });
    expect(find(labels(policy), 'health-information')?.caption).toBe(
      '건강정보 관련 항목 3개: 진료 기록, 처방 내역, 검사 결과',
    );
    expect(find(labels(policy), 'sensitive-information')?.caption).toBe('민감정보 항목 3개 처리');
    expect(find(labels(policy, 'en'), 'sensitive-information')?.caption).toBe('3 sensitive items processed');
    // Written without its English: the same record (they agree where both are written).
    policy.collectedItems.at(-1).items[0] = { ko: '진료 기록' };
    expect(find(labels(policy), 'sensitive-information')?.caption).toBe('민감정보 항목 3개 처리');
    // Written differently in one language both give, it is a different item.
    policy.collectedItems.at(-1).items[0] = { ko: '진료 기록', en: 'Medical records' };
    expect(find(labels(policy), 'sensitive-information')?.caption).toBe('민감정보 항목 4개 처리');
  });

  it('shows ordinary personal information for items that are neither sensitive nor an identifying number', () => {
    const policy = shop();
    // The shop asks for the email address and mobile number at sign-up and again for marketing: 16 entries, 14 items.
    const entries = policy.collectedItems.flatMap((item: any) => item.items);
    expect(entries).toHaveLength(16);
    expect(find(labels(policy), 'personal-information')?.caption).toBe(
      '일반 개인정보 항목 14개: 이름, 이메일 주소 외 12개',
    );
    expect(find(labels(policy, 'en'), 'personal-information')?.caption).toMatch(/^14 items /);
    // Every item sensitive or an identifying number: no ordinary personal information is left.
    policy.collectedItems = [
      { ...policy.collectedItems[2], dataTypes: ['health'] },
      { ...policy.collectedItems[4], id: 'rrn' },
    ];
    policy.uniqueIdentifiers = [{ kind: 'residentRegistrationNumber', itemId: 'rrn' }];
    expect(ids(labels(policy))).not.toContain('personal-information');
    expect(ids(labels(policy))).toContain('sensitive-information');
  });

  it('shows resident registration numbers with the laws that allow them, and the flag once', () => {
    const policy = shopWithItem([], ['주민등록번호'], 'legalObligation');
    expect(ids(labels(policy))).not.toContain('resident-registration-number');
    policy.uniqueIdentifiers = [{ kind: 'residentRegistrationNumber', itemId: 'extra' }];
    const derived = labels(policy);
    expect(find(derived, 'resident-registration-number')?.caption).toBe(
      '주민등록번호 처리 · 근거 법령: 의료법',
    );
    expect(find(labels(policy, 'en'), 'resident-registration-number')?.caption).toBe(
      'Processed under Medical Service Act',
    );
    const flags = derived.flatMap((label) => label.attention.map((flag) => `${label.id}:${flag.code}`));
    expect(flags.filter((flag) => flag.endsWith(':resident-registration-number'))).toEqual([
      'resident-registration-number:resident-registration-number',
    ]);
    expect(ids(derived)).not.toContain('identity-document-numbers');
  });

  it('does not let the laws it names stand for resident registration numbers processed on another basis', () => {
    const policy = shopWithItem([], ['주민등록번호'], 'legalObligation');
    policy.collectedItems.push({
      ...policy.collectedItems.at(-1),
      id: 'by-consent',
      items: [{ ko: '주민등록번호(본인확인)', en: 'Resident registration number (ID check)' }],
      basis: 'separateConsent',
      law: undefined,
    });
    policy.uniqueIdentifiers = [
      { kind: 'residentRegistrationNumber', itemId: 'extra' },
      { kind: 'residentRegistrationNumber', itemId: 'by-consent' },
    ];
    expect(find(labels(policy), 'resident-registration-number')?.caption).toBe(
      '주민등록번호 처리 · 근거 법령: 의료법 · 법령 근거 없는 처리 포함',
    );
    expect(find(labels(policy, 'en'), 'resident-registration-number')?.caption).toBe(
      'Processed under Medical Service Act · some without a law',
    );
    // Only on consent: no law to name, and the caption says so.
    policy.collectedItems.splice(-2, 1);
    policy.uniqueIdentifiers = [{ kind: 'residentRegistrationNumber', itemId: 'by-consent' }];
    expect(find(labels(policy), 'resident-registration-number')?.caption).toBe(
      '주민등록번호 처리 · 법령 근거 없음',
    );
  });

  it('shows passport, licence and alien registration numbers as identity document numbers', () => {
    const policy = shopWithItem([], ['여권번호', '운전면허번호'], 'separateConsent');
    policy.uniqueIdentifiers = [
      { kind: 'passportNumber', itemId: 'extra' },
      { kind: 'driversLicenseNumber', itemId: 'extra' },
      { kind: 'passportNumber', itemId: 'extra' },
    ];
    const derived = labels(policy);
    expect(find(derived, 'identity-document-numbers')?.caption).toBe('여권번호, 운전면허번호 처리');
    expect(find(labels(policy, 'en'), 'identity-document-numbers')?.caption).toBe(
      'Processes passport number and driver’s licence number',
    );
    expect(ids(derived)).not.toContain('resident-registration-number');
    policy.uniqueIdentifiers = [];
    expect(ids(labels(policy))).not.toContain('identity-document-numbers');
  });
});

describe('validation: an item says which data types it holds, once', () => {
  const errors = (input: unknown) => {
    const result = parsePolicy(input);
    return result.ok ? [] : result.errors.map((error) => `${error.jsonPath} ${error.code}`);
  };

  it('accepts data types stated once', () => {
    expect(errors(shopWithItem(['location', 'images'], ['사진', '위치']))).toEqual([]);
  });

  it('rejects a data type given twice, at the second one', () => {
    expect(errors(shopWithItem(['location', 'payment', 'location'], ['위치']))).toEqual([
      '$.collectedItems[5].dataTypes[2] duplicate_data_type',
    ]);
  });

  it('rejects biometric beside biometricRecognition, which says it already', () => {
    expect(errors(shopWithItem(['biometricRecognition', 'biometric'], ['지문'], 'separateConsent'))).toEqual([
      '$.collectedItems[5].dataTypes[1] biometric_implied_by_recognition',
    ]);
  });

  it('asks for separate consent or a law for health and biometric recognition data, at the basis', () => {
    for (const type of ['health', 'biometricRecognition']) {
      const result = parsePolicy(shopWithItem([type], ['정보'], 'consentOptional'));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.map((error) => `${error.jsonPath} ${error.code}`)).toEqual([
        '$.collectedItems[5].basis sensitive_data_type_basis',
      ]);
      expect(result.errors[0]!.message.en).toContain('"separateConsent", "legalObligation"');
    }
    expect(errors(shopWithItem(['health'], ['정보'], 'legalObligation'))).toEqual([]);
  });

  it('rejects a sensitiveInformation entry that only repeats what the data types say', () => {
    const policy = shopWithItem(['health'], ['진료 기록'], 'separateConsent');
    policy.sensitiveInformation = [{ itemId: 'extra' }];
    expect(errors(policy)).toEqual(['$.sensitiveInformation[0] sensitive_stated_twice']);
    policy.sensitiveInformation = [{ itemId: 'extra', disclosureRisk: { ko: '진료 내역 공개 설정' } }];
    expect(errors(policy)).toEqual([]);
  });

  it('rejects a data type that does not exist, naming the ones that do', () => {
    const result = parsePolicy(shopWithItem(['genetic'], ['유전 정보']));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.jsonPath).toBe('$.collectedItems[5].dataTypes[0]');
      expect(result.errors[0]!.message.en).toContain('"biometricRecognition"');
    }
  });
});

describe('review: an item sensitive by its data types still says how it could become public', () => {
  const findings = (input: unknown) =>
    lintPolicy(assertPolicy(input)).filter((finding) => finding.ruleId === 'sensitive-disclosure-missing');

  it("asks for a sensitiveInformation entry with the disclosure risk, at the item's data types", () => {
    const [finding, ...rest] = findings(shopWithItem(['health'], ['진료 기록'], 'separateConsent'));
    expect(rest).toEqual([]);
    expect(finding?.jsonPath).toBe('$.collectedItems[5].dataTypes');
    expect(finding?.message.ko).toContain('진료 기록');
    expect(finding?.fix.en).toBe(
      'Add {"itemId": "extra", "disclosureRisk": …, "howToKeepPrivate": …} to sensitiveInformation.',
    );
  });

  it('is content once the entry gives both', () => {
    const policy = shopWithItem(['biometricRecognition'], ['얼굴 특징값'], 'separateConsent');
    policy.sensitiveInformation = [
      {
        itemId: 'extra',
        disclosureRisk: { ko: '공개되지 않습니다.', en: 'It is never shown to others.' },
        howToKeepPrivate: { ko: '설정에서 얼굴 로그인을 끄세요.', en: 'Turn face login off in settings.' },
      },
    ];
    expect(findings(policy)).toEqual([]);
    expect(findings(shopWithItem(['location'], ['현재 위치']))).toEqual([]);
  });
});

describe('versions: a group that starts or stops holding a data type is a change', () => {
  it('reports a data type added to an existing group as adverse and significant, and its removal as favourable', () => {
    const before = shop();
    const after = shop();
    after.collectedItems[3].dataTypes = ['location'];
    const added = diffPolicies(assertPolicy(before), assertPolicy(after));
    const change = added.changes.find((candidate) => candidate.reasonCode === 'dataTypesAdded');
    expect(change?.jsonPath).toBe('$.collectedItems[3].dataTypes');
    expect(change?.impact).toBe('adverse');
    expect(change?.before?.ko).toBe('—');
    expect(change?.after?.ko).toBe('위치정보');
    expect(change?.after?.en).toBe('location information');
    expect(added.significant).toBe(true);

    const removed = diffPolicies(assertPolicy(after), assertPolicy(before));
    expect(removed.changes.map((candidate) => candidate.reasonCode)).toContain('dataTypesRemoved');
    expect(removed.impact).toBe('favourable');
  });
});
