import type { LabelIconData } from '@privacy-label-kit/icons';
import type { DerivedLabel, Locale, Translation } from '@privacy-label-kit/schema/core';
import type { HTMLAttributes } from 'react';
import { AttentionFlags } from '../AttentionFlags/AttentionFlags.js';
import { contextAvailable } from '../context/optionalContext.js';
import { LabelIcon, type LabelIconVariant } from '../LabelIcon/LabelIcon.js';
import { usePolicyWords } from '../locale/PolicyLocaleProvider.js';
import { InteractiveLabelBadge } from './InteractiveLabelBadge.js';
import { LabelBadgeRoot } from './LabelBadgeRoot.js';

/**
 * Where a label's caption is shown — the three choices of the PIPC guideline:
 * - `caption` (default): under the title, always visible;
 * - `tooltip`: on pointer hover and on keyboard focus of the badge's link, as its accessible description
 *   (`aria-describedby`), so a screen reader reads it with the link; Escape hides it until the pointer or focus
 *   leaves, and the pointer can move onto it without it disappearing (WCAG 1.4.13). Needs `href` (something to
 *   focus): a badge without a link shows its caption with a toggle instead;
 * - `toggle`: behind an ⓘ button per label (`aria-expanded`, `aria-controls`) that shows and hides it. Progressive:
 *   the server's HTML shows the caption and no button (a page without JavaScript, or not hydrated yet, loses nothing);
 *   the button appears and the caption collapses once the page is hydrated and the button can work.
 */
export type LabelDisplay = 'caption' | 'tooltip' | 'toggle';
export const labelDisplays: readonly LabelDisplay[] = ['caption', 'tooltip', 'toggle'];

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
  /** Where the caption is shown: 'caption' (default), 'tooltip' or 'toggle' (see `LabelDisplay`). */
  display?: LabelDisplay;
  /** The language of the words around the label ("주의:" before a flag); use the one the label was derived in. */
  locale?: Locale;
  /** Words of your own (another language, or your wording of some keys), before the registered ones. */
  translations?: readonly Translation[];
}

/**
 * One label: its icon in the family frame, its title, its caption, and any attention flags in words. With `href` the
 * badge links to the section (the icon is decorative). `display` chooses where the caption goes: under the title
 * (default: the whole badge is the link, its name title, caption and flags), in a tooltip (the link's description), or
 * behind an ⓘ toggle. Attention flags stay in view in every display. Rest props go to the root.
 *
 * Without state itself, so it renders in a Server Component too: only a tooltip or a toggle needs the browser, and
 * those are drawn by `InteractiveLabelBadge`, a Client Component given the rendered parts and plain strings.
 */
export function LabelBadge({
  label,
  icon,
  href,
  variant = 'online',
  iconSize = 40,
  display = 'caption',
  locale,
  translations,
  ...rest
}: LabelBadgeProps) {
  // A tooltip needs something to focus; without a link the caption goes behind a toggle instead.
  const mode =
    display === 'caption' ? 'caption' : display === 'tooltip' && href !== undefined ? 'tooltip' : 'toggle';
  const { page } = usePolicyWords(locale ?? label.locale, undefined, translations);
  const flags = (
    <AttentionFlags
      flags={label.attention}
      locale={locale ?? label.locale}
      translations={translations}
      inline
    />
  );

  if (mode === 'caption') {
    return (
      <LabelBadgeRoot
        as={href === undefined ? 'div' : 'a'}
        href={href}
        data-plk-label={label.id}
        data-plk-family={label.family}
        {...rest}
      >
        <LabelIcon icon={icon} size={iconSize} variant={variant} />
        {/* The spaces keep title, caption and flags apart in the link's accessible name. */}
        <span className="plk-badge-title">{label.title}</span>{' '}
        <span className="plk-badge-caption">{label.caption}</span> {flags}
      </LabelBadgeRoot>
    );
  }

  return (
    <InteractiveLabelBadge
      mode={mode}
      labelId={label.id}
      family={label.family}
      href={href}
      body={
        <>
          <LabelIcon icon={icon} size={iconSize} variant={variant} />
          <span className="plk-badge-title">{label.title}</span> {flags}
        </>
      }
      caption={label.caption}
      showCaption={page.summary.showExplanation({ label: label.title })}
      {...rest}
      // A Server Component page is styled by styles.css: the badge's root there too, not by styled-components.
      staticStyles={!contextAvailable}
    />
  );
}
