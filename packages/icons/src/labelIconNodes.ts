import { frames } from './generated/frames.js';
import type { IconNode, LabelIconData, LabelIconNodeOptions } from './types.js';

/**
 * How much a glyph shrinks to sit inside its frame. A glyph drawn to the usual 2-unit padding reaches 10 units from
 * the centre, so framed it reaches 7.5 units, and its stroke edge 8.25 units: inside the hexagon's inner edge (8.78
 * units from the centre at stroke 1.5), the tightest of the four frames.
 */
export const glyphScaleInFrame = 0.75;

/** The stroke width of an icon drawn without its frame: the house style of the sources. */
export const glyphStrokeWidth = 2;

/**
 * The stroke width of a framed icon, frame and glyph alike: the glyph's stroke scaled with its geometry (2 × 0.75),
 * so the glyph keeps its own proportions — counters stay as open as in the glyph alone — and the frame is drawn at
 * the same weight, so frame and glyph read as one drawing. (Earlier the glyph shrank to 0.66 but kept stroke 2, and
 * at 16 px and 10 mm its counters filled in.)
 */
export const framedStrokeWidth = glyphStrokeWidth * glyphScaleInFrame;

/** The stroke width of a label icon drawn with or without its frame: every renderer sets it on the icon's root. */
export function labelIconStrokeWidth({ frame }: LabelIconNodeOptions): number {
  return frame ? framedStrokeWidth : glyphStrokeWidth;
}

const gridCentre = 12;

/**
 * The one composition of frame and glyph, used by `iconToSvg`, the React `LabelIcon` and the PDF exporter alike.
 * With a frame, the glyph's geometry is scaled towards the centre and the whole icon is stroked at
 * `framedStrokeWidth` (see `labelIconStrokeWidth`). No `transform` or per-element stroke is involved: every renderer
 * draws the same plain shapes with one stroke width.
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
