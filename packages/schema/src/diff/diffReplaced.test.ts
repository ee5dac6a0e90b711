// A list that gains some entries and loses others is neither "more" nor "fewer": the change notice must say what was
// added and what was removed (the audit found "처리하는 항목이 늘어납니다" for 4 items becoming 3).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/fixtures/examples.js';
import { policyInputArbitrary } from '../../../../test/fixtures/policyArbitrary.js';
import {
  assertPolicy,
  type ChangeImpact,
  changeNotice,
  type DiffReason,
  diffPolicies,
  type PolicyChange,
  type PolicyDiff,
  parsePolicy,
  policyReviewWords,
} from '../index.js';

type Raw = Record<string, any>;
type Text = { ko: string; en: string };
const shop = () => readExample('small-shop') as Raw;
const diffShop = (change: (policy: Raw) => void): PolicyDiff => {
  const next = shop();
  change(next);
  return diffPolicies(assertPolicy(shop()), assertPolicy(next));
};
const atPath = (result: PolicyDiff, jsonPath: string): PolicyChange[] =>
  result.changes.filter((change) => change.jsonPath === jsonPath);

/** Words that claim a list grew or shrank. */
const saysMore = (change: PolicyChange) =>
  /늘어납니다|더 많은/.test(change.reason.ko) || /\bmore\b/i.test(change.reason.en);
const saysFewer = (change: PolicyChange) =>
  /줄어듭니다/.test(change.reason.ko) || /\b(?:fewer|less)\b/i.test(change.reason.en);

describe("the auditor's cases: a list that gains and loses entries says so, naming both", () => {
  it('Password and Mobile phone number replaced by Resident registration number (4 items → 3)', () => {
    const result = diffShop((p) =>
      p.collectedItems[0].items.splice(2, 2, { ko: '주민등록번호', en: 'Resident registration number' }),
    );
    const [change, ...others] = atPath(result, '$.collectedItems[0].items');
    expect(others).toEqual([]);
    expect([change!.impact, change!.reasonCode]).toEqual(['adverse', 'itemsReplaced']);
    expect(change!.reason.ko).toBe(
      '처리하는 항목이 바뀝니다: 주민등록번호가 더해지고 비밀번호, 휴대전화번호가 빠집니다.',
    );
    expect(change!.reason.en).toBe(
      'The items processed change: Resident registration number is added; Password and Mobile phone number are removed.',
    );
    expect(result.significant).toBe(true);
  });

  it('Email address renamed E-mail (4 items → 4)', () => {
    const result = diffShop((p) => (p.collectedItems[0].items[1] = { ko: '이메일', en: 'E-mail' }));
    const [change, ...others] = atPath(result, '$.collectedItems[0].items');
    expect(others).toEqual([]);
    expect([change!.impact, change!.reasonCode]).toEqual(['adverse', 'itemsReplaced']);
    expect(change!.reason.ko).toBe('처리하는 항목이 바뀝니다: 이메일이 더해지고 이메일 주소가 빠집니다.');
    expect(change!.reason.en).toBe('The items processed change: E-mail is added; Email address is removed.');
  });

  it('Contact number renamed Phone number in what goes to a third party (3 items → 3)', () => {
    const result = diffShop(
      (p) => (p.thirdPartyProvision[0].items[2] = { ko: '전화번호', en: 'Phone number' }),
    );
    const [change, ...others] = atPath(result, '$.thirdPartyProvision[0].items');
    expect(others).toEqual([]);
    expect([change!.impact, change!.reasonCode]).toEqual(['adverse', 'itemsReplaced']);
    expect(change!.reason.ko).toBe('처리하는 항목이 바뀝니다: 전화번호가 더해지고 연락처가 빠집니다.');
    expect(change!.reason.en).toBe(
      'The items processed change: Phone number is added; Contact number is removed.',
    );
  });

  it('the change notice carries the same words, in each language', () => {
    const next = shop();
    next.collectedItems[0].items.splice(2, 2, { ko: '주민등록번호', en: 'Resident registration number' });
    const notice = changeNotice(assertPolicy(shop()), assertPolicy(next), { skipLint: true });
    const change = atPath(notice.diff, '$.collectedItems[0].items')[0]!;
    expect(change.reason.ko).toContain('주민등록번호가 더해지고 비밀번호, 휴대전화번호가 빠집니다');
    expect(change.reason.en).toContain('Password and Mobile phone number are removed');
    expect(notice.diff.changes.some(saysMore)).toBe(false);
  });

  it('only added stays "more"; only removed stays "fewer"', () => {
    const added = atPath(
      diffShop((p) => p.collectedItems[0].items.push({ ko: '생년월일', en: 'Date of birth' })),
      '$.collectedItems[0].items',
    );
    expect(added.map((change) => [change.reasonCode, change.reason.ko])).toEqual([
      ['itemsAdded', '처리하는 항목이 늘어납니다.'],
    ]);
    const removed = atPath(
      diffShop((p) => p.collectedItems[0].items.splice(2, 1)),
      '$.collectedItems[0].items',
    );
    expect(removed.map((change) => [change.reasonCode, change.reason.en])).toEqual([
      ['itemsRemoved', 'Fewer items are processed.'],
    ]);
  });

  it("a group's purposes swapped for others are neither more nor fewer purposes", () => {
    const result = diffShop((p) => (p.collectedItems[0].purposeIds = ['order']));
    const change = atPath(result, '$.collectedItems[0].purposeIds')[0]!;
    expect(change.reasonCode).toBe('purposesReplaced');
    expect(change.reason.ko).toBe(
      '정보를 쓰는 목적이 바뀝니다: 주문 처리와 배송이 더해지고 회원 관리가 빠집니다.',
    );
    expect(change.reason.en).toBe(
      'The purposes the information is used for change: Handling orders and delivery is added; Managing your account is removed.',
    );
  });
});

