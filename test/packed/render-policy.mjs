// Runs inside a consumer project (copied there by the test): server-renders the policy page with that project's React
// and styled-components and the installed packages, and prints the HTML document. Plain Node ESM, as a server would.
// Usage: node render-policy.mjs <policy.json> <locale>
import { readFileSync } from 'node:fs';
import { PrivacyPolicy } from '@privacy-label-kit/react';
import { assertPolicy } from '@privacy-label-kit/schema';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';

const [policyFile, locale] = process.argv.slice(2);
const policy = assertPolicy(JSON.parse(readFileSync(policyFile, 'utf8')));
const props = { policy, locale };
const sheet = new ServerStyleSheet();
try {
  const html = renderToString(sheet.collectStyles(createElement(PrivacyPolicy, props)));
  const data = JSON.stringify(props).replace(/</g, '\\u003c');
  process.stdout.write(`<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>policy</title>
${sheet.getStyleTags()}</head>
<body><main id="root">${html}</main>
<script type="application/json" id="policy-props">${data}</script>
<script type="module" src="/client.js"></script></body></html>`);
} finally {
  sheet.seal();
}
