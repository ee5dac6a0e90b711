import type { LabelIconData } from '@privacy-label-kit/icons';
import type { DerivedLabel, Locale, Translation } from '@privacy-label-kit/schema/core';
import { type HTMLAttributes, type KeyboardEvent, useEffect, useId, useLayoutEffect, useState } from 'react';
import { styled } from 'styled-components';
import { AttentionFlags } from '../AttentionFlags/AttentionFlags.js';
import { LabelIcon, type LabelIconVariant } from '../LabelIcon/LabelIcon.js';
import { usePolicyWords } from '../locale/PolicyLocaleProvider.js';
import { focusRing, koreanTextWrapping, visuallyHiddenStyles } from '../theme/sharedStyles.js';
import { color, layout } from '../theme/tokens.js';

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
  /* Tooltip and toggle: the link (icon, title, flags) and the ⓘ button side by side, the caption below or over. */
  &[data-plk-display='tooltip'],
  &[data-plk-display='toggle'] {
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
  }
  & > .plk-badge-link {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    gap: ${layout['space-2']} ${layout['space-3']};
    color: inherit;
    text-decoration: none;
    border-radius: ${layout['radius-small']};
  }
  & > a.plk-badge-link:hover .plk-badge-title {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  & > a.plk-badge-link:focus-visible {
    ${focusRing}
  }
  & > .plk-badge-link > [data-plk-attention-flags] {
    grid-column: 1 / -1;
  }
  & > .plk-badge-toggle {
    display: inline-grid;
    place-items: center;
    /* WCAG 2.5.8: a 32 px target, above the 24 px minimum. */
    width: 2rem;
    height: 2rem;
    margin: -${layout['space-1']} -${layout['space-1']} 0 0;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 50%;
    background: none;
    color: ${color['text-muted']};
    cursor: pointer;
  }
  & > .plk-badge-toggle[hidden] {
    display: none;
  }
  & > .plk-badge-toggle:hover {
    border-color: ${color['border-strong']};
    color: ${color.text};
  }
  & > .plk-badge-toggle:focus-visible {
    ${focusRing}
  }
  & > .plk-badge-toggle[aria-expanded='true'] {
    color: ${color.text};
    background: ${color.surface};
  }
  & > .plk-badge-toggle > svg {
    width: 1.25rem;
    height: 1.25rem;
  }
  & > p.plk-badge-caption {
    margin: 0;
  }
  & > .plk-badge-caption[hidden] {
    display: none;
  }
  & > [role='tooltip'] {
    display: none;
    position: absolute;
    z-index: 10;
    /* Right under the badge, touching it: the pointer crosses no gap on its way onto the tooltip (WCAG 1.4.13). */
    top: calc(100% - 1px);
    left: -1px;
    right: -1px;
    padding: ${layout['space-3']} ${layout['space-4']};
    border: 1px solid ${color['border-strong']};
    border-radius: 0 0 ${layout.radius} ${layout.radius};
    background: ${color['surface-raised']};
    color: ${color.text};
    box-shadow: 0 6px 16px rgb(0 0 0 / 0.12);
    font-size: 0.875em;
  }
  &[data-plk-display='tooltip']:is(:hover, :focus-within):not([data-plk-dismissed]) > [role='tooltip'] {
    display: block;
  }
  @media print {
    &[data-plk-display='tooltip'] > [role='tooltip'] {
      display: block;
      position: static;
      grid-column: 1 / -1;
      padding: 0;
      border: 0;
      box-shadow: none;
    }
    & > .plk-badge-toggle {
      display: none;
    }
    & > .plk-badge-caption[hidden] {
      display: block;
    }
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

// React 18 warns about a layout effect while rendering on the server, where neither kind of effect runs anyway.
const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** The ⓘ of the toggle button: a circle with an "i", drawn rather than typed so every font shows it. */
function InfoSign() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="8.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M10 9v5" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
      <circle cx="10" cy="6.1" r="1.1" fill="currentColor" />
    </svg>
  );
}

