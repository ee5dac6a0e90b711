// The QR code to the full policy on its own, for a shop owner to place in a flyer, a menu or a booking text: an SVG
// (scales to any size) and a PNG (for tools that take only pictures). Same matrix as the QR codes on every PDF.
import { escapeXml } from './artwork.js';
import { qrMatrix, qrQuietZone } from './qrCode.js';

/** CSS pixels per module in the SVG's width and height: a 29-module code with its quiet zone is 370 px wide. */
export const qrModulePixels = 10;

export interface QrSvgOptions {
  /** The accessible name (`<title>` and `aria-label`), e.g. the export words' `qrAlt(url)`. */
  title: string;
  /** The SVG's language, for the title. */
  locale: string;
}

/**
 * The QR code as a standalone SVG: black modules on a white square with the quiet zone the specification asks for, as
 * one path of runs (crisp edges, so no renderer blurs modules into each other).
 */
export function qrCodeSvg(url: string, options: QrSvgOptions): string {
  const matrix = qrMatrix(url);
  const side = matrix.size + qrQuietZone * 2;
  const path = matrix.runs
    .map((run) => `M${run.column + qrQuietZone} ${run.row + qrQuietZone}h${run.length}v1h-${run.length}z`)
    .join('');
  const pixels = side * qrModulePixels;
  const title = escapeXml(options.title);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixels}" height="${pixels}" viewBox="0 0 ${side} ${side}" ` +
    `role="img" aria-label="${title}" lang="${escapeXml(options.locale)}" shape-rendering="crispEdges">` +
    `<title>${title}</title><rect width="${side}" height="${side}" fill="#ffffff"/>` +
    `<path d="${path}" fill="#000000"/></svg>\n`
  );
}

/** SVG → PNG bytes at `scale` (the same signature as the export core's rasterisers). */
export type QrRasteriser = (svg: string, scale: number) => Promise<Uint8Array>;

/** Pixels per SVG pixel of the PNG: 4 gives 40 px modules (1,480 px for a 29-module code), sharp in print. */
export const qrPngScale = 4;

/** The QR code as a PNG through the environment's rasteriser (resvg on Node, a canvas in a browser). */
export function renderQrPng(
  url: string,
  options: QrSvgOptions & { rasterise: QrRasteriser; scale?: number },
): Promise<Uint8Array> {
  return options.rasterise(qrCodeSvg(url, options), options.scale ?? qrPngScale);
}
