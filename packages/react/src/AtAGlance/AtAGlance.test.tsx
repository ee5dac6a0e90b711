import { assertPolicy, deriveAtAGlance } from '@privacy-label-kit/schema';
import { cleanup, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/fixtures/examples.js';
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

  it('explains what to pass when the statements are missing', () => {
    // @ts-expect-error a policy is not accepted: statements are derived by the caller
    expect(() => render(<AtAGlance policy={smallShopPolicy()} />)).toThrow(/deriveAtAGlance/);
  });
});
