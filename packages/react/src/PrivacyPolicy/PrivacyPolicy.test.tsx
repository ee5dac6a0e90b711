import { deriveLabels, labelIds, type Policy, withParticle } from '@privacy-label-kit/schema';
import { schemaEn } from '@privacy-label-kit/schema/locales/en';
import { schemaKo } from '@privacy-label-kit/schema/locales/ko';
import { cleanup, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { policyWithEverySection, policyWithoutThirdParties, smallShopPolicy } from '../testing/policies.js';
import { PrivacyLabelThemeProvider } from '../theme/PrivacyLabelThemeProvider.js';
import { PrivacyPolicy } from './PrivacyPolicy.js';

afterEach(cleanup);

function summaryLinks() {
  return within(
    screen.getByRole('navigation', { name: /개인정보 처리 표시|Privacy labels at a glance/ }),
  ).getAllByRole('link');
}

describe('PrivacyPolicy', () => {
  it.each([
    ['the small shop', smallShopPolicy()],
    ['a policy with every section', policyWithEverySection()],
  ] as [string, Policy][])(
    'links each summary label of %s to a section that exists, with its icon at the heading',
    (_, policy) => {
      const { container } = render(<PrivacyPolicy policy={policy} locale="ko" />);
      const labels = deriveLabels(policy, { locale: 'ko' });
      const links = summaryLinks();
      // Exactly the derived labels, in order: none typed by hand, none missing.
      expect(links.map((link) => link.getAttribute('href'))).toEqual(
        labels.map((label) => `#${label.anchor}`),
      );
      for (const label of labels) {
        const section = container.querySelector(`#${label.anchor}`);
        expect(section?.localName, label.id).toBe('section');
        // Focusable by script, so following a summary link moves keyboard focus there.
        expect(section?.getAttribute('tabindex')).toBe('-1');
        const heading = within(section as HTMLElement).getByRole('heading', { level: 2 });
        expect(heading.textContent).toBe(schemaKo.labels[label.id].heading);
        expect(section?.getAttribute('aria-labelledby')).toBe(heading.id);
        // The same label symbol is repeated at the section heading.
        expect(heading.parentElement?.querySelector(`svg[data-plk-icon="${label.id}"]`)).not.toBeNull();
      }
      expect(container.querySelectorAll('section[data-plk-section]')).toHaveLength(labels.length);
    },
  );

  it('renders all 22 sections, and a table of contents in the same order, when the policy has every part', () => {
    const { container } = render(<PrivacyPolicy policy={policyWithEverySection()} locale="en" />);
    expect([...container.querySelectorAll('section[data-plk-section]')].map((s) => s.id)).toEqual(
      labelIds.map((id) => `privacy-${id}`),
    );
    const contents = within(screen.getByRole('navigation', { name: 'Contents' })).getAllByRole('link');
    expect(contents.map((link) => link.textContent)).toEqual(
      labelIds.map((id) => schemaEn.labels[id].heading),
    );
  });

  it('leaves out both the provision section and its label when nobody receives data', () => {
    const { container } = render(<PrivacyPolicy policy={policyWithoutThirdParties()} locale="ko" />);
    expect(container.querySelector('#privacy-third-party-provision')).toBeNull();
    expect(
      summaryLinks().some((link) => link.getAttribute('href') === '#privacy-third-party-provision'),
    ).toBe(false);
    expect(screen.queryByText('개인정보의 제3자 제공')).toBeNull();
    // …while the small shop itself does share, so the same page shows both.
    cleanup();
    const withThirdParties = render(<PrivacyPolicy policy={smallShopPolicy()} locale="ko" />).container;
    expect(withThirdParties.querySelector('#privacy-third-party-provision')).not.toBeNull();
  });

  it('renders in English with lang="en", marking Korean-only texts as Korean', () => {
    const { container } = render(<PrivacyPolicy policy={policyWithEverySection()} locale="en" />);
    const root = container.firstElementChild as HTMLElement;
    expect(root.getAttribute('lang')).toBe('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Cat-on-the-Wall Studio privacy policy',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Personal information we process' })).toBeTruthy();
    // The guardian-consent method exists only in Korean in this policy.
    expect(screen.getByText('법정대리인 휴대전화 인증').getAttribute('lang')).toBe('ko');
  });

  it('declares its own light theme by default, a chosen theme and brand colour, or inherits a provider’s', () => {
    const own = render(<PrivacyPolicy policy={smallShopPolicy()} />).container
      .firstElementChild as HTMLElement;
    expect(own.getAttribute('data-plk-theme')).toBe('light');
    cleanup();
    const dark = render(<PrivacyPolicy policy={smallShopPolicy()} theme="dark" brandColor="#ff5a00" />)
      .container.firstElementChild as HTMLElement;
    expect(dark.getAttribute('data-plk-theme')).toBe('dark');
    expect(dark.style.getPropertyValue('--plk-color-brand')).toBe('#ff5a00');
    cleanup();
    const { container } = render(
      <PrivacyLabelThemeProvider theme="dark">
        <PrivacyPolicy policy={smallShopPolicy()} />
      </PrivacyLabelThemeProvider>,
    );
    expect(container.querySelector('[data-plk-privacy-policy]')?.hasAttribute('data-plk-theme')).toBe(false);
    expect(container.firstElementChild?.getAttribute('data-plk-theme')).toBe('dark');
  });

  it('names an unknown theme and the allowed ones', () => {
    expect(() => render(<PrivacyPolicy policy={smallShopPolicy()} theme={'sepia' as 'dark'} />)).toThrow(
      `PrivacyPolicy: unknown theme "sepia"; use 'light', 'dark', 'auto'`,
    );
  });

  it('shifts every heading when embedded below an existing page heading', () => {
    render(<PrivacyPolicy policy={smallShopPolicy()} locale="ko" headingLevel={2} />);
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      '담장 위 고양이 공방 개인정보 처리방침',
    );
    expect(screen.getByRole('heading', { level: 3, name: '개인정보 처리 표시' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 4, name: '동의 (필수)' })).toBeTruthy();
  });

  it.each([
    ['ko', '시행일', '2026. 3. 2.', '버전'],
    ['en', 'In effect from', '2 Mar 2026', 'Version'],
  ] as const)(
    'gives the version in force on the effective date in the header, not one announced for later (%s)',
    (locale, effective, date, version) => {
      // The small shop is in effect from 2 Mar 2026 under version 1.1; version 1.2 is announced for 1 Apr 2026.
      const policy = smallShopPolicy();
      policy.versionHistory.push({
        version: '1.2',
        announcedOn: '2026-03-10',
        effectiveOn: '2026-04-01',
        summary: { ko: '광고 문자 발송 업체 변경', en: 'New SMS vendor' },
        adverseToUsers: true,
      });
      const { container } = render(<PrivacyPolicy policy={policy} locale={locale} />);
      const meta = [...container.querySelectorAll('.plk-policy-meta > div')].map((row) => [
        row.querySelector('dt')?.textContent,
        row.querySelector('dd')?.textContent,
      ]);
      expect(meta.slice(0, 2)).toEqual([
        [effective, date],
        [version, '1.1'],
      ]);
    },
  );

  // One run over every section; the Chromium tests run axe on every example in both languages and themes.
  it('has no axe violations with every section rendered (contrast is checked in Chromium)', async () => {
    const { container } = render(<PrivacyPolicy policy={policyWithEverySection()} locale="en" />);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
  }, 30_000);
});

describe('PrivacyPolicy opening sentence', () => {
  const named = (name: Policy['controller']['name']): Policy => {
    const policy = smallShopPolicy();
    return { ...policy, controller: { ...policy.controller, name } };
  };
  const intro = (container: HTMLElement) => container.querySelector('.plk-intro') as HTMLElement;

  it('marks a controller name shown in another language with its lang, on an English page', () => {
    const { container } = render(<PrivacyPolicy policy={named({ ko: '밀과 소금' })} locale="en" />);
    const name = intro(container).querySelector('[lang="ko"]');
    expect(name?.textContent).toBe('밀과 소금');
    expect(intro(container).textContent?.startsWith('밀과 소금 ')).toBe(true);
  });

  it('marks it on a Korean page too, and the particle after it still agrees with the name', () => {
    const { container } = render(<PrivacyPolicy policy={named({ en: 'Google' })} locale="ko" />);
    expect(intro(container).querySelector('[lang="en"]')?.textContent).toBe('Google');
    // The particle is chosen on the name itself, as for a name in the page's language.
    expect(
      intro(container).textContent?.startsWith(`${withParticle('Google', '은/는')} 「개인정보 보호법」`),
    ).toBe(true);
  });

  it('stays plain text when the name is in the page language', () => {
    const { container } = render(<PrivacyPolicy policy={named({ ko: '주식회사 오로라' })} locale="ko" />);
    expect(intro(container).querySelector('[lang]')).toBeNull();
    expect(intro(container).textContent?.startsWith('주식회사 오로라는 ')).toBe(true);
  });
});