describe('lists of kinds: data types, ways to use rights, a legal representative’s rights', () => {
  it('a group whose payment data becomes location data holds other kinds, not more or fewer', () => {
    const result = diffShop((p) => (p.collectedItems[2].dataTypes = ['location']));
    const change = atPath(result, '$.collectedItems[2].dataTypes')[0]!;
    expect([change.impact, change.reasonCode]).toEqual(['adverse', 'dataTypesReplaced']);
    expect(change.reason.ko).toBe(
      '처리하는 정보의 종류가 바뀝니다: 위치정보가 더해지고 결제정보가 빠집니다.',
    );
    expect(change.reason.en).toBe(
      'The kinds of information processed change: location information is added; payment information is removed.',
    );
  });

  it('email swapped for an app is another way to use one’s rights, not fewer ways', () => {
    const result = diffShop(
      (p) => (p.rights.channels[1] = { kind: 'app', detail: { ko: '앱 설정', en: 'App settings' } }),
    );
    const change = atPath(result, '$.rights.channels')[0]!;
    expect([change.impact, change.reasonCode]).toEqual(['adverse', 'channelsReplaced']);
    expect(change.reason.ko).toBe(
      '권리를 행사하거나 연락할 방법이 바뀝니다: 앱이 더해지고 이메일이 없어집니다.',
    );
    expect(change.reason.en).toBe(
      'The ways to use your rights or reach us change: App is added; Email is removed.',
    );
  });
});

