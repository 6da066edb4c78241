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
  /* The frame every widget shares (src/base/review-widget.ts): kicker, title, dek; footer. */
  .kicker {
    margin: 0 0 var(--icc-space-xs, 0.25rem);
    color: var(--icc-color-kicker, var(--icc-color-link, #0b5cad));
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .title {
    margin: 0;
    font-size: var(--icc-font-size-title, 1.5em);
  }
  .dek {
    margin: var(--icc-space-xs, 0.25rem) 0 var(--icc-space-m, 0.75rem);
    color: var(--icc-color-muted, #4d5156);
  }
  .status {
    margin: var(--icc-space-s, 0.5rem) 0;
    padding: var(--icc-space-s, 0.5rem) var(--icc-space-m, 0.75rem);
    border-inline-start: 4px solid var(--icc-color-error, #b3261e);
    background: var(--icc-color-error-bg, #fdecea);
    color: var(--icc-color-error-text, #5f1510);
  }
  /* Citations (src/views/citations.ts): small, quiet numbers that still meet the 24px target spacing. */
  .cites {
    font-size: 0.75em;
    line-height: 0;
    white-space: nowrap;
  }
  .cite {
    padding-inline: 0.1em;
    text-decoration: none;
  }
  .cite:hover {
    text-decoration: underline;
  }
  /* The footer line and the sources list that opens from it (src/views/footer.ts). */
  footer {
    margin-block-start: var(--icc-space-m, 0.75rem);
    padding-block-start: var(--icc-space-s, 0.5rem);
    border-block-start: 1px solid var(--icc-color-border, #c4c7c5);
    color: var(--icc-color-muted, #4d5156);
    font-size: 0.9em;
  }
  footer p {
    margin: var(--icc-space-s, 0.5rem) 0 0;
  }
  .sources summary {
    display: flex;
    align-items: center;
    min-block-size: 44px;
    cursor: pointer;
  }
  .sources ol {
    margin-block: 0;
    color: var(--icc-color-text, inherit);
  }
  .sources li {
    overflow-wrap: anywhere;
  }
  .sources li:focus {
    background: var(--icc-color-highlight, #fff4c2);
  }
`;
