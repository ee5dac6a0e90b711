import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleNames, readExample } from '../../../test/fixtures/examples.js';
import { legalBases } from './enums.js';
import { formatJsonPath, parsePolicy } from './parsePolicy.js';

const shop = () => readExample('small-shop') as Record<string, any>;

/** Personalised ads with no way to opt out and no basis unless given. */
const ads = (overrides: Record<string, unknown>) => ({
  items: [{ ko: '방문 기록', en: 'Visits' }],
  collectionMethod: { ko: '광고 SDK', en: 'Ad SDK' },
  purpose: { ko: '맞춤형 광고', en: 'Personalised ads' },
  retention: { ko: '1년', en: '1 year' },
  optOut: { available: false },
  childrenUnder14Excluded: true,
  ...overrides,
});

function errorsOf(input: unknown) {
  const result = parsePolicy(input);
  if (result.ok) throw new Error('expected the policy to be rejected');
  return result.errors;
}

describe('parsePolicy on the bundled examples', () => {
  it.each(exampleNames())('accepts %s and fills in defaults', (name) => {
    const result = parsePolicy(readExample(name));
    if (!result.ok) throw new Error(result.errors.map((error) => error.message.en).join('\n'));
    expect(result.policy.purposes.length).toBeGreaterThan(0);
    expect(Array.isArray(result.policy.thirdPartyProvision)).toBe(true);
  });

  it.each(exampleNames())('%s begins with "$schema" so editors autocomplete it', (name) => {
    expect(Object.keys(readExample(name))[0]).toBe('$schema');
  });
});

