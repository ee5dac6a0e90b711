// Shared facts are computed once per derivation and forgotten after it: a policy edited in place (a form, a script)
// and derived again gets captions about the policy as it now is, never as it was.
import { describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/fixtures/examples.js';
import { assertPolicy, type DerivedLabel, deriveLabel, deriveLabels } from '../index.js';
import { sharedFact, withFactsScope } from './factsScope.js';
import { consentSummary } from './policyFacts.js';

const caption = (labels: DerivedLabel[], id: string) => labels.find((label) => label.id === id)?.caption;

describe('facts shared between labels', () => {
  it('reflect an item whose consent basis is changed in place, on the next derivation', () => {
    const policy = assertPolicy(readExample('small-shop'));
    const before = consentSummary(policy).itemCounts;
    const required = policy.collectedItems.find((item) => item.basis === 'consentRequired')!;
    expect(caption(deriveLabels(policy, { locale: 'en' }), 'collected-items')).toContain(
      `${before.required} required`,
    );

    required.basis = 'consentOptional';
    required.refusal = { canRefuse: true, effect: 'none' };

    const after = caption(deriveLabels(policy, { locale: 'en' }), 'collected-items');
    expect(after).toContain(`${before.required - required.items.length} required`);
    expect(after).toContain(`${before.optional + required.items.length} optional`);
  });

  it('reflect a data type added in place: the label appears, and the sensitive count includes it', () => {
    const policy = assertPolicy(readExample('small-shop'));
    expect(deriveLabel(policy, 'health-information')).toBeUndefined();
    const item = policy.collectedItems[0]!;
    item.dataTypes = ['health'];
    item.basis = 'separateConsent';
    expect(deriveLabel(policy, 'health-information', { locale: 'en' })?.caption).toContain(
      `${item.items.length} items with health information`,
    );
    expect(caption(deriveLabels(policy, { locale: 'ko' }), 'sensitive-information')).toContain(
      `민감정보 항목 ${item.items.length}개`,
    );
  });

  it('are computed once inside a scope, and again after it ends', () => {
    const policy = assertPolicy(readExample('small-shop'));
    let computed = 0;
    const count = () => sharedFact(policy, 'test:count', () => ++computed);
    withFactsScope(() => {
      expect([count(), count(), withFactsScope(count)]).toEqual([1, 1, 1]);
    });
    expect(count()).toBe(2);
    expect(count()).toBe(3);
  });
});
