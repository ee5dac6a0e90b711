import { familyColors, offlineColor } from './familyColors.js';
import { labelIconNodes, labelIconStrokeWidth } from './labelIconNodes.js';
import type { IconNode, IconSvgOptions, LabelIconData } from './types.js';

/**
 * The stroke style shared by every icon, set once on the `<svg>` root (SVG attribute names). The stroke width is the
 * glyph's alone; a framed icon is stroked at `framedStrokeWidth` (`labelIconStrokeWidth`).
 */
export const iconSvgAttributes = {
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 2,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;

/**
 * A standalone SVG document for one label icon: `online` in the family colour, `offline` in black for print.
 * It carries its own accessible name (`<title>` referenced by `aria-labelledby`), so it can be used alone.
 */
export function iconToSvg(icon: LabelIconData, options: IconSvgOptions): string {
  const { size = 24, frame = true, lang = 'ko' } = options;
  const stroke = { online: familyColors[icon.family], offline: offlineColor }[options.variant];
  if (!stroke) throw new Error(`Icon variant must be 'online' or 'offline', got ${options.variant}`);
  if (!(size > 0 && size < Number.POSITIVE_INFINITY))
    throw new Error(`Icon size must be a positive number, got ${size}`);
  const titleId = escapeXml(options.titleId ?? `privacy-label-${icon.id}-title`);
  // The root repeats iconSvgAttributes as literal text: a template is cheaper in every bundle than serialising it.
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" ` +
    `stroke="${stroke}" stroke-width="${labelIconStrokeWidth({ frame })}" stroke-linecap="round" stroke-linejoin="round" role="img" ` +
    `aria-labelledby="${titleId}" lang="${lang}"><title id="${titleId}">` +
    `${escapeXml(options.title ?? icon.title[lang])}</title>${serializeIconNode(labelIconNodes(icon, { frame }))}</svg>`
  );
}

/** The elements of an icon node as SVG markup, for embedding in a larger SVG or HTML document. */
export function serializeIconNode(node: IconNode): string {
  return node
    .map(
      ([tag, attrs]) =>
        `<${tag}${Object.entries(attrs)
          .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
          .join('')}/>`,
    )
    .join('');
}

/** Escapes text for XML element content and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
