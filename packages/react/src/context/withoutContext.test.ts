// React Server Components render with React's server build, which has no context: no `createContext`, no
// `useContext`. These tests load the package's modules against a React with those two removed (react-dom and
// styled-components keep the real one, as they would keep theirs) and hold its output to the ordinary render's, but
// for styled-components' generated class names: there each styled component has its fixed id as its class.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  assertPolicy,
  deriveAtAGlance,
  deriveLabels,
  type Locale,
  lintPolicy,
  type Policy,
  parsePolicy,
} from '@privacy-label-kit/schema';
import fc from 'fast-check';
import * as ReactWithContext from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleNames, examplesDir, readExample } from '../../../../test/fixtures/examples.js';
import { withoutGeneratedClasses } from '../../../../test/fixtures/markup.js';
import { policyInputArbitrary } from '../../../../test/fixtures/policyArbitrary.js';

type Entry = typeof import('../index.js');
type PrivacyPolicyProps = import('../index.js').PrivacyPolicyProps;
type Island = typeof import('../LabelBadge/InteractiveLabelBadge.js');

// What React's server build exports (read from the build itself), so these tests fail as a Server Component render
// would when a component keeps state or reads context.
const requireFromHere = createRequire(import.meta.url);
const serverBuildExports = new Set(
  Object.keys(
    requireFromHere(
      join(dirname(requireFromHere.resolve('react/package.json')), 'react.react-server.js'),
    ) as object,
  ),
);

/**
 * What a Server Component may hand to a Client Component: data and rendered elements, never a function (an event
 * handler, the words' templates) or an instance of a class.
 */
function expectServerToClientProps(props: Record<string, unknown>) {
  const check = (value: unknown, path: string) => {
    if (typeof value === 'function' || typeof value === 'symbol')
      throw new Error(
        `${path} is a ${typeof value}: a Server Component cannot pass it to a Client Component`,
      );
    if (ReactWithContext.isValidElement(value) || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) check(item, `${path}[${index}]`);
    } else if (Object.getPrototypeOf(value) !== Object.prototype)
      throw new Error(`${path} is an instance of ${value.constructor.name}, not plain data`);
    else for (const [key, item] of Object.entries(value)) check(item, `${path}.${key}`);
  };
  for (const [key, value] of Object.entries(props)) check(value, key);
}

let islandRenders = 0;
let island: Island | undefined;

/**
 * The 'use client' module is a reference in a Server Component render: a bundler sends its props to the browser,
 * where it renders with all of React. Here: check those props, then render it as the browser (and the server's HTML
 * pass) would.
 */
function CheckedIsland(props: Parameters<Island['InteractiveLabelBadge']>[0]) {
  expectServerToClientProps(props as unknown as Record<string, unknown>);
  islandRenders++;
  return ReactWithContext.createElement(island!.InteractiveLabelBadge, props);
}

async function loadEntry(withContext: boolean): Promise<Entry> {
  vi.resetModules();
  if (withContext) {
    vi.doUnmock('react');
    vi.doUnmock('../LabelBadge/InteractiveLabelBadge.js');
  } else {
    vi.doMock('react', async (importOriginal) => {
      const react = await importOriginal<typeof ReactWithContext>();
      // Present but undefined: Vitest's module mock throws on a missing export, React's server build just lacks it.
      const serverLike = Object.fromEntries(
        Object.entries(react).map(([name, value]) => [
          name,
          serverBuildExports.has(name) ? value : undefined,
        ]),
      );
      return { ...serverLike, default: serverLike };
    });
    vi.doMock('../LabelBadge/InteractiveLabelBadge.js', () => ({ InteractiveLabelBadge: CheckedIsland }));
  }
  return import('../index.js');
}

let ordinary: Entry;
let contextFree: Entry;
beforeAll(async () => {
  ordinary = await loadEntry(true);
  island = await import('../LabelBadge/InteractiveLabelBadge.js');
  contextFree = await loadEntry(false);
  vi.doUnmock('react');
  vi.doUnmock('../LabelBadge/InteractiveLabelBadge.js');
});
afterAll(() => {
  // The toggles of the examples and the tooltips of the summary went through the check above.
  expect(islandRenders).toBeGreaterThan(100);
});
afterAll(() => vi.resetModules());

