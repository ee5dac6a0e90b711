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
 * A rasteriser for browsers. PNGs are drawn one at a time (a pack has a few hundred; decoding them all at once would
 * hold every image in memory). The PNG is `ceil(width × scale)` × `ceil(height × scale)` pixels, as resvg's on Node.
 */
export function canvasRasteriser(): Rasteriser {
  let queue: Promise<unknown> = Promise.resolve();
  const draw = async (svg: string, scale: number): Promise<Uint8Array> => {
    if (!(Number.isFinite(scale) && scale > 0 && scale <= 16)) {
      throw new Error(`PNG scale must be a number between 0 and 16, got ${scale}`);
    }
    const { width, height } = svgSize(svg);
    const pixelWidth = Math.ceil(width * scale);
    const pixelHeight = Math.ceil(height * scale);
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    try {
      const image = new Image(pixelWidth, pixelHeight);
      image.src = url;
      await image.decode();
      const canvas = new OffscreenCanvas(pixelWidth, pixelHeight);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('This browser cannot draw on a canvas');
      context.drawImage(image, 0, 0, pixelWidth, pixelHeight);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      return new Uint8Array(await blob.arrayBuffer());
    } finally {
      URL.revokeObjectURL(url);
    }
  };
  return (svg, scale) => {
    const result = queue.then(() => draw(svg, scale));
    queue = result.catch(() => undefined);
    return result;
  };
}
