import { css } from 'styled-components';
import { color } from './tokens.js';

// The small fragments a label badge needs too. Their own module, apart from the page's content styles, so the part
// of a badge that runs in the browser (InteractiveLabelBadge) does not bring those along.

/** Text that only assistive technology reads (e.g. "Attention:" before a flag that sighted readers see as an icon). */
export const visuallyHiddenStyles = css`
  & .plk-visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/** A visible keyboard focus ring that does not rely on the brand colour. */
export const focusRing = css`
  outline: 3px solid ${color.focus};
  outline-offset: 2px;
`;

/**
 * Korean wraps at spaces (`keep-all`), and words never break mid-word unless they cannot fit at all (`break-word`,
 * which unlike `anywhere` leaves table columns wide enough for their longest word). Links, often long addresses,
 * may break anywhere.
 */
export const koreanTextWrapping = css`
  word-break: keep-all;
  overflow-wrap: break-word;
  & a {
    overflow-wrap: anywhere;
  }
`;
