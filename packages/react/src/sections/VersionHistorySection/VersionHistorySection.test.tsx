import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { smallShopPolicy } from '../../testing/policies.js';
import { VersionHistorySection } from './VersionHistorySection.js';

afterEach(cleanup);

// The small shop is in effect from 2 Mar 2026, under version 1.1 (1.0 took effect on 8 May 2024). `announce` adds a
// version that may work against users, announced to take effect on `effectiveOn`.
function shopWith(...announced: { version: string; effectiveOn: string }[]) {
  const policy = smallShopPolicy();
  for (const { version, effectiveOn } of announced) {
    policy.versionHistory.push({
      version,
      announcedOn: '2026-02-25',
      effectiveOn,
      summary: { ko: '광고 문자 발송 업체 변경', en: 'New SMS vendor' },
      adverseToUsers: true,
      url: `https://shop.example/privacy/${version}`,
    });
  }
  return policy;
}

const periods = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-plk-version]')].map((row) => [
    row.getAttribute('data-plk-version'),
    row.querySelector('[data-plk-period]')?.textContent,
  ]);

describe('VersionHistorySection', () => {
  it('lists versions newest first, marks a change that may work against users, and links each version’s text', () => {
    render(
      <VersionHistorySection policy={shopWith({ version: '1.2', effectiveOn: '2026-04-01' })} locale="en" />,
    );
    const section = screen.getByRole('region', { name: 'Changes to this policy' });
    // The label's flag, shown once by the section frame: the adverse change is announced, not in force.
    expect(section.querySelector('[data-plk-attention="adverse-change"]')).toBeNull();
    expect(section.querySelector('[data-plk-attention="adverse-change-ahead"]')?.textContent).toBe(
      'Attention: An announced change (from 1 Apr 2026) may work against users',
    );
    const rows = [...screen.getByRole('table').querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual(['1.2', '1.1', '1.0']);
    expect(rows[0]!.textContent).toContain('May work against users');
    expect(rows[1]!.textContent).not.toContain('May work against users');
    // The link names the version it leads to, and leads to that version (not "the previous one").
    expect(screen.getByRole('link', { name: 'Read version 1.2' }).getAttribute('href')).toBe(
      'https://shop.example/privacy/1.2',
    );
    expect(screen.getByText('This policy applies from 2 Mar 2026.')).toBeTruthy();
  });

  it.each([
    ['ko', ['2026. 4. 1. 시행 예정', '2026. 3. 2.부터 현재까지', '2024. 5. 8. ~ 2026. 3. 1.']],
    ['en', ['Takes effect on 1 Apr 2026', 'From 2 Mar 2026 (current)', '8 May 2024 – 1 Mar 2026']],
  ] as const)(
    'says an announced version takes effect later, and keeps the version in force current (%s)',
    (locale, expected) => {
      const { container } = render(
        <VersionHistorySection
          policy={shopWith({ version: '1.2', effectiveOn: '2026-04-01' })}
          locale={locale}
        />,
      );
      expect(periods(container)).toEqual([
        ['1.2', expected[0]],
        ['1.1', expected[1]],
        ['1.0', expected[2]],
      ]);
    },
  );

  it.each([
    ['ko', ['2026. 5. 1. 시행 예정', '2026. 4. 1. 시행 예정', '2026. 3. 2.부터 현재까지']],
    ['en', ['Takes effect on 1 May 2026', 'Takes effect on 1 Apr 2026', 'From 2 Mar 2026 (current)']],
  ] as const)(
    'never ends the current period at a version not yet in force, however many are announced (%s)',
    (locale, expected) => {
      const policy = shopWith(
        { version: '1.2', effectiveOn: '2026-04-01' },
        { version: '1.3', effectiveOn: '2026-05-01' },
      );
      const { container } = render(<VersionHistorySection policy={policy} locale={locale} />);
      expect(periods(container).slice(0, 3)).toEqual([
        ['1.3', expected[0]],
        ['1.2', expected[1]],
        ['1.1', expected[2]],
      ]);
    },
  );

  it.each([
    ['ko', '2026. 3. 2.부터 현재까지'],
    ['en', 'From 2 Mar 2026 (current)'],
  ] as const)(
    'calls every version that took effect on the policy’s effective date current (%s)',
    (locale, current) => {
      const { container } = render(
        <VersionHistorySection
          policy={shopWith({ version: '1.1.1', effectiveOn: '2026-03-02' })}
          locale={locale}
        />,
      );
      expect(periods(container).slice(0, 2)).toEqual([
        ['1.1', current],
        ['1.1.1', current],
      ]);
    },
  );
});
