import type { LabelIconFamily } from './types.js';

/**
 * The online colour of each family. Each reaches at least 4.5:1 against white (WCAG 2.2 AA for normal text), so
 * captions may use them too, and they differ in hue (purple, blue, green, amber; at least 45° apart) as well as in
 * frame shape: colour is never the only thing that tells the families apart, and offline (print) is black for all.
 */
export const familyColors: Readonly<Record<LabelIconFamily, string>> = {
  dataType: '#8a3cc8',
  processing: '#1f5bd6',
  protection: '#0b7a4b',
  video: '#8f5600',
};

/** The offline (print) colour: plain black, no tints, no transparency. */
export const offlineColor = '#000000';
