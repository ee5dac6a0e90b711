import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertPolicy, lintPolicy, type Policy } from '@privacy-label-kit/schema';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { examplesDir, readExample } from '../../../../test/fixtures/examples.js';
import { PolicyComparison } from '../PolicyComparison/PolicyComparison.js';
import { PolicyFindings } from '../PolicyFindings/PolicyFindings.js';
import { VersionHistorySection } from '../sections/VersionHistorySection/VersionHistorySection.js';
import '../testing/registerWords.js';
import { ChangeNotice } from './ChangeNotice.js';

afterEach(cleanup);

// The second seed as two versions: 3.1, and 4.0 with usage patterns on deemed consent.
const previous = (): Policy =>
  assertPolicy(
    JSON.parse(readFileSync(join(examplesDir, 'versions', 'messenger-platform-3.1.json'), 'utf8')),
  );
const next = (): Policy => assertPolicy(readExample('messenger-platform'));
const flat = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ');

describe('ChangeNotice (the second seed)', () => {
  it('says in Korean what changes, from when, until when to object, and that refusing ends the contract', () => {
    const { container } = render(<ChangeNotice previous={previous()} next={next()} locale="ko" />);
    expect(screen.getByRole('heading', { level: 2, name: '개인정보 처리방침 변경 안내' })).toBeTruthy();
    const text = flat(container);
    expect(text).toContain('도토리톡 주식회사는 2026. 2. 4.부터 개인정보 처리방침(버전 4.0)을 바꿉니다.');
    expect(text).toContain('2025. 12. 19.에 알립니다(시행 47일 전).');
    expect(text).toContain('불리 · 처리 목적: 맞춤형 콘텐츠 추천: 새로 생겼습니다.');
    expect(container.querySelector('[data-plk-deadline]')?.textContent).toContain(
      '2026. 2. 11.까지 거부 의사를 밝히지 않으면 동의한 것으로 봅니다',
    );
    expect(text).toContain('거부하면 이용 계약이 해지됩니다.');
    // The labels that change, with their new warnings in words.
    const labels = [...container.querySelectorAll('[data-plk-label-change]')].map(
      (item) => item.querySelector('strong')?.textContent,
    );
    // Ordinary personal information grows by the usage records collected on deemed consent.
    expect(labels).toEqual(['개인정보', '처리 항목', '처리 목적', '처리방침 변경']);
    expect(container.querySelector('[data-plk-attention="refusal-ends-contract"]')).toBeTruthy();
    // The comparison table follows, as the guideline asks for a significant change.
    expect(screen.getByRole('table')).toBeTruthy();
    // Findings are for the author: not in the published notice unless asked for.
    expect(container.querySelector('[data-plk-findings]')).toBeNull();
  });

  it('says the same in English', () => {
    const { container } = render(<ChangeNotice previous={previous()} next={next()} locale="en" />);
    const text = flat(container);
    expect(text).toContain('Dotori Talk Corp. is changing its privacy policy (version 4.0) from 4 Feb 2026.');
    expect(text).toContain(
      'if you do not object by 11 Feb 2026 (7 days after the change takes effect), you are treated as agreeing.',
    );
    expect(text).toContain('If you refuse, your contract ends.');
    expect(text).toContain('Some of these changes work against you.');
  });

  it('shows the findings, citing Arts. 22(5) and 16(3), when the author previews it', () => {
    const { container } = render(
      <ChangeNotice previous={previous()} next={next()} locale="ko" showFindings />,
    );
    const findings = container.querySelector('[data-plk-findings]')!;
    expect(flat(findings)).toContain('개인정보 보호법 제16조제3항·제22조제5항');
    expect(flat(findings)).toContain('제22조제5항');
    expect(findings.querySelectorAll('[data-plk-finding="error"]')).toHaveLength(2);
  });

  it('says so when nothing changes', () => {
    render(<ChangeNotice previous={next()} next={next()} locale="ko" />);
    expect(screen.getAllByText('바뀐 내용이 없습니다.').length).toBeGreaterThan(0);
  });
});

describe('PolicyComparison', () => {
  it('is a table with a caption, column headers and a row header per change, the effect in words', () => {
    render(<PolicyComparison previous={previous()} next={next()} locale="ko" />);
    const table = screen.getByRole('table', { name: '2025. 6. 2. 시행 방침과 2026. 2. 4. 시행 방침 비교' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['구분', '내용', '변경 전', '변경 후', '이용자 영향']);
    const rows = within(table).getAllByRole('row').slice(1);
    // Three changed fields, and the two warnings the collected-items label gains (deemed consent, refusal ends the
    // contract): every one works against users.
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.getAttribute('data-plk-impact') === 'adverse')).toBe(true);
    const purposes = rows.find((row) => row.textContent?.includes('맞춤형 광고, 메신저 기능 제공'));
    expect(purposes?.textContent).toContain('같은 정보를 더 많은 목적에 씁니다.');
    expect(rows.filter((row) => row.textContent?.includes('라벨에 새 주의 표시가 붙습니다'))).toHaveLength(2);
  });
});

