import {
  type IconNode,
  type LabelIconData,
  labelIconNodes,
  labelIconStrokeWidth,
} from '@privacy-label-kit/icons';
import { createElement, type ReactElement, type SVGProps } from 'react';
import { styled } from 'styled-components';
import { staticInServerComponents } from '../theme/staticStyles.js';
import { color } from '../theme/tokens.js';

export type LabelIconVariant = 'online' | 'offline';

export interface LabelIconProps extends Omit<SVGProps<SVGSVGElement>, 'ref' | 'children'> {
  /** The icon data, e.g. `import collectedItems from '@privacy-label-kit/icons/icons/collected-items'`. */
  icon: LabelIconData;
  /** Width and height: a number of pixels or any CSS length. Default 24. */
  size?: number | string;
  /** Draw the family frame (circle, hexagon, rounded square or viewfinder corners, by family) around the glyph. Default true. */
  frame?: boolean;
  /** 'online' draws in the family colour; 'offline' is monochrome in the text colour (black in print). */
  variant?: LabelIconVariant;
  /** An accessible name. Without it (or `aria-label`) the icon is decorative and hidden from assistive technology. */
  title?: string;
}

// Colours come from custom properties chosen by data attributes, so this rule set is generated once, never per render.
const Svg = staticInServerComponents(
  styled.svg.withConfig({ componentId: 'plk-LabelIcon' })`
  flex-shrink: 0;
  vertical-align: middle;
  color: ${color.text};
  &[data-plk-variant='online'][data-plk-family='processing'] {
    color: ${color.processing};
  }
  &[data-plk-variant='online'][data-plk-family='protection'] {
    color: ${color.protection};
  }
  &[data-plk-variant='online'][data-plk-family='dataType'] {
    color: ${color['data-type']};
  }
  &[data-plk-variant='online'][data-plk-family='video'] {
    color: ${color.video};
  }
`,
);

/**
 * The one component that draws a label icon, from the same frame + glyph composition (`labelIconNodes`) that the
 * standalone SVGs and PDFs use. Decorative by default (`aria-hidden`); with `title` or `aria-label` it becomes
 * `role="img"` with that name. Rest props are spread onto the `<svg>`.
 */
export function LabelIcon({
  icon,
  size = 24,
  frame = true,
  variant = 'online',
  title,
  ...rest
}: LabelIconProps) {
  const named =
    title !== undefined || rest['aria-label'] !== undefined || rest['aria-labelledby'] !== undefined;
  return (
    <Svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={labelIconStrokeWidth({ frame })}
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
      data-plk-family={icon.family}
      data-plk-variant={variant}
      data-plk-icon={icon.id}
      role={named ? 'img' : undefined}
      aria-hidden={named ? undefined : true}
      aria-label={title}
      {...rest}
    >
      {title ? <title>{title}</title> : null}
      {iconElements(labelIconNodes(icon, { frame }))}
    </Svg>
  );
}

const elementsCache = new WeakMap<IconNode, ReactElement[]>();

/** The icon's shapes as React elements; cached per node list because the same icons render on every page. */
function iconElements(node: IconNode): ReactElement[] {
  let elements = elementsCache.get(node);
  if (!elements) {
    elements = node.map(([tag, attrs], index) =>
      createElement(tag, { key: index, ...reactAttributes(attrs) }),
    );
    elementsCache.set(node, elements);
  }
  return elements;
}

/** SVG attribute names as React props: `stroke-width` becomes `strokeWidth`. */
function reactAttributes(attrs: Readonly<Record<string, string | number>>): Record<string, string | number> {
  const props: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(attrs)) {
    props[name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  }
  return props;
}