/**
 * One label: its icon in the family frame, its title, its caption, and any attention flags in words. With `href` the
 * badge links to the section (the icon is decorative). `display` chooses where the caption goes: under the title
 * (default: the whole badge is the link, its name title, caption and flags), in a tooltip (the link's description), or
 * behind an ⓘ toggle. Attention flags stay in view in every display. Rest props go to the root.
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
  onKeyDown,
  onBlur,
  onPointerEnter,
  onPointerLeave,
  ...rest
}: LabelBadgeProps) {
  const captionId = useId();
  const [expanded, setExpanded] = useState(false);
  // Toggle mode collapses the caption only once React runs here: the server's HTML (and a page whose script never
  // runs) keeps it in view, without the button. The first client render matches the server's, so hydration agrees;
  // a layout effect runs before the browser paints a client-only render, so that one never flashes the caption.
  const [hydrated, setHydrated] = useState(false);
  useClientLayoutEffect(() => setHydrated(true), []);
  const open = !hydrated || expanded;
  const [dismissed, setDismissed] = useState(false);
  const [hovered, setHovered] = useState(false);
  // A tooltip needs something to focus; without a link the caption goes behind a toggle instead.
  const mode =
    display === 'caption' ? 'caption' : display === 'tooltip' && href !== undefined ? 'tooltip' : 'toggle';
  // WCAG 1.4.13: Escape hides a tooltip shown by hover even while the keyboard focus is elsewhere on the page.
  useEffect(() => {
    if (mode !== 'tooltip' || !hovered) return;
    const dismissOnEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', dismissOnEscape);
    return () => document.removeEventListener('keydown', dismissOnEscape);
  }, [mode, hovered]);
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
      <Root
        as={href === undefined ? 'div' : 'a'}
        href={href}
        data-plk-label={label.id}
        data-plk-family={label.family}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        onPointerEnter={onPointerEnter}
        onPointerLeave={onPointerLeave}
        {...rest}
      >
        <LabelIcon icon={icon} size={iconSize} variant={variant} />
        {/* The spaces keep title, caption and flags apart in the link's accessible name. */}
        <span className="plk-badge-title">{label.title}</span>{' '}
        <span className="plk-badge-caption">{label.caption}</span> {flags}
      </Root>
    );
  }

  const body = (
    <>
      <LabelIcon icon={icon} size={iconSize} variant={variant} />
      <span className="plk-badge-title">{label.title}</span> {flags}
    </>
  );
  return (
    <Root
      data-plk-label={label.id}
      data-plk-family={label.family}
      data-plk-display={mode}
      data-plk-dismissed={mode === 'tooltip' && dismissed ? '' : undefined}
      onKeyDown={(event: KeyboardEvent<HTMLElement>) => {
        // WCAG 1.4.13: the tooltip can be dismissed without moving the pointer or the focus.
        if (mode === 'tooltip' && event.key === 'Escape' && !dismissed) {
          setDismissed(true);
          event.stopPropagation();
        }
        onKeyDown?.(event);
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDismissed(false);
        onBlur?.(event);
      }}
      onPointerEnter={(event) => {
        setHovered(true);
        onPointerEnter?.(event);
      }}
      onPointerLeave={(event) => {
        setHovered(false);
        setDismissed(false);
        onPointerLeave?.(event);
      }}
      {...rest}
    >
      {href === undefined ? (
        <div className="plk-badge-link">{body}</div>
      ) : (
        <a
          className="plk-badge-link"
          href={href}
          aria-describedby={mode === 'tooltip' ? captionId : undefined}
        >
          {body}
        </a>
      )}
      {mode === 'tooltip' ? (
        <span role="tooltip" id={captionId}>
          {label.caption}
        </span>
      ) : (
        <>
          <button
            type="button"
            className="plk-badge-toggle"
            hidden={!hydrated}
            aria-expanded={open}
            aria-controls={captionId}
            onClick={() => setExpanded((shown) => !shown)}
          >
            <InfoSign />
            <span className="plk-visually-hidden">
              {page.summary.showExplanation({ label: label.title })}
            </span>
          </button>
          <p className="plk-badge-caption" id={captionId} hidden={!open}>
            {label.caption}
          </p>
        </>
      )}
    </Root>
  );
}
