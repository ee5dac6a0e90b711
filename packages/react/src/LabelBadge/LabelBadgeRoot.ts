import { styled } from 'styled-components';
import { staticInServerComponents } from '../theme/staticStyles.js';
import { focusRing, koreanTextWrapping, visuallyHiddenStyles } from '../theme/textStyles.js';
import { color, layout } from '../theme/tokens.js';

/**
 * The badge's frame and every display's layout. Its own module because both the badge and its interactive part
 * (`InteractiveLabelBadge`, the only part that runs in the browser when the page is a Server Component) draw it.
 */
export const LabelBadgeRoot = staticInServerComponents(
  styled.div.withConfig({ componentId: 'plk-LabelBadge' })`
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
`,
);
