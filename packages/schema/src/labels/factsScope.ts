import type { Policy } from '../policySchema.js';

/**
 * Facts several labels share (the consent counts, which items are sensitive or ordinary) are computed once per
 * derivation, not once per label, and never kept past it. A cache keyed on the policy object would outlive the call:
 * a caller who edits the policy in place (a form, a script adding an item) and derives again would get captions about
 * the policy as it was, which is a label saying something the data does not. So the cache lives only while
 * `withFactsScope` runs (derivation is synchronous); outside it every fact is computed afresh.
 */
let activeScope: WeakMap<Policy, Map<string, unknown>> | undefined;

/** Runs `derive` with shared facts computed at most once each; nested calls join the outer scope. */
export function withFactsScope<T>(derive: () => T): T {
  if (activeScope) return derive();
  activeScope = new WeakMap();
  try {
    return derive();
  } finally {
    activeScope = undefined;
  }
}

/** `compute(policy)`, computed once per `key` and policy inside a facts scope, and every time outside one. */
export function sharedFact<T>(policy: Policy, key: string, compute: (policy: Policy) => T): T {
  if (!activeScope) return compute(policy);
  let facts = activeScope.get(policy);
  if (!facts) {
    facts = new Map();
    activeScope.set(policy, facts);
  }
  if (facts.has(key)) return facts.get(key) as T;
  const value = compute(policy);
  facts.set(key, value);
  return value;
}
