import { crc32, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { rasteriseSvg } from './rasteriser.js';

/** Reads a PNG the way the spec says: chunks with CRCs, IHDR, zlib-compressed scanlines. No filtering expected. */
function readPng(png: Buffer) {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let offset = 8;
  const chunks: { type: string; data: Buffer }[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length), `${type} CRC`).toBe(
      crc32(png.subarray(offset + 4, offset + 8 + length)),
    );
    chunks.push({ type, data });
    offset += 12 + length;
  }
  expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const header = chunks[0]!.data;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  expect([header[8], header[9], header[10], header[11], header[12]]).toEqual([8, 6, 0, 0, 0]);
  const rows = inflateSync(chunks[1]!.data);
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width * 4 + 1)], 'filter type').toBe(0);
    rows.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, pixels };
}

const badge =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20">' +
  '<rect x="1" y="1" width="24" height="18" rx="6" fill="#ffffff" stroke="#1f5bd6" stroke-width="1.5"/>' +
  // Half-transparent, on nothing: the pixels PNG must store with straight alpha.
  '<circle cx="33" cy="10" r="4" fill="#a33a00" fill-opacity="0.6"/></svg>';

describe('rasteriseSvg', () => {
  it('writes a valid PNG whose pixels are what resvg drew, with straight (not premultiplied) alpha', async () => {
    for (const scale of [1, 2, 4]) {
      const png = readPng(await rasteriseSvg(badge, scale));
      expect([png.width, png.height]).toEqual([40 * scale, 20 * scale]);
      const reference = new Resvg(badge, { fitTo: { mode: 'zoom', value: scale } }).render().pixels;
      for (let index = 0; index < reference.length; index += 4) {
        const alpha = png.pixels[index + 3]!;
        expect(alpha).toBe(reference[index + 3]);
        for (let channel = 0; channel < 3; channel++) {
          // Premultiply what the PNG stores and it must match resvg's premultiplied pixel (±1 for rounding).
          const premultiplied = Math.round((png.pixels[index + channel]! * alpha) / 255);
          expect(Math.abs(premultiplied - reference[index + channel]!)).toBeLessThanOrEqual(1);
        }
      }
      // Outside the rounded corner is transparent; inside the card is opaque white.
      expect(png.pixels[3]).toBe(0);
      const centre = (Math.floor(png.height / 2) * png.width + Math.floor(png.width * 0.4)) * 4;
      expect([...png.pixels.subarray(centre, centre + 4)]).toEqual([255, 255, 255, 255]);
    }
  });

  it('keeps the colour of partly transparent pixels instead of darkening them', async () => {
    const png = readPng(await rasteriseSvg(badge, 4));
    const centreOfCircle = (40 * png.width + 132) * 4;
    expect(png.pixels[centreOfCircle + 3]).toBe(153); // 0.6 opacity
    // Straight alpha keeps the circle's own colour #a33a00; premultiplied bytes would read as a dark brown.
    expect([...png.pixels.subarray(centreOfCircle, centreOfCircle + 3)]).toEqual([0xa3, 0x3a, 0x00]);
  });

  it('rejects a scale that would make an absurd image', async () => {
    await expect(rasteriseSvg(badge, 0)).rejects.toThrow(/scale/);
    await expect(rasteriseSvg(badge, 100)).rejects.toThrow(/scale/);
  });
});
