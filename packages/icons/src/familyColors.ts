import type { LabelIconFamily } from './types.js';

/**
 * The online colour of each family. Both reach at least 4.5:1 against white (WCAG 2.2 AA for normal text), so
 * captions may use them too, and they differ in hue (blue, green) as well as in frame shape: colour is never the only
 * thing that tells the families apart.
 */
export const familyColors: Readonly<Record<LabelIconFamily, string>> = {
  processing: '#1f5bd6',
  protection: '#0b7a4b',
};

/** The offline (print) colour: plain black, no tints, no transparency. */
export const offlineColor = '#000000';
