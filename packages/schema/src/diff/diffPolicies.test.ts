import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examplesDir, readExample } from '../../../../test/fixtures/examples.js';
import { policyInputArbitrary } from '../../../../test/fixtures/policyArbitrary.js';
import {
  assertPolicy,
  changeNotice,
  deriveLabels,
  diffPolicies,
  type Policy,
  type PolicyChange,
  type PolicyDiff,
  parsePolicy,
} from '../index.js';

type Raw = Record<string, any>;
const shop = () => readExample('small-shop') as Raw;
const diff = (change: (policy: Raw) => void): PolicyDiff => {
  const next = shop();
  change(next);
  return diffPolicies(assertPolicy(shop()), assertPolicy(next));
};
const only = (result: PolicyDiff): PolicyChange => {
  expect(result.changes).toHaveLength(1);
  return result.changes[0]!;
};
/** The one change in the data, setting aside the new label warnings the diff also reports (area `labels`). */
const onlyInData = (result: PolicyDiff): PolicyChange => {
  const inData = result.changes.filter((change) => change.area !== 'labels');
  expect(inData).toHaveLength(1);
  return inData[0]!;
};
const summary = (change: PolicyChange) => [
  change.kind,
  change.area,
  change.impact,
  change.reasonCode,
  change.jsonPath,
];

describe('diffPolicies: each kind of change, with its computed impact', () => {
  it('finds nothing between a policy and itself', () => {
    const result = diff(() => {});
    expect(result.changes).toEqual([]);
    expect(result.labels).toEqual([]);
    expect(result.impact).toBe('neutral');
    expect(result.significant).toBe(false);
  });

  it('a new purpose is adverse; a removed one favourable; a reworded one neutral', () => {
    expect(
      summary(only(diff((p) => p.purposes.push({ id: 'ai', title: { ko: 'AI 학습', en: 'AI training' } })))),
    ).toEqual(['added', 'purposes', 'adverse', 'added', '$.purposes[4]']);
    const reworded = only(diff((p) => (p.purposes[0].title = { ko: '주문 처리', en: 'Handling orders' })));
    expect(summary(reworded)).toEqual(['changed', 'purposes', 'neutral', 'reworded', '$.purposes[0]']);
    const removed = diff((p) => {
      p.purposes.splice(2, 1);
      p.collectedItems.splice(3, 1);
    });
    expect(removed.changes.map(summary)).toEqual([
      ['removed', 'purposes', 'favourable', 'removed', '$.purposes[2]'],
      ['removed', 'collectedItems', 'favourable', 'removed', '$.collectedItems[3]'],
    ]);
    expect(removed.impact).toBe('favourable');
  });

  it('more items in a group are adverse, with the lists before and after', () => {
    const change = only(diff((p) => p.collectedItems[3].items.push({ ko: '생년월일', en: 'Date of birth' })));
    expect(summary(change)).toEqual([
      'changed',
      'collectedItems',
      'adverse',
      'itemsAdded',
      '$.collectedItems[3].items',
    ]);
    expect(change.after!.ko).toContain('생년월일');
    expect(change.before!.ko).not.toContain('생년월일');
  });

  it('a wider basis is adverse and a narrower one favourable', () => {
    const wider = onlyInData(diff((p) => (p.collectedItems[0].basis = 'contract')));
    expect(summary(wider)).toEqual([
      'changed',
      'collectedItems',
      'adverse',
      'basisWider',
      '$.collectedItems[0].basis',
    ]);
    expect(wider.before!.en).toBe('Consent (required)');
    const narrower = only(diff((p) => (p.collectedItems[0].basis = 'consentOptional')));
    expect(summary(narrower)).toEqual([
      'changed',
      'collectedItems',
      'favourable',
      'basisNarrower',
      '$.collectedItems[0].basis',
    ]);
  });

  it('a weaker way to refuse is adverse', () => {
    const change = onlyInData(diff((p) => (p.collectedItems[3].refusal.effect = 'contractTerminated')));
    expect(summary(change)).toEqual([
      'changed',
      'collectedItems',
      'adverse',
      'refusalWeaker',
      '$.collectedItems[3].refusal',
    ]);
    expect(change.after!.ko).toBe('거부하면 이용 계약이 해지됩니다.');
  });

  it('longer retention is adverse, shorter favourable', () => {
    const longer = diff((p) => (p.retention.legalRetention[0].period = { value: 10, unit: 'years' }));
    expect(summary(only(longer))[2]).toBe('adverse');
    expect(only(longer).reasonCode).toBe('retentionLonger');
    const shorter = diff((p) => (p.collectedItems[0].retention = { kind: 'untilConsentWithdrawn' }));
    expect(shorter.changes.map(summary)).toEqual([
      ['changed', 'retention', 'favourable', 'retentionShorter', '$.collectedItems[0].retention'],
    ]);
  });

  it('a new recipient is adverse; a new processor at home is neutral, abroad adverse', () => {
    const recipient = {
      recipient: { ko: '택배 주식회사', en: 'Parcel Co.' },
      purpose: { ko: '배송', en: 'Delivery' },
      items: [{ ko: '주소', en: 'Address' }],
      retention: { ko: '배송 완료 시까지', en: 'Until delivered' },
    };
    expect(
      summary(
        only(diff((p) => (p.thirdPartyProvision = [...(p.thirdPartyProvision ?? []), recipient]))),
      ).slice(0, 4),
    ).toEqual(['added', 'thirdPartyProvision', 'adverse', 'added']);
    const processor = {
      processor: { ko: '문자 주식회사', en: 'SMS Co.' },
      task: { ko: '문자 발송', en: 'Texts' },
    };
    expect(only(diff((p) => p.entrustment.push(processor))).impact).toBe('neutral');
    const abroad = diff((p) => {
      p.entrustment.push({ ...processor, country: 'JP' });
      p.overseasTransfer = [
        {
          recipient: processor.processor,
          contact: 'privacy@sms.example',
          country: 'JP',
          items: [{ ko: '휴대전화번호', en: 'Phone' }],
          timingAndMethod: { ko: '발송 시', en: 'When sending' },
          purpose: { ko: '문자 발송', en: 'Texts' },
          retention: { ko: '발송 후 30일', en: '30 days' },
          legalBasis: 'contractDisclosed',
        },
      ];
    });
    expect(
      abroad.changes
        .filter((change) => change.area !== 'labels')
        .map((change) => [change.area, change.impact, change.reasonCode]),
    ).toEqual([
      ['entrustment', 'adverse', 'newCountry'],
      ['overseasTransfer', 'adverse', 'newCountry'],
    ]);
  });

  it('losing the opt-out from personalised ads is adverse', () => {
    const ads = {
      items: [{ ko: '방문 기록', en: 'Visits' }],
      collectionMethod: { ko: 'SDK', en: 'SDK' },
      purpose: { ko: '광고', en: 'Ads' },
      retention: { ko: '1년', en: '1 year' },
      optOut: { available: true, how: [{ ko: '설정', en: 'Settings' }] },
      basis: 'legitimateInterest',
      childrenUnder14Excluded: true,
    };
    const previous = shop();
    previous.behaviouralAdvertising = ads;
    const next = shop();
    next.behaviouralAdvertising = { ...ads, optOut: { available: false } };
    const result = diffPolicies(assertPolicy(previous), assertPolicy(next));
    expect(result.changes.map(summary)).toEqual([
      [
        'changed',
        'behaviouralAdvertising',
        'adverse',
        'optOutRemoved',
        '$.behaviouralAdvertising.optOut.available',
      ],
      // The label row points at the field the label reads, not at the whole policy ($).
      ['changed', 'labels', 'adverse', 'attentionAdded', '$.behaviouralAdvertising'],
    ]);
    expect(result.changes[0]!.subject.ko).toBe('맞춤형 광고: 맞춤형 광고');
    const label = result.labels.find((change) => change.id === 'behavioural-advertising')!;
    expect(label.flagsAdded).toEqual(['ads-without-opt-out']);
    expect(label.after!.caption.ko).toContain('거부 불가');
  });

  it('fewer ways to use rights and a slower answer are adverse; a new contact is neutral', () => {
    const result = diff((p) => {
      p.rights.channels = p.rights.channels.slice(0, 1);
      p.privacyOfficer.name = { ko: '새 책임자', en: 'New officer' };
    });
    expect(result.changes.map((change) => [change.area, change.impact])).toEqual([
      ['rights', 'adverse'],
      ['contacts', 'neutral'],
    ]);
  });

  it('never takes the impact from the author: adverseToUsers true on a favourable change changes nothing', () => {
    const result = diff((p) => {
      p.collectedItems[3].items.pop();
      p.versionHistory.at(-1).adverseToUsers = true;
    });
    expect(result.impact).toBe('favourable');
  });
});

