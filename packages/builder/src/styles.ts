import { createGlobalStyle } from 'styled-components';

// Colours meet WCAG 2.2 AA on white (ink 16:1, accent 6.3:1, error 6.5:1, muted 7:1); every control is at least 44 px
// high for fingers on a phone; focus is always visible.
export const GlobalStyle = createGlobalStyle`
  :root {
    --ink: #1b1f24;
    --muted: #4a5260;
    --accent: #1f5fbf;
    --accent-soft: #e8f0fc;
    --error: #b3261e;
    --warning: #8a4b00;
    --line: #c9ced6;
    --surface: #f5f7fa;
    font-family: 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', system-ui, sans-serif;
    color: var(--ink);
    background: #fff;
    line-height: 1.5;
    /* Korean wraps between words, as the policy page does: CSS's default breaks between any two syllables
       ("입니" / "다."). break-word still lets a word too long for a phone's line break rather than overflow. */
    word-break: keep-all;
    overflow-wrap: break-word;
  }
  *, *::before, *::after { box-sizing: border-box; }
  body { margin: 0; }
  :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  button, input, select, textarea { font: inherit; color: inherit; }
  input:not([type='checkbox']):not([type='radio']), select, textarea {
    width: 100%;
    min-height: 44px;
    padding: 0.5rem 0.625rem;
    border: 1px solid #6b7280;
    border-radius: 6px;
    background: #fff;
  }
  input[type='checkbox'], input[type='radio'] { width: 1.25rem; height: 1.25rem; margin: 0 0.5rem 0 0; vertical-align: middle; }
  textarea { resize: vertical; }
  [aria-invalid='true'] { border-color: var(--error) !important; border-width: 2px !important; }
  button { cursor: pointer; }
  .skip-link {
    position: absolute; left: 0.5rem; top: -4rem; z-index: 10; padding: 0.75rem 1rem; border-radius: 6px;
    background: var(--accent); color: #fff; font-weight: 700;
  }
  .skip-link:focus { top: 0.5rem; }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }

  /* react-jsonschema-form's default markup */
  .rjsf fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
  .rjsf fieldset fieldset, .rjsf .array-item {
    border-left: 3px solid var(--line);
    padding-left: 0.875rem;
  }
  .rjsf legend, .rjsf .control-label, .rjsf label.control-label {
    font-weight: 700;
    display: block;
    padding: 0;
    margin: 0 0 0.25rem;
  }
  .rjsf legend { font-size: 1.0625rem; }
  .rjsf #root > legend, .rjsf #root__title { display: none; }
  .rjsf .form-group { margin: 0 0 1.125rem; }
  .rjsf .field-description, .rjsf .help-block { color: var(--muted); margin: 0 0 0.375rem; font-size: 0.9375rem; }
  .rjsf .error-detail {
    list-style: none; margin: 0.375rem 0 0; padding: 0.5rem 0.625rem; color: var(--error);
    border-left: 4px solid var(--error); background: #fdf1f0; font-size: 0.9375rem;
  }
  .rjsf .error-detail li + li { margin-top: 0.25rem; }
  .rjsf .array-item { display: grid; gap: 0.5rem; margin-bottom: 1.25rem; padding-bottom: 1rem; border-bottom: 1px dashed var(--line); }
  .rjsf .array-item-toolbox, .rjsf .array-item-toolbox > div { display: flex; flex-wrap: wrap; gap: 0.375rem; }
  .rjsf .array-item-content { min-width: 0; }
  .rjsf .btn-group { display: flex; flex-wrap: wrap; gap: 0.375rem; }
  .rjsf .checkbox label { display: flex; align-items: center; min-height: 44px; font-weight: 400; }
  .rjsf .row, .rjsf .col-xs-3, .rjsf .col-xs-9, .rjsf .col-xs-5 { display: block; width: auto; margin: 0; padding: 0; }
  .text-button {
    min-height: 44px; padding: 0.375rem 0.875rem; border-radius: 6px; border: 1px solid var(--accent);
    background: #fff; color: var(--accent); font-weight: 600;
  }
  .text-button.danger { border-color: var(--error); color: var(--error); }
  .text-button:disabled { opacity: 0.55; cursor: not-allowed; }
  .rjsf .text-button.add { margin-top: 0.25rem; }
`;
