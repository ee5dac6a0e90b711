// `npm run contact-sheet`: renders every icon, both variants, at 16/24/48 px, with and without its frame, into one
// PNG through headless Chromium (stories/assets/icon-contact-sheet.png, shown in the docs). Pixel ratio 1, so the
// 16 px column shows what a screen really draws. Reads the built package: run `npm run build` first.
// It prints, per family, each glyph's clearance from its frame and the legibility figures of the framed offline
// variant at 16 px and at 10 mm / 150 dpi (scripts/legibility.mjs): the most similar pair and the heaviest icon.
// It exits non-zero when a glyph touches its frame or the legibility goal is missed (the figures still print).
import { mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
// The project's one list of Chromium launch settings (dev script only: the package never ships it).
import chromiumSettings from '../../../test/browser/support/chromium.json' with { type: 'json' };
import {
  escapeXml,
  familyColors,
  framedStrokeWidth,
  frames,
  glyphScaleInFrame,
  iconToSvg,
  serializeIconNode,
} from '../dist/index.js';
import { iconIds, labelIcons } from '../dist/map.js';
import { iconsPackageDirectory } from './iconSources.mjs';
import {
  binarise,
  goalMisses,
  legibilityGoal,
  legibilitySizes,
  measureFamilies,
  percent,
  renderIconPixels,
} from './legibility.mjs';

const outputPath = resolve(
  process.argv[2] ?? resolve(iconsPackageDirectory, '../../stories/assets/icon-contact-sheet.png'),
);
const deviceScaleFactor = Number(process.env.CONTACT_SHEET_SCALE ?? 1);
/** Half the stroke of a framed icon (frame and glyph alike), in grid units. */
const halfStroke = framedStrokeWidth / 2;
/** Below this gap (grid units) between a framed glyph's stroke and the frame's, the two read as touching at 24 px. */
const minimumFrameClearance = 0.5;
const sizes = [16, 24, 48];
const columns = [
  { frame: true, variant: 'online' },
  { frame: true, variant: 'offline' },
  { frame: false, variant: 'online' },
  { frame: false, variant: 'offline' },
];

function iconCells(icon) {
  return columns
    .map(({ frame, variant }) => {
      const svgs = sizes
        .map(
          (size) =>
            `<span class="icon">${iconToSvg(icon, { variant, size, frame, titleId: `${icon.id}-${variant}-${frame}-${size}` })}</span>`,
        )
        .join('');
      return `<td class="${variant}">${svgs}</td>`;
    })
    .join('');
}

function page() {
  const headings = columns
    .map(
      ({ frame, variant }) =>
        `<th>${variant}, ${frame ? 'label (frame)' : 'glyph only'}<br><small>16 · 24 · 48 px</small></th>`,
    )
    .join('');
  const rows = iconIds
    .map((id) => {
      const icon = labelIcons[id];
      return (
        `<tr><td class="name"><code>${escapeXml(id)}</code><br><span lang="ko">${escapeXml(icon.title.ko)}</span>` +
        ` · ${escapeXml(icon.title.en)}<br><small style="color:${familyColors[icon.family]}">${icon.family}</small></td>` +
        `${iconCells(icon)}</tr>`
      );
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
    body { margin: 16px; font: 12px/1.35 'Noto Sans CJK KR', sans-serif; color: #111; background: #fff; }
    h1 { font-size: 16px; margin: 0 0 8px; }
    table { border-collapse: collapse; }
    th { font-weight: 600; text-align: left; padding: 4px 10px; border-bottom: 1px solid #ccc; }
    td { padding: 6px 10px; border-bottom: 1px solid #eee; vertical-align: middle; }
    td.name { width: 210px; }
    td.offline { background: #fafafa; }
    .icon { display: inline-block; margin-right: 10px; vertical-align: middle; line-height: 0; }
    code { font-size: 12px; }
  </style></head><body>
  <h1>Privacy Label Kit icons — contact sheet (${iconIds.length} labels, pixel ratio ${deviceScaleFactor})</h1>
  <table><thead><tr><th>label</th>${headings}</tr></thead><tbody>${rows}</tbody></table></body></html>`;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? chromiumSettings.executablePath,
  args: chromiumSettings.args,
});
try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, deviceScaleFactor });
  const browserPage = await context.newPage();
  await browserPage.setContent(page(), { waitUntil: 'load' });
  await browserPage.evaluate(() => document.fonts.ready);
  const clearances = await measureFrameClearances(browserPage);
  mkdirSync(dirname(outputPath), { recursive: true });
  await browserPage.screenshot({ path: outputPath, fullPage: true });
  console.log(`wrote ${relative(process.cwd(), outputPath)}`);
  const tight = clearances.filter(({ clearance }) => clearance < minimumFrameClearance);
  const tightest = clearances.reduce((a, b) => (a.clearance <= b.clearance ? a : b));
  console.log(`frame clearance: tightest ${tightest.id} ${tightest.clearance.toFixed(2)} units`);
  for (const { id, clearance } of tight) {
    console.error(
      `${id}: glyph comes within ${clearance.toFixed(2)} units of its frame (minimum ${minimumFrameClearance})`,
    );
  }
  if (tight.length > 0) process.exitCode = 1;
  if (!(await reportLegibility(browserPage))) process.exitCode = 1;
} finally {
  await browser.close();
}

/**
 * The smallest gap, in grid units, between each framed glyph's stroke edge and the inner stroke edge of its frame.
 * Chromium samples the glyph outlines (getPointAtLength); the frames' inner edges are measured exactly.
 */
async function measureFrameClearances(browserPage) {
  const markup = iconIds
    .map((id) => `<svg data-id="${id}" viewBox="0 0 24 24">${serializeIconNode(labelIcons[id].glyph)}</svg>`)
    .join('');
  const outlines = await browserPage.evaluate((svgMarkup) => {
    const host = document.createElement('div');
    host.innerHTML = svgMarkup;
    document.body.append(host);
    const result = {};
    for (const svg of host.querySelectorAll('svg')) {
      result[svg.dataset.id] = [...svg.children].flatMap((shape) => {
        const length = shape.getTotalLength();
        return Array.from({ length: 401 }, (_, step) => {
          const point = shape.getPointAtLength((length * step) / 400);
          return [point.x, point.y];
        });
      });
    }
    host.remove();
    return result;
  }, markup);
  const [circle] = frames.dataType;
  const [hexagon] = frames.processing;
  const [roundedSquare] = frames.protection;
  const hexagonRadius = 12 - Number(hexagon[1].d.split(' ')[1]); // top vertex (12, 1)
  const innerEdge = {
    // Regular hexagon, pointy top: the inner edge of its stroke lies an apothem minus half the stroke from the centre.
    processing: (x, y) => {
      let reach = Number.NEGATIVE_INFINITY;
      for (let side = 0; side < 6; side += 1) {
        const angle = (side * Math.PI) / 3;
        reach = Math.max(reach, (x - 12) * Math.cos(angle) + (y - 12) * Math.sin(angle));
      }
      return hexagonRadius * Math.cos(Math.PI / 6) - halfStroke - reach;
    },
    // Rounded square: signed distance to the inner edge of its stroke.
    protection: (x, y) => insideRoundedSquare(x, y, roundedSquare[1].width / 2, roundedSquare[1].rx),
    // Circle: the inner edge of its stroke lies the radius minus half the stroke from the centre.
    dataType: (x, y) => circle[1].r - halfStroke - Math.hypot(x - 12, y - 12),
    // Viewfinder corners: open sides, but the glyph keeps clear of the square the corner marks outline (20 units,
    // corner radius 3), so it never runs into a mark.
    video: (x, y) => insideRoundedSquare(x, y, 10, 3),
  };
  return iconIds.map((id) => {
    const inside = innerEdge[labelIcons[id].family];
    let clearance = Number.POSITIVE_INFINITY;
    for (const [x, y] of outlines[id]) {
      const scaledX = 12 + glyphScaleInFrame * (x - 12);
      const scaledY = 12 + glyphScaleInFrame * (y - 12);
      clearance = Math.min(clearance, inside(scaledX, scaledY) - halfStroke); // minus half the glyph's stroke
    }
    return { id, clearance };
  });
}

/**
 * Prints, per family, the framed offline icons' smallest share of differing pixels between two icons (naming the
 * pair) and largest ink share (naming the icon), at each legibility size, then every miss of the goal. Returns
 * whether the whole set meets the goal.
 */
async function reportLegibility(browserPage) {
  let met = true;
  console.log(
    `legibility (offline, framed; goal: every pair ≥ ${percent(legibilityGoal.minimumDifferingShare)} differing, ` +
      `no icon > ${percent(legibilityGoal.maximumInkShare)} ink)`,
  );
  for (const { name, pixels } of legibilitySizes) {
    const documents = iconIds.map((id) => ({
      id,
      svg: iconToSvg(labelIcons[id], { variant: 'offline', size: pixels, frame: true }),
    }));
    const icons = (await renderIconPixels(browserPage, documents, pixels)).map(({ id, rgba }) => ({
      id,
      family: labelIcons[id].family,
      bits: binarise(rgba),
    }));
    for (const { family, count, closest, heaviest } of measureFamilies(icons)) {
      const pair = closest ? `${closest.a} / ${closest.b} ${percent(closest.share)}` : 'no pair';
      console.log(
        `  ${name.padEnd(16)} ${family.padEnd(11)} ${String(count).padStart(2)} icons  most similar: ${pair}` +
          `  heaviest: ${heaviest.id} ${percent(heaviest.share)}`,
      );
    }
    for (const miss of goalMisses(icons)) {
      met = false;
      console.error(
        `  ${name}: ${miss.kind === 'pair' ? `${miss.ids.join(' / ')} differ in only` : `${miss.ids[0]} is`} ` +
          `${percent(miss.share)}${miss.kind === 'pair' ? ' of pixels' : ' ink'} (${miss.family})`,
      );
    }
  }
  return met;
}

/** Signed distance from (x, y) to the inner stroke edge of a rounded square centred on (12, 12): positive inside. */
function insideRoundedSquare(x, y, halfWidth, cornerRadius) {
  const half = halfWidth - halfStroke;
  const radius = cornerRadius - halfStroke;
  const qx = Math.abs(x - 12) - (half - radius);
  const qy = Math.abs(y - 12) - (half - radius);
  return -(Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius);
}
