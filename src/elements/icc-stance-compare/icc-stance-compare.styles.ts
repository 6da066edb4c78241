import { css } from 'lit';

/**
 * Three widths, measured on the host (a size container, see base styles):
 * - wide (≥ 52rem): the issue list beside the comparison table;
 * - medium: the list above the table;
 * - narrow (< 36rem): the list above, the table restyled as stacked cards.
 */
export const compareStyles = css`
  .layout {
    display: grid;
    gap: var(--icc-space-l, 1.5rem);
  }
  @container (width >= 52rem) {
    .layout {
      grid-template-columns: minmax(12rem, 17rem) minmax(0, 1fr);
      align-items: start;
    }
  }

  /* The issue list: a vertical tablist. */
  .tabs {
    display: flex;
    flex-direction: column;
    border-block-start: 1px solid var(--icc-color-border, #c4c7c5);
  }
  .tab {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--icc-space-s, 0.5rem);
    inline-size: 100%;
    min-block-size: 44px;
    padding: var(--icc-space-s, 0.5rem) var(--icc-space-m, 0.75rem);
    border: 0;
    border-block-end: 1px solid var(--icc-color-border, #c4c7c5);
    /* The selection marker is a bar plus bold text, not colour alone. */
    border-inline-start: 4px solid transparent;
    background: none;
    text-align: start;
    cursor: pointer;
  }
  .tab:hover {
    background: var(--icc-color-hover-bg, #f1f3f4);
  }
  .tab[aria-selected='true'] {
    border-inline-start-color: var(--icc-color-accent, #0b5cad);
    background: var(--icc-color-selected-bg, #e8f0fe);
    font-weight: 700;
  }
  .tab:focus-visible {
    /* Inside the outline, so neighbours and the list's edge never cover it. */
    outline-offset: -3px;
  }
  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      border-inline-start-color: Highlight;
    }
  }

  /* Status in words; the colours only repeat them. Dark text on light tints is AA. */
  .badge {
    display: inline-block;
    padding: 0 var(--icc-space-s, 0.5rem);
    border: 1px solid var(--icc-color-border, #c4c7c5);
    border-radius: 1em;
    color: var(--icc-color-badge-text, #1f1f1f);
    font-size: 0.85em;
    font-weight: 400;
    white-space: nowrap;
  }
  .badge.contested {
    border-color: var(--icc-color-contested-border, #b3261e);
    background: var(--icc-color-contested-bg, #fdecea);
  }
  .badge.partly-aligned {
    border-color: var(--icc-color-partly-border, #8a6d00);
    background: var(--icc-color-partly-bg, #fff4c2);
  }
  .badge.aligned {
    border-color: var(--icc-color-aligned-border, #1e7b34);
    background: var(--icc-color-aligned-bg, #e6f4ea);
  }

  /* The selected issue. */
  .panel {
    min-inline-size: 0;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  caption {
    margin-block-end: var(--icc-space-s, 0.5rem);
    font-size: var(--icc-font-size-heading, 1.15em);
    font-weight: 700;
    text-align: start;
  }
  th,
  td {
    padding: var(--icc-space-s, 0.5rem);
    border: 1px solid var(--icc-color-border, #c4c7c5);
    text-align: start;
    vertical-align: top;
  }
  th {
    background: var(--icc-color-header-bg, transparent);
  }
  thead td {
    border-block-start-color: transparent;
    border-inline-start-color: transparent;
  }
  tbody th {
    inline-size: 9rem;
  }
  .none {
    color: var(--icc-color-muted, #4d5156);
    font-style: italic;
  }
  .cell-label {
    display: none;
  }

  /*
   * Narrow: each row becomes a card headed by its row header, each cell
   * preceded by its column header. The header row leaves the screen but not
   * the accessibility tree, and the table keeps its roles (see the element).
   */
  @container (width < 36rem) {
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
      margin-block-end: var(--icc-space-m, 0.75rem);
      padding: var(--icc-space-s, 0.5rem) var(--icc-space-m, 0.75rem);
      border: 1px solid var(--icc-color-border, #c4c7c5);
      border-radius: 4px;
    }
    tbody th,
    tbody td {
      inline-size: auto;
      padding: 0;
      border: 0;
      background: none;
    }
    tbody th {
      margin-block-end: var(--icc-space-s, 0.5rem);
    }
    tbody td + td {
      margin-block-start: var(--icc-space-s, 0.5rem);
    }
    .cell-label {
      display: block;
      color: var(--icc-color-muted, #4d5156);
      font-size: 0.9em;
      font-weight: 700;
    }
  }

  .events ul {
    margin-block: 0 var(--icc-space-m, 0.75rem);
    padding-inline-start: 1.25em;
  }
  .events li + li {
    margin-block-start: var(--icc-space-s, 0.5rem);
  }
  .events .date {
    color: var(--icc-color-muted, #4d5156);
  }
  .events > .heading,
  .sources > .heading {
    margin-block: var(--icc-space-m, 0.75rem) var(--icc-space-s, 0.5rem);
  }
`;
