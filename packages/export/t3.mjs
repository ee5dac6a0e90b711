import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';

const api = await import('./dist/index.js');
const schema = await import('@privacy-label-kit/schema');
const policy = schema.assertPolicy(
  JSON.parse(readFileSync('assets/examples/messenger-platform.json', 'utf8')),
);
const svgs = [];
for (const locale of ['ko', 'en'])
  for (const variant of ['online', 'offline'])
    for (const l of schema.deriveLabels(policy, { locale }))
      svgs.push(api.renderLabelSvg(l, { variant, locale, outlineText: true }));
const opts = (scale) => ({ fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: false } });
function chunk(type, data) {
  const b = Buffer.alloc(12 + data.length);
  b.writeUInt32BE(data.length, 0);
  b.write(type, 4, 'latin1');
  data.copy(b, 8);
  b.writeUInt32BE(zlib.crc32(b.subarray(4, 8 + data.length)), 8 + data.length);
  return b;
}
function encodePremultiplied(px, width, height, level) {
  const stride = width * 4;
  const raw = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const o = y * (stride + 1);
    raw[o] = 0;
    const s = y * stride;
    px.copy(raw, o + 1, s, s + stride);
    for (let i = 3; i < stride; i += 4) {
      const a = px[s + i];
      if (a !== 255 && a !== 0) {
        const k = o + 1 + i - 3;
        raw[k] = Math.min(255, Math.round((raw[k] * 255) / a));
        raw[k + 1] = Math.min(255, Math.round((raw[k + 1] * 255) / a));
        raw[k + 2] = Math.min(255, Math.round((raw[k + 2] * 255) / a));
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
function halve(px, width, height) {
  const w = width >> 1,
    h = height >> 1;
  const out = Buffer.allocUnsafe(w * h * 4);
  const stride = width * 4;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const s = 2 * y * stride + 8 * x;
      const d = (y * w + x) * 4;
      for (let c = 0; c < 4; c++)
        out[d + c] = (px[s + c] + px[s + 4 + c] + px[s + stride + c] + px[s + stride + 4 + c] + 2) >> 2;
    }
  return { px: out, width: w, height: h };
}
const approaches = {
  A: () => {
    let n = 0;
    for (const svg of svgs) for (const s of [1, 2, 4]) n += new Resvg(svg, opts(s)).render().asPng().length;
    return n;
  },
  B: () => {
    let n = 0;
    for (const svg of svgs)
      for (const s of [1, 2, 4]) {
        const img = new Resvg(svg, opts(s)).render();
        n += encodePremultiplied(img.pixels, img.width, img.height, 3).length;
      }
    return n;
  },
  C: () => {
    let n = 0;
    for (const svg of svgs) {
      const img = new Resvg(svg, opts(4)).render();
      let cur = { px: img.pixels, width: img.width, height: img.height };
      n += encodePremultiplied(cur.px, cur.width, cur.height, 3).length;
      for (let k = 0; k < 2; k++) {
        cur = halve(cur.px, cur.width, cur.height);
        n += encodePremultiplied(cur.px, cur.width, cur.height, 3).length;
      }
    }
    return n;
  },
};
for (let round = 0; round < 3; round++)
  for (const [name, fn] of Object.entries(approaches)) {
    const c0 = process.cpuUsage();
    const bytes = fn();
    const c = process.cpuUsage(c0);
    console.log(
      round,
      name,
      Math.round((c.user + c.system) / 1000),
      'ms cpu',
      Math.round(bytes / 1024),
      'KB',
    );
  }
