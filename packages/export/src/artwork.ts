import {
  escapeXml,
  familyColors,
  iconSvgAttributes,
  labelIconNodes,
  labelIconStrokeWidth,
  offlineColor,
  serializeIconNode,
} from '@privacy-label-kit/icons';
import { getLabelIcon } from '@privacy-label-kit/icons/map';
import type { LabelFamily, LabelId } from '@privacy-label-kit/schema';

export { escapeXml };

/** `online`: the family colours, for screens. `offline`: black on white, for printing and photocopying. */
export type Variant = 'online' | 'offline';
export const variants: readonly Variant[] = ['online', 'offline'];

/** The colours of one card, page or sheet. Every medium takes its colours from here. */
export interface Palette {
  /** Frame, glyph and card border. */
  accent: string;
  /** Titles and headings. */
  ink: string;
  /** Captions and body text. */
  text: string;
  /** Attention notes; they always carry words and a marker too, so colour is never the only signal. */
  attention: string;
  /** Hairlines and rules. */
  rule: string;
  background: string;
}

export function palette(variant: Variant, family: LabelFamily): Palette {
  if (variant === 'offline') {
    // Print: pure black, no tints, so a monochrome laser printer or a photocopy loses nothing.
    return {
      accent: offlineColor,
      ink: offlineColor,
      text: offlineColor,
      attention: offlineColor,
      rule: offlineColor,
      background: '#ffffff',
    };
  }
  return {
    accent: familyColors[family],
    ink: '#16181d',
    text: '#30343b',
    // 7.3:1 on white: readable as small text.
    attention: '#a33a00',
    rule: '#c9ced6',
    background: '#ffffff',
  };
}

/** The shapes of a label's icon (frame plus glyph) on the 24 × 24 grid, from the icons package's one composition. */
export function labelIconMarkup(id: LabelId): string {
  return serializeIconNode(labelIconNodes(getLabelIcon(id), { frame: true }));
}

/** The stroke width of a framed label icon on its 24-unit grid (every medium here draws icons with their frame). */
export const iconStrokeWidth = labelIconStrokeWidth({ frame: true });

/** The shared stroke style of the icon set, as SVG attributes with the variant's colour. */
export function iconStrokeAttributes(colour: string): string {
  const { fill, 'stroke-linecap': lineCap, 'stroke-linejoin': lineJoin } = iconSvgAttributes;
  return `fill="${fill}" stroke="${escapeXml(colour)}" stroke-width="${iconStrokeWidth}" stroke-linecap="${lineCap}" stroke-linejoin="${lineJoin}"`;
}

const iconPathCache = new Map<LabelId, string>();

/**
 * The icon's shapes (frame plus glyph, on the 24 × 24 grid) as one SVG path, for media that draw paths rather than
 * SVG elements (the PDF writer). Same nodes, same geometry as the SVG files; only circles and rectangles are spelt
 * as path commands.
 */
export function labelIconPathData(id: LabelId): string {
  let data = iconPathCache.get(id);
  if (data === undefined) {
    data = labelIconNodes(getLabelIcon(id), { frame: true })
      .map(([tag, attrs]) => shapeToPathData(tag, attrs, id))
      .join(' ');
    iconPathCache.set(id, data);
  }
  return data;
}

function shapeToPathData(tag: string, attrs: Readonly<Record<string, string | number>>, id: string): string {
  const n = (name: string, fallback = 0) => (attrs[name] === undefined ? fallback : Number(attrs[name]));
  switch (tag) {
    case 'path':
      return String(attrs.d ?? '');
    case 'circle':
    case 'ellipse': {
      const rx = tag === 'circle' ? n('r') : n('rx');
      const ry = tag === 'circle' ? n('r') : n('ry');
      const [cx, cy] = [n('cx'), n('cy')];
      return `M${cx - rx} ${cy}A${rx} ${ry} 0 1 0 ${cx + rx} ${cy}A${rx} ${ry} 0 1 0 ${cx - rx} ${cy}Z`;
    }
    case 'rect': {
      const [x, y, width, height] = [n('x'), n('y'), n('width'), n('height')];
      // SVG: a missing rx takes ry's value and vice versa; both are clamped to half the side.
      const rx = Math.min(n('rx', n('ry')), width / 2);
      const ry = Math.min(n('ry', n('rx')), height / 2);
      if (rx <= 0 || ry <= 0) return `M${x} ${y}H${x + width}V${y + height}H${x}Z`;
      const arc = (toX: number, toY: number) => `A${rx} ${ry} 0 0 1 ${toX} ${toY}`;
      return (
        `M${x + rx} ${y}H${x + width - rx}${arc(x + width, y + ry)}V${y + height - ry}${arc(x + width - rx, y + height)}` +
        `H${x + rx}${arc(x, y + height - ry)}V${y + ry}${arc(x + rx, y)}Z`
      );
    }
    case 'line':
      return `M${n('x1')} ${n('y1')}L${n('x2')} ${n('y2')}`;
    case 'polyline':
    case 'polygon': {
      const points = String(attrs.points ?? '')
        .trim()
        .split(/[\s,]+/)
        .map(Number);
      const pairs: string[] = [];
      for (let index = 0; index + 1 < points.length; index += 2)
        pairs.push(`${points[index]} ${points[index + 1]}`);
      return `M${pairs.join('L')}${tag === 'polygon' ? 'Z' : ''}`;
    }
    default:
      // A new kind of element in the icon set must not vanish silently from every PDF.
      throw new Error(`Icon "${id}" has a <${tag}> element, which the PDF writer cannot draw yet`);
  }
}

/** The "!" marker in front of attention notes: a filled circle with a white stem and dot. One geometry, every medium. */
export function attentionMarkerShape(cx: number, cy: number, radius: number) {
  return {
    circle: { cx, cy, r: radius },
    stem: { x: cx, top: cy - radius * 0.55, bottom: cy + radius * 0.12, width: radius * 0.29 },
    dot: { cx, cy: cy + radius * 0.5, r: radius * 0.16 },
  };
}