describe('the second seed as two versions of the messenger', () => {
  const previous = assertPolicy(
    JSON.parse(readFileSync(join(examplesDir, 'versions', 'messenger-platform-3.1.json'), 'utf8')),
  );
  const next = assertPolicy(readExample('messenger-platform'));

  it('lists the new purpose and the widened collection as adverse', () => {
    const result = diffPolicies(previous, next);
    expect(result.impact).toBe('adverse');
    expect(result.significant).toBe(true);
    const adverse = result.changes.filter((change) => change.impact === 'adverse');
    expect(adverse.map((change) => [change.kind, change.area, change.reasonCode])).toEqual(
      expect.arrayContaining([
        ['added', 'purposes', 'added'],
        ['added', 'collectedItems', 'added'],
        ['changed', 'collectedItems', 'purposesAdded'],
      ]),
    );
    expect(adverse.find((change) => change.area === 'purposes')!.subject.ko).toBe(
      '처리 목적: 맞춤형 콘텐츠 추천',
    );
    const items = result.labels.find((label) => label.id === 'collected-items')!;
    expect(items.flagsAdded).toEqual(['deemed-consent', 'refusal-ends-contract']);
  });

  it('the notice says what changes, when, the deadline to object and that refusing ends the contract', () => {
    const notice = changeNotice(previous, next);
    expect(notice.headline.ko).toBe(
      '도토리톡 주식회사는 2026. 2. 4.부터 개인정보 처리방침(버전 4.0)을 바꿉니다.',
    );
    expect(notice.headline.en).toBe(
      'Dotori Talk Corp. is changing its privacy policy (version 4.0) from 4 Feb 2026.',
    );
    expect(notice.objections).toHaveLength(1);
    expect(notice.objections[0]!.deadline).toBe('2026-02-11');
    expect(notice.objections[0]!.sentence.ko).toContain(
      '2026. 2. 11.까지 거부 의사를 밝히지 않으면 동의한 것으로 봅니다',
    );
    expect(notice.refusals.map((refusal) => refusal.effect.ko)).toContain('거부하면 이용 계약이 해지됩니다.');
    expect(notice.refusals.map((refusal) => refusal.effect.en)).toContain(
      'If you refuse, your contract ends.',
    );
    expect(
      notice.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId),
    ).toEqual(['deemed-consent-beyond-contract', 'refusal-costs-service']);
  });
});

