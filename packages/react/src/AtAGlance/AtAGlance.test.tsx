import { assertPolicy, deriveAtAGlance } from '@privacy-label-kit/schema';
import { cleanup, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/fixtures/examples.js';
import { PolicyLocaleProvider } from '../locale/PolicyLocaleProvider.js';
import { smallShopPolicy } from '../testing/policies.js';
import { AtAGlance } from './AtAGlance.js';

afterEach(cleanup);

describe('AtAGlance', () => {
  it('is a region named by its heading, with one list item per statement, in order', () => {
    const { statements } = deriveAtAGlance(smallShopPolicy(), { locale: 'ko' });
    render(<AtAGlance statements={statements} locale="ko" />);
    const region = screen.getByRole('region', { name: '한눈에 보기' });
    const items = within(region).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(statements.map((statement) => statement.text));
    expect(screen.getByText('국외 이전 없음')).toBeTruthy();
  });

  it('links a statement to its section only when the section exists, and reads "주의:" before attention', () => {
    const policy = assertPolicy(readExample('messenger-platform'));
    const { statements } = deriveAtAGlance(policy, { locale: 'ko' });
    render(<AtAGlance statements={statements} locale="ko" />);
    for (const statement of statements) {
      const item = document.querySelector(`[data-plk-topic="${statement.topic}"]`)!;
      const link = item.querySelector('a');
      expect(link?.getAttribute('href')).toBe(
        statement.labelId ? `#privacy-${statement.labelId}` : undefined,
      );
      expect(item.textContent!.startsWith('주의: ')).toBe(statement.tone === 'attention');
      // The sign beside each statement is decorative: words carry the meaning.
      expect(item.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    }
    expect(statements.some((statement) => statement.tone === 'attention')).toBe(true);
  });

  it('speaks English on an English page and renders on the server', () => {
    const { statements } = deriveAtAGlance(smallShopPolicy(), { locale: 'en' });
    const html = renderToString(<AtAGlance statements={statements} locale="en" headingLevel={3} />);
    expect(html).toContain('<h3');
    expect(html).toContain('At a glance');
    expect(html).toContain('No transfer abroad');
  });

  it.each([
    ['ko', '한눈에 보기', '국외 이전 없음'],
    ['en', 'At a glance', 'No transfer abroad'],
  ] as const)(
    'given the derived result and no locale, speaks its language under its heading (%s)',
    (locale, heading, statement) => {
      const derived = deriveAtAGlance(smallShopPolicy(), { locale });
      // Even inside a page in the other language: the statements are in the language they were derived in.
      render(
        <PolicyLocaleProvider locale={locale === 'ko' ? 'en' : 'ko'}>
          <AtAGlance statements={derived} />
        </PolicyLocaleProvider>,
      );
      const region = screen.getByRole('region', { name: heading });
      expect(region.getAttribute('lang')).toBe(locale);
      expect(
        within(region)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(derived.statements.map((s) => s.text));
      expect(within(region).getByText(statement)).toBeTruthy();
      expect(within(region).getAllByRole('heading')).toHaveLength(1);
    },
  );

  it.each([
    ['ko', 'en', '한눈에 보기', 'No transfer abroad'],
    ['en', 'ko', 'At a glance', '국외 이전 없음'],
  ] as const)(
    'under a heading in %s, marks statements derived in %s with their own lang',
    (locale, derivedIn, heading, statement) => {
      render(
        <AtAGlance statements={deriveAtAGlance(smallShopPolicy(), { locale: derivedIn })} locale={locale} />,
      );
      const region = screen.getByRole('region', { name: heading });
      expect(region.getAttribute('lang')).toBe(locale);
      expect(screen.getByText(statement).closest('ul')?.getAttribute('lang')).toBe(derivedIn);
    },
  );

  it.each(['ko', 'en'] as const)(
    'sets lang from the locale when given the statements alone (%s)',
    (locale) => {
      const { statements } = deriveAtAGlance(smallShopPolicy(), { locale });
      const html = renderToString(<AtAGlance statements={statements} locale={locale} />);
      expect(html).toMatch(new RegExp(`^<section[^>]* lang="${locale}"`));
    },
  );

  it('explains what to pass when the statements are missing', () => {
    // @ts-expect-error a policy is not accepted: statements are derived by the caller
    expect(() => render(<AtAGlance policy={smallShopPolicy()} />)).toThrow(/deriveAtAGlance/);
  });
});