/** A list in a policy the diff compares entry by entry, and the reasons it gives when the list grows, shrinks or both. */
interface ListSite {
  path: string;
  get: (policy: Raw) => unknown[] | undefined;
  reasons: [grew: DiffReason, shrank: DiffReason, replaced: DiffReason];
  /** Whether growing and shrinking work against users; a replacement always does (something is new, or gone). */
  impacts?: [grew: ChangeImpact, shrank: ChangeImpact];
  /** Entries not yet in the list. */
  fresh?: (policy: Raw, count: number) => unknown[];
  /** What entries are matched by, when not their Korean text. */
  key?: (entry: any) => string;
  /** How an entry is named in the reason, in each language. */
  name?: (policy: Raw, entry: any) => Text;
}
const [wordsKo, wordsEn] = [policyReviewWords('ko'), policyReviewWords('en')];
/** A list of kinds (data types, channels, rights): named in the kit's words; new entries are kinds not yet in it. */
const kindsSite = <Kind extends string>(
  path: string,
  get: (policy: Raw) => unknown[] | undefined,
  reasons: ListSite['reasons'],
  kinds: readonly Kind[],
  words: (language: typeof wordsKo) => Record<Kind, string>,
  impacts: ListSite['impacts'],
  make: (kind: Kind) => unknown = (kind) => kind,
  kindOf: (entry: any) => Kind = (entry) => entry,
): ListSite => ({
  path,
  get,
  reasons,
  ...(impacts ? { impacts } : {}),
  fresh: (policy, count) => {
    const present = new Set(get(policy)!.map(kindOf));
    return kinds
      .filter((kind) => !present.has(kind))
      .slice(0, count)
      .map(make);
  },
  key: kindOf,
  name: (_, key) => ({ ko: words(wordsKo)[key as Kind], en: words(wordsEn)[key as Kind] }),
});
const items: ListSite['reasons'] = ['itemsAdded', 'itemsRemoved', 'itemsReplaced'];
const sites: ListSite[] = [
  kindsSite(
    '$.collectedItems[0].dataTypes',
    (p) => {
      const group = p.collectedItems?.[0];
      if (group && !group.dataTypes) group.dataTypes = [];
      return group?.dataTypes;
    },
    ['dataTypesAdded', 'dataTypesRemoved', 'dataTypesReplaced'],
    ['location', 'images', 'payment', 'health', 'biometric', 'biometricRecognition'],
    (words) => words.dataTypes,
    undefined,
  ),
  kindsSite(
    '$.rights.channels',
    (p) => p.rights?.channels,
    ['channelsAdded', 'channelsRemoved', 'channelsReplaced'],
    ['web', 'email', 'phone', 'mail', 'inPerson', 'app'],
    (words) => words.rightsChannels,
    // More ways to use one's rights, or more a representative can ask for, work for users.
    ['favourable', 'adverse'],
    (kind) => ({ kind, detail: { ko: '안내', en: 'Details' } }),
    (entry) => entry.kind,
  ),
  kindsSite(
    '$.children.guardianRights.rights',
    (p) => p.children?.guardianRights?.rights,
    ['guardianRightsAdded', 'guardianRightsRemoved', 'guardianRightsReplaced'],
    ['access', 'correction', 'deletion', 'suspension', 'consentWithdrawal'],
    (words) => words.guardianRights,
    ['favourable', 'adverse'],
  ),
  { path: '$.collectedItems[0].items', get: (p) => p.collectedItems?.[0]?.items, reasons: items },
  {
    path: '$.collectedItems[0].purposeIds',
    get: (p) => p.collectedItems?.[0]?.purposeIds,
    reasons: ['purposesAdded', 'purposesRemoved', 'purposesReplaced'],
    fresh: (p, count) =>
      p.purposes
        .map((purpose: Raw) => purpose.id)
        .filter((id: string) => !p.collectedItems[0].purposeIds.includes(id))
        .slice(0, count),
    name: (p, id) => p.purposes.find((purpose: Raw) => purpose.id === id).title,
  },
  {
    path: '$.retention.legalRetention[0].items',
    get: (p) => p.retention?.legalRetention?.[0]?.items,
    reasons: items,
  },
  { path: '$.thirdPartyProvision[0].items', get: (p) => p.thirdPartyProvision?.[0]?.items, reasons: items },
  { path: '$.overseasTransfer[0].items', get: (p) => p.overseasTransfer?.[0]?.items, reasons: items },
  {
    path: '$.behaviouralAdvertising.items',
    get: (p) => p.behaviouralAdvertising?.items,
    reasons: items,
  },
  {
    path: '$.behaviouralInformation.items',
    get: (p) => p.behaviouralInformation?.items,
    reasons: items,
  },
  {
    path: '$.behaviouralInformation.purposes',
    get: (p) => p.behaviouralInformation?.purposes,
    reasons: ['purposesAdded', 'purposesRemoved', 'purposesReplaced'],
  },
  { path: '$.additionalUse[0].items', get: (p) => p.additionalUse?.[0]?.items, reasons: items },
  {
    path: '$.pseudonymisedInformation[0].items',
    get: (p) => p.pseudonymisedInformation?.[0]?.items,
    reasons: items,
  },
  {
    path: '$.onDeviceProcessing[0].items',
    get: (p) => p.onDeviceProcessing?.[0]?.items,
    reasons: items,
  },
  {
    path: '$.generativeAi.features',
    get: (p) => p.generativeAi?.features,
    reasons: ['added', 'removed', 'replaced'],
  },
  { path: '$.generativeAi.prompts.items', get: (p) => p.generativeAi?.prompts?.items, reasons: items },
  { path: '$.generativeAi.training.items', get: (p) => p.generativeAi?.training?.items, reasons: items },
  {
    path: '$.children.guardianConsent.itemsFromGuardian',
    get: (p) => p.children?.guardianConsent?.itemsFromGuardian,
    reasons: items,
  },
];
const newText = (count: number): Text[] =>
  Array.from({ length: count }, (_, n) => ({ ko: `새로 받는 정보 ${n + 1}번`, en: `New entry ${n + 1}` }));
