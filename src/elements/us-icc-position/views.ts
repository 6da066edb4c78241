import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { Administration, Issue, StanceEffect, TimelineEvent } from '../../content/schema.js';
import type { Review } from '../../content/review.js';
import { labelsFor, type Labels } from '../../i18n/index.js';
import { Citations } from '../../views/citations.js';
import { formatDate, formatSigned, renderSpan } from '../../views/dates.js';
import { renderFooter } from '../../views/footer.js';
import { heading } from '../../views/headings.js';
import { citedBy, unchanged, type View } from '../../views/view.js';

/**
 * The position widget's view functions, shared by the element (live) and the
 * server's light-DOM copy (plain).
 */

/** One administration with what the chart, the table and the panel say about it. */
export interface Period {
  admin: Administration;
  /** Start and end as times (ms); a current administration ends at the as-of date. */
  start: number;
  end: number;
  /** The first year, for the time axis. */
  from: string;
  /** "1993–2001", "since 2025". */
  years: string;
  /** The score as a signed number: "-1". */
  score: string;
  /** Both, as readers get them: "Opposition (-1)". */
  stance: string;
}

const periodsCache = new WeakMap<Review, WeakMap<Labels, Period[]>>();

/** The administrations in order of time, with their words; made once per document and words. */
export function periodsOf(review: Review, labels: Labels): Period[] {
  let byLabels = periodsCache.get(review);
  if (!byLabels) periodsCache.set(review, (byLabels = new WeakMap()));
  let periods = byLabels.get(labels);
  if (!periods) byLabels.set(labels, (periods = makePeriods(review, labels)));
  return periods;
}

function makePeriods(review: Review, labels: Labels): Period[] {
  const { lang, asOf, stanceScale } = review.meta;
  const year = (date: string) => formatDate(date, 'year', lang);
  return review.periods.map((admin) => {
    const score = formatSigned(admin.stance, lang);
    return {
      admin,
      start: timeOf(admin.start),
      end: timeOf(admin.end ?? asOf),
      from: year(admin.start),
      years: labels.position.yearSpan(year(admin.start), admin.end ? year(admin.end) : undefined),
      score,
      stance: labels.position.stanceText(stanceScale.labels.find((l) => l.value === admin.stance)?.label, score),
    };
  });
}

/**
 * A content date as a point in time. Dates known only to the month or the year
 * sit in the middle of that span, so that an imprecise event is not drawn as
 * if it happened on the first day.
 */
export function timeOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return d ? Date.UTC(y, m - 1, d) : m ? Date.UTC(y, m - 1, 15) : Date.UTC(y, 6, 1);
}

/**
 * The same data as the chart, as a table: for screen readers always, and on
 * narrow containers the visible, compact form of the chart (time runs down the rows).
 */
export function renderTable(view: View, periods: readonly Period[], selected?: Period): TemplateResult {
  const words = view.labels.position;
  // Live, the table is for screen readers only (the chart shows it); in the light copy it is the chart.
  return html`<div class=${view.live ? 'data vh' : 'data'} part=${view.live ? 'table' : nothing}>
    <table>
      <caption>${words.tableCaption}</caption>
      <thead>
        <tr><th scope="col">${words.administration}</th><th scope="col">${words.years}</th><th scope="col">${words.stance}</th></tr>
      </thead>
      <tbody>
        ${periods.map((p) => html`<tr class=${classMap({ selected: p === selected })}>
          <th scope="row">${p.admin.president}</th>
          <td>${p.years}</td>
          <td>${p.stance}</td>
        </tr>`)}
      </tbody>
    </table>
  </div>`;
}

export interface PanelState {
  /** The selected issue: its events are marked. */
  issue?: Issue;
  /** The open event (live only; the plain copy shows every event's text). */
  open?: string;
  /** Opens or closes an event (live only). */
  toggle?: (event: TimelineEvent) => void;
  /** Live: every event shown, not only the key ones (the plain copy shows all). */
  all?: boolean;
  /**
   * Live: the events behind "All N events" are in the DOM, hidden (the styles show them in print and
   * without JavaScript: the server's shadow DOM, its hydration, a page being printed). Otherwise they are
   * drawn when the reader asks for them.
   */
  drawHidden?: boolean;
  /** Live: the reasons shown (the plain copy shows them). */
  reasons?: boolean;
  /** Opens or closes the reasons (live only). */
  toggleReasons?: () => void;
}

/** How many events an administration's panel shows before "All N events". */
export const KEY_EVENTS = 2;

/**
 * The events a panel shows first: those that moved the stance the way the
 * administration's score points (closer for a positive score, away for a
 * negative one, either for zero), then its other moves, then the rest: the
 * first two in that order, shown in date order, and always the open one. A
 * reader meets what made the score; the full chronology is one action away.
 */
export function keyEvents(events: readonly TimelineEvent[], stance: number, open?: string): Set<string> {
  const against = stance > 0 ? 'apart' : stance < 0 ? 'closer' : 'neutral';
  const rank = (e: TimelineEvent) => (e.effect === 'neutral' ? 2 : e.effect === against ? 1 : 0);
  const key = new Set([...events].sort((a, b) => rank(a) - rank(b)).slice(0, KEY_EVENTS).map((e) => e.id));
  if (open) key.add(open);
  return key;
}

/** Direction glyphs beside the effect's words (decorative: the words carry the meaning). */
const ARROWS: Record<StanceEffect, string> = { closer: '↗', apart: '↘', neutral: '→' };

/**
 * One administration: its stance, summary, the reasons it gave, and its events.
 * Live, the reasons sit behind their heading's button and only the key events
 * show until "All N events" (drawn by the element, after the panel); the plain
 * copy shows everything.
 */
