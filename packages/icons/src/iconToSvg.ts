import { familyColors, offlineColor } from './familyColors.js';
import { labelIconNodes } from './labelIconNodes.js';
import type { IconNode, IconSvgOptions, LabelIconData } from './types.js';

/** The stroke style shared by every icon, set once on the `<svg>` root (SVG attribute names). */
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
  const { variant, size = 24, frame = true, lang = 'ko' } = options;
  if (variant !== 'online' && variant !== 'offline') {
    throw new Error(`Unknown icon variant "${String(variant)}": use 'online' or 'offline'`);
  }
  if (!(Number.isFinite(size) && size > 0))
    throw new Error(`Icon size must be a positive number, got ${size}`);
  const title = options.title ?? icon.title[lang];
  const titleId = options.titleId ?? `privacy-label-${icon.id}-title`;
  const rootAttributes = {
    xmlns: 'http://www.w3.org/2000/svg',
    width: size,
    height: size,
    ...iconSvgAttributes,
    stroke: variant === 'online' ? familyColors[icon.family] : offlineColor,
    role: 'img',
    'aria-labelledby': titleId,
    lang,
  };
  return (
    `<svg${serializeAttributes(rootAttributes)}>` +
    `<title id="${escapeXml(titleId)}">${escapeXml(title)}</title>` +
    serializeIconNode(labelIconNodes(icon, { frame })) +
    '</svg>'
  );
}

/** The elements of an icon node as SVG markup, for embedding in a larger SVG or HTML document. */
export function serializeIconNode(node: IconNode): string {
  return node.map(([tag, attrs]) => `<${tag}${serializeAttributes(attrs)}/>`).join('');
}

function serializeAttributes(attrs: Readonly<Record<string, string | number>>): string {
  return Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

const xmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for XML content and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => xmlEntities[character]!);
}
