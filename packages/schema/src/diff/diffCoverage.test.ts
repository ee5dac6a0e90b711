// Fields a reader of a change notice cares about: a change to any one of them, all else equal, is never silent.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/fixtures/examples.js';
import { policyInputArbitrary } from '../../../../test/fixtures/policyArbitrary.js';
import { assertPolicy, diffPolicies, type Policy, type PolicyDiff, parsePolicy } from '../index.js';

type Raw = Record<string, any>;
const other = { ko: '바뀐 내용', en: 'Something else' };

/**
 * One field changed in a copy of the policy; returns the JSON path prefix the change must be reported at, or
 * undefined when the policy has no such field to change.
 */
type FieldChange = (policy: Raw) => string | undefined;
const fieldChanges: Record<string, FieldChange> = {
  'collectedItems[].collectionMethod': (p) => {
    p.collectedItems[0].collectionMethod = other;
    return '$.collectedItems[0].collectionMethod';
  },
  'collectedItems[].refusal.howToRefuse': (p) => {
    p.collectedItems[0].refusal.howToRefuse = other;
    return '$.collectedItems[0].refusal.howToRefuse';
  },
  'collectedItems[].refusal.consequence': (p) => {
    p.collectedItems[0].refusal.consequence = other;
    return '$.collectedItems[0].refusal.consequence';
  },
  'collectedItems[].stage': (p) => {
    const item = p.collectedItems[0];
    item.stage = item.stage === 'signUp' ? 'serviceUse' : 'signUp';
    return '$.collectedItems[0].stage';
  },
  'collectedItems[].law': (p) => {
    p.collectedItems[0].law = other;
    return '$.collectedItems[0].law';
  },
};

const problemParticles = ['(는)', '(은)', '이(가)', '을(를)', '(이)', '(가)', '(을)', '(를)'];

/** The data rows (not the label rows) at `prefix`, each with words in Korean and English and no guessed particle. */
function rowsAt(result: PolicyDiff, prefix: string) {
  const rows = result.changes.filter(
    (change) => change.area !== 'labels' && change.jsonPath.startsWith(prefix),
  );
  for (const row of rows) {
    for (const message of [row.subject, row.reason, row.before, row.after]) {
      if (!message) continue;
      expect(message.ko).toBeTruthy();
      expect(message.en).toBeTruthy();
      for (const particle of problemParticles) expect(message.ko).not.toContain(particle);
    }
  }
  return rows;
}

describe('diffPolicies: no field a reader cares about changes silently', () => {
  for (const [field, changeField] of Object.entries(fieldChanges)) {
    it(`changing ${field} alone in a generated policy is reported at its path`, () => {
      fc.assert(
        fc.property(policyInputArbitrary, (input) => {
          const parsed = parsePolicy(input);
          fc.pre(parsed.ok);
          if (!parsed.ok) return;
          const previous: Policy = parsed.policy;
          const next = structuredClone(previous) as Raw;
          const prefix = changeField(next);
          fc.pre(prefix !== undefined);
          const result = diffPolicies(previous, next as Policy);
          expect(rowsAt(result, prefix!).length).toBeGreaterThan(0);
        }),
        { numRuns: 25 },
      );
    });
  }
});

describe('diffPolicies: collected items, in Korean and English', () => {
  const messenger = () => readExample('messenger-platform') as Raw;
  const diffFrom = (change: (policy: Raw) => void) => {
    const next = messenger();
    change(next);
    return diffPolicies(assertPolicy(messenger()), assertPolicy(next));
  };

  it('another way of collecting a group is adverse: it may be collected in more ways', () => {
    const result = diffFrom(
      (p) => (p.collectedItems[0].collectionMethod = { ko: '제휴사로부터 제공받음', en: 'From partners' }),
    );
    const [row] = rowsAt(result, '$.collectedItems[0].collectionMethod');
    expect(row).toMatchObject({ kind: 'changed', area: 'collectedItems', impact: 'adverse' });
    expect(row!.reasonCode).toBe('collectionMethodChanged');
    expect(row!.reason.ko).toBe('수집 방법이 바뀌어 다른 경로로도 수집할 수 있습니다.');
    expect(row!.reason.en).toBe('It is collected differently, and may be collected in more ways.');
    expect([row!.before!.ko, row!.after!.ko]).toEqual(['앱·웹 회원가입 화면', '제휴사로부터 제공받음']);
    expect(row!.after!.en).toBe('From partners');
    expect(result.impact).toBe('adverse');
  });

  it('another stage, another way to refuse and another cost of refusing are each said', () => {
    const stage = rowsAt(
      diffFrom((p) => (p.collectedItems[0].stage = 'automatic')),
      '$.collectedItems[0].stage',
    );
    expect(stage.map((row) => [row.impact, row.reasonCode])).toEqual([['neutral', 'collectionStageChanged']]);
    expect(stage[0]!.reason.ko).toBe('정보를 수집하는 때가 바뀝니다.');
    expect(stage[0]!.reason.en).toBe('When the information is collected changes.');
    expect([stage[0]!.before!.en, stage[0]!.after!.en]).toEqual(['At sign-up', 'Generated automatically']);
    const how = rowsAt(
      diffFrom((p) => (p.collectedItems[0].refusal.howToRefuse = { ko: '설정에서 해제', en: 'In settings' })),
      '$.collectedItems[0].refusal.howToRefuse',
    );
    expect(how.map((row) => row.reasonCode)).toEqual(['howToRefuseChanged']);
    expect(how[0]!.reason.ko).toBe('거부하거나 거부 의사를 밝히는 방법이 바뀝니다.');
    expect(how[0]!.after!.ko).toBe('설정에서 해제');
    const consequence = rowsAt(
      diffFrom(
        (p) => (p.collectedItems[0].refusal.consequence = { ko: '가입할 수 없습니다.', en: 'No sign-up.' }),
      ),
      '$.collectedItems[0].refusal.consequence',
    );
    expect(consequence.map((row) => row.reasonCode)).toEqual(['refusalConsequenceChanged']);
    expect(consequence[0]!.reason.en).toBe('What changes for you if you refuse is different.');
  });
});
