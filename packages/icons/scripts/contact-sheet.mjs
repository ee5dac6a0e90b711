// `npm run contact-sheet`: renders every icon, both variants, at 16/24/48 px, with and without its frame, into one
// PNG through headless Chromium (stories/assets/icon-contact-sheet.png, shown in the docs). Pixel ratio 1, so the
// 16 px column shows what a screen really draws. Reads the built package: run `npm run build` first.
import { mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { escapeXml, familyColors, iconToSvg } from '../dist/index.js';
import { iconIds, labelIcons } from '../dist/map.js';
import { iconsPackageDirectory } from './iconSources.mjs';

const outputPath = resolve(
  process.argv[2] ?? resolve(iconsPackageDirectory, '../../stories/assets/icon-contact-sheet.png'),
);
const deviceScaleFactor = Number(process.env.CONTACT_SHEET_SCALE ?? 1);
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
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, deviceScaleFactor });
  const browserPage = await context.newPage();
  await browserPage.setContent(page(), { waitUntil: 'load' });
  await browserPage.evaluate(() => document.fonts.ready);
  mkdirSync(dirname(outputPath), { recursive: true });
  await browserPage.screenshot({ path: outputPath, fullPage: true });
  console.log(`wrote ${relative(process.cwd(), outputPath)}`);
} finally {
  await browser.close();
}
