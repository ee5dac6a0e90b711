import type { DerivedLabel } from '@privacy-label-kit/schema';
import { type LabelCardOptions, labelCardSvg, layoutLabelCard } from './labelCard.js';
import { rasteriseSvg } from './rasteriser.js';

export { rasteriseSvg };

/** The pixel densities written for every label: 1× for documents, 2× for screens, 4× for print and signage. */
export const pngScales = [1, 2, 4] as const;
export type PngScale = (typeof pngScales)[number];

export interface LabelPngOptions extends LabelCardOptions {
  /** Pixels per CSS pixel of the 300 px wide card. */
  scale: number;
}

/** The label card as a PNG: the outlined-text SVG rendered at `scale`. */
export function renderLabelPng(label: DerivedLabel, options: LabelPngOptions): Promise<Buffer> {
  return rasteriseSvg(labelCardSvg(layoutLabelCard(label, options), true), options.scale);
}