describe('diffPolicies: whole areas, compared from the data', () => {
  const messenger = () => readExample('messenger-platform') as Raw;
  const diffFrom = (base: () => Raw, change: (policy: Raw) => void, before?: (policy: Raw) => void) => {
    const previous = base();
    before?.(previous);
    const next = base();
    before?.(next);
    change(next);
    return diffPolicies(assertPolicy(previous), assertPolicy(next));
  };
  const inData = (result: PolicyDiff) =>
    result.changes.filter((change) => change.area !== 'labels').map(summary);

  it('AI training: its opt-out removed, training added, more prompt items — each adverse', () => {
    const optOut = diffFrom(messenger, (p) => (p.generativeAi.training.optOut = { available: false }));
    expect(inData(optOut)).toEqual([
      ['changed', 'generativeAi', 'adverse', 'optOutRemoved', '$.generativeAi.training.optOut.available'],
    ]);
    expect(optOut.changes[0]!.subject.ko).toBe('생성형 AI: AI 학습에 이용하는 정보');
    expect(optOut.changes[0]!.subject.en).toBe('Generative AI: information used for AI training');
    const added = diffFrom(
      messenger,
      () => {},
      (p) => delete p.generativeAi.training,
    );
    expect(added.changes).toEqual([]);
    const training = diffFrom(
      () => {
        const p = messenger();
        delete p.generativeAi.training;
        return p;
      },
      (p) =>
        (p.generativeAi.training = {
          items: [{ ko: '모든 대화 내용', en: 'All your messages' }],
          optOut: { available: false },
        }),
    );
    expect(inData(training)).toEqual([
      ['added', 'generativeAi', 'adverse', 'added', '$.generativeAi.training'],
    ]);
    expect(training.changes[0]!.after!.ko).toBe('모든 대화 내용');
    const prompts = diffFrom(messenger, (p) =>
      p.generativeAi.prompts.items.push({ ko: '사진', en: 'Photos' }),
    );
    expect(inData(prompts)).toEqual([
      ['changed', 'generativeAi', 'adverse', 'itemsAdded', '$.generativeAi.prompts.items'],
    ]);
  });

  it("a third party's purpose, retention and basis changes are adverse", () => {
    const result = diffFrom(messenger, (p) => {
      p.thirdPartyProvision[0].purpose = { ko: '맞춤형 광고', en: 'Targeted advertising' };
      p.thirdPartyProvision[0].retention = { ko: '영구 보관', en: 'Kept forever' };
      p.thirdPartyProvision[0].basis = 'other';
    });
    expect(inData(result)).toEqual([
      ['changed', 'thirdPartyProvision', 'adverse', 'purposeChanged', '$.thirdPartyProvision[0].purpose'],
      [
        'changed',
        'thirdPartyProvision',
        'adverse',
        'retentionMayBeLonger',
        '$.thirdPartyProvision[0].retention',
      ],
      ['changed', 'thirdPartyProvision', 'adverse', 'basisWider', '$.thirdPartyProvision[0].basis'],
    ]);
    expect(result.changes[2]!.after!.en).toBe('Other legal basis');
  });

  it('a new ad operator, pseudonymised-information recipient or further provision is adverse', () => {
    const operator = diffFrom(messenger, (p) =>
      p.behaviouralAdvertising.operators.push({ name: { ko: '광고 회사', en: 'Ad Co.' } }),
    );
    expect(inData(operator)).toEqual([
      [
        'added',
        'behaviouralAdvertising',
        'adverse',
        'recipientAdded',
        '$.behaviouralAdvertising.operators[2]',
      ],
    ]);
    const recipient = diffFrom(
      messenger,
      (p) => (p.pseudonymisedInformation[0].recipient = { ko: '광고 데이터 회사', en: 'Ad data broker' }),
    );
    expect(inData(recipient)).toEqual([
      [
        'changed',
        'pseudonymisedInformation',
        'adverse',
        'recipientAdded',
        '$.pseudonymisedInformation[0].recipient',
      ],
    ]);
    const provision = diffFrom(
      messenger,
      (p) =>
        (p.additionalUse = [
          {
            kind: 'provision',
            items: [{ ko: '주소', en: 'Address' }],
            purpose: { ko: '제휴 마케팅', en: 'Partner marketing' },
            recipient: { ko: '제휴사', en: 'Partner' },
            criteria: [{ criterion: 'foreseeable', assessment: { ko: '예상 가능', en: 'Foreseeable' } }],
          },
        ]),
    );
    expect(inData(provision)).toEqual([['added', 'additionalUse', 'adverse', 'added', '$.additionalUse[0]']]);
  });

  it('inactive accounts kept apart longer, and a shorter time to object, are adverse', () => {
    const storage = diffFrom(
      messenger,
      (p) => (p.retention.inactiveAccounts.separateStorage = { value: 10, unit: 'years' }),
    );
    expect(inData(storage)).toEqual([
      ['changed', 'retention', 'adverse', 'retentionLonger', '$.retention.inactiveAccounts.separateStorage'],
    ]);
    const items = diffFrom(messenger, (p) => (p.collectedItems[16].deemedConsent.objectionDays = 3));
    expect(inData(items)).toEqual([
      [
        'changed',
        'collectedItems',
        'adverse',
        'objectionShorter',
        '$.collectedItems[16].deemedConsent.objectionDays',
      ],
    ]);
    expect([items.changes[0]!.before!.en, items.changes[0]!.after!.en]).toEqual(['7 days', '3 days']);
    const deemedAds = (p: Raw) => {
      p.behaviouralAdvertising.basis = 'deemedConsent';
      p.behaviouralAdvertising.deemedConsent = {
        objectionDays: 14,
        howToObject: { ko: '설정', en: 'Settings' },
      };
    };
    const ads = diffFrom(
      messenger,
      (p) => (p.behaviouralAdvertising.deemedConsent.objectionDays = 7),
      deemedAds,
    );
    expect(inData(ads)).toEqual([
      [
        'changed',
        'behaviouralAdvertising',
        'adverse',
        'objectionShorter',
        '$.behaviouralAdvertising.deemedConsent.objectionDays',
      ],
    ]);
  });

  it('new behavioural collection is adverse: the block, an item, a collector', () => {
    const block = {
      items: [{ ko: '검색 기록', en: 'Searches' }],
      collectionMethod: { ko: '앱 이용 시 자동 수집', en: 'Collected as you use the app' },
      purposes: [{ ko: '상품 추천', en: 'Recommendations' }],
      retention: { ko: '1년', en: '1 year' },
      optOut: { available: true, how: [{ ko: '설정', en: 'Settings' }] },
    };
    expect(inData(diff((p) => (p.behaviouralInformation = block)))).toEqual([
      ['added', 'behaviouralInformation', 'adverse', 'added', '$.behaviouralInformation'],
    ]);
    const more = diffFrom(
      shop,
      (p) => {
        p.behaviouralInformation.items.push({ ko: '열람 기록', en: 'Pages viewed' });
        p.behaviouralInformation.collectors = [{ name: { ko: '분석 회사', en: 'Analytics Co.' } }];
      },
      (p) => (p.behaviouralInformation = structuredClone(block)),
    );
    expect(inData(more)).toEqual([
      ['changed', 'behaviouralInformation', 'adverse', 'itemsAdded', '$.behaviouralInformation.items'],
      [
        'added',
        'behaviouralInformation',
        'adverse',
        'recipientAdded',
        '$.behaviouralInformation.collectors[0]',
      ],
    ]);
  });

  it('a fixed period becoming open-ended or custom is adverse; the same length said otherwise is not', () => {
    const toAccount = diffFrom(
      messenger,
      (p) => (p.collectedItems[17].retention = { kind: 'untilAccountDeletion' }),
    );
    expect(inData(toAccount)).toEqual([
      ['changed', 'retention', 'adverse', 'retentionMayBeLonger', '$.collectedItems[17].retention'],
    ]);
    expect(toAccount.changes[0]!.reason.ko).toBe('보관 기준이 바뀌어 더 오래 보관할 수도 있습니다.');
    expect(toAccount.changes[0]!.reason.en).toBe('The retention rule changes and may keep it longer.');
    const toCustom = diffFrom(
      messenger,
      (p) =>
        (p.collectedItems[17].retention = {
          kind: 'custom',
          description: { ko: '광고 계약이 끝날 때까지', en: 'Until the ad contract ends' },
        }),
    );
    expect(inData(toCustom)[0]!.slice(2, 4)).toEqual(['adverse', 'retentionMayBeLonger']);
    const same = diffFrom(
      messenger,
      (p) => (p.collectedItems[17].retention = { kind: 'period', duration: { value: 12, unit: 'months' } }),
    );
    expect(inData(same)[0]!.slice(2, 4)).toEqual(['neutral', 'retentionChanged']);
  });

  it('a basis moving to deemed consent is adverse, for items and for ads', () => {
    const deemed = { objectionDays: 7, howToObject: { ko: '설정', en: 'Settings' } };
    const items = diffFrom(messenger, (p) => {
      p.collectedItems[17].basis = 'deemedConsent';
      p.collectedItems[17].deemedConsent = deemed;
    });
    expect(inData(items)).toEqual([
      ['changed', 'collectedItems', 'adverse', 'basisDeemedConsent', '$.collectedItems[17].basis'],
    ]);
    const ads = diffFrom(messenger, (p) => {
      p.behaviouralAdvertising.basis = 'deemedConsent';
      p.behaviouralAdvertising.deemedConsent = deemed;
    });
    expect(inData(ads)).toEqual([
      [
        'changed',
        'behaviouralAdvertising',
        'adverse',
        'basisDeemedConsent',
        '$.behaviouralAdvertising.basis',
      ],
    ]);
    expect(ads.changes[0]!.reason.ko).toBe('거부 의사를 밝히지 않으면 동의한 것으로 보는 근거로 바뀝니다.');
  });

  it('a processor or third party moving abroad is a country change against users, never a rewording', () => {
    const moved = diffFrom(messenger, (p) => (p.entrustment[0].country = 'US'));
    expect(inData(moved)).toEqual([
      ['changed', 'entrustment', 'adverse', 'countryChanged', '$.entrustment[0].country'],
    ]);
    expect([moved.changes[0]!.before!.ko, moved.changes[0]!.after!.ko]).toEqual(['대한민국', '미국']);
    expect(moved.changes[0]!.reason.en).toBe('The information goes to a different country.');
    const recipient = diffFrom(messenger, (p) => (p.thirdPartyProvision[1].country = 'JP'));
    expect(inData(recipient)[0]!.slice(2, 4)).toEqual(['adverse', 'countryChanged']);
    const home = diffFrom(messenger, (p) => (p.entrustment[7].country = 'KR'));
    expect(inData(home)[0]!.slice(2, 4)).toEqual(['neutral', 'countryChanged']);
    const newAbroad = diffFrom(messenger, (p) =>
      p.entrustment.push({
        processor: { ko: '뉴클라우드', en: 'NewCloud Inc.' },
        task: { ko: '분석', en: 'Analytics' },
        country: 'US',
      }),
    );
    const added = newAbroad.changes[0]!;
    expect([added.impact, added.reasonCode, added.after!.en]).toEqual([
      'adverse',
      'processorAbroadAdded',
      'United States',
    ]);
    expect(added.reason.ko).not.toContain('같은 나라');
    expect(added.reason.ko).toContain('국외');
    expect(added.reason.en).toContain('abroad');
  });

  it('automated decisions, what leaves the device, video retention and an unstated training purpose', () => {
    const decision = diffFrom(messenger, (p) =>
      p.automatedDecisions.push({
        name: { ko: '신용 점수 산정', en: 'Credit scoring' },
        criteria: { ko: '이용 기록', en: 'Usage records' },
        procedure: { ko: '자동', en: 'Automatic' },
        howToObject: { ko: '고객센터', en: 'Help desk' },
      }),
    );
    expect(inData(decision)).toEqual([
      ['added', 'automatedDecisions', 'adverse', 'added', '$.automatedDecisions[2]'],
    ]);
    const offDevice = diffFrom(
      messenger,
      (p) => (p.onDeviceProcessing[0].sentOffDevice = { ko: '인식한 글자', en: 'The recognised text' }),
    );
    expect(inData(offDevice)).toEqual([
      ['changed', 'onDeviceProcessing', 'adverse', 'leavesDevice', '$.onDeviceProcessing[0].sentOffDevice'],
    ]);
    expect(offDevice.changes[0]!.reason.ko).toBe('기기 밖으로 보내는 정보가 생기거나 바뀝니다.');
    const video = diffFrom(messenger, (p) => (p.videoDevices[0].retention = { value: 90, unit: 'days' }));
    expect(inData(video)).toEqual([
      ['changed', 'videoDevices', 'adverse', 'retentionLonger', '$.videoDevices[0].retention'],
    ]);
    const purpose = diffFrom(messenger, (p) => delete p.generativeAi.training.purpose);
    expect(inData(purpose)).toEqual([
      ['changed', 'generativeAi', 'adverse', 'purposeChanged', '$.generativeAi.training.purpose'],
    ]);
  });

  it('any attention flag the labels gain is reported as an adverse change, with the label and its words', () => {
    const result = diffFrom(messenger, (p) => (p.generativeAi.training.optOut = { available: false }));
    const warning = result.changes.find((change) => change.area === 'labels')!;
    expect([warning.impact, warning.reasonCode]).toEqual(['adverse', 'attentionAdded']);
    const label = result.labels.find((change) => change.flagsAdded.length > 0)!;
    expect(warning.after).toEqual(
      label.after!.attention.find((flag) => flag.code === label.flagsAdded[0])!.message,
    );
    expect(warning.subject.ko).toBe(`라벨: ${label.title.ko}`);
    expect(warning.subject.en).toBe(`Labels: ${label.title.en}`);
    expect(warning.reason.ko).toBe('라벨에 새 주의 표시가 붙습니다.');
  });

  it('a cookie or SDK run by a new company, or kept by another rule, is adverse', () => {
    const result = diffFrom(messenger, (p) => {
      p.automaticCollection.devices[0].operator = { ko: '광고 회사', en: 'Ad Co.' };
      p.automaticCollection.devices[0].retention = { ko: '영구', en: 'Forever' };
    });
    expect(inData(result).map((row) => row.slice(2))).toEqual([
      ['adverse', 'recipientAdded', '$.automaticCollection.devices[0].operator'],
      ['adverse', 'retentionMayBeLonger', '$.automaticCollection.devices[0].retention'],
    ]);
  });

  it('a label whose words change with nothing found in its fields is a row of its own, never "no changes"', () => {
    // A later effective date leaves a certificate out of force: the certifications label changes, its field does not.
    const result = diffFrom(messenger, (p) => (p.effectiveDate = '2028-01-03'));
    // The row points at the label's first source field, so a reader or a tool can find what changed.
    expect(result.changes.map(summary)).toEqual([
      ['changed', 'labels', 'neutral', 'captionChanged', '$.certifications'],
    ]);
    const row = result.changes[0]!;
    expect(row.path).toEqual(['certifications']);
    expect(row.before!.ko).not.toBe(row.after!.ko);
    expect(row.subject.ko).toBe(`라벨: ${result.labels[0]!.title.ko}`);
    expect(row.reason.ko).toBe('라벨에 적힌 내용이 바뀝니다.');
    expect(row.reason.en).toBe('What a label says changes.');
    // A label whose own fields show the change gets no second row: a security measure is now a row of its own.
    const measure = diffFrom(messenger, (p) =>
      p.securityMeasures.technical.push({ ko: '보안 서약', en: 'Security pledge' }),
    );
    expect(measure.changes.map(summary)).toEqual([
      ['changed', 'securityMeasures', 'favourable', 'securityMeasuresAdded', '$.securityMeasures.technical'],
    ]);
    const items = diffFrom(messenger, (p) => p.collectedItems[3].items.push({ ko: '주소', en: 'Address' }));
    expect(items.changes.filter((change) => change.reasonCode === 'captionChanged')).toEqual([]);
  });

  it('a new label warning points at the first field the label reads, never at the whole policy', () => {
    const result = diffFrom(messenger, (p) => (p.generativeAi.training.optOut = { available: false }));
    const warnings = result.changes.filter((change) => change.area === 'labels');
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) expect(warning.jsonPath).not.toBe('$');
    expect(warnings.map((warning) => warning.jsonPath)).toContain('$.generativeAi');
  });

  it('a longer destruction deadline is adverse, a shorter one favourable, in Korean and English', () => {
    const longer = diffFrom(messenger, (p) => (p.destruction.deadline = { value: 30, unit: 'days' }));
    expect(longer.changes.map(summary)).toEqual([
      ['changed', 'destruction', 'adverse', 'destructionLater', '$.destruction.deadline'],
    ]);
    const row = longer.changes[0]!;
    expect([row.before!.ko, row.after!.ko]).toEqual(['5일 이내 파기', '30일 이내 파기']);
    expect(row.subject.ko).toBe('파기: 파기 기한');
    expect(row.reason.ko).toBe('보유 기간이 끝난 뒤 파기하기까지 더 오래 걸릴 수 있습니다.');
    expect(row.subject.en).toBe('Destruction: time to destroy information');
    expect(row.reason.en).toBe('Information may take longer to be destroyed once it is no longer kept.');
    expect(longer.impact).toBe('adverse');
    const shorter = diffFrom(messenger, (p) => (p.destruction.deadline = { value: 1, unit: 'days' }));
    expect(inData(shorter)).toEqual([
      ['changed', 'destruction', 'favourable', 'destructionSooner', '$.destruction.deadline'],
    ]);
    expect(shorter.changes[0]!.reason.en).toBe('Information is destroyed sooner once it is no longer kept.');
    // No deadline means without delay: stating one is later, dropping one sooner.
    const dropped = diffFrom(messenger, (p) => delete p.destruction.deadline);
    expect(inData(dropped).map((row) => row.slice(2, 4))).toEqual([['favourable', 'destructionSooner']]);
    expect(dropped.changes[0]!.after!.ko).toBe('지체 없이 파기');
    const stated = diffFrom(
      messenger,
      (p) => (p.destruction.deadline = { value: 5, unit: 'days' }),
      (p) => delete p.destruction.deadline,
    );
    expect(inData(stated).map((row) => row.slice(2, 4))).toEqual([['adverse', 'destructionLater']]);
    expect(diffFrom(messenger, (p) => (p.destruction.deadline = { value: 5, unit: 'days' })).changes).toEqual(
      [],
    );
  });

  it('a certification removed or ending sooner is adverse; one added or extended favourable', () => {
    const removed = diffFrom(messenger, (p) => p.certifications.splice(1, 1));
    expect(removed.changes.map(summary)).toEqual([
      ['removed', 'certifications', 'adverse', 'certificationRemoved', '$.certifications[1]'],
    ]);
    const row = removed.changes[0]!;
    expect(row.subject.ko).toBe(`인증: ${row.name.ko}`);
    expect(row.name.en).toContain('27701');
    expect(row.reason.ko).toBe('더 이상 보유하지 않는 인증이 있습니다.');
    expect(row.reason.en).toBe('A certification is no longer held.');
    const sooner = diffFrom(messenger, (p) => (p.certifications[0].validTo = '2026-12-31'));
    expect(inData(sooner)).toEqual([
      ['changed', 'certifications', 'adverse', 'certificationEndsSooner', '$.certifications[0].validTo'],
    ]);
    expect(sooner.changes[0]!.reason.ko).toBe('인증 유효 기간이 더 일찍 끝납니다.');
    expect(sooner.changes[0]!.reason.en).toBe('A certification ends sooner.');
    const extended = diffFrom(messenger, (p) => (p.certifications[0].validTo = '2029-11-19'));
    expect(inData(extended).map((row) => row.slice(2, 4))).toEqual([['favourable', 'certificationExtended']]);
    const added = diffFrom(
      messenger,
      () => {},
      (p) => p.certifications.splice(1, 1),
    );
    expect(added.changes).toEqual([]);
    const gained = diffPolicies(
      assertPolicy({ ...messenger(), certifications: [] }),
      assertPolicy(messenger()),
    );
    expect(inData(gained).map((row) => row.slice(0, 4))).toEqual([
      ['added', 'certifications', 'favourable', 'certificationAdded'],
      ['added', 'certifications', 'favourable', 'certificationAdded'],
    ]);
  });

  it('a processor that becomes a sub-processor is adverse', () => {
    const result = diffFrom(messenger, (p) => (p.entrustment[0].subProcessor = true));
    expect(result.changes.map(summary)).toEqual([
      ['changed', 'entrustment', 'adverse', 'subProcessorAdded', '$.entrustment[0].subProcessor'],
    ]);
    const row = result.changes[0]!;
    expect([row.before!.ko, row.after!.ko]).toEqual(['아니요', '예']);
    expect(row.reason.ko).toBe(
      '수탁자가 처리를 다시 맡긴 곳(재위탁)이 됩니다. 정보를 다루는 곳이 한 단계 늘어납니다.',
    );
    expect(row.reason.en).toBe(
      'Now a sub-processor: the work is passed on once more, so one more party handles the information.',
    );
    const back = diffFrom(
      messenger,
      (p) => (p.entrustment[0].subProcessor = false),
      (p) => (p.entrustment[0].subProcessor = true),
    );
    expect(inData(back).map((row) => row.slice(2, 4))).toEqual([['favourable', 'subProcessorRemoved']]);
  });

  it("an overseas transfer's way to refuse: gone is adverse, added favourable, another one said so", () => {
    const gone = diffFrom(messenger, (p) => delete p.overseasTransfer[0].howToRefuse);
    expect(inData(gone)).toEqual([
      ['changed', 'overseasTransfer', 'adverse', 'optOutRemoved', '$.overseasTransfer[0].howToRefuse'],
    ]);
    expect(gone.impact).toBe('adverse');
    const added = diffFrom(
      messenger,
      () => {},
      (p) => delete p.overseasTransfer[0].howToRefuse,
    );
    expect(added.changes).toEqual([]);
    const gained = diffPolicies(
      assertPolicy(
        (() => {
          const p = messenger();
          delete p.overseasTransfer[0].howToRefuse;
          return p;
        })(),
      ),
      assertPolicy(messenger()),
    );
    expect(inData(gained).map((row) => row.slice(2, 4))).toEqual([['favourable', 'optOutAdded']]);
    const other = diffFrom(
      messenger,
      (p) => (p.overseasTransfer[0].howToRefuse = { ko: '고객센터에 요청', en: 'Ask the help centre' }),
    );
    expect(inData(other).map((row) => row.slice(2, 4))).toEqual([['neutral', 'howToRefuseChanged']]);
    expect(other.changes[0]!.reason.ko).toBe('거부하거나 거부 의사를 밝히는 방법이 바뀝니다.');
    expect(other.changes[0]!.reason.en).toBe('The way to refuse or object changes.');
    expect(other.changes[0]!.after!.en).toBe('Ask the help centre');
    const consequence = diffFrom(
      messenger,
      (p) =>
        (p.overseasTransfer[0].refusalConsequence = { ko: '서비스를 쓸 수 없습니다.', en: 'No service.' }),
    );
    expect(inData(consequence)).toEqual([
      [
        'changed',
        'overseasTransfer',
        'neutral',
        'refusalConsequenceChanged',
        '$.overseasTransfer[0].refusalConsequence',
      ],
    ]);
    expect(consequence.changes[0]!.reason.ko).toBe('거부했을 때 달라지는 점이 바뀝니다.');
    expect(consequence.changes[0]!.reason.en).toBe('What changes for you if you refuse is different.');
  });

  it("the ads' way of collecting and the way to object to deemed consent are compared", () => {
    const method = diffFrom(
      messenger,
      (p) =>
        (p.behaviouralAdvertising.collectionMethod = {
          ko: '제휴 앱의 광고 식별자로도 수집합니다.',
          en: 'Also collected through the advertising ID in partner apps.',
        }),
    );
    expect(inData(method)).toEqual([
      [
        'changed',
        'behaviouralAdvertising',
        'adverse',
        'collectionMethodChanged',
        '$.behaviouralAdvertising.collectionMethod',
      ],
    ]);
    expect(method.changes[0]!.reason.ko).toBe('수집 방법이 바뀌어 다른 경로로도 수집할 수 있습니다.');
    expect(method.changes[0]!.reason.en).toBe(
      'It is collected differently, and may be collected in more ways.',
    );
    const deemed = (p: Raw) => {
      p.behaviouralAdvertising.basis = 'deemedConsent';
      p.behaviouralAdvertising.deemedConsent = {
        objectionDays: 14,
        howToObject: { ko: '설정', en: 'Settings' },
      };
    };
    const howToObject = diffFrom(
      messenger,
      (p) => (p.behaviouralAdvertising.deemedConsent.howToObject = { ko: '이메일로 요청', en: 'By email' }),
      deemed,
    );
    expect(inData(howToObject)).toEqual([
      [
        'changed',
        'behaviouralAdvertising',
        'neutral',
        'howToRefuseChanged',
        '$.behaviouralAdvertising.deemedConsent.howToObject',
      ],
    ]);
    expect([howToObject.changes[0]!.before!.ko, howToObject.changes[0]!.after!.ko]).toEqual([
      '설정',
      '이메일로 요청',
    ]);
  });

  it('for generated policies: every flag the labels gain is an adverse change, and nothing else is', () => {
    const flags = (policy: Policy) =>
      new Set(
        deriveLabels(policy, { locale: 'ko' })
          .filter((label) => label.id !== 'policy-changes')
          .flatMap((label) => label.attention.map((flag) => flag.code)),
      );
    fc.assert(
      fc.property(policyInputArbitrary, policyInputArbitrary, (a, b) => {
        const [parsedA, parsedB] = [parsePolicy(a), parsePolicy(b)];
        fc.pre(parsedA.ok && parsedB.ok);
        if (!parsedA.ok || !parsedB.ok) return;
        const [previous, next] = [parsedA.policy, parsedB.policy];
        const result = diffPolicies(previous, next);
        const before = flags(previous);
        const gained = [...flags(next)].filter((code) => !before.has(code));
        const warnings = result.changes.filter((change) => change.reasonCode === 'attentionAdded');
        expect(warnings).toHaveLength(gained.length);
        if (gained.length > 0) expect(result.impact).toBe('adverse');
      }),
      { numRuns: 60 },
    );
  });
});

