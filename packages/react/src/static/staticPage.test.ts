import { assertPolicy, type Locale } from '@privacy-label-kit/schema';
import { describe, expect, it } from 'vitest';
import { readExample } from '../../../../test/fixtures/examples.js';
import { renderLabelSummarySnippet, renderStaticPolicyPage } from './staticPage.js';

const shop = () => assertPolicy(readExample('small-shop'));

/** The language part (`<div class="plk-locale…" lang="…">`) of the page that holds the element with `id`, if any. */
function languageOf(page: string, id: string): string | undefined {
  const at = page.indexOf(` id="${id}"`);
  if (at < 0) return undefined;
  const part = page.lastIndexOf('<div class="plk-locale', at);
  return /lang="([^"]+)"/.exec(page.slice(part, at))?.[1];
}

/** The fragments of the snippet's links to the full policy: the section links, then the "read the full policy" one. */
function fragments(snippet: string, policyUrl: string): string[] {
  return [...snippet.matchAll(/href="([^"]+)"/g)].map(([, href]) => {
    expect(href?.startsWith(policyUrl)).toBe(true);
    return href!.slice(policyUrl.length).replace(/^#/, '');
  });
}

describe('renderLabelSummarySnippet', () => {
  it.each([
    ['ko', ['ko', 'en']],
    ['en', ['ko', 'en']],
    ['ko', ['en', 'ko']],
    ['en', ['en', 'ko']],
    ['en', ['ko']],
  ] as [Locale, Locale[]][])(
    'in %s, links each label to its section in that language on a page of %j (or the page’s only one)',
    (locale, pageLocales) => {
      const policy = shop();
      const page = renderStaticPolicyPage(policy, { locales: pageLocales });
      const [more, ...sections] = fragments(
        renderLabelSummarySnippet(policy, { locale, pageLocales }),
        policy.policyUrl,
      ).reverse();
      const shown = pageLocales.includes(locale) ? locale : pageLocales[0];
      expect(sections.length).toBeGreaterThan(5);
      for (const id of sections) expect([id, languageOf(page, id)]).toEqual([id, shown]);
      // "Read the full policy" opens the page in the snippet's language: its part's id, or the page as it opens.
      expect(more === '' ? pageLocales[0] : more).toBe(shown);
    },
  );

  it.each([
    ['ko', 'privacy-'],
    ['en', 'en-privacy-'],
  ] as const)(
    'by default links a %s snippet to its part of a page in the policy’s language first',
    (locale, start) => {
      const policy = shop();
      expect(policy.defaultLocale).toBe('ko');
      const page = renderStaticPolicyPage(policy, { locales: ['ko', 'en'] });
      const [, ...sections] = fragments(
        renderLabelSummarySnippet(policy, { locale }),
        policy.policyUrl,
      ).reverse();
      for (const id of sections) {
        expect(id.startsWith(start)).toBe(true);
        expect(languageOf(page, id)).toBe(locale);
      }
    },
  );

  it('puts a section’s fragment in place of a fragment the policy address already has, never after it', () => {
    const policy = { ...shop(), policyUrl: 'https://shop.example/privacy#top' };
    for (const locale of ['ko', 'en'] as const) {
      const links = [...renderLabelSummarySnippet(policy, { locale }).matchAll(/href="([^"]+)"/g)].map(
        ([, href]) => href!,
      );
      expect(links.length).toBeGreaterThan(5);
      for (const href of links) {
        expect(href.split('#').length, href).toBeLessThanOrEqual(2);
        expect(href.startsWith('https://shop.example/privacy'), href).toBe(true);
      }
      // A section link leads to the section, not to the top.
      expect(links.some((href) => href.endsWith('#top'))).toBe(locale === 'ko');
    }
  });
});
