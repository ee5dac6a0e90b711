import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, readExample } from '../../../../test/fixtures/examples.js';
import { assertPolicy, changeNotice, diffPolicies, type PolicyChange, type PolicyDiff } from '../index.js';

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
    const wider = only(
      diff((p) => {
        p.collectedItems[0].basis = 'deemedConsent';
        p.collectedItems[0].deemedConsent = {
          objectionDays: 7,
          howToObject: { ko: '고객센터', en: 'Help desk' },
        };
      }),
    );
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
    const change = only(diff((p) => (p.collectedItems[3].refusal.effect = 'contractTerminated')));
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
    expect(abroad.changes.map((change) => [change.area, change.impact, change.reasonCode])).toEqual([
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