describe('changeNotice: changes it used to call no change', () => {
  const messenger = () => readExample('messenger-platform') as Raw;
  const notice = (change: (policy: Raw) => void, before?: (policy: Raw) => void) => {
    const previous = messenger();
    before?.(previous);
    const next = messenger();
    before?.(next);
    change(next);
    return changeNotice(assertPolicy(previous), assertPolicy(next), { skipLint: true });
  };

  it('AI training without a way out is announced as against users, in Korean and English', () => {
    const result = notice((p) => (p.generativeAi.training.optOut = { available: false }));
    expect(result.overall.ko).toBe(
      '이번 변경에는 이용자에게 불리한 내용이 있습니다. 아래에서 무엇이 바뀌는지, 어떻게 거부할 수 있는지 확인해 주세요.',
    );
    expect(result.overall.ko).not.toContain('달라지지 않습니다');
    expect(result.overall.en).toBe(
      'Some of these changes work against you. See below what changes and how you can object or refuse.',
    );
    expect(result.diff.changes.map((change) => change.reason.ko)).toContain('거부할 방법이 없어집니다.');
    expect(result.diff.changes.map((change) => change.reason.en)).toContain('The way to refuse is gone.');
  });

  it('another way to object to deemed consent for ads is announced with its deadline, ko and en', () => {
    const result = notice(
      (p) => (p.behaviouralAdvertising.deemedConsent.howToObject = { ko: '이메일로 요청', en: 'By email' }),
      (p) => {
        p.behaviouralAdvertising.basis = 'deemedConsent';
        p.behaviouralAdvertising.deemedConsent = {
          objectionDays: 14,
          howToObject: { ko: '설정', en: 'Settings' },
        };
      },
    );
    const ads = result.objections.find((objection) => objection.subject.ko === '맞춤형 광고')!;
    expect(ads.howToObject).toEqual({ ko: '이메일로 요청', en: 'By email' });
    expect(ads.sentence.ko).toContain('시행일부터 14일이 지난');
    expect(ads.sentence.en).toContain('14 days after the change takes effect');
    expect(result.diff.changes.map((change) => change.reason.ko)).toContain(
      '거부하거나 거부 의사를 밝히는 방법이 바뀝니다.',
    );
  });

  it('a removed certification and a later destruction are announced as against users, ko and en', () => {
    const result = notice((p) => {
      p.certifications.splice(0, 1);
      p.destruction.deadline = { value: 30, unit: 'days' };
    });
    expect(result.diff.impact).toBe('adverse');
    expect(result.overall.ko).toContain('불리한 내용이 있습니다');
    expect(result.overall.en).toContain('work against you');
    expect(result.diff.changes.map((change) => change.reason.en)).toEqual(
      expect.arrayContaining([
        'A certification is no longer held.',
        'Information may take longer to be destroyed once it is no longer kept.',
      ]),
    );
  });

  it('a shorter time to object to deemed consent for ads gives the new deadline', () => {
    const result = notice(
      (p) => (p.behaviouralAdvertising.deemedConsent.objectionDays = 7),
      (p) => {
        p.behaviouralAdvertising.basis = 'deemedConsent';
        p.behaviouralAdvertising.deemedConsent = {
          objectionDays: 14,
          howToObject: { ko: '설정', en: 'Settings' },
        };
      },
    );
    expect(result.diff.impact).toBe('adverse');
    const ads = result.objections.find((objection) => objection.subject.ko === '맞춤형 광고')!;
    expect(ads.days).toBe(7);
    expect(ads.sentence.ko).toContain('시행일부터 7일이 지난');
    expect(ads.sentence.en).toContain('7 days after the change takes effect');
  });
});
