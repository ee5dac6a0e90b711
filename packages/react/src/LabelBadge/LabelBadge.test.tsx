import { getLabelIcon } from '@privacy-label-kit/icons/map';
import { deriveLabels } from '@privacy-label-kit/schema';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { policyWithEverySection } from '../testing/policies.js';
import { LabelBadge } from './LabelBadge.js';

afterEach(cleanup);

const labels = deriveLabels(policyWithEverySection(), { locale: 'ko' });
const collected = labels.find((label) => label.id === 'collected-items')!;

describe('LabelBadge', () => {
  it('shows the label’s title, its caption and each attention flag in words', () => {
    const { container } = render(
      <LabelBadge label={collected} icon={getLabelIcon(collected.id)} locale="ko" />,
    );
    expect(container.textContent).toContain(collected.title);
    expect(container.textContent).toContain(collected.caption);
    expect(collected.attention.length).toBeGreaterThan(0);
    for (const flag of collected.attention) {
      // "주의:" is read before the message; sighted readers see the warning sign instead.
      expect(container.textContent).toContain(`주의: ${flag.message}`);
    }
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('with `href` is one link whose name reads title, caption and flags, the icon silent', () => {
    render(
      <LabelBadge label={collected} icon={getLabelIcon(collected.id)} href="#privacy-collected-items" />,
    );
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('#privacy-collected-items');
    const name = link.textContent ?? '';
    expect(name.startsWith(`${collected.title} ${collected.caption}`)).toBe(true);
    expect(link.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('spreads rest props onto its root', () => {
    const { container } = render(
      <LabelBadge label={collected} icon={getLabelIcon(collected.id)} id="badge" data-testid="root" />,
    );
    expect(container.firstElementChild).toBe(screen.getByTestId('root'));
    expect(screen.getByTestId('root').id).toBe('badge');
  });
});
