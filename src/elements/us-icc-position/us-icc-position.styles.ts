import { css } from 'lit';

/**
 * Narrow first: below 36rem the tabs stack and the data table stands in for
 * the chart (a chart squeezed to 280px would shrink its text out of reach).
 * From 36rem the chart shows and the table stays for screen readers only.
 *
 * Why some rules are as they are (comments stay out of the template, which
 * ships verbatim):
 * - `.base` is positioned to anchor the visually hidden table.
 * - The chart's `direction: ltr`: time runs left to right and the geometry assumes it.
 * - Its `font-size` is in viewBox units, so text scales with the drawing.
 * - The table's smaller font lets three columns fit in 280px.
 * - Selected tabs, related events: a thick bar, bold text or a ◆ tag, never colour alone.
 * - Tabs share one row from 36rem and wrap only if administrations are added.
 */
export const positionStyles = css`
  .base {
    position: relative;
    max-inline-size: var(--icc-max-width, 48rem);
  }
  .chart {
    display: none;
    margin-block-end: var(--icc-space-m, 0.75rem);
  }
  .chart svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    direction: ltr;
    font-size: 13px;
  }
  .chart text {
    fill: currentColor;
  }
  .year.selected {
    font-weight: 700;
  }
  .band {
    fill: transparent;
    cursor: pointer;
  }
  .band.selected {
    fill: var(--icc-color-selected-bg, #e8f0fe);
  }
  .grid {
    stroke: var(--icc-color-border, #c4c7c5);
    stroke-dasharray: 2 3;
  }
  .axis {
    stroke: var(--icc-color-muted, #4d5156);
  }
  .level,
  .riser {
    stroke: var(--icc-color-chart-line, #0b5cad);
    stroke-width: 3;
  }
  .level.selected {
    stroke-width: 7;
  }
  .mark {
    fill: var(--icc-color-chart-mark, #202124);
    stroke: var(--icc-color-bg, #fff);
    stroke-width: 1.5;
    pointer-events: none;
  }
  .mark.related {
    fill: var(--icc-color-related, #8a4b00);
  }
  .ring {
    fill: none;
    stroke: var(--icc-color-focus, #1a73e8);
    stroke-width: 3;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--icc-space-xs, 0.25rem) var(--icc-space-m, 0.75rem);
    margin: var(--icc-space-xs, 0.25rem) 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    color: var(--icc-color-muted, #4d5156);
  }
  .key-related {
    color: var(--icc-color-related, #8a4b00);
  }
  .key-band {
    display: inline-block;
    inline-size: 1em;
    block-size: 0.75em;
    border-block-end: 4px solid var(--icc-color-chart-line, #0b5cad);
    background: var(--icc-color-selected-bg, #e8f0fe);
  }
  .data {
    margin-block-end: var(--icc-space-m, 0.75rem);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  caption {
    font-weight: 700;
    text-align: start;
    padding-block-end: var(--icc-space-xs, 0.25rem);
  }
  th,
  td {
    padding: var(--icc-space-xs, 0.25rem);
    border-block-end: 1px solid var(--icc-color-border, #c4c7c5);
    text-align: start;
    vertical-align: top;
  }
  tbody th {
    font-weight: 400;
  }
  tr.selected {
    background: var(--icc-color-selected-bg, #e8f0fe);
  }
  tr.selected th {
    font-weight: 700;
  }
  .about {
    margin-block-end: var(--icc-space-m, 0.75rem);
  }
  .about summary {
    display: list-item;
    min-block-size: 44px;
    padding-block: var(--icc-space-s, 0.5rem);
    cursor: pointer;
  }
  .about p {
    margin-block: 0;
  }
  .tabs {
    display: flex;
    flex-direction: column;
    gap: var(--icc-space-xs, 0.25rem);
  }
  [role='tab'] {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    min-block-size: 44px;
    padding: var(--icc-space-s, 0.5rem) var(--icc-space-m, 0.75rem);
    border: 1px solid var(--icc-color-border, #c4c7c5);
    border-radius: 4px;
    background: var(--icc-color-button-bg, transparent);
    text-align: start;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--icc-color-selected, #0b5cad);
    border-inline-start-width: 6px;
    background: var(--icc-color-selected-bg, #e8f0fe);
    font-weight: 700;
  }
  .years {
    font-size: 0.875em;
    font-weight: 400;
    color: var(--icc-color-muted, #4d5156);
  }
  .panel {
    margin-block-start: var(--icc-space-s, 0.5rem);
    padding-block: var(--icc-space-s, 0.5rem);
  }
  .panel .heading {
    font-size: var(--icc-font-size-heading, 1.15em);
    margin-block: var(--icc-space-m, 0.75rem) var(--icc-space-s, 0.5rem);
  }
  .rationale .label {
    font-weight: 700;
  }
  .panel p {
    margin-block: 0 var(--icc-space-s, 0.5rem);
  }
  .reasons li + li {
    margin-block-start: var(--icc-space-xs, 0.25rem);
  }
  .events {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .event {
    padding: var(--icc-space-s, 0.5rem);
    border-inline-start: 4px solid transparent;
    border-block-start: 1px solid var(--icc-color-border, #c4c7c5);
  }
  .event.related {
    border-inline-start-color: var(--icc-color-related, #8a4b00);
    background: var(--icc-color-highlight, #fff4c2);
  }
  .panel .event p {
    margin: 0;
  }
  .when,
  .meta {
    font-size: 0.9em;
    color: var(--icc-color-muted, #4d5156);
  }
  .what button {
    min-block-size: 44px;
    padding: var(--icc-space-xs, 0.25rem) 0;
    border: 0;
    background: none;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .what button::before {
    content: '▸ ';
  }
  .what button[aria-expanded='true']::before {
    content: '▾ ';
  }
  :host(:dir(rtl)) .what button[aria-expanded='false']::before,
  .base[dir='rtl'] .what button[aria-expanded='false']::before {
    content: '◂ ';
  }
  .effect.closer {
    color: var(--icc-color-closer, #0a6b2f);
  }
  .effect.apart {
    color: var(--icc-color-apart, #a3231a);
  }
  .tag {
    margin-inline-start: var(--icc-space-s, 0.5rem);
    font-weight: 700;
    color: var(--icc-color-related-text, #5c3300);
  }
  .detail p {
    padding-block: var(--icc-space-xs, 0.25rem);
  }
  @container (min-width: 36rem) {
    .chart {
      display: block;
    }
    .data {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .tabs {
      flex-direction: row;
      flex-wrap: wrap;
    }
    [role='tab'] {
      flex: 1 1 5.25rem;
      padding-inline: var(--icc-space-s, 0.5rem);
    }
    [role='tab'][aria-selected='true'] {
      border-inline-start-width: 1px;
      border-block-end-width: 6px;
    }
  }
  @media (forced-colors: active) {
    .band.selected {
      fill: Highlight;
    }
    .level,
    .riser {
      stroke: CanvasText;
    }
    [role='tab'][aria-selected='true'] {
      border-color: Highlight;
    }
  }
`;
