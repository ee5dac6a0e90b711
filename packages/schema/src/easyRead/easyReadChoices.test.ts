// What the easy-read chat says the reader may refuse is read as the truth about the policy: these tests hold each such
// sentence against every part of the data that could contradict it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleNames, readExample } from '../../../../test/fixtures/examples.js';
import { policyInputArbitrary } from '../../../../test/fixtures/policyArbitrary.js';
import type { RefusalEffect } from '../enums.js';
import { assertPolicy, type CollectedItem, deriveEasyRead, easyReadWords, type Policy } from '../index.js';
import { localize } from '../text.js';

const example = (name: string) => assertPolicy(readExample(name));

/** A policy built from an example with one part changed. */
function variant(name: string, change: (input: Record<string, any>) => void): Policy {
  const input = readExample(name);
  change(input);
  return assertPolicy(input);
}

/** What saying no costs, from nothing to the end of the agreement. */
const cost: Record<RefusalEffect, number> = {
  none: 0,
  featureUnavailable: 1,
  serviceUnavailable: 2,
  contractTerminated: 3,
};

/**
 * `joined` read back as names from `known` written one after another with ", " between them, or undefined when it
 * cannot be (names may hold commas themselves: "Date, time and amount of payments").
 */
function splitNames(joined: string, known: readonly string[]): string[] | undefined {
  if (known.includes(joined)) return [joined];
  for (const name of known) {
    if (!joined.startsWith(`${name}, `)) continue;
    const rest = splitNames(joined.slice(name.length + 2), known);
    if (rest) return [name, ...rest];
  }
  return undefined;
}

interface Statement {
  /** The item names the entry lists, as the reader sees them. */
  names: string[];
  /** What follows the dash: a consequence, or the uses that can be declined. */
  detail: string;
}

/** The entries of the collection topic's message `line`, each split into its names and what is said of them. */
function entries(policy: Policy, locale: string, line: string): Statement[] {
  const words = easyReadWords(locale);
  const itemName = (item: CollectedItem['items'][number]) => words.simplify(localize(item, locale));
  const known = [...new Set(policy.collectedItems.flatMap((group) => group.items.map(itemName)))];
  const topic = deriveEasyRead(policy, { locale }).topics.find((entry) => entry.id === 'collection')!;
  const message = topic.messages.find((entry) => entry.text === line);
  return (message?.list ?? []).flatMap((entry) => {
    const dash = entry.lastIndexOf(' — ');
    if (dash < 0) return []; // "and 3 more"
    const names = splitNames(entry.slice(0, dash), known);
    expect(names, `"${entry}" lists items of the policy`).toBeDefined();
    return [{ names: names!, detail: entry.slice(dash + 3) }];
  });
}

/** The groups that collect an item the reader sees written as `name`. */
function groupsCollecting(policy: Policy, locale: string, name: string): CollectedItem[] {
  const words = easyReadWords(locale);
  return policy.collectedItems.filter((group) =>
    group.items.some((item) => words.simplify(localize(item, locale)) === name),
  );
}

/**
 * Every "you do not have to give this" entry agrees with every group that collects the items it names: each can be
 * refused, and the consequence it states is the dearest of theirs.
 */
function expectWithholdingTrue(policy: Policy, locale: string) {
  const c = easyReadWords(locale).collection;
  for (const { names, detail } of entries(policy, locale, c.optional)) {
    const stated = (Object.keys(c.effects) as RefusalEffect[]).find((effect) => c.effects[effect] === detail);
    expect(stated, `"${detail}" is a consequence`).toBeDefined();
    for (const name of names) {
      const groups = groupsCollecting(policy, locale, name);
      for (const group of groups) {
        expect(group.refusal.canRefuse, `${name} may be withheld, but ${group.id} cannot be refused`).toBe(
          true,
        );
      }
      const dearest = Math.max(...groups.map((group) => cost[group.refusal.effect!]));
      expect(
        cost[stated!],
        `${name}: "${detail}", yet refusing ${groups.map((g) => g.id)} costs more or less`,
      ).toBe(dearest);
    }
  }
}

/**
 * Every "needed for other things, but you can say no to these uses" entry is true: another group needs each item
 * (cannot be refused, or refusing costs the service), and each use named is one an optional group collects it for
 * and no group that needs it does.
 */
