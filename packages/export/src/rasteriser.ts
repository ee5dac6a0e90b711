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
const { Resvg } = require(${JSON.stringify(createRequire(import.meta.url).resolve('@resvg/resvg-js'))});
parentPort.on('message', ({ id, svg, scale }) => {
  try {
    const png = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: scale },
      // The SVGs handed in have their text as outlines: no font lookup, the same letters on every machine.
      font: { loadSystemFonts: false },
      shapeRendering: 2,
      logLevel: 'off',
    }).render().asPng();
    parentPort.postMessage({ id, png });
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

/** One worker per core beside the main thread's, at least one: this machine class has two cores. */
const threadCount = Math.max(1, Math.min(2, availableParallelism() - 1));
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
