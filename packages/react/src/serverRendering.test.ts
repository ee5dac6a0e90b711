import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');

// Plain Node ESM, not Vite: in Node `import styled from 'styled-components'` is the CommonJS namespace, so a package
// that only works through a bundler would fail here first.
describe('the built @privacy-label-kit/react package in plain Node', () => {
  const consumer = mkdtempSync(join(tmpdir(), 'plk-react-consumer-'));
  afterAll(() => rmSync(consumer, { recursive: true, force: true }));
  symlinkSync(join(root, 'node_modules'), join(consumer, 'node_modules'), 'dir');

  it('renders the whole policy to a string with its styles collected by ServerStyleSheet', () => {
    writeFileSync(
      join(consumer, 'render.mjs'),
      `import { readFileSync } from 'node:fs';
       import { createElement } from 'react';
       import { renderToString } from 'react-dom/server';
       import { ServerStyleSheet } from 'styled-components';
       import { PrivacyPolicy } from '@privacy-label-kit/react';
       import { LabelIconById } from '@privacy-label-kit/react/by-id';
       import { assertPolicy } from '@privacy-label-kit/schema';
       const policy = assertPolicy(JSON.parse(readFileSync(${JSON.stringify(join(root, 'assets/examples/small-shop.json'))}, 'utf8')));
       const sheet = new ServerStyleSheet();
       try {
         const html = renderToString(sheet.collectStyles(createElement(PrivacyPolicy, { policy, locale: 'en', theme: 'dark' })));
         const icon = renderToString(createElement(LabelIconById, { id: 'retention', title: 'Retention' }));
         console.log(JSON.stringify({ html, icon, styles: sheet.getStyleTags() }));
       } finally {
         sheet.seal();
       }`,
    );
    const output = execFileSync(process.execPath, ['render.mjs'], { cwd: consumer, encoding: 'utf8' });
    const { html, icon, styles } = JSON.parse(output) as { html: string; icon: string; styles: string };
    expect(html).toMatch(/^<article lang="en" data-plk-theme="dark"/);
    expect(html).toContain('id="privacy-third-party-provision"');
    expect(html).toContain('>Privacy labels at a glance</h2>');
    expect(icon).toMatch(/^<svg[^>]* role="img" aria-label="Retention"/);
    // The theme tokens and the print stylesheet travel with the server output.
    expect(styles).toMatch(/^<style data-styled="true"/);
    expect(styles).toContain("[data-plk-theme='dark']{--plk-color-text:#eef1f5;");
    expect(styles).toContain('@media print');
    // Every class the markup uses has its rules in the collected styles, so the page is styled before hydration.
    const classes = new Set([...html.matchAll(/class="([^"]+)"/g)].flatMap((match) => match[1]!.split(' ')));
    const styled = [...classes].filter((name) => !name.startsWith('plk-') && !name.startsWith('sc-'));
    expect(styled.length).toBeGreaterThan(5);
    for (const name of styled) expect(styles, name).toContain(`.${name}`);
  });

  it('renders the labels alone (LabelSummary, LabelBadge, AttentionFlags) with only the words around them', () => {
    // A fresh process: nothing registered, so each component has only the built-in words it brings (koSummary,
    // enSummary), not the page's or the labels' (those come with the derived labels).
    writeFileSync(
      join(consumer, 'labels.mjs'),
      `import { readFileSync } from 'node:fs';
       import { createElement } from 'react';
       import { renderToString } from 'react-dom/server';
       import { AttentionFlags, LabelBadge, LabelSummary } from '@privacy-label-kit/react';
       import { getLabelIcon } from '@privacy-label-kit/icons/map';
       import { assertPolicy, deriveLabels } from '@privacy-label-kit/schema';
       const policy = assertPolicy(JSON.parse(readFileSync(${JSON.stringify(join(root, 'assets/examples/messenger-platform.json'))}, 'utf8')));
       const out = {};
       for (const locale of ['ko', 'en']) {
         const labels = deriveLabels(policy, { locale });
         const flagged = labels.find((label) => label.attention.length > 0);
         out[locale] = {
           summaries: ['caption', 'tooltip', 'toggle'].map((display) =>
             renderToString(createElement(LabelSummary, { labels, locale, display })),
           ),
           badge: renderToString(createElement(LabelBadge, { label: flagged, icon: getLabelIcon(flagged.id), display: 'toggle', locale })),
           flags: renderToString(createElement(AttentionFlags, { flags: flagged.attention, locale })),
           flag: flagged.attention[0].message,
         };
       }
       console.log(JSON.stringify(out));`,
    );
    const output = execFileSync(process.execPath, ['labels.mjs'], { cwd: consumer, encoding: 'utf8' });
    const rendered = JSON.parse(output) as Record<
      'ko' | 'en',
      { summaries: string[]; badge: string; flags: string; flag: string }
    >;
    for (const [locale, heading, prefix] of [
      ['ko', '개인정보 처리 표시', '주의: '],
      ['en', 'Privacy labels at a glance', 'Attention: '],
    ] as const) {
      const { summaries, badge, flags, flag } = rendered[locale];
      for (const html of summaries) expect(html).toContain(`>${heading}</h2>`);
      expect(badge).toContain(locale === 'ko' ? '설명 보기' : 'Show explanation');
      expect(flags).toContain(prefix);
      expect(flags).toContain(flag);
    }
  });
});