describe('parsePolicy errors name the place and the fix', () => {
  it('reports a missing privacy officer email once, at its path, in Korean and English', () => {
    const policy = shop();
    delete policy.privacyOfficer.email;
    const errors = errorsOf(policy);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'required', jsonPath: '$.privacyOfficer.email' });
    expect(errors[0]!.path).toEqual(['privacyOfficer', 'email']);
    expect(errors[0]!.message.en).toContain('This field is missing: add an email address');
    expect(errors[0]!.message.ko).toContain('이메일 주소 값을 추가해 주세요');
  });

  it('reports an impossible date (30 February) once, with the value and the expected form', () => {
    const policy = shop();
    policy.effectiveDate = '2026-02-30';
    const errors = errorsOf(policy);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid_date', jsonPath: '$.effectiveDate' });
    expect(errors[0]!.message.en).toContain('"2026-02-30"');
    expect(errors[0]!.message.en).toContain('YYYY-MM-DD');
    expect(errors[0]!.message.ko).toContain('YYYY-MM-DD');
  });

  it('says a number that must be above 0 must be more than 0, not "at least > 0"', () => {
    const policy = shop();
    policy.retention.legalRetention[0].period.value = 0;
    const errors = errorsOf(policy);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ jsonPath: '$.retention.legalRetention[0].period.value' });
    expect(errors[0]!.message.ko).toBe('값이 너무 작습니다. 0보다 커야 합니다.');
    expect(errors[0]!.message.en).toBe('Too small: it must be more than 0.');
  });

  it('accepts 29 February in a leap year but not in other years', () => {
    const policy = shop();
    policy.effectiveDate = '2028-02-29';
    expect(parsePolicy(policy).ok).toBe(true);
    policy.effectiveDate = '2027-02-29';
    expect(errorsOf(policy)[0]!.code).toBe('invalid_date');
  });

  it('reports an unknown legal basis once and lists the bases that exist', () => {
    const policy = shop();
    policy.collectedItems[1].basis = 'implied';
    const errors = errorsOf(policy);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unknown_value', jsonPath: '$.collectedItems[1].basis' });
    expect(errors[0]!.message.en).toContain('"implied"');
    expect(errors[0]!.message.en).toContain('"deemedConsent"');
    expect(errors[0]!.message.ko).toContain('"consentRequired"');
  });

  it('reports a legal basis left out as missing, listing the bases, never as "nothing is not allowed"', () => {
    const policy = shop();
    delete policy.collectedItems[1].basis;
    const errors = errorsOf(policy);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'missing_choice', jsonPath: '$.collectedItems[1].basis' });
    expect(errors[0]!.message.ko).toMatch(/^값이 없습니다\. 다음 중 하나를 적어 주세요: .*"consentRequired"/);
    expect(errors[0]!.message.en).toMatch(/^This field is missing: use one of .*"deemedConsent"/);
    expect(errors[0]!.message.en).not.toContain('nothing');
  });

  it('suggests the right spelling for a misspelt field', () => {
    const policy = shop();
    policy.privacyOfficer.emial = policy.privacyOfficer.email;
    const errors = errorsOf(policy);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unknown_key', jsonPath: '$.privacyOfficer.emial' });
    expect(errors[0]!.message.en).toContain('Did you mean "email"?');
  });

  it('reports an unknown retention kind at the "kind" field with the kinds that exist', () => {
    const policy = shop();
    policy.collectedItems[0].retention = { kind: 'forever' };
    const [error] = errorsOf(policy);
    expect(error).toMatchObject({ code: 'unknown_value', jsonPath: '$.collectedItems[0].retention.kind' });
    expect(error!.message.en).toContain('"untilAccountDeletion"');
  });

  it('requires the law to be named when the basis is a legal obligation', () => {
    const policy = shop();
    delete policy.collectedItems[2].law;
    const errors = errorsOf(policy);
    expect(errors.map((error) => [error.code, error.jsonPath])).toEqual([
      ['missing_law', '$.collectedItems[2].law'],
    ]);
  });

  it('rejects a purpose id that is not declared in purposes', () => {
    const policy = shop();
    policy.collectedItems[0].purposeIds = ['membership', 'profiling'];
    const [error] = errorsOf(policy);
    expect(error).toMatchObject({ code: 'unknown_purpose', jsonPath: '$.collectedItems[0].purposeIds[1]' });
    expect(error!.message.en).toContain('"membership"');
  });

  it('requires overseas-transfer particulars for a processor abroad', () => {
    const policy = shop();
    policy.entrustment[0].country = 'US';
    const [error] = errorsOf(policy);
    expect(error).toMatchObject({ code: 'missing_overseas_transfer', jsonPath: '$.entrustment[0].country' });
  });

  // A transfer "abroad" to Korea made the overseas-transfer label warn "국외 이전: 대한민국 ⚠ 개인정보가 국외로
  // 이전됩니다" while at a glance said "국외 이전 없음".
  it('rejects an overseas transfer to Korea and says where a Korean recipient belongs', () => {
    const policy = shop();
    policy.overseasTransfer = [
      {
        recipient: { ko: '(주)카페24', en: 'Cafe24' },
        contact: 'privacy@cafe24.example',
        country: 'KR',
        items: [{ ko: '주문 정보', en: 'Orders' }],
        timingAndMethod: { ko: '수시', en: 'Ongoing' },
        purpose: { ko: '호스팅', en: 'Hosting' },
        retention: { ko: '위탁 종료 시', en: 'Until the contract ends' },
        legalBasis: 'contractDisclosed',
      },
    ];
    const errors = errorsOf(policy);
    expect(errors.map((error) => [error.code, error.jsonPath])).toEqual([
      ['overseas_transfer_to_korea', '$.overseasTransfer[0].country'],
    ]);
    expect(errors[0]!.path).toEqual(['overseasTransfer', 0, 'country']);
    expect(errors[0]!.message.ko).toContain('국외 이전의 국가가 대한민국(KR)입니다');
    expect(errors[0]!.message.ko).toContain(
      '국내 수탁자라면 entrustment에, 국내 제3자라면 thirdPartyProvision에',
    );
    expect(errors[0]!.message.en).toContain('The country of this overseas transfer is Korea (KR)');
    expect(errors[0]!.message.en).toContain(
      'a processor in Korea in entrustment and a third party in Korea in thirdPartyProvision',
    );

    // In the same pass as a structural error in the same entry.
    delete policy.overseasTransfer[0].purpose;
    expect(errorsOf(policy).map((error) => `${error.jsonPath} ${error.code}`)).toEqual(
      expect.arrayContaining([
        '$.overseasTransfer[0].purpose required',
        '$.overseasTransfer[0].country overseas_transfer_to_korea',
      ]),
    );

    // Transfers to other countries are still accepted (US, JP, SG, IE).
    expect(parsePolicy(readExample('messenger-platform')).ok).toBe(true);
  });

  it('requires a guardian-consent method when children under 14 are involved', () => {
    const policy = shop();
    policy.children = { collectsFromUnder14: true };
    expect(errorsOf(policy)[0]).toMatchObject({
      code: 'missing_guardian_consent',
      jsonPath: '$.children.guardianConsent',
    });
  });

  it('reports every problem at once, not just the first', () => {
    const policy = shop();
    delete policy.privacyOfficer.email;
    policy.effectiveDate = 'soon';
    policy.collectedItems[0].basis = 'implied';
    expect(new Set(errorsOf(policy).map((error) => error.code))).toEqual(
      new Set(['required', 'invalid_date', 'unknown_value']),
    );
  });

  it('reports a cross-field error in the same pass as a structural one', () => {
    const policy = shop();
    policy.collectedItems[0].purposeIds = ['no-such-purpose'];
    policy.privacyOfficer.emial = policy.privacyOfficer.email;
    const codes = errorsOf(policy).map((error) => `${error.jsonPath} ${error.code}`);
    expect(codes).toContain('$.collectedItems[0].purposeIds[0] unknown_purpose');
    expect(codes).toContain('$.privacyOfficer.emial unknown_key');
  });

  it('rejects consent data that contradicts itself, at the field to change', () => {
    const cases: Array<[string, (policy: Record<string, any>) => void, string, string]> = [
      [
        'optional consent that cannot be refused',
        (policy) => {
          policy.collectedItems[3].refusal = { canRefuse: false };
        },
        '$.collectedItems[3].refusal.canRefuse',
        'declinable_consent_not_refusable',
      ],
      [
        // The page said "7일 안에 거부하지 않으면 동의한 것으로 봅니다 … 거부할 수 없습니다".
        'deemed consent that cannot be refused',
        (policy) => {
          policy.collectedItems[1].basis = 'deemedConsent';
          policy.collectedItems[1].deemedConsent = { objectionDays: 7, howToObject: { ko: '설정' } };
        },
        '$.collectedItems[1].refusal.canRefuse',
        'deemed_consent_not_refusable',
      ],
      [
        'optional consent to personalised ads without a way to opt out',
        (policy) => {
          policy.behaviouralAdvertising = ads({ basis: 'consentOptional' });
        },
        '$.behaviouralAdvertising.optOut.available',
        'ads_consent_without_opt_out',
      ],
      [
        'a refusable item without its effect',
        (policy) => {
          delete policy.collectedItems[0].refusal.effect;
        },
        '$.collectedItems[0].refusal.effect',
        'missing_refusal_effect',
      ],
      [
        'an effect on an item that cannot be refused',
        (policy) => {
          policy.collectedItems[1].refusal.effect = 'none';
        },
        '$.collectedItems[1].refusal.effect',
        'refusal_effect_without_refusal',
      ],
      [
        'deemed consent without its objection period',
        (policy) => {
          policy.collectedItems[0].basis = 'deemedConsent';
        },
        '$.collectedItems[0].deemedConsent',
        'missing_deemed_consent',
      ],
      [
        'an objection period on an item that is not deemed consent',
        (policy) => {
          policy.collectedItems[0].deemedConsent = { objectionDays: 7, howToObject: { ko: '설정' } };
        },
        '$.collectedItems[0].deemedConsent',
        'deemed_consent_without_basis',
      ],
      [
        'a provision by law that does not name the law',
        (policy) => {
          policy.thirdPartyProvision[0].basis = 'legalObligation';
        },
        '$.thirdPartyProvision[0].law',
        'missing_law',
      ],
      [
        'sensitive information that refers to no collected item',
        (policy) => {
          policy.sensitiveInformation = [{ itemId: 'health' }];
        },
        '$.sensitiveInformation[0].itemId',
        'unknown_item',
      ],
      [
        'a resident registration number on plain required consent',
        (policy) => {
          policy.uniqueIdentifiers = [{ kind: 'residentRegistrationNumber', itemId: 'signup-required' }];
        },
        '$.uniqueIdentifiers[0].itemId',
        'special_category_basis',
      ],
      [
        'an opt-out with no steps',
        (policy) => {
          policy.automaticCollection.optOut = { available: true };
        },
        '$.automaticCollection.optOut.how',
        'missing_opt_out_steps',
      ],
      [
        'steps to opt out of something that cannot be refused',
        (policy) => {
          policy.automaticCollection.optOut.available = false;
        },
        '$.automaticCollection.optOut.how',
        'opt_out_steps_without_opt_out',
      ],
      [
        'children under 14 on a service for ages 14 and up',
        (policy) => {
          policy.children = {
            collectsFromUnder14: true,
            minimumAge: 14,
            guardianConsent: { method: { ko: '보호자 인증' }, itemsFromGuardian: [{ ko: '보호자 이름' }] },
          };
        },
        '$.children.minimumAge',
        'minimum_age_contradiction',
      ],
    ];
    for (const [what, change, jsonPath, code] of cases) {
      const policy = shop();
      change(policy);
      const errors = errorsOf(policy);
      expect(
        errors.map((error) => [error.jsonPath, error.code]),
        what,
      ).toEqual([[jsonPath, code]]);
      for (const message of Object.values(errors[0]!.message)) {
        expect(message).not.toMatch(/\((은|는|이|가|을|를|으)\)|이\(가\)|을\(를\)/);
      }
    }
  });

  it('says in Korean and English why consent that cannot be declined is rejected, and accepts it on another basis', () => {
    const item = shop();
    item.collectedItems[1].basis = 'deemedConsent';
    item.collectedItems[1].deemedConsent = { objectionDays: 7, howToObject: { ko: '설정' } };
    const [itemError] = errorsOf(item);
    expect(itemError!.message.ko).toContain('간주 동의(deemedConsent)는 정해진 기간 안에 거부할 수 있어야');
    expect(itemError!.message.ko).toContain('"canRefuse"를 true로 고치고');
    expect(itemError!.message.en).toContain('Deemed consent (deemedConsent) exists only if users can object');
    expect(itemError!.message.en).toContain('set "canRefuse" to true');

    const withAds = shop();
    withAds.behaviouralAdvertising = ads({ basis: 'separateConsent' });
    const [adsError] = errorsOf(withAds);
    expect(adsError).toMatchObject({
      code: 'ads_consent_without_opt_out',
      jsonPath: '$.behaviouralAdvertising.optOut.available',
    });
    expect(adsError!.message.ko).toContain(
      '맞춤형 광고의 근거가 "separateConsent"이면 이용자가 거부할 수 있어야',
    );
    expect(adsError!.message.en).toContain(
      'Personalised ads on the basis "separateConsent" must be possible to decline',
    );

    // Without consent (legitimate interest) no way out is a lint warning, not a contradiction; nor is deemed consent
    // with no way out of the ads once the days to object have passed (the second seed's platform, which labels state).
    withAds.behaviouralAdvertising = ads({ basis: 'legitimateInterest' });
    expect(parsePolicy(withAds).ok).toBe(true);
    withAds.behaviouralAdvertising = ads({
      basis: 'deemedConsent',
      deemedConsent: { objectionDays: 7, howToObject: { ko: '설정' } },
    });
    expect(parsePolicy(withAds).ok).toBe(true);
    withAds.behaviouralAdvertising = ads({
      basis: 'consentOptional',
      optOut: { available: true, how: [{ ko: '설정 > 광고' }] },
    });
    expect(parsePolicy(withAds).ok).toBe(true);
  });

  // Left out, the basis defaulted to consentOptional and the page said "수집 근거: 동의 (선택)" for a basis never given.
  it('requires the legal basis of personalised ads, naming the place and every basis there is', () => {
    const policy = shop();
    const withoutBasis = ads({ optOut: { available: true, how: [{ ko: '설정 > 광고' }] } });
    policy.behaviouralAdvertising = withoutBasis;
    const errors = errorsOf(policy);
    expect(errors.map((error) => [error.jsonPath, error.code])).toEqual([
      ['$.behaviouralAdvertising.basis', 'missing_advertising_basis'],
    ]);
    expect(errors[0]!.message.ko).toContain(
      '맞춤형 광고를 위해 행태정보를 수집하는 근거("basis")가 없습니다',
    );
    expect(errors[0]!.message.en).toContain(
      'The legal basis ("basis") for collecting behavioural information',
    );
    for (const basis of legalBases) {
      expect(errors[0]!.message.ko).toContain(basis);
      expect(errors[0]!.message.en).toContain(basis);
    }
    // A basis that is there but wrong is still an unknown value.
    policy.behaviouralAdvertising = { ...withoutBasis, basis: 'implied' };
    expect(errorsOf(policy)[0]).toMatchObject({
      code: 'unknown_value',
      jsonPath: '$.behaviouralAdvertising.basis',
    });
  });

  it('explains non-object input', () => {
    const [error] = errorsOf('a privacy policy');
    expect(error).toMatchObject({ code: 'invalid_type', jsonPath: '$' });
    expect(error!.message.en).toContain('expected an object');
  });

  it('writes JSON paths that can be pasted into a JSON-path tool', () => {
    expect(formatJsonPath(['collectedItems', 2, 'items', 0, 'ko'])).toBe('$.collectedItems[2].items[0].ko');
    expect(formatJsonPath(['odd key'])).toBe('$["odd key"]');
  });
});

