import { css } from 'lit';
import { WIDE_FROM } from '../../views/wide.js';

/**
 * Measured on the host (a size container, see base styles):
 * - from 36rem: the issues as small cards in rows that wrap (three to a 700px
 *   column), above the comparison table;
 * - narrow (< 36rem): the cards in one row that scrolls sideways, the table
 *   restyled as stacked cards whose long positions show their first lines.
 */
export const compareStyles = css`
  /* The issue list: a horizontal tablist of small cards, in rows that wrap. */
  .tabs {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(12em, 100%), 1fr));
    gap: var(--icc-space-s, 0.5rem);
    margin-block-end: var(--icc-space-l, 1.5rem);
    font-size: 0.85em;
  }
  .tab {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--icc-space-xs, 0.25rem);
    min-block-size: 44px;
    padding: var(--icc-space-s, 0.5rem) var(--icc-space-m, 0.75rem);
    border: 1px solid var(--icc-color-border, var(--_border));
    border-radius: 6px;
    background: none;
    line-height: 1.25;
    text-align: start;
    cursor: pointer;
  }
  .tab:hover {
    background: var(--icc-color-hover-bg, var(--_hover-bg));
  }
  /* The selection: a heavier accent border and bold text, not colour alone. */
  .tab[aria-selected='true'] {
    border-color: var(--icc-color-accent, var(--_accent));
    box-shadow: inset 0 0 0 1px var(--icc-color-accent, var(--_accent));
    background: var(--icc-color-selected-bg, var(--_selected-bg));
    font-weight: 700;
  }
  .tab:focus-visible {
    /* Inside the outline, so neighbours and the scrolling row never clip it. */
    outline-offset: -3px;
  }
  /* Narrow: one row that scrolls sideways; the next card peeks out. */
  @container (width < ${WIDE_FROM}rem) {
    .tabs {
      grid-auto-flow: column;
      grid-template-columns: none;
      grid-auto-columns: min(18em, 80%);
      overflow-x: auto;
    }
  }
  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      border-color: Highlight;
      box-shadow: inset 0 0 0 2px Highlight;
    }
  }

  /* Status in words; the colours only repeat them. Dark text on light tints is AA. */
  .badge {
    display: inline-block;
    padding: 0 var(--icc-space-s, 0.5rem);
    border: 1px solid var(--icc-color-border, var(--_border));
    border-radius: 1em;
    color: var(--icc-color-badge-text, var(--_badge-text));
    font-size: 0.85em;
    font-weight: 400;
    white-space: nowrap;
  }
  .badge.contested {
    border-color: var(--icc-color-contested-border, var(--_contested-border));
    background: var(--icc-color-contested-bg, var(--_contested-bg));
  }
  .badge.partly-aligned {
    border-color: var(--icc-color-partly-border, var(--_partly-border));
    background: var(--icc-color-partly-bg, var(--_partly-bg));
  }
  .badge.aligned {
    border-color: var(--icc-color-aligned-border, var(--_aligned-border));
    background: var(--icc-color-aligned-bg, var(--_aligned-bg));
  }

  /* The selected issue: a table with rules between rows, as newsrooms set them. */
  .panel {
    font-size: var(--icc-font-size-table, 0.9em);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    margin-block-end: var(--icc-space-s, 0.5rem);
    font-size: var(--icc-font-size-heading, 1.15em);
    font-weight: 700;
    line-height: 1.25;
    text-align: start;
  }
  th,
  td {
    padding: var(--icc-space-s, 0.5rem);
    border-block-start: 1px solid var(--icc-color-border, var(--_border));
    text-align: start;
    vertical-align: top;
  }
  th {
    background: var(--icc-color-header-bg, transparent);
  }
  thead :is(th, td) {
    border-block-start: 0;
    border-block-end: 2px solid var(--icc-color-border, var(--_border));
  }
  tbody th {
    inline-size: 6.5em;
    padding-inline-start: 0;
    color: var(--icc-color-muted, var(--_muted));
    font-size: 0.9em;
  }
  /* A run of marks stays whole beside the text in a table column; narrow cards let it wrap. */
  @container (width >= ${WIDE_FROM}rem) {
    .cites {
      white-space: nowrap;
    }
  }
  .none {
    color: var(--icc-color-muted, var(--_muted));
    font-style: italic;
  }
  .cell-label {
    display: none;
  }

  /*
   * Narrow: each row becomes a block headed by its row header, each cell
   * preceded by its column header. The header row leaves the screen but not
   * the accessibility tree, and the table keeps its roles (see the element).
   */
  @container (width < ${WIDE_FROM}rem) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tbody tr {
      padding-block: var(--icc-space-s, 0.5rem);
      border-block-start: 1px solid var(--icc-color-border, var(--_border));
    }
    tbody th,
    tbody td {
      inline-size: auto;
      padding: 0;
      border: 0;
      background: none;
    }
    tbody th {
      margin-block-end: var(--icc-space-xs, 0.25rem);
      font-size: 0.8em;
      letter-spacing: 0.06em;
      text-transform: uppercase;
    }
    tbody td + td {
      margin-block-start: var(--icc-space-s, 0.5rem);
    }
    /* Run in, as a lead-in: "United States: The United States has argued…". */
    .cell-label {
      display: inline;
      font-weight: 700;
    }
    .cell-label::after {
      content: ': ';
    }
  }

  /*
   * A long position shows its first lines on narrow containers, fading out,
   * the rest one "Read more" away. Only where scripts run (the button needs
   * one), never in print; a citation mark reached by keyboard lifts the cut.
   */
  .more {
    display: none;
  }
  @media screen and (scripting: enabled) {
    @container (width < ${WIDE_FROM}rem) {
      .clamp:not(.open, :focus-within) {
        max-block-size: 5lh;
        overflow: hidden;
        mask-image: linear-gradient(#000 60%, transparent);
      }
      /* A 44px target that takes less room than that below the text. */
      .more {
        display: block;
        min-block-size: 44px;
        margin-block: -0.5rem -0.5rem;
        padding: 0;
        border: 0;
        background: none;
        color: var(--icc-color-link, var(--_link));
        font: inherit;
        text-decoration: underline;
        cursor: pointer;
      }
    }
  }

  /* The related events, closed behind their count. */
  .events {
    margin-block-start: var(--icc-space-m, 0.75rem);
  }
  .events > summary {
    min-block-size: 44px;
    padding-block: var(--icc-space-s, 0.5rem);
    font-weight: 700;
    cursor: pointer;
  }
  .events > summary::after {
    content: ' (' attr(data-count) ')';
  }
  .events ul {
    margin-block: 0 var(--icc-space-m, 0.75rem);
    padding-inline-start: 1.25em;
  }
  .events li + li {
    margin-block-start: var(--icc-space-s, 0.5rem);
  }
  .events .date {
    color: var(--icc-color-muted, var(--_muted));
  }
  /* Printed, the closed list shows too. */
  @media print {
    .events::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
