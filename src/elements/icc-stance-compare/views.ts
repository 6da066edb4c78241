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

/** One issue: both positions side by side, the legal basis, where they meet, and the related events. */
export function renderPanel(view: View, issue: Issue): TemplateResult {
  return html`${renderTable(view, issue)} ${renderEvents(view, issue)}`;
}

/**
 * A real table (caption, column and row headers). Citations are made in
 * reading order, row by row, so numbers run 1, 2, 3… down the table. The
 * legal basis is itself a reference and is not cited again.
 */
function renderTable(view: View, issue: Issue): TemplateResult {
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
        ${renderCell(words.us, html`${issue.us.text}${cite.cite(issue.us.sources)}`)}
        ${renderCell(words.icc, html`${issue.icc.text}${cite.cite(issue.icc.sources)}`)}
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
 * A data cell. The visible copy of its column header is for the card layout
 * (narrow containers), where the header row is out of sight; it is hidden
 * from assistive technology, which announces the real column header instead.
 */
function renderCell(header: string, body: unknown): TemplateResult {
  return html`<td role="cell"><span class="cell-label" aria-hidden="true">${header}</span>${body}</td>`;
}

function basis(view: View, position: Position): TemplateResult | string {
  return position.basis ?? html`<span class="none">${view.labels.compare.noBasis}</span>`;
}

/** The issue's events, from the timeline (where the relation is stored), in date order. */
function renderEvents(view: View, issue: Issue): TemplateResult | typeof nothing {
  const events = view.review.eventsOfIssue(issue.id);
  if (!events.length) return nothing;
  const { live, lang } = view;
  return html`<section class="events" part=${live ? 'events' : nothing} aria-labelledby=${live ? 'events-heading' : nothing}>
    ${heading(view.level + 1, view.labels.compare.events, { live, id: 'events-heading' })}
    <ul>
      ${events.map((e) => html`<li><span class="date">${renderSpan(e, lang)}</span>: ${e.title}${view.cite.cite(e.sources)}${e.scheduled ? html` <span class="tag">(${view.labels.compare.scheduled})</span>` : nothing}</li>`)}
    </ul>
  </section>`;
}

export interface LightCopyOptions {
  level: number;
}

/** The light-DOM copy: every issue under its own heading, each with its own numbered sources, as the live panel has. */
export function compareLightCopy(review: Review, { level }: LightCopyOptions): TemplateResult {
  const labels = labelsFor(review.meta.lang);
  const base = { review, labels, lang: review.meta.lang, live: false, level: level + 1 };
  return html`<div lang=${review.meta.lang}>
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