function expectDeclinableUsesTrue(policy: Policy, locale: string) {
  const words = easyReadWords(locale);
  const line = words.collection.optionalUses;
  if (line === undefined) return;
  const title = (id: string) =>
    words.simplify(localize(policy.purposes.find((purpose) => purpose.id === id)!.title, locale));
  const titles = [...new Set(policy.purposes.map((purpose) => title(purpose.id)))];
  for (const { names, detail } of entries(policy, locale, line)) {
    const uses = splitNames(detail, titles);
    expect(uses, `"${detail}" names purposes of the policy`).toBeDefined();
    for (const name of names) {
      const groups = groupsCollecting(policy, locale, name);
      const needed = (group: CollectedItem) =>
        !group.refusal.canRefuse || cost[group.refusal.effect!] >= cost.serviceUnavailable;
      expect(groups.some(needed), `${name} is said to be needed`).toBe(true);
      for (const use of uses!) {
        const servedBy = groups.filter((group) => group.purposeIds.some((id) => title(id) === use));
        expect(
          servedBy.some((group) => group.basis === 'consentOptional' || group.basis === 'separateConsent'),
          `${name} for ${use} is optional somewhere`,
        ).toBe(true);
        for (const group of servedBy) {
          expect(
            group.refusal.canRefuse,
            `${name} may be refused for ${use}, but ${group.id} collects it for that and cannot be refused`,
          ).toBe(true);
        }
      }
    }
  }
}

