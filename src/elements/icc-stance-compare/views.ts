import { html, nothing, type TemplateResult } from 'lit';
import type { Issue, Position } from '../../content/schema.js';
import type { Review } from '../../content/review.js';
import { labelsFor } from '../../i18n/index.js';
import { Citations } from '../../views/citations.js';
import { renderSpan } from '../../views/dates.js';
import { renderFooter } from '../../views/footer.js';
import { heading } from '../../views/headings.js';
import type { View } from '../../views/view.js';

/**
 * The comparison's view functions, shared by the element (live) and the
 * server's light-DOM copy (plain).
 */

/** The status in words; colour only repeats it. */
export function renderBadge(view: View, issue: Issue): TemplateResult {
  return html`<span class="badge ${issue.status}" part=${view.live ? 'badge' : nothing}>${view.labels.compare.status[issue.status] ?? issue.status}</span>`;
}

/**
 * The live widget's "Read more" state. On narrow containers each position
 * shows its first lines; the button beside it (an `<input>`, so its words stay
 * out of the panel's text, which the plain copy must equal) shows the rest.
 */
export interface Expand {
  isOpen(key: string): boolean;
  toggle(key: string): void;
}

/**
 * The live widget's related events: their disclosure's state. Closed, the list is not drawn unless `drawHidden`
 * (see ReviewWidget.drawHidden): a reader switching issues would otherwise have each issue's events, up to a
 * third of the timeline, built into a closed box.
 */
export interface EventsState {
  open: boolean;
  drawHidden: boolean;
  /** The disclosure opened or closed. */
  toggled: (event: Event) => void;
}

/** One issue: both positions side by side, the legal basis, where they meet, and the related events. */
export function renderPanel(view: View, issue: Issue, live?: { expand: Expand; events: EventsState }): TemplateResult {
  return html`${renderTable(view, issue, live?.expand)} ${renderEvents(view, issue, live?.events)}`;
}

/**
 * A real table (caption, column and row headers). Citations are made in
 * reading order, row by row, so numbers run 1, 2, 3… down the table. The
 * legal basis is itself a reference and is not cited again.
 */
function renderTable(view: View, issue: Issue, expand?: Expand): TemplateResult {
  const { cite } = view;
  const words = view.labels.compare;
  const hasBasis = !!(issue.us.basis || issue.icc.basis);
  return html`<table part=${view.live ? 'table' : nothing} role="table">
    <caption>${issue.title} ${renderBadge(view, issue)}</caption>
    <thead role="rowgroup">
      <tr role="row">
        <td role="cell"></td>
        <th role="columnheader" scope="col">${words.us}</th>
        <th role="columnheader" scope="col">${words.icc}</th>
      </tr>
    </thead>
    <tbody role="rowgroup">
      <tr role="row">
        <th role="rowheader" scope="row">${words.position}</th>
        ${renderPosition(view, 'us', issue.us, expand)} ${renderPosition(view, 'icc', issue.icc, expand)}
      </tr>
      ${hasBasis
        ? html`<tr role="row">
            <th role="rowheader" scope="row">${words.basis}</th>
            ${renderCell(words.us, basis(view, issue.us))}
            ${renderCell(words.icc, basis(view, issue.icc))}
          </tr>`
        : nothing}
      <tr role="row">
        <th role="rowheader" scope="row">${words.meeting}</th>
        <td role="cell" colspan="2" class="meeting">${issue.meeting.text}${cite.cite(issue.meeting.sources)}</td>
      </tr>
    </tbody>
  </table>`;
}

/**
 * A position cell: the column header's visible copy runs into the text (see
 * renderCell); live, the button that shows all of a position cut short.
 */
function renderPosition(view: View, side: 'us' | 'icc', position: Position, expand?: Expand): TemplateResult {
  const words = view.labels.compare;
  const body = html`${renderLabel(words[side])}${position.text}${view.cite.cite(position.sources)}`;
  if (!expand) return html`<td role="cell"><div class="text">${body}</div></td>`;
  const open = expand.isOpen(side);
  return html`<td role="cell"><div class="text clamp ${open ? 'open' : ''}" id="text-${side}">${body}</div><input
    type="button" class="more" value=${open ? words.less : words.more} aria-expanded=${String(open)}
    aria-controls="text-${side}" @click=${() => expand.toggle(side)} /></td>`;
}

/**
 * A data cell. The visible copy of its column header is for the card layout
 * (narrow containers), where the header row is out of sight; it is hidden
 * from assistive technology, which announces the real column header instead.
 */
function renderCell(header: string, body: unknown): TemplateResult {
  return html`<td role="cell">${renderLabel(header)}${body}</td>`;
}

function renderLabel(header: string): TemplateResult {
  return html`<span class="cell-label" aria-hidden="true">${header}</span>`;
}

function basis(view: View, position: Position): TemplateResult | string {
  return position.basis ?? html`<span class="none">${view.labels.compare.noBasis}</span>`;
}

/**
 * The issue's events, from the timeline (where the relation is stored), in
 * date order. Live, they sit closed in a native disclosure (it opens without
 * script too, as server-rendered) whose line gives their count; the plain
 * copy prints the same words as a heading over the list. The count is drawn
 * from an attribute, so the panel's text stays the plain copy's.
 */
function renderEvents(view: View, issue: Issue, state?: EventsState): TemplateResult | typeof nothing {
  const events = view.review.eventsOfIssue(issue.id);
  if (!events.length) return nothing;
  const { live, lang } = view;
  const title = view.labels.compare.events;
  const drawn = !state || state.open || state.drawHidden;
  // Not drawn, their sources keep their numbers all the same, so none changes when the list opens.
  if (!drawn) for (const e of events) view.cite.number(e.sources);
  const list = drawn
    ? html`<ul>
        ${events.map((e) => html`<li><span class="date">${renderSpan(e, lang)}</span>${view.labels.colon}${e.title}${view.cite.cite(e.sources)}${e.scheduled ? html` <span class="tag">(${view.labels.compare.scheduled})</span>` : nothing}</li>`)}
      </ul>`
    : nothing;
  return live
    ? html`<details class="events" part="events" @toggle=${state?.toggled}><summary data-count=${events.length}>${title}</summary>${list}</details>`
    : html`<section class="events">${heading(view.level + 1, title, view)}${list}</section>`;
}

export interface LightCopyOptions {
  level: number;
}

/** The light-DOM copy: every issue under its own heading, each with its own numbered sources, as the live panel has. */
export function compareLightCopy(review: Review, { level }: LightCopyOptions): TemplateResult {
  const labels = labelsFor(review.meta.lang);
  const base = { review, labels, lang: review.meta.lang, live: false, level: level + 1 };
  return html`<div lang=${review.meta.lang} dir=${review.meta.dir ?? 'ltr'}>
    ${heading(level, labels.compare.title, base)}
    <p>${labels.compare.dek(review.issues.length)}</p>
    ${review.issues.map((issue) => {
      const view: View = { ...base, cite: new Citations(review, labels, false) };
      return html`${heading(level + 1, issue.title, base)}
        <div data-panel=${issue.id}>${renderPanel(view, issue)}</div> ${view.cite.renderList(level + 2)}`;
    })}
    ${renderFooter({ ...base, cite: new Citations(review, labels, false) })}
  </div>`;
}
