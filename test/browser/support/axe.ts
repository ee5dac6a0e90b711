import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's browser build; serve it at `/axe.min.js` (`server.file('/axe.min.js', axePath)`). */
export const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Runs axe (WCAG 2.2 A and AA plus axe's best practices, colour contrast included) on the page as it is now and
 * returns one line per violation, up to three nodes each. axe is loaded from `${origin}/axe.min.js` unless the page
 * already has it; with no origin, from the page's own server.
 */
export async function axeViolations(page: Page, origin = ''): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: `${origin}/axe.min.js` });
  return page.evaluate(async () => {
    const results = await window.axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .slice(0, 3)
          .map((node) => `${node.target.join(' ')} — ${node.failureSummary}`)
          .join(' | ')}`,
    );
  });
}

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}
