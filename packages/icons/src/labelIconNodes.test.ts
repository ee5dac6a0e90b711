import { describe, expect, it } from 'vitest';
import { frames } from './generated/frames.js';
import { glyphScaleInFrame, labelIconNodes, scaleIconNode, scalePathData } from './labelIconNodes.js';
import { iconIds, labelIcons } from './map.js';
import type { IconNode } from './types.js';

describe('scalePathData (scaling about the grid centre 12,12)', () => {
  // Halving about the centre: absolute p → p/2 + 6, relative d → d/2.
  const half = (pathData: string) => scalePathData(pathData, 0.5, 6);

  it('moves absolute coordinates towards the centre', () => {
    expect(half('M2 2L22 22H12V4')).toBe('M 7 7 L 17 17 H 12 V 8');
  });

  it('scales relative coordinates without moving them', () => {
    expect(half('M4 4l4-8h2v-6')).toBe('M 8 8 l 2 -4 h 1 v -3');
  });

  it('treats a path’s opening lowercase m as absolute, later ones as relative', () => {
    expect(half('m4 4 2 2zm4 0')).toBe('m 8 8 1 1 z m 2 0');
  });

  it('scales arc radii and end points but keeps rotation and flags', () => {
    expect(half('M2 12A10 10 30 1 0 22 12a2 4 45 0 1 4 4')).toBe(
      'M 7 12 A 5 5 30 1 0 17 12 a 1 2 45 0 1 2 2',
    );
  });

  it('reads arc flags written without separators', () => {
    expect(half('M0 0a2 2 0 014 4')).toBe('M 6 6 a 1 1 0 0 1 2 2');
  });

  it('reads compact numbers: leading dots, signs as separators, exponents', () => {
    expect(half('M.5-.5L1e1 2c1-1 1.5.5-2-2')).toBe('M 6.25 5.75 L 11 7 c 0.5 -0.5 0.75 0.25 -1 -1');
  });

  it('scaling by 1 leaves every glyph’s geometry where it was', () => {
    for (const id of iconIds) {
      const glyph = labelIcons[id].glyph;
      const unscaled = scaleIconNode(glyph, 1);
      for (const [index, [, attrs]] of unscaled.entries()) {
        for (const [name, value] of Object.entries(attrs)) {
          const original = glyph[index]![1][name]!;
          if (typeof value === 'number') expect(value).toBeCloseTo(Number(original), 6);
          else expect(numbersIn(value)).toEqual(numbersIn(String(original)));
        }
      }
    }
  });
});

function numbersIn(text: string): number[] {
  return (text.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
}

describe('labelIconNodes: one composition of frame and glyph', () => {
  it.each(iconIds.map((id) => [id] as const))('%s: the glyph alone without a frame', (id) => {
    expect(labelIconNodes(labelIcons[id], { frame: false })).toBe(labelIcons[id].glyph);
  });

  it.each(iconIds.map((id) => [id] as const))(
    '%s: its family frame first, then the glyph scaled inside',
    (id) => {
      const icon = labelIcons[id];
      const framed = labelIconNodes(icon, { frame: true });
      const frame = frames[icon.family];
      expect(framed.slice(0, frame.length)).toEqual(frame);
      expect(framed.slice(frame.length)).toEqual(scaleIconNode(icon.glyph, glyphScaleInFrame));
    },
  );

  it('keeps the stroke width equal for frame and glyph: no per-element stroke or transform', () => {
    for (const id of iconIds) {
      for (const [, attrs] of labelIconNodes(labelIcons[id], { frame: true })) {
        expect(
          Object.keys(attrs).filter((name) => /stroke|transform|style|vector-effect/.test(name)),
        ).toEqual([]);
      }
    }
  });

  it('keeps scaled glyphs inside the frame’s inner edge (±8.5 units around the centre)', () => {
    for (const id of iconIds) {
      const glyph = labelIconNodes(labelIcons[id], { frame: true }).slice(
        frames[labelIcons[id].family].length,
      );
      const [minimum, maximum] = extent(glyph);
      expect(minimum, id).toBeGreaterThanOrEqual(12 - 8.5 + 1); // + half the stroke width
      expect(maximum, id).toBeLessThanOrEqual(12 + 8.5 - 1);
    }
  });

  it('gives each family its own frame: a hexagon and a rounded square', () => {
    expect(frames.processing).toEqual([['path', expect.objectContaining({ d: expect.any(String) })]]);
    expect(numbersIn(String(frames.processing[0]![1].d))).toHaveLength(2 * 6 - 2); // 6 corners, v/h shorthand
    expect(frames.protection).toEqual([['rect', { x: 2, y: 2, width: 20, height: 20, rx: 5 }]]);
  });

  it('returns the same framed node for the same icon, so renderers can memoise on it', () => {
    const icon = labelIcons.retention;
    expect(labelIconNodes(icon, { frame: true })).toBe(labelIconNodes(icon, { frame: true }));
  });
});

/**
 * The smallest and largest coordinate any shape reaches (stroke not included), from circle/rect/line
 * attributes and from absolute path coordinates. Relative path segments are followed from the current point.
 */
function extent(node: IconNode): [number, number] {
  const values: number[] = [];
  for (const [tag, attrs] of node) {
    const n = (name: string) => Number(attrs[name]);
    if (tag === 'circle') values.push(n('cx') - n('r'), n('cx') + n('r'), n('cy') - n('r'), n('cy') + n('r'));
    else if (tag === 'ellipse')
      values.push(n('cx') - n('rx'), n('cx') + n('rx'), n('cy') - n('ry'), n('cy') + n('ry'));
    else if (tag === 'rect') values.push(n('x'), n('x') + n('width'), n('y'), n('y') + n('height'));
    else if (tag === 'line') values.push(n('x1'), n('x2'), n('y1'), n('y2'));
    else if (tag === 'path') values.push(...pathPoints(String(attrs.d)));
  }
  return [Math.min(...values), Math.max(...values)];
}

/** End points of a (scaled) path, absolute; good enough for an extent check of our simple glyphs. */
function pathPoints(pathData: string): number[] {
  const points: number[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const [commandIndex, [, command, args]] of [
    ...pathData.matchAll(/([a-zA-Z])([^a-zA-Z]*)/g),
  ].entries()) {
    const numbers = numbersIn(args!);
    const kind = command!.toLowerCase();
    const lowercase = command === kind;
    const step = { m: 2, l: 2, t: 2, h: 1, v: 1, c: 6, s: 4, q: 4, a: 7, z: 0 }[kind]!;
    if (step === 0) {
      x = startX;
      y = startY;
      continue;
    }
    for (let index = 0; index < numbers.length; index += step) {
      // A path's opening m is absolute; the line-tos that follow it are relative.
      const relative = lowercase && !(commandIndex === 0 && index === 0);
      const group = numbers.slice(index, index + step);
      if (kind === 'h') x = (relative ? x : 0) + group[0]!;
      else if (kind === 'v') y = (relative ? y : 0) + group[0]!;
      else {
        x = (relative ? x : 0) + group[step - 2]!;
        y = (relative ? y : 0) + group[step - 1]!;
      }
      if (kind === 'm' && index === 0) {
        startX = x;
        startY = y;
      }
      points.push(x, y);
    }
  }
  return points;
}
