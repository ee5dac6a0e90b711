import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const api = await import('./dist/index.js');
const schema = await import('@privacy-label-kit/schema');
const policy = schema.assertPolicy(
  JSON.parse(readFileSync('assets/examples/messenger-platform.json', 'utf8')),
);
const svgs = [];
const t = performance.now();
for (const locale of ['ko', 'en'])
  for (const variant of ['online', 'offline'])
    for (const l of schema.deriveLabels(policy, { locale }))
      svgs.push(api.renderLabelSvg(l, { variant, locale, outlineText: true }));
console.log(
  'outlined svgs',
  svgs.length,
  (performance.now() - t).toFixed(0),
  'ms',
  'avg bytes',
  Math.round(svgs.reduce((a, s) => a + s.length, 0) / svgs.length),
);
const cpu0 = process.cpuUsage();
const tot = { parse: 0, render: 0, encode: 0 };
for (const scale of [1, 2, 4]) {
  for (const svg of svgs) {
    let t = performance.now();
    const r = new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: false } });
    tot.parse += performance.now() - t;
    t = performance.now();
    const img = r.render();
    tot.render += performance.now() - t;
    t = performance.now();
    img.asPng();
    tot.encode += performance.now() - t;
  }
}
const cpu = process.cpuUsage(cpu0);
console.log(
  Object.fromEntries(Object.entries(tot).map(([k, v]) => [k, Math.round(v)])),
  'cpu ms',
  Math.round((cpu.user + cpu.system) / 1000),
);

import zlib from 'node:zlib';

const images = [];
for (const scale of [1, 2, 4])
  for (const svg of svgs)
    images.push(
      new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: false } }).render(),
    );
function filterRows(img, filter) {
  const { width, height } = img;
  const px = img.pixels;
  const stride = width * 4;
  const raw = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const o = y * (stride + 1);
    const s = y * stride;
    raw[o] = filter;
    if (filter === 0 || (y === 0 && filter === 2)) {
      px.copy(raw, o + 1, s, s + stride);
      if (filter === 2) raw[o] = 0;
    } else if (filter === 2) {
      for (let i = 0; i < stride; i++) raw[o + 1 + i] = (px[s + i] - px[s - stride + i]) & 255;
    } else {
      for (let i = 0; i < stride; i++) raw[o + 1 + i] = (px[s + i] - (i >= 4 ? px[s + i - 4] : 0)) & 255;
    }
  }
  return raw;
}
const t0 = performance.now();
let size = 0;
for (const img of images) size += img.asPng().length;
console.log('asPng', Math.round(performance.now() - t0), 'ms', Math.round(size / 1024), 'KB');
for (const [name, filter, opts] of [
  ['none L1', 0, { level: 1 }],
  ['none L3', 0, { level: 3 }],
  ['none RLE', 0, { level: 6, strategy: zlib.constants.Z_RLE }],
  ['up RLE', 2, { level: 6, strategy: zlib.constants.Z_RLE }],
  ['sub RLE', 1, { level: 6, strategy: zlib.constants.Z_RLE }],
  ['up L1', 2, { level: 1 }],
  ['none L6', 0, { level: 6 }],
]) {
  let tf = 0,
    tz = 0;
  size = 0;
  for (const img of images) {
    let t = performance.now();
    const raw = filterRows(img, filter);
    tf += performance.now() - t;
    t = performance.now();
    size += zlib.deflateSync(raw, opts).length;
    tz += performance.now() - t;
  }
  console.log(name, 'filter', Math.round(tf), 'deflate', Math.round(tz), 'ms', Math.round(size / 1024), 'KB');
}
const tp = performance.now();
for (const img of images) img.pixels;
console.log('pixels getter', Math.round(performance.now() - tp));
