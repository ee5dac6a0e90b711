import { iconToSvg } from '@privacy-label-kit/icons';
import { iconIds, labelIcons } from '@privacy-label-kit/icons/map';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  binarise,
  goalMisses,
  legibilityGoal,
  legibilitySizes,
  type MeasuredIcon,
  percent,
  renderIconPixels,
} from '../../packages/icons/scripts/legibility.mjs';
import { launchChromium } from './support/chromium.js';

// The artwork's legibility, the figures `npm run contact-sheet` prints: every framed icon, offline (black, as
// printed), rendered by Chromium at 16 px and at 10 mm / 150 dpi, reduced to black and white. Within a family any two
// icons must differ in at least 10 % of their pixels, and no icon may be more than 38 % ink — a property of the
// drawings, so it holds on any machine that renders SVG the way Chromium does.

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

async function measuredIcons(pixels: number): Promise<MeasuredIcon[]> {
  const documents = iconIds.map((id) => ({
    id,
    svg: iconToSvg(labelIcons[id], { variant: 'offline', size: pixels, frame: true }),
  }));
  const rendered = await renderIconPixels(page, documents, pixels);
  return rendered.map(({ id, rgba }) => ({
    id,
    family: labelIcons[id as keyof typeof labelIcons].family,
    bits: binarise(rgba),
  }));
}

describe.each(legibilitySizes.map((size) => [size.name, size.pixels] as const))(
  'framed offline icons at %s',
  (_, pixels) => {
    it('renders every icon at that size, with ink on it', async () => {
      const icons = await measuredIcons(pixels);
      expect(icons).toHaveLength(iconIds.length);
      for (const icon of icons) {
        expect(icon.bits, icon.id).toHaveLength(pixels * pixels);
        expect(
          icon.bits.some((bit) => bit === 1),
          icon.id,
        ).toBe(true);
      }
    });

    it(`tells any two icons of a family apart (≥ ${percent(legibilityGoal.minimumDifferingShare)} of pixels differ) and keeps every icon open (≤ ${percent(legibilityGoal.maximumInkShare)} ink)`, async () => {
      const misses = goalMisses(await measuredIcons(pixels)).map(
        ({ kind, ids, share }) =>
          `${ids.join(' / ')}: ${percent(share)} ${kind === 'pair' ? 'differing' : 'ink'}`,
      );
      expect(misses).toEqual([]);
    });
  },
);
