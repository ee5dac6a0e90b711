// Server-render cost of the React policy page, measured side by side in one run against (a) react-markdown rendering
// the same content as Markdown and (b) the floor React sets: the same markup as plain elements with one static
// stylesheet. Plus the gzip size of LabelSummary alone. Prints figures and ratios; asserts nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PrivacyPolicy } from '@privacy-label-kit/react';
import { assertPolicy } from '@privacy-label-kit/schema';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import { createElement, Fragment } from 'react';
import { renderToString } from 'react-dom/server';
import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { ServerStyleSheet } from 'styled-components';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const warmUp = 15;
const runs = 40;

export default async function reactBench() {
  const examplesDir = join(root, 'assets', 'examples');
  const [largest] = readdirSync(examplesDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, size: statSync(join(examplesDir, name)).size }))
    .sort((a, b) => b.size - a.size);
  const policy = assertPolicy(JSON.parse(readFileSync(join(examplesDir, largest.name), 'utf8')));
  const locale = policy.defaultLocale;

  const renderOurs = () => {
    const sheet = new ServerStyleSheet();
    try {
      const html = renderToString(sheet.collectStyles(createElement(PrivacyPolicy, { policy, locale })));
      return { html, css: sheet.getStyleTags() };
    } finally {
      sheet.seal();
    }
  };
  const { html, css } = renderOurs();

  const markdown = policyToMarkdown(html);
  // GitHub-flavoured Markdown, so the policy's tables stay tables, as anyone writing this policy in Markdown would do.
  const renderMarkdown = () =>
    renderToString(createElement(Markdown, { remarkPlugins: [remarkGfm] }, markdown));

  const tree = htmlToTree(html);
  const staticCss = css;
  const renderPlain = () => renderToString(createElement(Fragment, null, treeToElement(tree))) + staticCss;

  // Interleave the three so that GC pauses and CPU frequency changes hit them alike.
  const timings = { ours: [], markdown: [], plain: [] };
  for (let i = 0; i < warmUp + runs; i++) {
    for (const [name, render] of [
      ['ours', renderOurs],
      ['markdown', renderMarkdown],
      ['plain', renderPlain],
    ]) {
      const start = performance.now();
      render();
      if (i >= warmUp) timings[name].push(performance.now() - start);
    }
  }
  const ours = median(timings.ours);
  const markdownMs = median(timings.markdown);
  const plain = median(timings.plain);

  console.log(
    `policy: ${largest.name} (${(largest.size / 1024).toFixed(0)} KB JSON, locale ${locale}); ` +
      `page HTML ${(html.length / 1024).toFixed(0)} KB + CSS ${(css.length / 1024).toFixed(1)} KB; ` +
      `Markdown ${(Buffer.byteLength(markdown) / 1024).toFixed(0)} KB UTF-8; median of ${runs} after ${warmUp} warm-up runs`,
  );
  console.log(`PrivacyPolicy, renderToString + ServerStyleSheet:         ${ours.toFixed(2)} ms`);
  console.log(`(a) react-markdown + remark-gfm, same content as Markdown: ${markdownMs.toFixed(2)} ms`);
  console.log(`(b) same markup as plain elements + one static stylesheet: ${plain.toFixed(2)} ms`);
  console.log(`ratio ours / react-markdown: ${(ours / markdownMs).toFixed(3)}  (goal ≤ 0.1)`);
  console.log(`ratio ours / plain elements: ${(ours / plain).toFixed(2)}  (goal ≤ 1.3)`);

  for (const [name, entry] of [
    ['LabelSummary', 'export { LabelSummary } from "@privacy-label-kit/react";'],
    [
      'LabelIcon + one icon',
      'export { LabelIcon } from "@privacy-label-kit/react";\nexport { default as icon } from "@privacy-label-kit/icons/icons/collected-items";',
    ],
    ['PrivacyPolicy', 'export { PrivacyPolicy } from "@privacy-label-kit/react";'],
    // One language: the /core entry registers no words, so only the Korean ones imported here are bundled.
    [
      'PrivacyPolicy core+ko',
      'export { PrivacyPolicy } from "@privacy-label-kit/react/core";\nexport { ko } from "@privacy-label-kit/react/locales/ko";',
    ],
    // The page as a React Server Component: everything renders on the server, and the browser gets only the Client
    // Component behind a badge's tooltip or ⓘ toggle (test/packed/nextjs.test.ts checks that in a built Next.js app;
    // \`npm run bench -- nextjs\` measures that app's pages).
    [
      'PrivacyPolicy as RSC',
      `export { InteractiveLabelBadge } from ${JSON.stringify(join(root, 'packages/react/dist/LabelBadge/InteractiveLabelBadge.js'))};`,
    ],
    // Where the one-language page's bytes go: the components and label rules without words, and the words alone.
    ['PrivacyPolicy core', 'export { PrivacyPolicy } from "@privacy-label-kit/react/core";'],
    ['ko words alone', 'export { ko } from "@privacy-label-kit/react/locales/ko";'],
    ['es-hangul (particles)', 'export { josa, numberToHangul } from "es-hangul";'],
    // What any page that renders every label without loading anything later must carry before a single component:
    // one language's words, the rules that decide and caption each label, every icon's shapes, the particles.
    [
      'no components (floor)',
      'export { ko } from "@privacy-label-kit/react/locales/ko";\nexport { deriveLabels } from "@privacy-label-kit/schema/core";\nexport { labelIcons } from "@privacy-label-kit/icons/map";',
    ],
    [
      'LabelSummary core+koSummary',
      'export { LabelSummary } from "@privacy-label-kit/react/core";\nexport { koSummary } from "@privacy-label-kit/react/locales/ko";',
    ],
    [
      'LabelSummary core+ko',
      'export { LabelSummary } from "@privacy-label-kit/react/core";\nexport { ko } from "@privacy-label-kit/react/locales/ko";',
    ],
  ]) {
    const { raw, gzip } = await bundleSize(entry);
    const goal =
      {
        LabelSummary: '  (goal ≤ 10 KB gzip)',
        'PrivacyPolicy core+ko': '  (goal ≤ 18 KB gzip, in a browser bundle)',
        'PrivacyPolicy as RSC': '  (goal ≤ 18 KB gzip: what the browser gets of it)',
      }[name] ?? '';
    console.log(
      `bundle ${name.padEnd(22)} ${(raw / 1024).toFixed(1).padStart(6)} KB min, ${(gzip / 1024).toFixed(1).padStart(5)} KB gzip${goal}`,
    );
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** esbuild bundle of `contents` for the browser, minified, with React and styled-components left to the host app. */
async function bundleSize(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external: ['react', 'react-dom', 'react/jsx-runtime', 'styled-components'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

// ---------------------------------------------------------------------------------------------------------------
// (b) The floor: our own server output turned back into a tree of plain elements, rebuilt with createElement on every
// run, so React does the same element creation and serialisation work without components or CSS-in-JS.
// ---------------------------------------------------------------------------------------------------------------

const reactPropNames = {
  class: 'className',
  tabindex: 'tabIndex',
  for: 'htmlFor',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
};

function htmlToTree(html) {
  const { document } = new JSDOM(`<!doctype html><body>${html}</body>`).window;
  const convert = (node) => {
    if (node.nodeType === 3) return node.textContent;
    if (node.nodeType !== 1) return null;
    const props = {};
    for (const { name, value } of node.attributes) {
      if (name === 'style') {
        props.style = Object.fromEntries(
          value
            .split(';')
            .filter(Boolean)
            .map((declaration) => declaration.split(':').map((part) => part.trim())),
        );
      } else if (name.startsWith('aria-') || name.startsWith('data-') || name === 'viewBox')
        props[name] = value;
      else
        props[reactPropNames[name] ?? name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase())] = value;
    }
    return {
      type: node.localName,
      props,
      children: [...node.childNodes].map(convert).filter((child) => child !== null),
    };
  };
  return [...document.body.childNodes].map(convert);
}

function treeToElement(nodes) {
  return nodes.map((node, index) =>
    typeof node === 'string'
      ? node
      : createElement(node.type, { key: index, ...node.props }, ...treeToElement(node.children)),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// (a) The same policy content written as Markdown: every text the page shows (labels, headings, intros, every table
// row, every particular), generated from the page rendered from the same policy data, with GFM tables for tables.
// ---------------------------------------------------------------------------------------------------------------

function policyToMarkdown(html) {
  const { document } = new JSDOM(`<!doctype html><body>${html}</body>`).window;
  const blocks = [];
  const inline = (node) => {
    if (node.nodeType === 3) return node.textContent.replace(/\s+/g, ' ');
    if (node.nodeType !== 1 || node.localName === 'svg') return '';
    const text = [...node.childNodes].map(inline).join('');
    if (node.localName === 'a') return `[${text.trim()}](${node.getAttribute('href')})`;
    if (node.localName === 'strong' || node.localName === 'th') return `**${text.trim()}**`;
    return text;
  };
  const walk = (node) => {
    if (node.nodeType !== 1) return;
    const name = node.localName;
    const heading = /^h([1-6])$/.exec(name);
    if (heading) blocks.push(`${'#'.repeat(Number(heading[1]))} ${inline(node).trim()}`);
    else if (name === 'p') blocks.push(inline(node).trim());
    else if (name === 'ul' || name === 'ol') {
      blocks.push(
        [...node.children]
          .map((item, index) => `${name === 'ol' ? `${index + 1}.` : '-'} ${inline(item).trim()}`)
          .join('\n'),
      );
    } else if (name === 'table') {
      const cellText = (cell) => inline(cell).trim().replace(/\|/g, '\\|') || ' ';
      const columns = [...node.querySelectorAll('thead th')].map(cellText);
      const rows = [...node.querySelectorAll('tbody tr')].map(
        (row) => `| ${[...row.children].map(cellText).join(' | ')} |`,
      );
      blocks.push(
        [`| ${columns.join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`, ...rows].join('\n'),
      );
    } else if (name === 'dl') {
      blocks.push(
        [...node.querySelectorAll('dt')]
          .map((term) => `- **${term.textContent.trim()}**: ${inline(term.nextElementSibling).trim()}`)
          .join('\n'),
      );
    } else for (const child of node.children) walk(child);
  };
  for (const child of document.body.children) walk(child);
  return blocks.filter(Boolean).join('\n\n');
}
