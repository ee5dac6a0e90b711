import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { DerivedLabel } from '@privacy-label-kit/schema';
import { type LabelCardOptions, labelCardSvg, layoutLabelCard } from './labelCard.js';

/** The pixel densities written for every label: 1× for documents, 2× for screens, 4× for print and signage. */
export const pngScales = [1, 2, 4] as const;
export type PngScale = (typeof pngScales)[number];

const resvgModule = createRequire(import.meta.url).resolve('@resvg/resvg-js');

/**
 * resvg (a Rust SVG renderer shipped prebuilt in its npm package) runs in one worker thread, so PNGs rasterise and
 * encode on the second core while the main thread draws PDFs. The worker is plain CommonJS source, so it runs the
 * same from `dist/` and from the TypeScript sources under test.
 */
const workerSource = `
const { parentPort } = require('node:worker_threads');
const { Resvg } = require(${JSON.stringify(resvgModule)});
parentPort.on('message', ({ id, svg, scale }) => {
  try {
    const png = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: scale },
      // The SVG has its text as outlines: no font lookup, and the same letters on every machine.
      font: { loadSystemFonts: false },
      shapeRendering: 2,
      logLevel: 'off',
    }).render().asPng();
    parentPort.postMessage({ id, png });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

type Pending = { resolve: (png: Buffer) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
const pending = new Map<number, Pending>();
let nextRequest = 0;

function rasteriser(): Worker {
  if (worker) return worker;
  const created = new Worker(workerSource, { eval: true });
  created.on('message', (message: { id: number; png?: Uint8Array; error?: string }) => {
    const request = pending.get(message.id);
    if (!request) return;
    pending.delete(message.id);
    // An idle worker must not keep the process alive.
    if (pending.size === 0) created.unref();
    if (message.png)
      request.resolve(Buffer.from(message.png.buffer, message.png.byteOffset, message.png.byteLength));
    else request.reject(new Error(`PNG rendering failed: ${message.error}`));
  });
  created.on('error', (error) => {
    for (const request of pending.values()) request.reject(error);
    pending.clear();
    worker = undefined;
  });
  created.unref();
  worker = created;
  return created;
}

/** Rasterises an SVG document to PNG at `scale` pixels per SVG pixel, off the main thread. */
export function rasteriseSvg(svg: string, scale: number): Promise<Buffer> {
  if (!(Number.isFinite(scale) && scale > 0 && scale <= 16)) {
    return Promise.reject(new Error(`PNG scale must be a number between 0 and 16, got ${scale}`));
  }
  const thread = rasteriser();
  const id = nextRequest++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    thread.ref();
    thread.postMessage({ id, svg, scale });
  });
}

export interface LabelPngOptions extends LabelCardOptions {
  /** Pixels per CSS pixel of the 300 px wide card. */
  scale: number;
}

/** The label card as a PNG: the outlined-text SVG rendered at `scale`. */
export function renderLabelPng(label: DerivedLabel, options: LabelPngOptions): Promise<Buffer> {
  return rasteriseSvg(labelCardSvg(layoutLabelCard(label, options), true), options.scale);
}
