import { css } from 'styled-components';
import { focusRing, koreanTextWrapping, visuallyHiddenStyles } from './textStyles.js';
import { color, layout } from './tokens.js';

export { focusRing, koreanTextWrapping, visuallyHiddenStyles } from './textStyles.js';

/**
 * The styles of policy content (tables, definition lists, lists, sub-headings), applied from the section root by
 * descendant selectors: the content is plain elements, so a long policy costs one styled component per section,
 * not one per cell.
 */
export const policyContentStyles = css`
  ${visuallyHiddenStyles}
  ${koreanTextWrapping}

  & p {
    margin: 0 0 ${layout['space-4']};
  }
  & a {
    color: ${color.link};
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  & a:focus-visible {
    ${focusRing}
    border-radius: 2px;
  }
  /* Sub-headings are h3 under a page at the top of the outline, and one level lower for each level it sits deeper. */
  & h3,
  & .plk-subheading {
    margin: ${layout['space-5']} 0 ${layout['space-3']};
    font-size: 1.0625em;
    line-height: 1.5;
    font-weight: 700;
  }
  & ul.plk-list,
  & ol.plk-list {
    margin: 0 0 ${layout['space-4']};
    padding-inline-start: 1.25em;
  }
  & ul.plk-list > li,
  & ol.plk-list > li {
    margin-bottom: ${layout['space-1']};
  }
  & ul.plk-plain-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  & ul.plk-plain-list > li + li {
    margin-top: ${layout['space-2']};
  }

  & table {
    width: 100%;
    margin: 0 0 ${layout['space-5']};
    border-collapse: collapse;
    font-size: 0.9375em;
    line-height: 1.6;
  }
  & caption {
    caption-side: top;
    padding-bottom: ${layout['space-2']};
    text-align: start;
    font-weight: 700;
  }
  & th,
  & td {
    padding: ${layout['space-3']};
    border-bottom: 1px solid ${color.border};
    text-align: start;
    vertical-align: top;
  }
  & thead th {
    background: ${color.surface};
    border-bottom: 1px solid ${color['border-strong']};
    color: ${color['text-muted']};
    font-size: 0.93em;
    font-weight: 600;
    white-space: nowrap;
  }
  & tbody th {
    font-weight: 600;
  }
  & tr {
    break-inside: avoid;
  }
  /* A table of short names and long descriptions: give the descriptions room. */
  & table[data-plk-columns='name-text-text'] {
    table-layout: fixed;
  }
  & table[data-plk-columns='name-text-text'] thead th:nth-child(1) {
    width: 20%;
  }
  & table[data-plk-columns='name-text-text'] thead th:nth-child(2) {
    width: 38%;
  }

  & dl.plk-details {
    display: grid;
    grid-template-columns: minmax(8rem, 12rem) 1fr;
    margin: 0 0 ${layout['space-5']};
    border-top: 1px solid ${color.border};
  }
  & dl.plk-details > div {
    display: contents;
  }
  & dl.plk-details dt,
  & dl.plk-details dd {
    margin: 0;
    padding: ${layout['space-3']} ${layout['space-3']};
    border-bottom: 1px solid ${color.border};
  }
  & dl.plk-details dt {
    color: ${color['text-muted']};
    font-weight: 600;
    font-size: 0.9375em;
  }

  & .plk-card {
    margin: 0 0 ${layout['space-4']};
    padding: ${layout['space-4']} ${layout['space-5']};
    border: 1px solid ${color.border};
    border-radius: ${layout['radius-small']};
    break-inside: avoid;
  }
  & .plk-card > :is(h3, .plk-subheading):first-child {
    margin-top: 0;
  }
  & .plk-card dl.plk-details {
    margin-bottom: 0;
  }
  & .plk-muted {
    color: ${color['text-muted']};
  }
  & .plk-note {
    display: block;
    margin-top: ${layout['space-1']};
    color: ${color['text-muted']};
    font-size: 0.93em;
  }
  & .plk-note-label {
    color: ${color.text};
    font-weight: 600;
  }
  & .plk-tag {
    display: inline-block;
    max-width: 100%;
    box-sizing: border-box;
    padding: 0 ${layout['space-2']};
    border: 1px solid ${color['border-strong']};
    border-radius: 999px;
    font-size: 0.87em;
    font-weight: 600;
  }
  & .plk-tag[data-plk-refusable='true'] {
    border-color: ${color.protection};
    color: ${color.protection};
  }
  & .plk-tag[data-plk-refusable='false'] {
    border-color: ${color['attention-border']};
    color: ${color.attention};
    background: ${color['attention-surface']};
  }

  /* Narrow screens: each table row becomes a small card; every cell repeats its column name. */
  @media (max-width: 40rem) {
    & table,
    & tbody,
    & tr,
    & td,
    & tbody th {
      display: block;
    }
    & thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    & tr {
      padding: ${layout['space-2']} 0;
      border-bottom: 1px solid ${color.border};
    }
    & td,
    & tbody th {
      padding: ${layout['space-1']} 0;
      border: 0;
    }
    & td[data-plk-column]::before,
    & tbody th[data-plk-column]::before {
      content: attr(data-plk-column);
      display: block;
      color: ${color['text-muted']};
      font-size: 0.87em;
      font-weight: 600;
    }
    & dl.plk-details {
      grid-template-columns: 1fr;
    }
    & dl.plk-details dt {
      padding-bottom: 0;
      border-bottom: 0;
    }
  }
`;
