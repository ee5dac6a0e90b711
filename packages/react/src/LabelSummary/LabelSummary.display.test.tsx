import { deriveLabels } from '@privacy-label-kit/schema';
import { cleanup, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { PrivacyPolicy } from '../PrivacyPolicy/PrivacyPolicy.js';
import { smallShopPolicy } from '../testing/policies.js';
import { LabelSummary } from './LabelSummary.js';

afterEach(cleanup);

const labels = deriveLabels(smallShopPolicy(), { locale: 'ko' });
const third = labels.find((label) => label.id === 'third-party-provision') ?? labels[1]!;

describe('LabelSummary display modes (PIPC guideline: caption, tooltip, ⓘ toggle)', () => {
  it('caption (default): the caption is part of each link’s name, as before', () => {
    render(<LabelSummary labels={labels} locale="ko" />);
    const link = screen.getByRole('link', { name: new RegExp(`^${third.title} `) });
    expect(link.textContent).toContain(third.caption);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('tooltip: each link is named by its title and described by its caption, which is a tooltip', () => {
    render(<LabelSummary labels={labels} locale="ko" display="tooltip" />);
    const links = within(screen.getByRole('navigation')).getAllByRole('link');
    expect(links).toHaveLength(labels.length);
    for (const [index, link] of links.entries()) {
      const label = labels[index]!;
      expect(link.getAttribute('href')).toBe(`#${label.anchor}`);
      expect(link.textContent).not.toContain(label.caption);
      const tooltip = document.getElementById(link.getAttribute('aria-describedby')!)!;
      expect(tooltip.getAttribute('role')).toBe('tooltip');
      expect(tooltip.textContent).toBe(label.caption);
    }
  });

  it('tooltip: Escape marks the badge dismissed until focus leaves it (WCAG 1.4.13)', async () => {
    const user = userEvent.setup();
    render(<LabelSummary labels={labels} locale="ko" display="tooltip" />);
    const [first, second] = within(screen.getByRole('navigation')).getAllByRole('link');
    await user.tab();
    expect(document.activeElement).toBe(first);
    const badge = first!.closest('[data-plk-label]')!;
    expect(badge.hasAttribute('data-plk-dismissed')).toBe(false);
    await user.keyboard('{Escape}');
    expect(badge.hasAttribute('data-plk-dismissed')).toBe(true);
    expect(document.activeElement).toBe(first);
    await user.tab();
    expect(document.activeElement).toBe(second);
    expect(badge.hasAttribute('data-plk-dismissed')).toBe(false);
  });

  it('toggle: an ⓘ button per label, named after it, shows and hides the caption with Enter and Space', async () => {
    const user = userEvent.setup();
    render(<LabelSummary labels={labels} locale="ko" display="toggle" />);
    const buttons = screen.getAllByRole('button', { name: / 설명 보기$/ });
    expect(buttons).toHaveLength(labels.length);
    const button = screen.getByRole('button', { name: `${third.title} 설명 보기` });
    const caption = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(caption.textContent).toBe(third.caption);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(caption.hidden).toBe(true);
    button.focus();
    await user.keyboard('{Enter}');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(caption.hidden).toBe(false);
    await user.keyboard(' ');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(caption.hidden).toBe(true);
    // The link still goes to the section, named by the title without the hidden caption.
    const link = screen.getByRole('link', { name: new RegExp(`^${third.title}`) });
    expect(link.getAttribute('href')).toBe(`#${third.anchor}`);
    expect(link.contains(button)).toBe(false);
  });

  it('names the toggle in English on an English page', () => {
    const english = deriveLabels(smallShopPolicy(), { locale: 'en' });
    render(<LabelSummary labels={english} locale="en" display="toggle" />);
    expect(screen.getByRole('button', { name: `Show explanation: ${english[0]!.title}` })).toBeTruthy();
  });

  it('keeps attention flags in view in every display', () => {
    for (const display of ['caption', 'tooltip', 'toggle'] as const) {
      const flagged = labels.filter((label) => label.attention.length > 0);
      const { container, unmount } = render(<LabelSummary labels={labels} locale="ko" display={display} />);
      for (const label of flagged) {
        const badge = container.querySelector(`[data-plk-label="${label.id}"]`)!;
        const link = within(badge as HTMLElement).getByRole('link');
        for (const flag of label.attention) expect(link.textContent).toContain(flag.message);
      }
      unmount();
    }
  });

  it('renders every display on the server with the caption text in the HTML', () => {
    for (const display of ['caption', 'tooltip', 'toggle'] as const) {
      const html = renderToString(<LabelSummary labels={labels} locale="ko" display={display} />);
      for (const label of labels) expect(html).toContain(label.caption.replace(/&/g, '&amp;'));
    }
  });

  it('toggle: the server’s HTML (no JavaScript yet, or ever) shows every caption and no toggle that cannot work', () => {
    const html = renderToString(<LabelSummary labels={labels} locale="ko" display="toggle" />);
    const page = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    const badges = [...page.querySelectorAll<HTMLElement>('[data-plk-label][data-plk-display="toggle"]')];
    expect(badges.map((badge) => badge.dataset.plkLabel)).toEqual(labels.map((label) => label.id));
    for (const [index, badge] of badges.entries()) {
      const caption = badge.querySelector<HTMLElement>('.plk-badge-caption')!;
      expect(caption.textContent).toBe(labels[index]!.caption);
      // Neither it nor anything around it is hidden.
      expect(caption.closest('[hidden], [aria-hidden="true"]')).toBeNull();
      const button = badge.querySelector<HTMLButtonElement>('button.plk-badge-toggle')!;
      expect(button.hidden).toBe(true);
      expect(button.getAttribute('aria-expanded')).toBe('true');
    }
  });

  it('toggle: once mounted in the browser, the buttons appear and the captions start collapsed', () => {
    const { container } = render(<LabelSummary labels={labels} locale="ko" display="toggle" />);
    for (const button of container.querySelectorAll<HTMLButtonElement>('button.plk-badge-toggle')) {
      expect(button.hidden).toBe(false);
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(document.getElementById(button.getAttribute('aria-controls')!)!.hidden).toBe(true);
    }
  });

  it('PrivacyPolicy passes summaryDisplay to its summary', () => {
    render(<PrivacyPolicy policy={smallShopPolicy()} locale="ko" summaryDisplay="toggle" />);
    const summary = screen.getByRole('navigation', { name: '개인정보 처리 표시' });
    expect(within(summary).getAllByRole('button', { name: / 설명 보기$/ })).toHaveLength(labels.length);
  });
});
