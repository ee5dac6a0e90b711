import type { Translation } from '@privacy-label-kit/schema/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PolicyLocaleProvider } from '../locale/PolicyLocaleProvider.js';
import { smallShopPolicy } from '../testing/policies.js';
import { PrivacyPolicy } from './PrivacyPolicy.js';

afterEach(cleanup);

// A business adds Japanese for a few words; English fills the rest.
const ja: Translation = {
  locale: 'ja',
  fallback: 'en',
  words: {
    page: { summary: { heading: 'プライバシーラベル' }, toc: { heading: '目次' } },
    schema: { labels: { purposes: { title: '処理目的' } } },
  },
};

// A business that prefers its own Korean wording for two words, one of the page and one of the labels.
const ownKorean: Translation = {
  locale: 'ko',
  words: {
    page: { toc: { heading: '차례' } },
    schema: { legalBases: { consentOptional: '선택 동의' } },
  },
};

describe('PrivacyPolicy in a language of your own', () => {
  it('shows the Japanese words it is given, English for the rest, and lang="ja" on its root', () => {
    const { container } = render(
      <PrivacyPolicy policy={smallShopPolicy()} locale="ja" translations={[ja]} />,
    );
    expect(container.firstElementChild?.getAttribute('lang')).toBe('ja');
    const summary = screen.getByRole('navigation', { name: 'プライバシーラベル' });
    expect(within(summary).getByRole('link', { name: /^処理目的 / })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: '目次' })).toBeTruthy();
    // Words the translation lacks come from its fallback, English: a section heading, another label, a caption.
    expect(
      screen.getByRole('heading', { level: 2, name: 'Why we process personal information' }),
    ).toBeTruthy();
    expect(within(summary).getByRole('link', { name: /^Retention / })).toBeTruthy();
    expect(summary.textContent).toContain('4 purposes');
    // The policy has no Japanese text: its English text is shown, marked as English.
    expect(screen.getByRole('heading', { level: 1 }).innerHTML).toBe(
      '<span lang="en">Cat-on-the-Wall Studio privacy policy</span>',
    );
  });

  it('takes the language and words from a PolicyLocaleProvider', () => {
    const { container } = render(
      <PolicyLocaleProvider locale="ja" translations={[ja]}>
        <PrivacyPolicy policy={smallShopPolicy()} />
      </PolicyLocaleProvider>,
    );
    expect(container.firstElementChild?.getAttribute('lang')).toBe('ja');
    expect(screen.getByRole('navigation', { name: 'プライバシーラベル' })).toBeTruthy();
  });

  it('replaces only the Korean words a business rewords', () => {
    render(<PrivacyPolicy policy={smallShopPolicy()} locale="ko" translations={[ownKorean]} />);
    expect(screen.getByRole('navigation', { name: '차례' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: '선택 동의' })).toBeTruthy();
    // Everything else stays the built-in Korean.
    expect(screen.getByRole('navigation', { name: '개인정보 처리 표시' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: '동의 (필수)' })).toBeTruthy();
  });

  it('renders in any language tag, falling back to English words when nobody gave that language any', () => {
    const { container } = render(<PrivacyPolicy policy={smallShopPolicy()} locale="fr-CA" />);
    expect(container.firstElementChild?.getAttribute('lang')).toBe('fr-CA');
    expect(screen.getByRole('navigation', { name: 'Privacy labels at a glance' })).toBeTruthy();
  });
});
