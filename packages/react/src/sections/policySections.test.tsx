import { deriveLabels, labelIds } from '@privacy-label-kit/schema';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { policyWithEverySection, smallShopPolicy } from '../testing/policies.js';
import { EntrustmentSection } from './EntrustmentSection/EntrustmentSection.js';
import { policySections } from './policySections.js';

afterEach(cleanup);

describe('the section components', () => {
  it('cover every label of the catalog', () => {
    expect(Object.keys(policySections).sort()).toEqual([...labelIds].sort());
  });

  it('render nothing for parts of the policy that are absent, exactly where no label applies', () => {
    const policy = smallShopPolicy();
    const applying = new Set(deriveLabels(policy, { locale: 'ko' }).map((label) => label.id));
    const rendered = labelIds.filter((id) => {
      const Section = policySections[id];
      const { container } = render(<Section policy={policy} locale="ko" />);
      const present = container.querySelector(`#privacy-${id}`) !== null;
      cleanup();
      return present;
    });
    expect(rendered).toEqual(labelIds.filter((id) => applying.has(id)));
    expect(rendered).not.toContain('overseas-transfer');
    expect(rendered).not.toContain('children');
  });

  it('work on their own, deriving their label in the policy’s language', () => {
    render(<EntrustmentSection policy={smallShopPolicy()} />);
    expect(screen.getByRole('heading', { level: 2, name: '개인정보 처리업무의 위탁' })).toBeTruthy();
    expect(screen.getByText(/^처리 위탁 3곳: /)).toBeTruthy();
    expect(screen.getByRole('table').querySelectorAll('tbody tr')).toHaveLength(3);
  });

  it('refuse another section’s label', () => {
    const policy = policyWithEverySection();
    const collected = deriveLabels(policy, { locale: 'ko' }).find((label) => label.id === 'collected-items');
    expect(() => render(<EntrustmentSection policy={policy} label={collected} />)).toThrow(
      'Section "entrustment" was given the label "collected-items"; pass its own label',
    );
  });
});
