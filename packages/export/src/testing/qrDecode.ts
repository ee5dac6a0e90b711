// Reading QR codes back the way a phone would: from pixels, with a decoder library (jsQR) that shares no code with
// the encoder. PDF pages are rendered by poppler first (`pdftoppm -r 150 -png`), as a printer or viewer would.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

const run = promisify(execFile);

// jsQR is CommonJS with `exports.default`: in Node's ESM the default import is the exports object, through a bundler
// (Vitest) the function itself.
type JsQr = typeof import('jsqr').default;
const jsQR: JsQr =
  typeof jsQRModule === 'function' ? jsQRModule : (jsQRModule as unknown as { default: JsQr }).default;

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel. */
  data: Uint8Array;
}

export function readPng(bytes: Uint8Array): Pixels {
  const png = PNG.sync.read(Buffer.from(bytes));
  return { width: png.width, height: png.height, data: png.data };
}

/** A region of the image, each edge as a fraction of its width or height. */
export interface Region {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function crop(image: Pixels, region: Region): Pixels {
  const x0 = Math.max(0, Math.floor(region.left * image.width));
  const y0 = Math.max(0, Math.floor(region.top * image.height));
  const x1 = Math.min(image.width, Math.ceil(region.right * image.width));
  const y1 = Math.min(image.height, Math.ceil(region.bottom * image.height));
  const width = x1 - x0;
  const height = y1 - y0;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const from = ((y0 + y) * image.width + x0) * 4;
    data.set(image.data.subarray(from, from + width * 4), y * width * 4);
  }
  return { width, height, data };
}

/** The text of the QR code in the image (or the region of it), or undefined when no code can be read. */
export function decodeQr(image: Pixels, region?: Region): string | undefined {
  const source = region ? crop(image, region) : image;
  const code = jsQR(new Uint8ClampedArray(source.data), source.width, source.height);
  return code?.data;
}

/** Renders one page of a PDF at 150 dpi to a PNG with poppler and returns its pixels. */
export async function renderPdfPagePng(file: string, page = 1): Promise<Pixels> {
  const { stdout } = await run(
    'pdftoppm',
    ['-r', '150', '-png', '-f', String(page), '-l', String(page), '-singlefile', file],
    { encoding: 'buffer', maxBuffer: 128 * 1024 * 1024 },
  );
  return readPng(stdout);
}
