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

/** Attributes that are positions on the grid (scaled about the centre) or lengths (scaled only). */
const positionAttributes = new Set(['x', 'y', 'cx', 'cy', 'x1', 'y1', 'x2', 'y2']);
const lengthAttributes = new Set(['r', 'rx', 'ry', 'width', 'height']);

/** Scales every element of `node` by `scale` about the grid centre (12, 12). */
export function scaleIconNode(node: IconNode, scale: number): IconNode {
  const offset = gridCentre * (1 - scale);
  return node.map(([tag, attrs]) => {
    const scaled: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(attrs)) {
      if (positionAttributes.has(name)) scaled[name] = round(Number(value) * scale + offset);
      else if (lengthAttributes.has(name)) scaled[name] = round(Number(value) * scale);
      else if (name === 'd') scaled[name] = scalePathData(String(value), scale, offset);
      else if (name === 'points') scaled[name] = scalePoints(String(value), scale, offset);
      else scaled[name] = value;
    }
    return [tag, scaled] as const;
  });
}

const argumentsPerCommand: Record<string, number> = {
  m: 2,
  l: 2,
  h: 1,
  v: 1,
  c: 6,
  s: 4,
  q: 4,
  t: 2,
  a: 7,
  z: 0,
};
const numberToken = /[\s,]*(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)/iy;
// Arc flags are single digits and may be written without separators ("a2 2 0 011 1").
const flagToken = /[\s,]*([01])/y;

/** Scales SVG path data: absolute coordinates about the centre, relative ones and radii by the factor alone. */
export function scalePathData(pathData: string, scale: number, offset: number): string {
  const parts: string[] = [];
  let position = 0;
  let command = '';
  let argumentIndex = 0;
  let commandCount = 0;
  while (position < pathData.length) {
    const character = pathData[position]!;
    if (/[a-z]/i.test(character)) {
      command = character;
      argumentIndex = 0;
      commandCount += 1;
      parts.push(character);
      position += 1;
      continue;
    }
    if (/[\s,]/.test(character)) {
      position += 1;
      continue;
    }
    const kind = command.toLowerCase();
    const count = argumentsPerCommand[kind];
    if (!count)
      throw new Error(`Cannot read path data "${pathData}" at ${position}: no command before a number`);
    const slot = argumentIndex % count;
    const token = kind === 'a' && (slot === 3 || slot === 4) ? flagToken : numberToken;
    token.lastIndex = position;
    const match = token.exec(pathData);
    if (!match) throw new Error(`Cannot read path data "${pathData}" at ${position}`);
    position = token.lastIndex;
    const value = Number(match[1]);
    // A path's opening `m` is absolute by definition, even in lowercase (SVG 1.1 §8.3.2); svgo writes it that way.
    const isAbsolute = command !== kind || (kind === 'm' && commandCount === 1 && argumentIndex < 2);
    let scaled: number;
    if (kind === 'a' && slot < 5)
      scaled = slot < 2 ? value * scale : value; // radii scale; rotation and flags do not
    else scaled = isAbsolute ? value * scale + offset : value * scale;
    parts.push(String(round(scaled)));
    argumentIndex += 1;
  }
  return parts.join(' ');
}

function scalePoints(points: string, scale: number, offset: number): string {
  return points
    .trim()
    .split(/[\s,]+/)
    .map((value) => round(Number(value) * scale + offset))
    .join(' ');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
