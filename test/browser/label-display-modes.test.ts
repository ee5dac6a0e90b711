import { AtAGlance, CctvSign, type LabelDisplay, LabelSummary } from '@privacy-label-kit/react';
import { assertPolicy, deriveAtAGlance, deriveLabels, type Policy } from '@privacy-label-kit/schema';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { createElement, Fragment } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readExample } from '../fixtures/examples.js';
import { axePath } from './support/axe.js';
import { launchChromium } from './support/chromium.js';
import { bundleClient } from './support/clientBundle.js';
import { inlineJson } from './support/policyPage.js';
import { startTestServer, type TestServer } from './support/server.js';

// The label summary in each display mode (PIPC guideline: caption, tooltip, ⓘ toggle), with the at-a-glance statements
// and the CCTV sign, rendered on the server and hydrated in Chromium: what keyboard and screen-reader users get.
interface PageProps {
  display: LabelDisplay;
  locale: 'ko' | 'en';
  labels: ReturnType<typeof deriveLabels>;
  statements: ReturnType<typeof deriveAtAGlance>['statements'];
  policy: Policy;
}

function tree(props: PageProps) {
  return createElement(
    Fragment,
    null,
    createElement(AtAGlance, { statements: props.statements, locale: props.locale }),
    createElement(LabelSummary, { labels: props.labels, locale: props.locale, display: props.display }),
    createElement(CctvSign, { policy: props.policy, locale: props.locale }),
  );
}

const clientEntry = `
  import { createElement, Fragment } from 'react';
  import { hydrateRoot } from 'react-dom/client';
  import { AtAGlance, CctvSign, LabelSummary } from '@privacy-label-kit/react';
  const props = JSON.parse(document.getElementById('props').textContent);
  hydrateRoot(
    document.getElementById('root'),
    createElement(Fragment, null,
      createElement(AtAGlance, { statements: props.statements, locale: props.locale }),
      createElement(LabelSummary, { labels: props.labels, locale: props.locale, display: props.display }),
      createElement(CctvSign, { policy: props.policy, locale: props.locale })),
    { onRecoverableError: (error) => console.error('recoverable: ' + error.message) },
  );
  setTimeout(() => { window.hydrationDone = true; }, 200);
`;

function html(props: PageProps): string {
  const sheet = new ServerStyleSheet();
  try {
    const body = renderToString(sheet.collectStyles(tree(props)));
    return `<!doctype html><html lang="${props.locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>display ${props.display}</title>${sheet.getStyleTags()}</head>
<body><main id="root">${body}</main>
<script type="application/json" id="props">${inlineJson(props)}</script>
<script type="module" src="/client.js"></script></body></html>`;
  } finally {
    sheet.seal();
  }
}

/** What a screen reader is told about the focused element: Chromium's accessibility tree, through the DevTools protocol. */
async function focusedNode(client: CDPSession) {
  const { nodes } = (await client.send('Accessibility.getFullAXTree')) as {
    nodes: {
      role?: { value: string };
      name?: { value: string };
      description?: { value: string };
      properties?: { name: string; value: { value: unknown } }[];
    }[];
  };
  // The document itself counts as focused too: the focused element is the last (deepest) focused node.
  const focused = nodes.findLast((node) =>
    node.properties?.some((property) => property.name === 'focused' && property.value.value === true),
  );
  const property = (name: string) => focused?.properties?.find((entry) => entry.name === name)?.value.value;
  return {
    role: focused?.role?.value,
    name: focused?.name?.value,
    description: focused?.description?.value ?? '',
    expanded: property('expanded'),
  };
}

