import { assertPolicy, type Locale, parsePolicy } from '@privacy-label-kit/schema';
import { cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { readExample } from '../../../../../test/fixtures/examples.js';
import { policyInputArbitrary } from '../../../../../test/fixtures/policyArbitrary.js';
import '../../testing/registerWords.js';
import { BehaviouralInformationSection } from './BehaviouralInformationSection.js';

afterEach(cleanup);

const flat = (element: Element) => element.textContent?.replace(/\s+/g, ' ') ?? '';

describe('BehaviouralInformationSection', () => {
  // The messenger platform describes personalised ads but no behavioural information of its own, while its collected
  // items use usage records and searches for recommendations: the page may not say it collects them only for ads.
  const messenger = () => {
    const policy = assertPolicy(readExample('messenger-platform'));
    expect(policy.behaviouralInformation).toBeUndefined();
    expect(policy.behaviouralAdvertising).toBeDefined();
    return policy;
  };

  it.each([
    [
      'ko',
      '행태정보의 수집·이용',
      '맞춤형 광고를 위해 수집하는 행태정보는 맞춤형 광고 항목에 적었습니다. 맞춤형 광고 항목 보기',
      '다른 목적으로 수집하는 개인정보는 처리하는 개인정보 항목의 표에 있습니다. 처리하는 개인정보 항목 보기',
      /만 수집|위해서만/,
    ],
    [
      'en',
      'Behavioural information',
      'The behavioural information we collect for personalised ads is described under personalised ads. See personalised ads',
      'What we collect for other purposes is listed in the table of personal information we process. See the personal information we process',
      /\bonly\b/i,
    ],
  ] as const)(
    'without its own entry, points to the ads section and the collected items, and never says "only" (%s)',
    (locale, heading, ads, other, only) => {
      render(<BehaviouralInformationSection policy={messenger()} locale={locale} />);
      const section = screen.getByRole('region', { name: heading });
      expect(flat(section.querySelector('[data-plk-behavioural-ads]')!)).toBe(ads);
      expect(flat(section.querySelector('[data-plk-behavioural-other-purposes]')!)).toBe(other);
      expect(flat(section)).not.toMatch(only);
      const links = [...section.querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(links).toEqual(['#privacy-behavioural-advertising', '#privacy-collected-items']);
    },
  );

  it.each([
    ['ko', '맞춤형 광고를 위해서도 행태정보를 수집합니다.'],
    ['en', 'We also collect behavioural information for personalised ads.'],
  ] as const)(
    'with its own entry and ads, says the information is also collected for ads (%s)',
    (locale, also) => {
      const input = readExample('messenger-platform');
      input.behaviouralInformation = {
        items: [{ ko: '검색어', en: 'Searches' }],
        collectionMethod: { ko: '자동 수집', en: 'Collected automatically' },
        purposes: [{ ko: '추천', en: 'Recommendations' }],
        retention: { ko: '1년', en: '1 year' },
        collectors: [],
        optOut: { available: true, how: [{ ko: '설정에서 끕니다.', en: 'Turn it off in settings.' }] },
      };
      const { container } = render(
        <BehaviouralInformationSection policy={assertPolicy(input)} locale={locale} />,
      );
      expect(flat(container.querySelector('[data-plk-behavioural-ads]')!)).toContain(also);
      expect(container.querySelector('[data-plk-behavioural-other-purposes]')).toBeNull();
    },
  );

  it('never tells the reader behavioural information serves ads alone, whatever the policy (ko, en)', () => {
    fc.assert(
      fc.property(policyInputArbitrary, fc.constantFrom<Locale>('ko', 'en'), (input, locale) => {
        const parsed = parsePolicy(input);
        if (!parsed.ok) return;
        const html = renderToStaticMarkup(
          <BehaviouralInformationSection policy={parsed.policy} locale={locale} />,
        );
        expect(html).not.toMatch(locale === 'ko' ? /위해서만|에만 수집/ : /\bonly for\b/i);
        if (parsed.policy.behaviouralAdvertising && !parsed.policy.behaviouralInformation) {
          expect(html).toContain('data-plk-behavioural-other-purposes');
        }
      }),
      { numRuns: 40 },
    );
  });
});
