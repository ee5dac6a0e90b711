import type { DerivedLabel } from '@privacy-label-kit/schema';
import { type LabelCardOptions, labelCardSvg, layoutLabelCard } from './labelCard.js';

/** The pixel densities written for every label: 1× for documents, 2× for screens, 4× for print and signage. */
export const pngScales = [1, 2, 4] as const;
export type PngScale = (typeof pngScales)[number];

/**
 * SVG (with its text as outlines) → PNG bytes at `scale` pixels per SVG pixel. On Node: resvg on worker threads
 * (`rasteriseSvg`, the Node entry's default); in a browser: the browser's own SVG renderer on a canvas
 * (`canvasRasteriser`).
 */
export type Rasteriser = (svg: string, scale: number) => Promise<Uint8Array>;

let defaultRasteriser: Rasteriser | undefined;

/** The rasteriser `renderLabelPng` uses when none is passed (the Node entry sets resvg's). */
export function setDefaultRasteriser(rasterise: Rasteriser | undefined): void {
  defaultRasteriser = rasterise;
}

/** The rasteriser set with `setDefaultRasteriser`, if any. */
export function getDefaultRasteriser(): Rasteriser | undefined {
  return defaultRasteriser;
}

export interface LabelPngOptions extends LabelCardOptions {
  /** Pixels per CSS pixel of the 300 px wide card. */
  scale: number;
  /** Default: the environment's (Node: resvg; set one with `setDefaultRasteriser` or pass it in a browser). */
  rasterise?: Rasteriser;
}

/** The SVG a label PNG is rasterised from: the card with its text as outlines, the same letters on every machine. */
export function labelPngSvg(label: DerivedLabel, options: LabelCardOptions): string {
  return labelCardSvg(layoutLabelCard(label, options), true);
}

/** The label card as a PNG: the outlined-text SVG rendered at `scale`. */
export function renderLabelPng(label: DerivedLabel, options: LabelPngOptions): Promise<Uint8Array> {
  const rasterise = options.rasterise ?? defaultRasteriser;
  if (!rasterise)
    return Promise.reject(new Error('No PNG rasteriser: pass `rasterise` (canvasRasteriser() in a browser)'));
  return rasterise(labelPngSvg(label, options), options.scale);
}
