import type { LabelIconData } from '@privacy-label-kit/icons';
import type { DerivedLabel, Locale, Translation } from '@privacy-label-kit/schema/core';
import type { HTMLAttributes } from 'react';
import { styled } from 'styled-components';
import { AttentionFlags } from '../AttentionFlags/AttentionFlags.js';
import { LabelIcon, type LabelIconVariant } from '../LabelIcon/LabelIcon.js';
import { focusRing, koreanTextWrapping, visuallyHiddenStyles } from '../theme/sharedStyles.js';
import { color, layout } from '../theme/tokens.js';

export interface LabelBadgeProps extends HTMLAttributes<HTMLElement> {
  /** A label from `deriveLabels(policy, { locale })`: its title, caption and attention flags are shown. */
  label: DerivedLabel;
  /** The label's icon data (e.g. `getLabelIcon(label.id)` from `@privacy-label-kit/icons/map`). */
  icon: LabelIconData;
  /** Makes the whole badge a link, e.g. to `#${label.anchor}`. */
  href?: string;
  /** 'online' (family colours, default) or 'offline' (monochrome). */
  variant?: LabelIconVariant;
  /** Icon size in pixels. Default 40. */
  iconSize?: number;
  /** The language of the words around the label ("주의:" before a flag); use the one the label was derived in. */
  locale?: Locale;
  /** Words of your own (another language, or your wording of some keys), before the registered ones. */
  translations?: readonly Translation[];
}

const Root = styled.div.withConfig({ componentId: 'plk-LabelBadge' })`
  ${visuallyHiddenStyles}
  ${koreanTextWrapping}
  position: relative;
  display: grid;
  grid-template-columns: auto minmax(0, 1fr);
  align-items: center;
  gap: ${layout['space-2']} ${layout['space-3']};
  height: 100%;
  box-sizing: border-box;
  padding: ${layout['space-4']};
  border: 1px solid ${color.border};
  border-radius: ${layout.radius};
  background: ${color['surface-raised']};
  color: ${color.text};
  font-family: ${layout['font-family']};
  line-height: 1.45;
  text-decoration: none;
  align-content: start;

  &:is(a) {
    transition:
      border-color 120ms ease,
      box-shadow 120ms ease;
  }
  &:is(a):hover {
    border-color: ${color['border-strong']};
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.08);
  }
  &:is(a):focus-visible {
    ${focusRing}
  }
  /* Icon and title share the first row; caption and flags use the badge's full width below. */
  & .plk-badge-title {
    font-size: 1em;
    font-weight: 700;
  }
  & .plk-badge-caption,
  & [data-plk-attention-flags] {
    grid-column: 1 / -1;
  }
  & .plk-badge-caption {
    color: ${color['text-muted']};
    font-size: 0.875em;
  }
  & [data-plk-attention-flags] > [data-plk-attention] {
    font-size: 0.8125em;
  }
  @media print {
    break-inside: avoid;
    border-color: #000;
    color: #000;
    & .plk-badge-caption {
      color: #000;
    }
  }
`;

/**
 * One label: its icon in the family frame, its title, its caption, and any attention flags in words. With `href` the
 * whole badge is a link whose accessible name is that text (the icon is decorative). Rest props go to the root.
 */
export function LabelBadge({
  label,
  icon,
  href,
  variant = 'online',
  iconSize = 40,
  locale,
  translations,
  ...rest
}: LabelBadgeProps) {
  return (
    <Root
      as={href === undefined ? 'div' : 'a'}
      href={href}
      data-plk-label={label.id}
      data-plk-family={label.family}
      {...rest}
    >
      <LabelIcon icon={icon} size={iconSize} variant={variant} />
      {/* The spaces keep title, caption and flags apart in the link's accessible name. */}
      <span className="plk-badge-title">{label.title}</span>{' '}
      <span className="plk-badge-caption">{label.caption}</span>{' '}
      <AttentionFlags
        flags={label.attention}
        locale={locale ?? label.locale}
        translations={translations}
        inline
      />
    </Root>
  );
}