describe('label display modes in Chromium: keyboard and screen readers', () => {
  let browser: Browser;
  let server: TestServer;
  const policy = assertPolicy(readExample('small-shop'));
  const props = (display: LabelDisplay, locale: 'ko' | 'en' = 'ko'): PageProps => ({
    display,
    locale,
    labels: deriveLabels(policy, { locale }),
    statements: deriveAtAGlance(policy, { locale }).statements,
    policy,
  });

  beforeAll(async () => {
    const [launched, started, bundle] = await Promise.all([
      launchChromium(),
      startTestServer(),
      bundleClient(clientEntry),
    ]);
    browser = launched;
    server = started;
    server.page('/client.js', bundle);
    server.file('/axe.min.js', axePath);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the page in `display`, hydrated, failing on any console error or warning (hydration mismatches). */
  async function open(display: LabelDisplay, locale: 'ko' | 'en' = 'ko') {
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        messages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    await page.goto(server.page(`/display-${display}-${locale}.html`, html(props(display, locale))));
    await page.waitForFunction(() => (window as Window & { hydrationDone?: boolean }).hydrationDone === true);
    const client = await page.context().newCDPSession(page);
    await client.send('Accessibility.enable');
    return { page, messages, client };
  }

  async function axeViolations(page: Page) {
    await page.addScriptTag({ url: `${server.origin}/axe.min.js` });
    return page.evaluate(async () => {
      const results = await window.axe.run(document, {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
        // The test page has no <h1> or landmarks of its own; those belong to the host page.
        rules: { 'page-has-heading-one': { enabled: false }, region: { enabled: false } },
      });
      return results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`,
      );
    });
  }

  it.each(['caption', 'tooltip', 'toggle'] as const)(
    '%s: hydrates without a warning, and axe finds no violations with the caption shown',
    async (display) => {
      const { page, messages } = await open(display);
      if (display === 'toggle') await page.locator('.plk-badge-toggle').first().click();
      if (display === 'tooltip') await page.locator('.plk-badge-link').first().focus();
      expect(await axeViolations(page)).toEqual([]);
      expect(messages).toEqual([]);
      await page.close();
    },
  );

  /** The server's HTML in a browser with JavaScript off: what a reader gets from a static page or before hydration. */
  async function openWithoutScript(display: LabelDisplay, locale: 'ko' | 'en' = 'ko') {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.page(`/static-${display}-${locale}.html`, html(props(display, locale))));
    const client = await context.newCDPSession(page);
    await client.send('Accessibility.enable');
    return { page, client, context };
  }

  it('toggle without JavaScript: every caption is in view and no button that could not work is shown', async () => {
    const { page, context } = await openWithoutScript('toggle');
    for (const label of props('toggle').labels) {
      const badge = page.locator(`[data-plk-label="${label.id}"]`);
      expect(await badge.locator('.plk-badge-caption').isVisible()).toBe(true);
      expect(await badge.locator('.plk-badge-caption').textContent()).toBe(label.caption);
      expect(await badge.locator('.plk-badge-toggle').isVisible()).toBe(false);
    }
    expect(await page.getByRole('navigation').getByRole('button').count()).toBe(0);
    await context.close();
  });

  it('tooltip without JavaScript: CSS alone shows the caption on keyboard focus and on hover, and it describes the link', async () => {
    const { page, client, context } = await openWithoutScript('tooltip');
    const [first, second] = props('tooltip').labels;
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press('Tab');
      if ((await focusedNode(client)).name === first!.title) break;
    }
    expect(await focusedNode(client)).toMatchObject({
      role: 'link',
      name: first!.title,
      description: first!.caption,
    });
    await expect.poll(() => page.getByRole('tooltip', { name: first!.caption }).isVisible()).toBe(true);
    await page.locator(`[data-plk-label="${second!.id}"] .plk-badge-title`).hover();
    await expect.poll(() => page.getByRole('tooltip', { name: second!.caption }).isVisible()).toBe(true);
    await context.close();
  });

  it('tooltip: Tab focuses a link named by the title and described by the caption; the caption shows, Escape hides it', async () => {
    const { page, client } = await open('tooltip');
    const [first, second] = props('tooltip').labels;
    // The at-a-glance statements come first; tab until the first label's link has focus.
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press('Tab');
      if ((await focusedNode(client)).name === first!.title) break;
    }
    const node = await focusedNode(client);
    expect(node).toMatchObject({ role: 'link', name: first!.title, description: first!.caption });
    const tooltip = page.getByRole('tooltip', { name: first!.caption });
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    expect((await focusedNode(client)).name).toBe(first!.title);
    // The next label: its own tooltip, the first one stays hidden.
    await page.keyboard.press('Tab');
    expect(await focusedNode(client)).toMatchObject({ name: second!.title, description: second!.caption });
    await expect.poll(() => page.getByRole('tooltip', { name: second!.caption }).isVisible()).toBe(true);
    expect(await tooltip.isVisible()).toBe(false);
    await page.close();
  });

  it('tooltip: shows on hover, stays while the pointer moves onto it, and Escape hides it without moving the pointer', async () => {
    const { page } = await open('tooltip');
    const label = props('tooltip').labels[2]!;
    const badge = page.locator(`[data-plk-label="${label.id}"]`);
    const tooltip = page.getByRole('tooltip', { name: label.caption });
    await badge.locator('.plk-badge-title').hover();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    // WCAG 1.4.13 hoverable: the pointer crosses from the badge onto the tooltip and it stays.
    const box = (await tooltip.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    expect(await tooltip.isVisible()).toBe(true);
    // Dismissible, with the focus elsewhere (on the page body).
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    // Leaving and coming back shows it again.
    await page.mouse.move(1, 1);
    await badge.locator('.plk-badge-title').hover();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    await page.close();
  });

  it('toggle: after each link, an ⓘ button named after its label; Enter and Space expand and collapse the caption', async () => {
    const { page, client } = await open('toggle', 'en');
    const first = props('toggle', 'en').labels[0]!;
    for (let step = 0; step < 20; step++) {
      await page.keyboard.press('Tab');
      if ((await focusedNode(client)).name === first.title) break;
    }
    expect(await focusedNode(client)).toMatchObject({ role: 'link', name: first.title, description: '' });
    await page.keyboard.press('Tab');
    expect(await focusedNode(client)).toMatchObject({
      role: 'button',
      name: `Show explanation: ${first.title}`,
      expanded: false,
    });
    const caption = page.getByText(first.caption, { exact: true });
    expect(await caption.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    expect((await focusedNode(client)).expanded).toBe(true);
    expect(await caption.isVisible()).toBe(true);
    await page.keyboard.press('Space');
    expect((await focusedNode(client)).expanded).toBe(false);
    expect(await caption.isVisible()).toBe(false);
    // The accessibility tree as a screen reader reads the summary: per label a link, then its button.
    const snapshot = await page.getByRole('navigation').ariaSnapshot();
    expect(snapshot).toContain(`- link "${first.title}"`);
    // (YAML quotes the button's line, whose name has a colon.)
    expect(snapshot).toContain(`button "Show explanation: ${first.title}"`);
    await page.close();
  });
});
