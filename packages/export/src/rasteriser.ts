import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * SVG → PNG off the main thread. resvg (a Rust renderer shipped prebuilt in its npm package) runs in worker threads,
 * so PNGs rasterise and encode on the other core while the main thread draws PDFs. This module loads nothing heavy,
 * so the CLI can start the workers before it loads the renderers. The worker is plain CommonJS source: it runs the
 * same from `dist/` and from the TypeScript sources under test.
 */
const workerSource = `
const { parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
const { Resvg } = require(${JSON.stringify(createRequire(import.meta.url).resolve('@resvg/resvg-js'))});

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
function chunk(type, data) {
  const bytes = Buffer.alloc(12 + data.length);
  bytes.writeUInt32BE(data.length, 0);
  bytes.write(type, 4, 'latin1');
  data.copy(bytes, 8);
  bytes.writeUInt32BE(zlib.crc32(bytes.subarray(4, 8 + data.length)), 8 + data.length);
  return bytes;
}

// resvg's own asPng() spends more time on adaptive filtering and compression than rendering took; these flat-colour
// badges compress better and about twice as fast unfiltered at zlib level 3. resvg's pixels are premultiplied RGBA
// and PNG stores straight alpha, so the few partly transparent pixels (the card's rounded corners) are divided back.
// One scanline buffer reused for every image: a fresh 2 MB buffer per 4× PNG costs more in page faults than in copying.
let scanlines = Buffer.alloc(0);
function encodePng(pixels, width, height) {
  const stride = width * 4;
  if (scanlines.length < (stride + 1) * height) scanlines = Buffer.allocUnsafe((stride + 1) * height);
  const rows = scanlines.subarray(0, (stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    const source = y * stride;
    rows[row] = 0; // filter type None
    pixels.copy(rows, row + 1, source, source + stride);
    for (let alphaAt = 3; alphaAt < stride; alphaAt += 4) {
      const alpha = pixels[source + alphaAt];
      if (alpha === 0 || alpha === 255) continue;
      for (let channel = alphaAt - 3; channel < alphaAt; channel++) {
        rows[row + 1 + channel] = Math.min(255, Math.round((pixels[source + channel] * 255) / alpha));
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const parts = [signature, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows, { level: 3 })), chunk('IEND', Buffer.alloc(0))];
  // A buffer of its own (never a slice of Node's shared pool), so it can be transferred to the main thread.
  const png = Buffer.alloc(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) offset += part.copy(png, offset);
  return png;
}

parentPort.on('message', ({ id, svg, scale }) => {
  try {
    const image = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: scale },
      // The SVGs handed in have their text as outlines: no font lookup, the same letters on every machine.
      font: { loadSystemFonts: false },
      shapeRendering: 2,
      logLevel: 'off',
    }).render();
    const png = encodePng(image.pixels, image.width, image.height);
    parentPort.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

interface Request {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface RasteriserThread {
  worker: Worker;
  pending: Map<number, Request>;
}

/**
 * One worker per core, up to two: with the main thread drawing PDFs at the same time, every core stays busy until the
 * last PNG is written.
 */
const threadCount = Math.max(1, Math.min(2, availableParallelism()));
const threads: RasteriserThread[] = [];
let nextRequest = 0;

function createThread(): RasteriserThread {
  const worker = new Worker(workerSource, { eval: true });
  const thread: RasteriserThread = { worker, pending: new Map() };
  worker.on('message', (message: { id: number; png?: Uint8Array; error?: string }) => {
    const request = thread.pending.get(message.id);
    if (!request) return;
    thread.pending.delete(message.id);
    // An idle worker must not keep the process alive.
    if (thread.pending.size === 0) worker.unref();
    if (message.png)
      request.resolve(Buffer.from(message.png.buffer, message.png.byteOffset, message.png.byteLength));
    else request.reject(new Error(`PNG rendering failed: ${message.error}`));
  });
  worker.on('error', (error) => {
    for (const request of thread.pending.values()) request.reject(error);
    thread.pending.clear();
    threads.splice(threads.indexOf(thread), 1);
  });
  worker.unref();
  return thread;
}

/** Starts the workers now, so their start-up overlaps other work; rendering starts them anyway. */
export function startRasteriser(): void {
  while (threads.length < threadCount) threads.push(createThread());
}

/** Rasterises an SVG document to PNG at `scale` pixels per SVG pixel, on a worker thread. */
export function rasteriseSvg(svg: string, scale: number): Promise<Buffer> {
  if (!(Number.isFinite(scale) && scale > 0 && scale <= 16)) {
    return Promise.reject(new Error(`PNG scale must be a number between 0 and 16, got ${scale}`));
  }
  startRasteriser();
  const thread = threads.reduce((least, candidate) =>
    candidate.pending.size < least.pending.size ? candidate : least,
  );
  const id = nextRequest++;
  return new Promise((resolve, reject) => {
    thread.pending.set(id, { resolve, reject });
    thread.worker.ref();
    thread.worker.postMessage({ id, svg, scale });
  });
}