describe('the notice and the comparison together', () => {
  it('render every change without React key warnings, also when two changes share a path and a reason', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      // The second seed's collected-items and purposes labels both gain the deemed-consent warning.
      render(
        <>
          <ChangeNotice previous={previous()} next={next()} locale="ko" />
          <PolicyComparison previous={previous()} next={next()} locale="en" />
        </>,
      );
      const keyWarnings = errors.mock.calls.filter((call) => String(call[0]).includes('same key'));
      expect(keyWarnings).toEqual([]);
    } finally {
      errors.mockRestore();
    }
  });
});

describe('PolicyFindings', () => {
  it('lists each finding with severity in words, fix, article and place', () => {
    const { container } = render(<PolicyFindings findings={lintPolicy(next())} locale="en" />);
    expect(flat(container)).toContain('2 errors, 2 warnings, 0 notices');
    const first = container.querySelector('[data-plk-finding]')!;
    expect(flat(first)).toMatch(
      /^Error .*Silence is not consent\.Fix: .*\.PIPA Arts\. 22\(1\) and 22\(5\); Enforcement Decree Art\. 17 · Where: \$\.collectedItems\[16\]\.basis · Rule: deemed-consent-beyond-contract$/,
    );
  });

  it('says that nothing was found rather than render nothing', () => {
    render(<PolicyFindings findings={[]} locale="ko" />);
    expect(screen.getByText('점검에서 찾은 문제가 없습니다.')).toBeTruthy();
  });
});

describe('version history', () => {
  it('gives each version the dates it applied, and links the comparison table', () => {
    const { container } = render(<VersionHistorySection policy={next()} locale="ko" />);
    const period = (version: string) =>
      container.querySelector(`[data-plk-version="${version}"] [data-plk-period]`)?.textContent;
    expect(period('4.0')).toBe('2026. 2. 4.부터 현재까지');
    expect(period('3.1')).toBe('2025. 6. 2. ~ 2026. 2. 3.');
    expect(period('1.0')).toBe('2020. 9. 1. ~ 2022. 9. 14.');
    const link = screen.getByRole('link', { name: '신구대조표' });
    expect(link.getAttribute('href')).toBe('https://privacy.dotoritalk.example/policy/4.0/changes');
  });
});

describe('ChangeNotice and PolicyComparison: changes the diff used to miss', () => {
  // The destruction procedure and a security measure: fields diffPolicies did not compare before.
  const edited = (): Policy => {
    const policy = readExample('messenger-platform') as Record<string, any>;
    policy.destruction.procedure = {
      ko: '매월 말에 한꺼번에 파기합니다.',
      en: 'Destroyed in one go at month end.',
    };
    policy.securityMeasures.physical.pop();
    return assertPolicy(policy);
  };

  it('are rows of the notice and the comparison table, in Korean', () => {
    const { container } = render(<ChangeNotice previous={next()} next={edited()} locale="ko" />);
    const text = flat(container);
    expect(text).not.toContain('바뀐 내용이 없습니다.');
    expect(text).toContain('중립 · 파기: 파기 절차: 파기 절차나 방법이 바뀝니다.');
    expect(text).toContain('불리 · 안전성 확보 조치: 물리적 조치: 보호 조치가 줄어듭니다.');
    const rows = within(screen.getByRole('table')).getAllByRole('row').map(flat);
    expect(rows.some((row) => row.includes('파기') && row.includes('매월 말에 한꺼번에 파기합니다.'))).toBe(
      true,
    );
    expect(rows.some((row) => row.startsWith('안전성 확보 조치'))).toBe(true);
  });

  it('and in English', () => {
    const { container } = render(<PolicyComparison previous={next()} next={edited()} locale="en" />);
    const rows = within(container).getAllByRole('row').map(flat);
    expect(rows.some((row) => row.includes('Destroyed in one go at month end.'))).toBe(true);
    expect(rows.some((row) => row.includes('How information is destroyed changes.'))).toBe(true);
    expect(
      rows.some(
        (row) => row.startsWith('Security measures') && row.includes('Fewer security measures are taken.'),
      ),
    ).toBe(true);
  });
});
