import { frames } from './generated/frames.js';
import type { IconNode, LabelIconData, LabelIconNodeOptions } from './types.js';

/**
 * How much a glyph shrinks to sit inside its frame. The frames' inner edges lie about 8.5 units from the centre;
 * a glyph drawn to the usual 2-unit padding reaches 10 units, so 0.6 leaves a clear gap of about 1.5 units.
 */
export const glyphScaleInFrame = 0.66;

const gridCentre = 12;

/**
 * The one composition of frame and glyph, used by `iconToSvg`, the React `LabelIcon` and the PDF exporter alike.
 * With a frame, the glyph's geometry is scaled towards the centre while the stroke width stays 2, so frame and glyph
 * strokes look equally heavy. No `transform` attribute is involved: every renderer draws the same plain shapes.
 */
export function labelIconNodes(icon: LabelIconData, { frame }: LabelIconNodeOptions): IconNode {
  if (!frame) return icon.glyph;
  let framed = framedNodesCache.get(icon);
  if (!framed) {
    framed = [...frames[icon.family], ...scaleIconNode(icon.glyph, glyphScaleInFrame)];
    framedNodesCache.set(icon, framed);
  }
  return framed;
}

const framedNodesCache = new WeakMap<LabelIconData, IconNode>();

/** Scales every element of `node` by `scale` about the grid centre (12, 12). */
export function scaleIconNode(node: IconNode, scale: number): IconNode {
  const offset = gridCentre * (1 - scale);
  return node.map(([tag, attrs]) => {
    const scaled: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(attrs)) {
      scaled[name] =
        name === 'd'
          ? scalePathData(String(value), scale, offset)
          : // Positions (x, y, cx, cy, x1 … y2) move towards the centre; lengths (r, rx, ry, width, height) only shrink.
            round(Number(value) * scale + (/^c?[xy]\d?$/.test(name) ? offset : 0));
    }
    return [tag, scaled] as const;
  });
}

const arcArguments = 7;

/**
 * Scales path data written with absolute commands only, numbers separated by spaces — the form the build writes
 * (`normalizePathData` in scripts/pathData.mjs). Coordinates move towards the centre; arc radii shrink; arc
 * rotation and flags stay. Relative commands throw: scaling them here would need a full path interpreter.
 */
export function scalePathData(pathData: string, scale: number, offset: number): string {
  if (/[mlhvcsqta]/.test(pathData)) {
    throw new Error(`Icon path data must be absolute (see normalizePathData): ${pathData}`);
  }
  return pathData.replace(/([A-Z])([^A-Z]*)/g, (_, command: string, args: string) => {
    const numbers = args.trim() ? args.trim().split(/[\s,]+/) : [];
    return (
      command +
      numbers
        .map((text, index) => {
          const slot = index % arcArguments;
          const value = Number(text);
          if (command !== 'A' || slot > 4) return round(value * scale + offset);
          return slot < 2 ? round(value * scale) : value;
        })
        .join(' ')
    );
  });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