const textKeyOf = (entry: unknown) => (typeof entry === 'string' ? entry : (entry as Text).ko);

describe('for generated policies: each list compared entry by entry', () => {
  it('replacing, adding or removing entries gives the matching reason, and never "more" unless the list grew', () => {
    const edit = fc.record({
      site: fc.constantFrom(...sites),
      operation: fc.constantFrom('add', 'remove', 'replace'),
      adding: fc.integer({ min: 1, max: 3 }),
      removing: fc.integer({ min: 1, max: 3 }),
    });
    const checked = new Set<string>();
    fc.assert(
      fc.property(policyInputArbitrary, edit, (input, { site, operation, adding, removing }) => {
        const before = parsePolicy(input);
        fc.pre(before.ok);
        if (!before.ok) return;
        const next = structuredClone(input) as Raw;
        const list = site.get(next);
        fc.pre(list !== undefined);
        // Removal goes by name: every copy of a removed name leaves, so the entry is really gone.
        const keyOf = site.key ?? textKeyOf;
        const names = [...new Set(list!.map(keyOf))];
        const toRemove = operation === 'add' ? [] : names.slice(0, removing);
        const toAdd =
          operation === 'remove' ? [] : (site.fresh ?? ((_, count) => newText(count)))(next, adding);
        fc.pre(
          operation === 'add'
            ? toAdd.length > 0
            : operation === 'remove'
              ? toRemove.length > 0 && toRemove.length < names.length
              : toAdd.length > 0 && toRemove.length > 0,
        );
        const kept = list!.filter((entry) => !toRemove.includes(keyOf(entry)));
        list!.splice(0, list!.length, ...kept, ...toAdd);
        const after = parsePolicy(next);
        fc.pre(after.ok);
        if (!after.ok) return;
        checked.add(`${site.path} ${operation}`);

        const result = diffPolicies(before.policy, after.policy);
        const changes = atPath(result, site.path);
        const [grew, shrank, replaced] = site.reasons;
        const expected = operation === 'add' ? grew : operation === 'remove' ? shrank : replaced;
        const [grewImpact, shrankImpact] = site.impacts ?? ['adverse', 'favourable'];
        const impact = operation === 'add' ? grewImpact : operation === 'remove' ? shrankImpact : 'adverse';
        expect(changes.map((change) => [change.reasonCode, change.impact])).toEqual([[expected, impact]]);
        const change = changes[0]!;
        const countBefore = names.length;
        const countAfter = new Set(list!.map(keyOf)).size;
        if (countAfter <= countBefore) expect(saysMore(change), change.reason.en).toBe(false);
        if (countAfter >= countBefore) expect(saysFewer(change), change.reason.en).toBe(false);
        if (operation === 'replace') {
          const addedNames = toAdd.map((entry) =>
            site.name ? site.name(next, keyOf(entry)) : (entry as Text),
          );
          const removedNames = toRemove.map((key) =>
            site.name ? site.name(input as Raw, key) : findText(input as Raw, site, key),
          );
          for (const text of [...addedNames, ...removedNames]) {
            expect(change.reason.ko).toContain(text.ko);
            expect(change.reason.en).toContain(text.en);
          }
        }
      }),
      { numRuns: 300 },
    );
    // Most lists, grown, shrunk and both (a generated policy lacks some lists, or has one entry and none to spare).
    expect(checked.size).toBeGreaterThan(20);
    for (const operation of ['add', 'remove', 'replace'])
      expect(checked).toContain(`$.collectedItems[0].items ${operation}`);
  });
});

/** The entry named `key` in the list before the edit. */
function findText(policy: Raw, site: ListSite, key: string): Text {
  return site.get(policy)!.find((entry) => textKeyOf(entry) === key) as Text;
}
