import { html, svg, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
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
  /** Right-to-left content: time runs from right to left, the scale's labels stand on the right. */
  rtl?: boolean;
  labels: Labels;
  /** A click on an administration's band (the tabs are the keyboard route). */
  pick: (period: string) => void;
}

// Geometry in viewBox units. CSS scales the drawing to the container, which
// the styles keep between ~36rem and 48rem wide so the text stays readable.
const WIDTH = 640;
const HEIGHT = 284;
const LEFT = 160; // room for the scale's labels, which are phrases
const RIGHT = 618;
const TOP = 24; // the top of the scale
const LOW = 220; // the bottom of the scale, clear of the time axis
const BOTTOM = 240; // the time axis

/** The step line of the score over time, with the events as marks on it. */
export function renderChart(view: ChartView): TemplateResult {
  const { periods, scale, labels } = view;
  const t0 = periods[0].start;
  const t1 = Math.max(...periods.map((p) => p.end));
  // Drawn left to right, then mirrored whole for right-to-left readers.
  const mirror = (h: number) => (view.rtl ? WIDTH - h : h);
  const outward = view.rtl ? 'start' : 'end';
  const x = (t: number) => mirror(LEFT + ((Math.min(Math.max(t, t0), t1) - t0) / (t1 - t0 || 1)) * (RIGHT - LEFT));
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
      ${guard([periods, view.rtl, view.selected], () => periods.map((p) => svg`<rect class=${classMap({ band: true, selected: p.admin.id === view.selected })}
        x=${Math.min(x(p.start), x(p.end))} y=${TOP - 12} width=${Math.abs(x(p.end) - x(p.start))} height=${BOTTOM - TOP + 12}
        @click=${() => view.pick(p.admin.id)}></rect>`))}
      ${guard([periods, view.rtl], () => ticks.map(({ value, label }) => {
        const lines = wrap(label, 20);
        // Centre the wrapped lines on the grid line.
        const first = `${(0.35 - (lines.length - 1) * 0.6).toFixed(2)}em`;
        return svg`<line class="grid" x1=${mirror(LEFT)} x2=${mirror(RIGHT)} y1=${y(value)} y2=${y(value)}></line>
          <text class="tick" x=${mirror(LEFT - 8)} y=${y(value)} text-anchor=${outward}>${lines.map(
            (line, i) => svg`<tspan x=${mirror(LEFT - 8)} dy=${i ? '1.2em' : first}>${line}</tspan>`,
          )}</text>`;
      }))}
      <line class="axis" x1=${mirror(LEFT)} x2=${mirror(RIGHT)} y1=${BOTTOM} y2=${BOTTOM}></line>
      ${guard([periods, view.rtl, view.selected], () => periods.map((p, i) => {
        const selected = p.admin.id === view.selected;
        const prev = periods[i - 1];
        return svg`${prev ? svg`<line class="riser" x1=${x(p.start)} x2=${x(p.start)} y1=${y(prev.admin.stance)} y2=${y(p.admin.stance)}></line>` : nothing}
          <line class=${classMap({ level: true, selected })} data-period=${p.admin.id}
            x1=${x(p.start)} x2=${x(p.end)} y1=${y(p.admin.stance)} y2=${y(p.admin.stance)}></line>
          <line class="axis" x1=${x(p.start)} x2=${x(p.start)} y1=${BOTTOM} y2=${BOTTOM + 6}></line>
          <text class=${classMap({ year: true, selected })} x=${x(p.start)} y=${BOTTOM + 34} text-anchor="middle">${p.from}</text>`;
      }))}
      ${spotsFor(view, (e) => x(timeOf(e.date))).map((spot) => {
        const { events } = spot;
        // A spot draws the same until which of its events are related, or whether one is open, changes.
        const marks = events.map((e) => (view.related.has(e.id) ? 'r' : '-')).join('');
        const ringed = events.some((e) => e.id === view.open);
        return guard([spot, marks, ringed], () => renderSpot(view, spot, y(stanceOf.get(events[0].administration) ?? 0)));
      })}
    </svg>
    <ul class="legend" aria-hidden="true">
      <li><span class="key-mark">●</span> ${labels.position.legendEvent}</li>
      <li><span class="key-cluster">3</span> ${labels.position.legendCluster}</li>
      ${view.related.size ? html`<li><span class="key-related">◆</span> ${labels.position.related}</li>` : nothing}
      <li><span class="key-band"></span> ${labels.position.legendSelected}</li>
    </ul>
  </div>`;
}

/** One spot: an event's mark, or a cluster of events too close to tell apart, at height `cy`. */
function renderSpot(view: ChartView, { x: cx, events }: Spot, cy: number): TemplateResult {
  const n = events.length;
  const related = events.some((e) => view.related.has(e.id));
  // Events too close to tell apart share one cluster: a shape with their count (a diamond if
  // one is related), over one unseen mark per event, so each event keeps its element.
  // Related events differ in shape and size, not only in colour. Each shape is one path whose outline
  // changes with the issue: a reader's choice then sets attributes instead of replacing elements.
  return svg`<g class=${classMap({ cluster: n > 1, related })}>
    ${events.some((e) => e.id === view.open) ? svg`<circle class="ring" cx=${cx} cy=${cy} r=${n > 1 ? CLUSTER + 4 : 10}></circle>` : nothing}
    ${n > 1
      ? svg`<path class="bubble" d=${related ? diamond(cx, cy, CLUSTER) : dot(cx, cy, 10)}></path>
        <text class="count" x=${cx} y=${cy} dy="0.35em" text-anchor="middle">${n}</text>`
      : nothing}
    ${events.map((e) => {
      const marked = view.related.has(e.id);
      return svg`<path class=${marked ? 'mark related' : 'mark'} data-event=${e.id} d=${marked ? diamond(cx, cy, SINGLE) : dot(cx, cy, 4)}></path>`;
    })}
  </g>`;
}

/** A round dot of radius `r` centred on (x, y), as a path. */
const dot = (x: number, y: number, r: number) => `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;

/** A diamond reaching `h` from its centre (x, y) in each direction. */
const diamond = (x: number, y: number, h: number) => `M${x} ${y - h}l${h} ${h}-${h} ${h}-${h}-${h}z`;

/**
 * SVG text does not wrap, so a reader's text spacing (WCAG 1.4.12) or font can
 * make the scale's labels wider than the room left for them: widen the
 * drawing to take them in, so none runs off the page's edge. Live widgets only
 * (it measures), after new content and each resize; a no-op while the chart is hidden. Says whether it measured.
 */
export function fitScaleLabels(root: ParentNode): boolean {
  const drawing = root.querySelector<SVGSVGElement>('.chart svg');
  if (!drawing?.getBoundingClientRect().width) return false;
  // Only ever wider: WebKit lays text out anew at each scale (a label drawn smaller comes out a little wider, so
  // it measures again, a few times at most), and refitting both ways can swing for ever.
  for (let round = 0; round < 3; round++) {
    const { x, width } = drawing.viewBox.baseVal;
    let [left, right] = [x, x + width];
    for (const tick of drawing.querySelectorAll<SVGTextElement>('.tick')) {
      const box = tick.getBBox();
      left = Math.min(left, Math.floor(box.x));
      right = Math.max(right, Math.ceil(box.x + box.width));
    }
    if (left >= x && right <= x + width) break;
    drawing.setAttribute('viewBox', `${left} 0 ${right - left} ${HEIGHT}`);
  }
  return true;
}

/** Half the width of a single mark and of a cluster (its diamond), in viewBox units. */
const SINGLE = 7;
const CLUSTER = 13;

interface Spot {
  x: number;
  events: TimelineEvent[];
}

const spotsCache = new WeakMap<readonly Period[], Spot[]>();

/**
 * The chart's spots, merged once per document and words: periodsOf makes the periods (the time axis) once for
 * them, and the events and the direction are the same document's.
 */
function spotsFor(view: ChartView, at: (e: TimelineEvent) => number): Spot[] {
  let spots = spotsCache.get(view.periods);
  if (!spots) spotsCache.set(view.periods, (spots = spotsOf(view.events, at)));
  return spots;
}

/**
 * Where to draw the events: neighbours of one administration whose marks
 * would touch are merged, closest first, into one spot at their mean time,
 * until all stand apart. Sizes ignore which events are related, so clusters
 * stay put when the issue changes.
 */
export function spotsOf(events: readonly TimelineEvent[], at: (e: TimelineEvent) => number): Spot[] {
  const spots: Spot[] = events.map((e) => ({ x: at(e), events: [e] })).sort((a, b) => a.x - b.x);
  const size = (s: Spot) => (s.events[1] ? CLUSTER : SINGLE);
  for (;;) {
    let best = -1;
    let gap = 0;
    spots.forEach((a, i) => {
      const b = spots[i + 1];
      const room = b?.events[0].administration === a.events[0].administration ? b.x - a.x - size(a) - size(b) - 2 : 0;
      if (room < gap) [best, gap] = [i, room];
    });
    if (best < 0) return spots;
    const [a, b] = spots.splice(best, 2);
    const [n, m] = [a.events.length, b.events.length];
    spots.splice(best, 0, { x: (a.x * n + b.x * m) / (n + m), events: [...a.events, ...b.events] });
  }
}

/** The stance as a dot on a small dotted scale, for the tabs of the vertical timeline (narrow containers). */
export function renderStanceMark(stance: number, score: string, { min, max }: StanceScale, rtl = false): TemplateResult {
  const step = 76 / (max - min || 1);
  // Right to left, the scale runs the other way too, as the chart's time does.
  const cx = rtl ? 88 - (stance - min) * step : 12 + (stance - min) * step;
  return html`<svg class="scale" viewBox="0 0 100 28" aria-hidden="true">
    <line class="track" x1="12" x2="88.5" y1="14" y2="14" stroke-dasharray="0 ${step}"></line>
    <circle class="dot" cx=${cx} cy="14" r="12"></circle>
    <text class="score" x=${cx} y="14" dy="0.35em" text-anchor="middle">${score}</text>
  </svg>`;
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
