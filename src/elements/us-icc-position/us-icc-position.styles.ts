import { css } from 'lit';
import { WIDE_FROM } from '../../views/wide.js';

/**
 * Narrow first: below 36rem the tabs stack into the one vertical timeline,
 * each with its stance marked on a small scale (a chart squeezed to 280px
 * would shrink its text out of reach). From 36rem the chart shows and the
 * tabs share a row. The table is for screen readers at every width.
 *
 * Why some rules are as they are (comments stay out of the template, which
 * ships verbatim):
 * - `.base` is positioned to anchor the visually hidden table.
 * - The chart's `direction: ltr`: time runs left to right and the geometry assumes it.
 * - Its `font-size` is in viewBox units, so text scales with the drawing; `overflow: visible`, so the scale's
 *   labels stay whole when a reader widens letter and word spacing (WCAG 1.4.12).
 * - The table's smaller font lets three columns fit in 280px.
 * - Selected tabs, related events: a thick bar, bold text or a ◆ tag, never colour alone.
 * - Tabs share one row from 36rem and wrap only if administrations are added.
 * - A cluster's own marks stay in the drawing, unseen: each event keeps its element.
 * - Print and pages without scripts show what the disclosures hide.
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
    overflow: visible;
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
    fill: var(--icc-color-selected-bg, var(--_selected-bg));
  }
  .grid {
    stroke: var(--icc-color-border, var(--_border));
    stroke-dasharray: 2 3;
  }
  .axis {
    stroke: var(--icc-color-muted, var(--_muted));
  }
  .level,
  .riser {
    stroke: var(--icc-color-chart-line, var(--_chart-line));
    stroke-width: 3;
  }
  .level.selected {
    stroke-width: 7;
  }
  .mark {
    fill: var(--icc-color-chart-mark, var(--_chart-mark));
    stroke: var(--icc-color-bg, var(--_bg));
    stroke-width: 1.5;
    pointer-events: none;
  }
  .mark.related,
  .cluster.related .bubble {
    fill: var(--icc-color-related, var(--_related));
  }
  .bubble {
    fill: var(--icc-color-chart-mark, var(--_chart-mark));
    stroke: var(--icc-color-bg, var(--_bg));
    stroke-width: 1.5;
  }
  .cluster .mark {
    visibility: hidden;
  }
  .chart .count,
  .score {
    fill: var(--icc-color-bg, var(--_bg));
    font-size: 11px;
    font-weight: 700;
  }
  .score {
    font-size: 13px;
  }
  .ring {
    fill: none;
    stroke: var(--icc-color-focus, var(--_focus));
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
    color: var(--icc-color-muted, var(--_muted));
  }
  .key-cluster {
    padding-inline: 0.4em;
    border-radius: 1em;
    background: var(--icc-color-chart-mark, var(--_chart-mark));
    color: var(--icc-color-bg, var(--_bg));
  }
  .key-related {
    color: var(--icc-color-related, var(--_related));
  }
  .key-band {
    display: inline-block;
    inline-size: 1em;
    block-size: 0.75em;
    border-block-end: 4px solid var(--icc-color-chart-line, var(--_chart-line));
    background: var(--icc-color-selected-bg, var(--_selected-bg));
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
    border-block-end: 1px solid var(--icc-color-border, var(--_border));
    text-align: start;
    vertical-align: top;
  }
  tbody th {
    font-weight: 400;
  }
  .about {
    margin-block-end: var(--icc-space-s, 0.5rem);
  }
  .about summary {
    display: list-item;
    box-sizing: border-box;
    min-block-size: 44px;
    padding-block: var(--icc-space-s, 0.5rem);
    cursor: pointer;
  }
  .about p {
    margin-block: 0;
  }
  .timeline-head {
    display: flex;
    justify-content: space-between;
    margin: 0 var(--icc-space-s, 0.5rem);
    padding-inline-start: 6px;
    font-size: 0.8em;
    line-height: 1.25;
    color: var(--icc-color-muted, var(--_muted));
  }
  .timeline-head span + span {
    inline-size: 4.92em;
    text-align: center;
  }
  .tabs {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
  }
  [role='tab'] {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
    column-gap: var(--icc-space-s, 0.5rem);
    padding-inline: var(--icc-space-s, 0.5rem);
    text-align: start;
  }
  [role='tab'] {
    font-size: 0.875em;
    min-block-size: 44px;
    padding-block: var(--icc-space-xs, 0.25rem);
    border: 1px solid var(--icc-color-border, var(--_border));
    border-width: 0 0 1px 6px;
    border-inline-start-color: transparent;
    border-radius: 0;
    background: var(--icc-color-button-bg, transparent);
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--icc-color-selected, var(--_selected));
    background: var(--icc-color-selected-bg, var(--_selected-bg));
    font-weight: 700;
  }
  .president {
    grid-area: 1 / 2;
  }
  .years {
    grid-area: 1 / 1;
    font-size: 0.8em;
    font-weight: 400;
    color: var(--icc-color-muted, var(--_muted));
  }
  .scale {
    grid-area: 1 / 3;
    inline-size: 4.5em;
    block-size: 1.6em;
    overflow: visible;
  }
  .track {
    stroke: var(--icc-color-border, var(--_border));
    stroke-width: 5;
    stroke-linecap: round;
  }
  .dot {
    fill: var(--icc-color-chart-line, var(--_chart-line));
  }
  .panel {
    padding-block: var(--icc-space-s, 0.5rem);
    font-size: 0.9375em;
  }
  .panel .heading {
    font-size: var(--icc-font-size-heading, 1.15em);
    margin-block: var(--icc-space-s, 0.5rem) var(--icc-space-xs, 0.25rem);
  }
  .panel > .heading:first-child,
  .panel .toggle-heading {
    margin-block: 0;
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
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--icc-space-s, 0.5rem);
    padding: var(--icc-space-xs, 0.25rem) var(--icc-space-s, 0.5rem);
    border-inline-start: 4px solid transparent;
    border-block-start: 1px solid var(--icc-color-border, var(--_border));
  }
  .event.related {
    border-inline-start-color: var(--icc-color-related, var(--_related));
    background: var(--icc-color-highlight, var(--_highlight));
  }
  .panel .event p {
    margin: 0;
  }
  .what,
  .detail {
    flex-basis: 100%;
  }
  .when,
  .meta {
    font-size: 0.8em;
    color: var(--icc-color-muted, var(--_muted));
  }
  .toggle,
  .more,
  .what button {
    min-block-size: 44px;
    padding: var(--icc-space-xs, 0.25rem) 0;
    border: 0;
    background: none;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .toggle {
    font-weight: inherit;
  }
  .toggle::after {
    content: ' (' attr(data-count) ')';
    font-weight: 400;
  }
  .more {
    padding-inline: var(--icc-space-m, 0.75rem);
    border: 1px solid var(--icc-color-border, var(--_border));
    border-radius: 4px;
  }
  .toggle::before,
  .more::before,
  .what button::before {
    content: '▸ ';
    content: '▸ ' / '';
  }
  [aria-expanded='true']::before {
    content: '▾ ' !important;
    content: '▾ ' / '' !important;
  }
  :host(:dir(rtl)) [aria-expanded='false']::before,
  .base[dir='rtl'] [aria-expanded='false']::before {
    content: '◂ ' !important;
    content: '◂ ' / '' !important;
  }
  .effect.closer {
    color: var(--icc-color-closer, var(--_closer));
  }
  .effect.apart {
    color: var(--icc-color-apart, var(--_apart));
  }
  .tag {
    margin-inline-start: var(--icc-space-s, 0.5rem);
    font-weight: 700;
    color: var(--icc-color-related-text, var(--_related-text));
  }
  .detail p {
    padding-block: var(--icc-space-xs, 0.25rem);
  }
  @container (min-width: ${WIDE_FROM}rem) {
    .chart {
      display: block;
    }
    .timeline-head,
    .scale {
      display: none;
    }
    .panel {
      font-size: inherit;
    }
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: var(--icc-space-xs, 0.25rem);
    }
    [role='tab'] {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      flex: 1 1 5.25rem;
      padding-block: var(--icc-space-s, 0.5rem);
      border-width: 1px 1px 6px;
      border-color: var(--icc-color-border, var(--_border));
      border-block-end-color: transparent;
      border-radius: 4px;
    }
    [role='tab'][aria-selected='true'] {
      border-color: var(--icc-color-selected, var(--_selected));
    }
  }
  @media print, (scripting: none) {
    .events > [hidden] {
      display: flex !important;
    }
    .reasons[hidden],
    .detail[hidden] {
      display: block !important;
    }
    .more {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .bubble,
    .dot {
      fill: CanvasText;
    }
    .chart .count,
    .score {
      fill: Canvas;
    }
    .band.selected {
      fill: Highlight;
    }
    .level,
    .riser,
    .axis,
    .grid,
    .track {
      stroke: CanvasText;
    }
    .mark {
      fill: CanvasText;
      stroke: Canvas;
    }
    .ring {
      stroke: Highlight;
    }
    /* A swatch is a box with no text: keep its colour, or the legend shows a blank. */
    .key-band {
      forced-color-adjust: none;
      background: Highlight;
    }
    [role='tab'][aria-selected='true'] {
      border-color: Highlight;
    }
  }
`;
