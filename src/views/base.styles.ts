import { css } from 'lit';

/**
 * Shared by every element. The host page's font is inherited; every colour and
 * space is a custom property with a fallback, so hosts theme us without parts.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--icc-color-text, inherit);
    font: inherit;
    line-height: var(--icc-line-height, 1.5);
    container-type: inline-size;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--icc-color-link, #0b5cad);
  }
  a:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--icc-color-focus, #1a73e8);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .heading {
    font-weight: 700;
    line-height: 1.25;
  }
  .status {
    margin: var(--icc-space-s, 0.5rem) 0;
    padding: var(--icc-space-s, 0.5rem) var(--icc-space-m, 0.75rem);
    border-inline-start: 4px solid var(--icc-color-error, #b3261e);
    background: var(--icc-color-error-bg, #fdecea);
    color: var(--icc-color-error-text, #5f1510);
  }
  /* Citations and the sources list (src/internal/citations.ts), the same in every widget. */
  .cites {
    line-height: 0;
    white-space: nowrap;
  }
  .cite {
    padding-inline: 0.1em;
  }
  .sources {
    border-block-start: 1px solid var(--icc-color-border, #c4c7c5);
    font-size: 0.9em;
  }
  .sources > .heading {
    margin-block: var(--icc-space-m, 0.75rem) var(--icc-space-s, 0.5rem);
  }
  .sources li {
    overflow-wrap: anywhere;
  }
  .sources li:focus {
    background: var(--icc-color-highlight, #fff4c2);
  }
  footer {
    font-size: 0.9em;
    color: var(--icc-color-muted, #4d5156);
  }
`;
