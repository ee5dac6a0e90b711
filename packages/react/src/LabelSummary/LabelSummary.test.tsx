import { deriveLabels } from '@privacy-label-kit/schema';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PolicyLocaleProvider } from '../locale/PolicyLocaleProvider.js';
import { policyWithEverySection, smallShopPolicy } from '../testing/policies.js';
import { LabelSummary } from './LabelSummary.js';

afterEach(cleanup);

describe('LabelSummary', () => {
  it('is a navigation landmark named by its heading, with one link per label, in catalog order', () => {
    const labels = deriveLabels(smallShopPolicy(), { locale: 'ko' });
    render(<LabelSummary labels={labels} locale="ko" />);
    const navigation = screen.getByRole('navigation', { name: '개인정보 처리 표시' });
    const links = within(navigation).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      labels.map((label) => `#privacy-${label.id}`),
    );
    expect(within(navigation).getAllByRole('listitem')).toHaveLength(labels.length);
    expect(screen.getByRole('heading', { level: 2, name: '개인정보 처리 표시' })).toBeTruthy();
  });

  it('spells out attention flags in text, never by colour alone', () => {
    const labels = deriveLabels(policyWithEverySection(), { locale: 'en' });
    render(<LabelSummary labels={labels} locale="en" />);
    const flagged = labels.filter((label) => label.attention.length > 0);
    expect(flagged.map((label) => label.id)).toEqual(
      expect.arrayContaining([
        'collected-items',
        'resident-registration-number',
        'overseas-transfer',
        'policy-changes',
      ]),
    );
    for (const label of flagged) {
      const link = screen.getByRole('link', { name: new RegExp(`^${label.title} `) });
      for (const flag of label.attention) expect(link.textContent).toContain(`Attention: ${flag.message}`);
    }
  });

  it('takes its language from a PolicyLocaleProvider and its heading level from a prop', () => {
    const labels = deriveLabels(smallShopPolicy(), { locale: 'en' });
    render(
      <PolicyLocaleProvider locale="en">
        <LabelSummary labels={labels} headingLevel={3} />
      </PolicyLocaleProvider>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Privacy labels at a glance' })).toBeTruthy();
  });

  it('explains what to pass when the labels are missing', () => {
    // @ts-expect-error a policy is not accepted: labels are derived by the caller
    expect(() => render(<LabelSummary policy={smallShopPolicy()} />)).toThrow(/pass `labels`.*deriveLabels/);
  });
});