describe('parsePolicy never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parsePolicy(value);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          for (const error of result.errors) {
            expect(error.message.ko.length).toBeGreaterThan(0);
            expect(error.message.en.length).toBeGreaterThan(0);
            expect(error.jsonPath.startsWith('$')).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('on random mutations of the examples, and every error points into the input', () => {
    const examples = exampleNames().map((name) => readExample(name));
    fc.assert(
      fc.property(
        fc.nat(examples.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'delete', 'add'), fc.jsonValue()), {
          minLength: 1,
          maxLength: 4,
        }),
        (exampleIndex, mutations) => {
          const policy = structuredClone(examples[exampleIndex]);
          for (const [position, kind, value] of mutations) mutate(policy, position, kind, value);
          const result = parsePolicy(policy);
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const error of result.errors) expect(error.jsonPath).toBe(formatJsonPath(error.path));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('on objects whose properties throw when read', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no reading');
        },
        ownKeys: () => {
          throw new Error('no listing');
        },
      },
    );
    const result = parsePolicy(hostile);
    expect(result.ok).toBe(false);
  });
});

describe('a valid policy survives a JSON round trip unchanged', () => {
  it('for random mutations that stay valid', () => {
    const examples = exampleNames().map((name) => readExample(name));
    fc.assert(
      fc.property(fc.nat(examples.length - 1), fc.nat(), fc.jsonValue(), (exampleIndex, position, value) => {
        const input = structuredClone(examples[exampleIndex]);
        mutate(input, position, 'replace', value);
        const first = parsePolicy(input);
        if (!first.ok) return;
        const second = parsePolicy(JSON.parse(JSON.stringify(first.policy)));
        expect(second).toEqual(first);
      }),
      { numRuns: 1000 },
    );
  });

  it.each(exampleNames())('for %s', (name) => {
    const first = parsePolicy(readExample(name));
    expect(first.ok).toBe(true);
    if (first.ok) expect(parsePolicy(JSON.parse(JSON.stringify(first.policy)))).toEqual(first);
  });
});

/** Replaces, deletes or adds a value at the position-th container in a depth-first walk of the JSON tree. */
function mutate(root: unknown, position: number, kind: 'replace' | 'delete' | 'add', value: unknown): void {
  const containers: Array<Record<string, unknown> | unknown[]> = [];
  const walk = (node: unknown) => {
    if (node === null || typeof node !== 'object') return;
    containers.push(node as Record<string, unknown>);
    for (const child of Object.values(node)) walk(child);
  };
  walk(root);
  const container = containers[position % containers.length]!;
  const keys = Object.keys(container);
  if (kind === 'add' || keys.length === 0) {
    if (Array.isArray(container)) container.push(value);
    else container[`extra${position}`] = value;
    return;
  }
  const key = keys[position % keys.length]!;
  if (Array.isArray(container)) {
    const index = Number(key);
    if (kind === 'delete') container.splice(index, 1);
    else container[index] = value;
  } else if (kind === 'delete') delete container[key];
  else container[key] = value;
}
