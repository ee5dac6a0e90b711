import { describe, expect, it } from 'vitest';
import { normalizePathData, parsePathData } from '../scripts/pathData.mjs';
import { frames } from './generated/frames.js';
import {
  framedStrokeWidth,
  glyphScaleInFrame,
  glyphStrokeWidth,
  labelIconNodes,
  labelIconStrokeWidth,
  scaleIconNode,
  scalePathData,
} from './labelIconNodes.js';
import { iconIds, labelIcons } from './map.js';
import type { IconNode } from './types.js';

describe('scalePathData (scaling about the grid centre 12,12)', () => {
  // Halving about the centre: a coordinate p → p/2 + 6, a length → length/2.
  const half = (pathData: string) => scalePathData(pathData, 0.5, 6);

  it('moves every coordinate towards the centre', () => {
    expect(half('M2 2L22 22H12V4C2 2 4 4 6 6Z')).toBe('M7 7L17 17H12V8C7 7 8 8 9 9Z');
  });

  it('scales arc radii and end points but keeps rotation and flags', () => {
    expect(half('M2 12A10 10 30 1 0 22 12A2 4 45 0 1 4 4')).toBe('M7 12A5 5 30 1 0 17 12A1 2 45 0 1 8 8');
  });

  it('throws on relative commands instead of drawing them in the wrong place', () => {
    expect(() => half('M4 4l4 -8')).toThrow(/must be absolute/);
  });

  it('scaling by 1 leaves every glyph’s geometry where it was', () => {
    for (const id of iconIds) {
      const glyph = labelIcons[id].glyph;
      expect(scaleIconNode(glyph, 1)).toEqual(glyph);
    }
  });
});

describe('normalizePathData (build time: what svgo writes → what the composition scales)', () => {
  it.each([
    [
      'relative segments after an opening lowercase m',
      'm6.27 8.62.19-1.51l1 1',
      'M6.27 8.62 6.46 7.11L7.46 8.11',
    ],
    ['a relative m after z, with implicit line-tos', 'm4 4 2 2zm4 0 1 1', 'M4 4 6 6ZM8 4 9 5'],
    ['h and v', 'M12 3v18m-5 0h10', 'M12 3V21M7 21H17'],
    ['relative arcs with flags written together', 'M0 0a2 2 0 011 1', 'M0 0A2 2 0 0 1 1 1'],
    [
      'curves and their shorthands',
      'M1 1c1 1 2 2 3 3s1 1 2 2q1 0 1 1t1 1',
      'M1 1C2 2 3 3 4 4S5 5 6 6Q7 6 7 7T8 8',
    ],
    ['commas, exponents and extra spaces', 'M 1,2  L1e1 , 4 z', 'M1 2L10 4Z'],
  ])('rewrites %s as absolute commands', (_, compact, normalized) => {
    expect(normalizePathData(compact)).toBe(normalized);
  });

  it('names the problem in path data it cannot read', () => {
    expect(() => normalizePathData('M1 2 X3')).toThrow(/Unknown path command "X"/);
    expect(() => normalizePathData('1 2')).toThrow(/no command before it/);
    expect(() => normalizePathData('M1 2 3')).toThrow(/"M" takes 2 numbers per segment, got 3/);
  });

  it('wrote every built glyph and frame in the form the runtime scaler reads', () => {
    const paths = [...iconIds.flatMap((id) => labelIcons[id].glyph), ...Object.values(frames).flat()]
      .map(([, attrs]) => attrs.d)
      .filter((pathData): pathData is string => typeof pathData === 'string');
    expect(paths.length).toBeGreaterThan(iconIds.length);
    for (const pathData of paths) expect(normalizePathData(pathData)).toBe(pathData);
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

  it('strokes a framed icon with the glyph’s stroke scaled as its geometry is, an unframed one at 2', () => {
    expect(glyphStrokeWidth).toBe(2);
    expect(framedStrokeWidth).toBeCloseTo(glyphStrokeWidth * glyphScaleInFrame, 10);
    expect(labelIconStrokeWidth({ frame: true })).toBe(framedStrokeWidth);
    expect(labelIconStrokeWidth({ frame: false })).toBe(glyphStrokeWidth);
  });

  it('keeps the stroke width equal for frame and glyph: no per-element stroke or transform', () => {
    for (const id of iconIds) {
      for (const [, attrs] of labelIconNodes(labelIcons[id], { frame: true })) {
        expect(
          Object.keys(attrs).filter((name) => /stroke|transform|style|vector-effect/.test(name)),
        ).toEqual([]);
      }
    }
  });

  it('keeps scaled glyphs’ strokes inside the hexagon’s inner edge, the tightest frame (8.99 units from the centre)', () => {
    const hexagonInnerEdge = 11.25 * Math.cos(Math.PI / 6) - framedStrokeWidth / 2;
    for (const id of iconIds) {
      const glyph = labelIconNodes(labelIcons[id], { frame: true }).slice(
        frames[labelIcons[id].family].length,
      );
      const [minimum, maximum] = extent(glyph);
      expect(minimum - framedStrokeWidth / 2, id).toBeGreaterThanOrEqual(12 - hexagonInnerEdge);
      expect(maximum + framedStrokeWidth / 2, id).toBeLessThanOrEqual(12 + hexagonInnerEdge);
    }
  });

  it('gives each family its own frame: circle, hexagon, rounded square, viewfinder corners', () => {
    expect(Object.keys(frames).sort()).toEqual(['dataType', 'processing', 'protection', 'video']);
    expect(frames.dataType).toEqual([['circle', { cx: 12, cy: 12, r: 11.25 }]]);
    expect(frames.processing).toEqual([['path', expect.objectContaining({ d: expect.any(String) })]]);
    expect(numbersIn(String(frames.processing[0]![1].d))).toHaveLength(2 * 6 - 2); // 6 corners, v/h shorthand
    expect(frames.protection).toEqual([['rect', { x: 1.75, y: 1.75, width: 20.5, height: 20.5, rx: 5 }]]);
    // Four corner marks, each one move and an arc: open sides, so it reads apart from the closed square.
    const video = String(frames.video[0]![1].d);
    expect(video.match(/M/g)).toHaveLength(4);
    expect(video.match(/A/g)).toHaveLength(4);
  });

  it('returns the same framed node for the same icon, so renderers can memoise on it', () => {
    const icon = labelIcons.retention;
    expect(labelIconNodes(icon, { frame: true })).toBe(labelIconNodes(icon, { frame: true }));
  });
});

/**
 * The smallest and largest coordinate any shape reaches (stroke not included), from circle/rect/line
 * attributes and from path coordinates (absolute, as the build writes them).
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

/** Every coordinate of an absolute path (curve control points included; arc radii, rotation and flags not). */
function pathPoints(pathData: string): number[] {
  return parsePathData(pathData).flatMap(([command, numbers]) =>
    command === 'A' ? numbers.filter((_, index) => index % 7 >= 5) : numbers,
  );
}