describe('easy read: what may be refused', () => {
  it('kids-learning-app: the parent’s email, also asked at sign-up, is not said to be free to withhold; its newsletter use is', () => {
    const policy = example('kids-learning-app');
    const en = entries(policy, 'en', easyReadWords('en').collection.optional);
    expect(en.flatMap((entry) => entry.names)).not.toContain("Parent's email address");
    expect(en.map((entry) => `${entry.names.join(', ')} — ${entry.detail}`)).not.toContain(
      "Parent's email address — Without it, everything works the same.",
    );
    const ko = entries(policy, 'ko', easyReadWords('ko').collection.optional);
    expect(ko.flatMap((entry) => entry.names)).not.toContain('보호자 이메일 주소');
    for (const locale of ['ko', 'en']) {
      expectWithholdingTrue(policy, locale);
      expectDeclinableUsesTrue(policy, locale);
    }
    const uses = (locale: string) =>
      deriveEasyRead(policy, { locale })
        .topics.find((topic) => topic.id === 'collection')!
        .messages.find((message) => message.text === easyReadWords(locale).collection.optionalUses)?.list;
    expect(uses('en')).toEqual(["Parent's email address — Learning-tips newsletter for parents"]);
    expect(uses('ko')).toEqual(['보호자 이메일 주소 — 보호자용 학습 팁 소식지']);
  });

  it.each(exampleNames())(
    '%s: every item said to be free to withhold is, and at the cost said (ko, en)',
    (name) => {
      const policy = example(name);
      for (const locale of ['ko', 'en']) {
        expectWithholdingTrue(policy, locale);
        expectDeclinableUsesTrue(policy, locale);
      }
    },
  );

  it('generated policies: no item said to be free to withhold is collected where it cannot be refused, and the cost said is the dearest (ko, en)', () => {
    fc.assert(
      fc.property(policyInputArbitrary, (input) => {
        const policy = assertPolicy(input);
        for (const locale of ['ko', 'en']) {
          expectWithholdingTrue(policy, locale);
          expectDeclinableUsesTrue(policy, locale);
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('generated policies: "you need not tell where you are" only when every location item can be left out, wherever it is collected, at no more than a feature', () => {
    fc.assert(
      fc.property(policyInputArbitrary, (input) => {
        const policy = assertPolicy(input);
        for (const locale of ['ko', 'en']) {
          const words = easyReadWords(locale);
          const location = deriveEasyRead(policy, { locale }).topics.find((topic) => topic.id === 'location');
          if (!location?.messages.some((message) => message.text === words.location.canSayNo)) continue;
          for (const group of policy.collectedItems.filter((entry) =>
            entry.dataTypes?.includes('location'),
          )) {
            for (const item of group.items) {
              const name = words.simplify(localize(item, locale));
              for (const holder of groupsCollecting(policy, locale, name)) {
                expect(holder.refusal.canRefuse, `${name}: ${holder.id} cannot be refused`).toBe(true);
                expect(cost[holder.refusal.effect!]).toBeLessThanOrEqual(cost.featureUnavailable);
              }
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('deletion: "when you take back your yes, we delete this" names only items no other group keeps on another rule', () => {
    const withdrawal = (policy: Policy, locale: string) =>
      deriveEasyRead(policy, { locale })
        .topics.find((topic) => topic.id === 'deletion')!
        .messages.find((message) => message.text === easyReadWords(locale).deletion.untilConsentWithdrawn);
    // kids-learning-app: the newsletter's email, its only such item, is kept for the parent account too.
    expect(withdrawal(example('kids-learning-app'), 'en')).toBeUndefined();
    expect(withdrawal(example('kids-learning-app'), 'ko')).toBeUndefined();
    // bakery-cafe: the stamp history goes; the phone number stays for pre-orders.
    expect(withdrawal(example('bakery-cafe'), 'ko')?.list).toEqual(['적립 내역']);
    fc.assert(
      fc.property(policyInputArbitrary, (input) => {
        const policy = assertPolicy(input);
        for (const locale of ['ko', 'en']) {
          const words = easyReadWords(locale);
          const message = withdrawal(policy, locale);
          if (!message) continue;
          expect(message.list?.length, 'the items deleted are named').toBeGreaterThan(0);
          for (const name of message.list!) {
            if (name === words.andMore(Number(/\d+/.exec(name)?.[0]))) continue;
            const groups = groupsCollecting(policy, locale, name);
            expect(groups.length).toBeGreaterThan(0);
            for (const group of groups) {
              expect(group.retention.kind, `${name} is kept by ${group.id} on another rule`).toBe(
                'untilConsentWithdrawn',
              );
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('overseas transfer: "you can ask us not to send it" names only transfers on consent, each with its way', () => {
    // messenger-platform: three transfers are needed for the contract ("cannot be refused on its own"), one is on consent.
    const texts = (policy: Policy, locale: string) =>
      deriveEasyRead(policy, { locale }).topics.find((topic) => topic.id === 'overseas')!.messages;
    const mixed = texts(example('messenger-platform'), 'en');
    expect(mixed.map((message) => message.text)).not.toContain('You can ask us not to send it.');
    expect(
      mixed.find((message) => message.text === 'You can ask us not to send it to the companies below.')?.list,
    ).toEqual([
      'Pinecrest Mail Ltd. — Decline the overseas-transfer consent on the sign-up screen for users abroad, or withdraw under Settings > Dotori account > Consents.',
    ]);
    expect(mixed.map((message) => message.text)).toContain('You cannot say no to sending it to the others.');
    expect(texts(example('messenger-platform'), 'ko').map((message) => message.text)).toEqual(
      expect.arrayContaining([
        '아래 회사에는 보내지 말라고 할 수 있어요.',
        '다른 회사로 보내는 것은 싫다고 할 수 없어요.',
      ]),
    );

    const allOnConsent = variant('messenger-platform', (input) => {
      for (const transfer of input.overseasTransfer) {
        transfer.legalBasis = 'consent';
        transfer.howToRefuse = { ko: '설정에서 철회', en: 'Withdraw in settings' };
      }
    });
    const all = texts(allOnConsent, 'en');
    expect(all.find((message) => message.text === 'You can ask us not to send it.')?.list).toHaveLength(4);
    expect(all.map((message) => message.text)).not.toContain(
      'You cannot say no to sending it to the others.',
    );

    const noneOnConsent = variant('messenger-platform', (input) => {
      for (const transfer of input.overseasTransfer) transfer.legalBasis = 'contractDisclosed';
    });
    expect(
      texts(noneOnConsent, 'en')
        .map((message) => message.text)
        .join(' '),
    ).not.toMatch(/ask us not to send/);
  });

  it('automated decisions: "or say no" only when every decision can be refused (PIPA Art. 37-2), as the label says', () => {
    const texts = (policy: Policy, locale: string) =>
      deriveEasyRead(policy, { locale })
        .topics.find((topic) => topic.id === 'automated-decisions')!
        .messages.map((message) => message.text);
    // messenger-platform states no `canRefuse`: only an explanation can be asked for.
    const unstated = example('messenger-platform');
    expect(texts(unstated, 'en')).not.toContain('You can ask why, or say no.');
    expect(texts(unstated, 'ko')).not.toContain('왜 그렇게 정했는지 묻거나 싫다고 할 수 있어요.');
    expect(texts(unstated, 'en')).toContain('You can ask why it was decided.');
    expect(texts(unstated, 'ko')).toContain('왜 그렇게 정했는지 물어볼 수 있어요.');

    const refusable = variant('messenger-platform', (input) => {
      for (const decision of input.automatedDecisions) decision.canRefuse = true;
    });
    expect(texts(refusable, 'en')).toContain('You can ask why, or say no.');

    const one = variant('messenger-platform', (input) => {
      input.automatedDecisions[1].canRefuse = true;
    });
    const topic = deriveEasyRead(one, { locale: 'en' }).topics.find(
      (entry) => entry.id === 'automated-decisions',
    )!;
    expect(topic.messages.map((message) => message.text)).not.toContain('You can ask why, or say no.');
    expect(topic.messages.find((message) => message.text === 'You can also say no to these.')?.list).toEqual([
      'Automatically hiding harmful messages in open chats',
    ]);
  });
});
