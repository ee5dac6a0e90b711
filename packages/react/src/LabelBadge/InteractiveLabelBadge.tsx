'use client';

import {
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useLayoutEffect,
  useState,
} from 'react';
import { LabelBadgeRoot } from './LabelBadgeRoot.js';

// The one part of a label badge with state: a tooltip that Escape dismisses and an ⓘ button that shows the caption.
// A Client Component ('use client'), so that a page rendered as a Server Component sends the browser this and nothing
// else of the badge. Its props are what a server can hand over: strings and rendered elements, no words or functions.

export interface InteractiveLabelBadgeProps extends HTMLAttributes<HTMLElement> {
  mode: 'tooltip' | 'toggle';
  labelId: string;
  family: string;
  /** Where the badge links; a tooltip needs it (something to focus). */
  href?: string;
  /** The icon, title and attention flags, rendered by the badge. */
  body: ReactNode;
  caption: ReactNode;
  /** The toggle button's accessible name ("Show what this label means: …"). */
  showCaption: string;
  /**
   * Set by a badge rendered as a Server Component, whose page is styled by `styles.css`: the root is then a plain
   * element with the badge's fixed id as its class, like the rest of that page, and styled-components writes nothing.
   */
  staticStyles?: boolean;
}

/** The badge's root as a Server Component page draws it: styled by `styles.css` (see theme/staticStyles.ts). */
function StaticBadgeRoot({ className, ...rest }: HTMLAttributes<HTMLDivElement>) {
  const id = LabelBadgeRoot.styledComponentId;
  return <div {...rest} className={className ? `${id} ${className}` : id} />;
}

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

/** A badge whose caption is in a tooltip or behind an ⓘ toggle; see `LabelDisplay`. Rest props go to the root. */
export function InteractiveLabelBadge({
  mode,
  labelId,
  family,
  href,
  body,
  caption,
  showCaption,
  staticStyles = false,
  onKeyDown,
  onBlur,
  onPointerEnter,
  onPointerLeave,
  ...rest
}: InteractiveLabelBadgeProps) {
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
  // WCAG 1.4.13: Escape hides a tooltip shown by hover even while the keyboard focus is elsewhere on the page.
  useEffect(() => {
    if (mode !== 'tooltip' || !hovered) return;
    const dismissOnEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', dismissOnEscape);
    return () => document.removeEventListener('keydown', dismissOnEscape);
  }, [mode, hovered]);

  const Root = staticStyles ? StaticBadgeRoot : LabelBadgeRoot;
  return (
    <Root
      data-plk-label={labelId}
      data-plk-family={family}
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
          {caption}
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
            <span className="plk-visually-hidden">{showCaption}</span>
          </button>
          <p className="plk-badge-caption" id={captionId} hidden={!open}>
            {caption}
          </p>
        </>
      )}
    </Root>
  );
}