/** Renders, naming the component in any error it throws (several are rendered in one test). */
function renderNamed(name: string, element: ReactWithContext.ReactElement): string {
  try {
    return renderToStaticMarkup(element);
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).stack}`);
  }
}

/** Equal markup, or a failure that shows where the two first differ (whole pages are too long to read). */
function expectSameMarkup(contextFreeHtml: string, expected: string, name = '') {
  // The interactive badges render with context (in the browser, and in the server's HTML pass), so they do have
  // generated classes: compare without them on both sides.
  const actual = withoutGeneratedClasses(contextFreeHtml);
  if (actual === expected) return;
  let at = 0;
  while (actual[at] === expected[at]) at++;
  const around = (html: string) => html.slice(Math.max(0, at - 120), at + 120);
  expect.fail(`${name} differs at ${at}:\n  got      …${around(actual)}…\n  expected …${around(expected)}…`);
}

const page = (entry: Entry, props: PrivacyPolicyProps) =>
  renderToStaticMarkup(ReactWithContext.createElement(entry.PrivacyPolicy, props));

describe('rendering without React context (as in a Server Component)', () => {
  it('renders the page, its words included, where React has no context', () => {
    const html = page(contextFree, { policy: assertPolicy(readExample('small-shop')), locale: 'ko' });
    expect(html).toContain('처리하는 개인정보 항목');
    expect(html).toContain('개인정보 처리 표시');
    // Each styled component as a plain element whose class is its fixed id, for styles.css; no <style> element.
    expect(html).toMatch(/^<article [^>]*class="plk-PrivacyPolicy">/);
    expect(html).toContain('<section id="privacy-retention" ');
    expect(html).not.toContain('<style');
  });

  it.each(
    exampleNames().flatMap((name) =>
      (['ko', 'en'] as Locale[]).flatMap((locale) =>
        [1, 3].map((headingLevel) => [name, locale, headingLevel] as const),
      ),
    ),
  )('renders %s (%s, title at h%d) exactly as with context', (name, locale, headingLevel) => {
    const policy = assertPolicy(readExample(name));
    const props = { policy, locale, headingLevel: headingLevel as 1 | 3, summaryDisplay: 'toggle' as const };
    expectSameMarkup(page(contextFree, props), withoutGeneratedClasses(page(ordinary, props)));
  });

  it('renders any valid policy exactly as with context (generated policies)', () => {
    fc.assert(
      fc.property(policyInputArbitrary, fc.constantFrom<Locale>('ko', 'en'), (input, locale) => {
        const parsed = parsePolicy(input);
        // The generator makes valid policies; one that is not would test nothing here.
        if (!parsed.ok) throw new Error('the generated policy does not parse');
        const policy: Policy = parsed.policy;
        expectSameMarkup(
          page(contextFree, { policy, locale }),
          withoutGeneratedClasses(page(ordinary, { policy, locale })),
        );
      }),
      { numRuns: 40 },
    );
  });

  it.each(['ko', 'en'] as Locale[])(
    'renders every other component exactly as with context (%s)',
    (locale) => {
      const next = assertPolicy(readExample('messenger-platform'));
      const previous = assertPolicy(
        JSON.parse(readFileSync(join(examplesDir, 'versions', 'messenger-platform-3.1.json'), 'utf8')),
      );
      const clinic = assertPolicy(readExample('clinic'));
      const labels = deriveLabels(next, { locale });
      const cases: [string, (entry: Entry) => ReactWithContext.ReactElement][] = [
        [
          'LabelSummary',
          (e) => ReactWithContext.createElement(e.LabelSummary, { labels, locale, display: 'tooltip' }),
        ],
        ['TableOfContents', (e) => ReactWithContext.createElement(e.TableOfContents, { labels, locale })],
        ['EasyReadPolicy', (e) => ReactWithContext.createElement(e.EasyReadPolicy, { policy: next, locale })],
        [
          'AtAGlance',
          (e) =>
            ReactWithContext.createElement(e.AtAGlance, {
              statements: deriveAtAGlance(next, { locale }),
              locale,
            }),
        ],
        ['CctvSign', (e) => ReactWithContext.createElement(e.CctvSign, { policy: clinic, locale })],
        [
          'ChangeNotice',
          (e) =>
            ReactWithContext.createElement(e.ChangeNotice, { previous, next, locale, showFindings: true }),
        ],
        [
          'PolicyComparison',
          (e) => ReactWithContext.createElement(e.PolicyComparison, { previous, next, locale }),
        ],
        [
          'PolicyFindings',
          (e) =>
            ReactWithContext.createElement(e.PolicyFindings, {
              findings: lintPolicy(next, { previous }),
              locale,
            }),
        ],
        [
          'a section alone',
          (e) =>
            ReactWithContext.createElement(e.RetentionSection, { policy: next, locale, headingLevel: 3 }),
        ],
      ];
      for (const [name, element] of cases) {
        const html = renderNamed(name, element(contextFree));
        expect(html.length, name).toBeGreaterThan(200);
        expectSameMarkup(html, withoutGeneratedClasses(renderToStaticMarkup(element(ordinary))), name);
      }
    },
  );

  it('gives sub-headings the level below their section heading, with no context to carry it', () => {
    const policy = assertPolicy(readExample('small-shop'));
    const html = page(contextFree, { policy, locale: 'ko', headingLevel: 3 });
    // Title h3, sections h4, their sub-headings (retention by item, the consent table's legal bases) h5.
    expect(html).toMatch(/<h4 id="privacy-retention-heading">/);
    expect(html).toMatch(/<h5 class="plk-subheading">항목별 보유 기간<\/h5>/);
    expect(html).toMatch(/<h5 class="plk-subheading" id="privacy-collected-items-[a-zA-Z]+">/);
    expect(html).not.toMatch(/<h3 class="plk-subheading"/);
  });

  it('says plainly that a provider cannot pass anything down, rather than render another language or theme', () => {
    const render = (element: ReactWithContext.ReactElement) => () => renderToStaticMarkup(element);
    const policy = assertPolicy(readExample('small-shop'));
    const child = ReactWithContext.createElement(contextFree.PrivacyPolicy, { policy });
    expect(
      render(ReactWithContext.createElement(contextFree.PolicyLocaleProvider, { locale: 'en' }, child)),
    ).toThrow(
      /PolicyLocaleProvider cannot pass a language down in a React Server Component.*Give each component `locale`/,
    );
    expect(
      render(ReactWithContext.createElement(contextFree.PrivacyLabelThemeProvider, { theme: 'dark' }, child)),
    ).toThrow(/PrivacyLabelThemeProvider cannot pass its theme down.*Give each component `theme`/);
    // A custom section's sub-heading without its level: no context to find it, so no silent h3.
    expect(render(ReactWithContext.createElement(contextFree.SubHeading, null, '보관 기간'))).toThrow(
      /SubHeading needs `level` in a React Server Component/,
    );
    expect(
      renderToStaticMarkup(ReactWithContext.createElement(contextFree.SubHeading, { level: 4 }, '보관 기간')),
    ).toBe('<h4 class="plk-subheading">보관 기간</h4>');
  });
});
