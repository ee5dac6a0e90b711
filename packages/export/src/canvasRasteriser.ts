// PNG in a browser: the browser's own SVG renderer draws the outlined-text SVG onto a canvas, which encodes the PNG.
// Nothing to download (resvg-wasm would add a 2.4 MB WebAssembly file to the builder for the same picture), and the
// SVGs handed in have their text as outlines, so no font is involved and the letters are the same as on Node.
import type { Rasteriser } from './png.js';

/** The SVG's own size in CSS pixels, from its root `width` and `height` attributes. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('The SVG has no width and height to rasterise at');
  return { width, height };
}

/**
 * A rasteriser for browsers. A few PNGs are drawn at a time (the browser decodes and encodes them off the main
 * thread, while the main thread draws PDFs), not all at once: a pack has a few hundred, and decoding them together
 * would hold every image in memory. The densities of one label come from one decoded SVG (the label format asks for
 * 1×, 2× and 4× of the same string). The PNG is `ceil(width × scale)` × `ceil(height × scale)` pixels, as resvg's on
 * Node.
 */
export function canvasRasteriser(options: { concurrency?: number } = {}): Rasteriser {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  let running = 0;
  const waiting: (() => void)[] = [];
  // The last few SVGs decoded, by their text: a label's three densities reuse one image.
  const decoded = new Map<string, Promise<HTMLImageElement>>();
  const decode = (svg: string) => {
    let image = decoded.get(svg);
    if (!image) {
      image = (async () => {
        const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
        try {
          const element = new Image();
          element.src = url;
          await element.decode();
          return element;
        } finally {
          URL.revokeObjectURL(url);
        }
      })();
      decoded.set(svg, image);
      if (decoded.size > 2 * concurrency) decoded.delete(decoded.keys().next().value!);
    }
    return image;
  };
  const draw = async (svg: string, scale: number): Promise<Uint8Array> => {
    if (!(Number.isFinite(scale) && scale > 0 && scale <= 16)) {
      throw new Error(`PNG scale must be a number between 0 and 16, got ${scale}`);
    }
    const { width, height } = svgSize(svg);
    const pixelWidth = Math.ceil(width * scale);
    const pixelHeight = Math.ceil(height * scale);
    const image = await decode(svg);
    const canvas = new OffscreenCanvas(pixelWidth, pixelHeight);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas');
    // An SVG image is vector: drawn at each density, not scaled up from a small bitmap.
    context.drawImage(image, 0, 0, pixelWidth, pixelHeight);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return new Uint8Array(await blob.arrayBuffer());
  };
  return async (svg, scale) => {
    if (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await draw(svg, scale);
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
