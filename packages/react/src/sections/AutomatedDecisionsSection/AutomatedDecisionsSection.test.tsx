// PIPA Art. 37-2: the page claims a right to refuse an automated decision only where the policy says it can be refused;
// an explanation can always be asked for.
import { assertPolicy } from '@privacy-label-kit/schema';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { policyWithEverySection } from '../../testing/policies.js';
import { AutomatedDecisionsSection } from './AutomatedDecisionsSection.js';

afterEach(cleanup);

const withDecision = (canRefuse?: boolean) => {
  const input = structuredClone(policyWithEverySection()) as Record<string, any>;
  if (canRefuse !== undefined) input.automatedDecisions[0].canRefuse = canRefuse;
  return assertPolicy(input);
};

describe('AutomatedDecisionsSection', () => {
  it('claims only the right to an explanation when the policy does not say the decision can be refused', () => {
    for (const [locale, claim, explain] of [
      ['ko', '거부할 수 있습니다', '설명을 요구할 수 있습니다'],
      ['en', 'You can refuse', 'ask us to explain'],
    ] as const) {
      const { container } = render(<AutomatedDecisionsSection policy={withDecision()} locale={locale} />);
      expect(container.textContent).toContain(explain);
      expect(container.textContent).not.toContain(claim);
      cleanup();
    }
  });

  it('says per decision whether it can be refused, as the policy says', () => {
    const refusable = render(<AutomatedDecisionsSection policy={withDecision(true)} locale="ko" />);
    expect(refusable.container.textContent).toContain('이 결정을 거부할 수 있습니다.');
    cleanup();
    const notRefusable = render(<AutomatedDecisionsSection policy={withDecision(false)} locale="en" />);
    expect(notRefusable.container.textContent).toContain(
      'You cannot refuse this decision, but you can ask us to explain it.',
    );
    // The label at the heading agrees: no "you can object" for a decision that cannot be refused.
    expect(notRefusable.container.textContent).not.toContain('you can object');
  });
});
