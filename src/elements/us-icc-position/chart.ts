import { html, svg, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { StanceScale, TimelineEvent } from '../../content/schema.js';
import type { Labels } from '../../i18n/index.js';
import { timeOf, type Period } from './views.js';

export interface ChartView {
  periods: Period[];
  /** In date order. */
  events: readonly TimelineEvent[];
  scale: StanceScale;
  /** The administration on screen in the panel. */
  selected: string;
  /** The open event, if any. */
  open?: string;
  /** Events related to the selected issue. */
  related: ReadonlySet<string>;
  /** The text alternative. */
  label: string;
  labels: Labels;
  /** A click on an administration's band (the tabs are the keyboard route). */
  pick: (period: string) => void;
}

// Geometry in viewBox units. CSS scales the drawing to the container, which
// the styles keep between ~36rem and 48rem wide so the text stays readable.
const WIDTH = 640;
const HEIGHT = 284;
const LEFT = 160; // room for the scale's labels, which are phrases
const RIGHT = 630;
const TOP = 24; // the top of the scale
const LOW = 220; // the bottom of the scale, clear of the time axis
const BOTTOM = 240; // the time axis

/** The step line of the score over time, with the events as marks on it. */
export function renderChart(view: ChartView): TemplateResult {
  const { periods, scale, labels } = view;
  const t0 = periods[0].start;
  const t1 = Math.max(...periods.map((p) => p.end));
  const x = (t: number) => LEFT + ((Math.min(Math.max(t, t0), t1) - t0) / (t1 - t0 || 1)) * (RIGHT - LEFT);
  const y = (v: number) => TOP + ((scale.max - v) / (scale.max - scale.min || 1)) * (LOW - TOP);
  const stanceOf = new Map(periods.map((p) => [p.admin.id, p.admin.stance]));
  // The scale's named points, plus any score it leaves unnamed, so every level has a label.
  const ticks = [...scale.labels];
  for (const p of periods) {
    if (!ticks.some((t) => t.value === p.admin.stance)) ticks.push({ value: p.admin.stance, label: p.score });
  }
  // The legend is aria-hidden: the marks it explains sit inside role=img, so
  // screen readers get the text alternative and the table instead.
  return html`<div class="chart" part="chart">
    <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${view.label}>
      ${periods.map((p) => svg`<rect class=${classMap({ band: true, selected: p.admin.id === view.selected })}
        x=${x(p.start)} y=${TOP - 12} width=${x(p.end) - x(p.start)} height=${BOTTOM - TOP + 12}
        @click=${() => view.pick(p.admin.id)}></rect>`)}
      ${ticks.map(({ value, label }) => {
        const lines = wrap(label, 20);
        // Centre the wrapped lines on the grid line.
        const first = `${(0.35 - (lines.length - 1) * 0.6).toFixed(2)}em`;
        return svg`<line class="grid" x1=${LEFT} x2=${RIGHT} y1=${y(value)} y2=${y(value)}></line>
          <text class="tick" x=${LEFT - 8} y=${y(value)} text-anchor="end">${lines.map(
            (line, i) => svg`<tspan x=${LEFT - 8} dy=${i ? '1.2em' : first}>${line}</tspan>`,
          )}</text>`;
      })}
      <line class="axis" x1=${LEFT} x2=${RIGHT} y1=${BOTTOM} y2=${BOTTOM}></line>
      ${periods.map((p, i) => {
        const selected = p.admin.id === view.selected;
        const prev = periods[i - 1];
        return svg`${prev ? svg`<line class="riser" x1=${x(p.start)} x2=${x(p.start)} y1=${y(prev.admin.stance)} y2=${y(p.admin.stance)}></line>` : nothing}
          <line class=${classMap({ level: true, selected })} data-period=${p.admin.id}
            x1=${x(p.start)} x2=${x(p.end)} y1=${y(p.admin.stance)} y2=${y(p.admin.stance)}></line>
          <line class="axis" x1=${x(p.start)} x2=${x(p.start)} y1=${BOTTOM} y2=${BOTTOM + 6}></line>
          <text class=${classMap({ year: true, selected })} x=${x(p.start)} y=${BOTTOM + 34} text-anchor="middle">${p.from}</text>`;
      })}
      ${view.events.map((e) => {
        const cx = x(timeOf(e.date));
        const cy = y(stanceOf.get(e.administration) ?? 0);
        // Related events differ in shape and size, not only in colour.
        return svg`${e.id === view.open ? svg`<circle class="ring" cx=${cx} cy=${cy} r="10"></circle>` : nothing}
          ${view.related.has(e.id)
            ? svg`<path class="mark related" data-event=${e.id} d="M${cx} ${cy - 7}l7 7-7 7-7-7z"></path>`
            : svg`<circle class="mark" data-event=${e.id} cx=${cx} cy=${cy} r="4"></circle>`}`;
      })}
    </svg>
    <ul class="legend" aria-hidden="true">
      <li><span class="key-mark">●</span> ${labels.position.legendEvent}</li>
      ${view.related.size ? html`<li><span class="key-related">◆</span> ${labels.position.related}</li>` : nothing}
      <li><span class="key-band"></span> ${labels.position.legendSelected}</li>
    </ul>
  </div>`;
}

/** SVG text does not wrap: break a label into lines of about `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + word.length < width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}