export function renderPanel(view: View, period: Period, state: PanelState): TemplateResult {
  const { labels, cite, review, live } = view;
  const { admin } = period;
  const level = view.level + 1;
  const events = review.eventsOfPeriod(admin.id);
  const shown = live && !state.all ? keyEvents(events, admin.stance, state.open) : undefined;
  const reasonsShown = !live || !!state.reasons;
  // What the administration says stays as drawn while the reader picks issues or opens events.
  const said = [...(admin.rationale ? [admin.rationale] : []), admin, ...admin.reasons];
  return html`${unchanged(view, [period, reasonsShown, level], citedBy(said), () => html`${heading(level, view.labels.position.periodHeading(admin.president, period.years), view)}
    <p class="stance">${labels.position.stance}${labels.colon}<strong>${period.stance}</strong></p>
    ${admin.rationale
      ? html`<p class="rationale"><span class="label">${labels.position.why}</span> ${admin.rationale.text}${cite.cite(admin.rationale.sources)}</p>`
      : nothing}
    <p>${admin.summary}${cite.cite(admin.sources)}</p>
    ${admin.reasons.length
      ? html`${heading(level + 1, live
          ? html`<button class="toggle" aria-expanded=${String(reasonsShown)} aria-controls="reasons" data-count=${admin.reasons.length}
              @click=${() => state.toggleReasons?.()}>${labels.position.reasonsGiven}</button>`
          : labels.position.reasonsGiven, { live, class: 'toggle-heading' })}
          <ul class="reasons" id=${live ? 'reasons' : nothing} ?hidden=${!reasonsShown}>${admin.reasons.map((r) => html`<li>${r.text}${cite.cite(r.sources)}</li>`)}</ul>`
      : nothing}`)}
    ${events.length
      ? html`${heading(level + 1, labels.position.events, view)}
          <ol class="events" id=${live ? 'events' : nothing}>${events.map((e) => {
            // An event outside the key ones is drawn when the reader asks for all (a fifth of the timeline's
            // first render was events nobody saw); its sources keep their numbers meanwhile.
            const isShown = !shown || shown.has(e.id);
            if (!isShown && !state.drawHidden) return (view.cite.number(e.sources), nothing);
            const related = !!state.issue && review.concerns(e, state.issue.id);
            return unchanged(view, [e, related ? state.issue : undefined, state.open === e.id, isShown], e.sources, () => renderEvent(view, e, state, isShown));
          })}</ol>`
      : nothing}`;
}

/**
 * One event. Live, it is a disclosure: its title opens the detail text, and
 * its date, effect and relation to the selected issue describe the button.
 * Plain, the title is bold and the detail always shown. The date and effect
 * come first, as one small line over the title.
 */
function renderEvent(view: View, event: TimelineEvent, { issue, open, toggle }: PanelState, shown: boolean): TemplateResult {
  const { labels, live, lang } = view;
  const related = !!issue && view.review.concerns(event, issue.id);
  const isOpen = !live || open === event.id;
  const id = `event-${event.id}`;
  const title = live
    ? html`<button id="${id}-button" aria-expanded=${String(isOpen)} aria-controls=${id} aria-describedby="${id}-when ${id}-meta"
        @click=${() => toggle?.(event)}>${event.title}</button>`
    : html`<strong>${event.title}</strong>`;
  return html`<li class=${classMap({ event: true, related })} part=${live ? 'event' : nothing} ?hidden=${!shown}>
    <p class="when" id=${live ? `${id}-when` : nothing}>${renderSpan(event, lang)}</p>
    <p class="meta" id=${live ? `${id}-meta` : nothing}>
      <span class="effect ${event.effect}"><span aria-hidden="true">${ARROWS[event.effect]}</span> ${labels.position.effect[event.effect]}</span>
      ${event.scheduled ? html`<span class="tag">${labels.position.scheduled}</span>` : nothing}
      ${related ? html`<span class="tag"><span aria-hidden="true">◆</span> ${labels.relatedTo(issue.title)}</span>` : nothing}
    </p>
    <p class="what">${title}${view.cite.cite(event.sources)}</p>
    <div class="detail" id=${live ? id : nothing} ?hidden=${!isOpen}><p>${event.text}</p></div>
  </li>`;
}

export interface LightCopyOptions {
  level: number;
  issue?: string;
}

/**
 * The light-DOM copy: the table, then every administration's panel with its
 * own numbered sources (the live widget numbers each panel's sources afresh).
 */
export function positionLightCopy(review: Review, { level, issue }: LightCopyOptions): TemplateResult {
  const labels = labelsFor(review.meta.lang);
  // A view with its own numbering: each panel's sources are numbered afresh, as in the widget.
  const view = (): View => ({ review, labels, lang: review.meta.lang, live: false, level, cite: new Citations(review, labels, false) });
  const periods = periodsOf(review, labels);
  const state = { issue: review.issue(issue) };
  const page = view();
  return html`<div lang=${review.meta.lang} dir=${review.meta.dir ?? 'ltr'}>
    ${heading(level, labels.position.title, page)}
    <p>${labels.position.dek(formatDate(review.periods[0].start, 'year', review.meta.lang), review.timeline.length)}</p>
    ${renderTable(page, periods)}
    <p>${review.meta.stanceScale.description}</p>
    ${periods.map((period) => {
      const panel = view();
      return html`<div data-panel=${period.admin.id}>${renderPanel(panel, period, state)}</div>${panel.cite.renderList(level + 2)}`;
    })}
    ${renderFooter(page)}
  </div>`;
}
