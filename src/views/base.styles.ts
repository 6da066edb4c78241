import { css } from 'lit';

/**
 * Shared by every element. The host page's font is inherited; every colour and
 * space is a custom property with a fallback, so hosts theme us without parts.
 *
 * Themes: each fallback colour is a private token (`--_name`) holding a light
 * and a dark value (`light-dark()`); the `theme` attribute sets the host's
 * `color-scheme`, which picks one. A host's `--icc-*` value always wins.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--icc-color-text, inherit);
    font: inherit;
    line-height: var(--icc-line-height, 1.5);
    container-type: inline-size;
    color-scheme: light;
    --_text: light-dark(#1f1f1f, #e8eaed);
    --_bg: light-dark(#fff, #202124);
    --_border: light-dark(#c4c7c5, #80868b);
    --_muted: light-dark(#4d5156, #bdc1c6);
    --_link: light-dark(#0b5cad, #8ab4f8);
    --_accent: light-dark(#0b5cad, #8ab4f8);
    --_focus: light-dark(#1a73e8, #8ab4f8);
    --_selected: light-dark(#0b5cad, #8ab4f8);
    --_selected-bg: light-dark(#e8f0fe, #1c3a5e);
    --_hover-bg: light-dark(#f1f3f4, #303134);
    --_highlight: light-dark(#fff4c2, #4a3c00);
    --_related: light-dark(#8a4b00, #f2a65a);
    --_related-text: light-dark(#5c3300, #fbd3a8);
    --_note-bg: light-dark(#fdf3e6, #3a2a14);
    --_note-border: light-dark(#8a4b00, #f2a65a);
    --_error: light-dark(#b3261e, #f28b82);
    --_error-bg: light-dark(#fdecea, #3c1f1d);
    --_error-text: light-dark(#5f1510, #f6aea9);
    --_chart-line: light-dark(#0b5cad, #8ab4f8);
    --_chart-mark: light-dark(#202124, #e8eaed);
    --_closer: light-dark(#0a6b2f, #81c995);
    --_apart: light-dark(#a3231a, #f28b82);
    --_badge-text: light-dark(#1f1f1f, #e8eaed);
    --_contested-bg: light-dark(#fdecea, #3c1f1d);
    --_contested-border: light-dark(#b3261e, #f28b82);
    --_partly-bg: light-dark(#fff4c2, #3d3510);
    --_partly-border: light-dark(#8a6d00, #fdd663);
    --_aligned-bg: light-dark(#e6f4ea, #163d24);
    --_aligned-border: light-dark(#1e7b34, #81c995);
    /* The dark values are the iframe embed's dark theme (src/embed/embed.css), checked there for AA contrast. */
  }
  /* Dark paints its own surface: light text on a light page would vanish. */
  :host([theme='dark']),
  :host([theme='auto'][data-icc-scheme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']:not([data-icc-scheme])) {
    color-scheme: light dark;
  }
  :host([theme='dark']),
  :host([theme='auto'][data-icc-scheme='dark']) {
    padding: var(--icc-space-m, 0.75rem);
    background: var(--icc-color-bg, var(--_bg));
    color: var(--icc-color-text, var(--_text));
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']:not([data-icc-scheme])) {
      padding: var(--icc-space-m, 0.75rem);
      background: var(--icc-color-bg, var(--_bg));
      color: var(--icc-color-text, var(--_text));
    }
  }
  /* While content loads, hold the room the page's stylesheet reserves (dist/icc-widgets.css sets --icc-reserve). */
  .loading {
    min-block-size: var(--icc-reserve, 0px);
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
    color: var(--icc-color-link, var(--_link));
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--icc-color-focus, var(--_focus));
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .heading {
    font-weight: 700;
    line-height: 1.25;
  }
  /* The frame every widget shares (src/base/review-widget.ts): kicker, title, dek; footer. */
  .kicker {
    margin: 0 0 var(--icc-space-xs, 0.25rem);
    color: var(--icc-color-kicker, var(--icc-color-link, var(--_link)));
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
    color: var(--icc-color-muted, var(--_muted));
  }
  .status {
    margin: var(--icc-space-s, 0.5rem) 0;
    padding: var(--icc-space-s, 0.5rem) var(--icc-space-m, 0.75rem);
    border-inline-start: 4px solid var(--icc-color-error, var(--_error));
    background: var(--icc-color-error-bg, var(--_error-bg));
    color: var(--icc-color-error-text, var(--_error-text));
  }
  /* Citations (src/views/citations.ts): small, quiet numbers that still meet the 24px target spacing. */
  /* A run of marks may be wider than a narrow column: it wraps between marks ("][" may break). */
  .cites {
    font-size: 0.75em;
    line-height: 0;
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
    border-block-start: 1px solid var(--icc-color-border, var(--_border));
    color: var(--icc-color-muted, var(--_muted));
    font-size: 0.9em;
  }
  footer p {
    margin: var(--icc-space-s, 0.5rem) 0 0;
  }
  /* A list item keeps the disclosure marker and the spaces between words (a flex box would drop them). */
  .sources summary {
    display: list-item;
    padding-block: 0.6em;
    min-block-size: 44px;
    cursor: pointer;
  }
  .sources .back {
    min-block-size: 24px;
    margin-block: 0.25em;
    padding: 0.2em 0.6em;
    border: 1px solid currentColor;
    border-radius: 4px;
    background: none;
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
    background: var(--icc-color-highlight, var(--_highlight));
  }
`;
