import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Content, Issue, Position, TimelineEvent } from '../../content/types.js';
import { IccWidget } from '../../internal/icc-widget.js';
import { baseStyles } from '../../internal/base.styles.js';
import { Citations } from '../../internal/citations.js';
import { formatDate, precisionOf } from '../../internal/format.js';
import { moveTabFocus } from '../../internal/tabs.js';
import { compareStyles } from './icc-stance-compare.styles.js';

/**
 * The US and ICC positions on each contested issue, side by side: the reader
 * picks an issue from a list of tabs and sees both positions, the Court's
 * legal basis, where the two meet or clash, the issue's status in words, the
 * related timeline events, and a numbered source for every statement.
 *
 * The comparison is a real table (caption, column and row headers). On narrow
 * containers the same table is restyled as stacked cards, one per row, each
 * cell preceded by a visible copy of its column header; explicit table roles
 * keep the semantics in engines that drop them when a table's display changes.
 *
 * Tabs use manual activation: arrows, Home and End move focus, Enter or Space
 * selects. The selection is shared with every widget on the page and reported
 * to the host, so merely passing over an issue must not broadcast it.
 *
 * @summary US and ICC positions compared, issue by issue.
 *
 * @tagname icc-stance-compare
 *
 * @slot - Fallback shown until the content has loaded: put plain text here for readers without JavaScript.
 *
 * @fires icc-select - The reader selected an issue. `detail: { kind: 'issue', id, widget: 'icc-stance-compare' }`.
 * @fires icc-error - The content could not be loaded or is malformed. The last good content stays on screen.
 *
 * @csspart base - The section wrapping the widget.
 * @csspart title - The widget's title.
 * @csspart tabs - The list of issues.
 * @csspart tab - One issue in the list.
 * @csspart badge - An issue's status (contested, partly aligned, aligned).
 * @csspart panel - The selected issue's details.
 * @csspart table - The comparison table (cards on narrow containers).
 * @csspart events - The related timeline events.
 * @csspart sources - The numbered sources list.
 * @csspart error - The notice shown when loading failed.
 *
 * @cssprop --icc-color-text - Text colour (inherits by default).
 * @cssprop --icc-color-link - Link colour.
 * @cssprop --icc-color-focus - Focus outline colour.
 * @cssprop --icc-color-muted - Secondary text such as dates and card labels.
 * @cssprop --icc-color-border - Table rules, card and list borders.
 * @cssprop --icc-color-accent - Marker of the selected issue.
 * @cssprop --icc-color-selected-bg - Background of the selected issue.
 * @cssprop --icc-color-hover-bg - Background of an issue under the pointer.
 * @cssprop --icc-color-header-bg - Background of the table's header cells.
 * @cssprop --icc-color-badge-text - Text of the status badges.
 * @cssprop --icc-color-contested-bg - Badge background for contested issues.
 * @cssprop --icc-color-contested-border - Badge border for contested issues.
 * @cssprop --icc-color-partly-bg - Badge background for partly aligned issues.
 * @cssprop --icc-color-partly-border - Badge border for partly aligned issues.
 * @cssprop --icc-color-aligned-bg - Badge background for aligned issues.
 * @cssprop --icc-color-aligned-border - Badge border for aligned issues.
 * @cssprop --icc-space-s - Small space.
 * @cssprop --icc-space-m - Medium space.
 * @cssprop --icc-space-l - Large space.
 */
export class IccStanceCompare extends IccWidget {
  static override styles = [baseStyles, compareStyles];

  /** Level of the widget's title (1–6); the events and sources headings sit one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  override render(): TemplateResult {
    const content = this.store?.content;
    if (!content) return this.renderFallback();
    const level = Math.min(Math.max(Math.round(this.headingLevel) || 2, 1), 6);
    const sub = Math.min(level + 1, 6);
    const shown = this.#shownIssue(content);
    const cite = new Citations(content.sources, this.labels, content.meta.lang);
    return html`<section part="base" lang=${content.meta.lang} dir=${content.meta.dir ?? 'ltr'} aria-labelledby="title">
      ${this.renderFailure()}
      <div class="heading title" role="heading" aria-level=${level} id="title" part="title">${this.labels.compare.title}</div>
      ${shown
        ? html`<div class="layout">
            ${this.#renderTabs(content.issues, shown)}
            <div class="panel" part="panel" role="tabpanel" id="panel" tabindex="0"
              aria-labelledby="tab-${content.issues.indexOf(shown)}">
              ${this.#renderTable(shown, cite)} ${this.#renderEvents(content, shown, cite, sub)} ${cite.renderList(sub)}
            </div>
          </div>`
        : nothing}
    </section>`;
  }

  /**
   * The store's issue if the content has it, else the first: showing something
   * by default must not count as the reader's choice, so nothing is written.
   */
  #shownIssue(content: Content): Issue | undefined {
    const id = this.store?.selection.issue;
    return content.issues.find((issue) => issue.id === id) ?? content.issues[0];
  }

  #renderTabs(issues: readonly Issue[], shown: Issue): TemplateResult {
    // Ids by position, not content id: content ids are not guaranteed to be valid IDREFs.
    return html`<div class="tabs" part="tabs" role="tablist" aria-orientation="vertical"
      aria-label=${this.labels.compare.issues} @keydown=${this.#onKeydown}>
      ${issues.map((issue, i) => {
        const selected = issue === shown;
        return html`<button class="tab" part="tab" role="tab" id="tab-${i}" aria-selected=${String(selected)}
          aria-controls="panel" tabindex=${selected ? 0 : -1} @click=${() => this.#select(issue.id)}>
          <span class="tab-title">${issue.title}</span> ${this.#renderBadge(issue)}
        </button>`;
      })}
    </div>`;
  }

  /** The status in words; colour only repeats it. */
  #renderBadge(issue: Issue): TemplateResult {
    return html`<span class="badge ${issue.status}" part="badge">${this.labels.compare.status[issue.status] ?? issue.status}</span>`;
  }

  /**
   * Citations are made in reading order (row by row), so numbers run 1, 2, 3…
   * down the table. The legal basis is itself a reference and is not cited again.
   */
  #renderTable(issue: Issue, cite: Citations): TemplateResult {
    const words = this.labels.compare;
    const hasBasis = !!(issue.us.basis || issue.icc.basis);
    return html`<table part="table" role="table">
      <caption>${issue.title} ${this.#renderBadge(issue)}</caption>
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
          ${this.#renderCell(words.us, html`${issue.us.text}${cite.cite(issue.us.sources)}`)}
          ${this.#renderCell(words.icc, html`${issue.icc.text}${cite.cite(issue.icc.sources)}`)}
        </tr>
        ${hasBasis
          ? html`<tr role="row">
              <th role="rowheader" scope="row">${words.basis}</th>
              ${this.#renderCell(words.us, this.#basis(issue.us))}
              ${this.#renderCell(words.icc, this.#basis(issue.icc))}
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
   * A data cell. The visible copy of its column header is for the card layout,
   * where the header row is out of sight; it is hidden from assistive
   * technology, which announces the real column header instead.
   */
  #renderCell(header: string, body: TemplateResult | string): TemplateResult {
    return html`<td role="cell"><span class="cell-label" aria-hidden="true">${header}</span>${body}</td>`;
  }

  #basis(position: Position): TemplateResult | string {
    return position.basis ?? html`<span class="none">${this.labels.compare.noBasis}</span>`;
  }

  #renderEvents(content: Content, issue: Issue, cite: Citations, level: number): TemplateResult | typeof nothing {
    const byId = new Map(content.timeline.map((e) => [e.id, e]));
    const events = issue.events
      .map((id) => byId.get(id))
      .filter((e): e is TimelineEvent => !!e)
      .sort((a, b) => a.date.localeCompare(b.date));
    if (!events.length) return nothing;
    const lang = content.meta.lang;
    return html`<section class="events" part="events" aria-labelledby="events-heading">
      <div class="heading" role="heading" aria-level=${level} id="events-heading">${this.labels.compare.events}</div>
      <ul>
        ${events.map((e) => html`<li>
          <span class="date"><time datetime=${e.date}>${formatDate(e.date, e.precision, lang)}</time>${e.end
            ? html`–<time datetime=${e.end}>${formatDate(e.end, precisionOf(e.end), lang)}</time>`
            : nothing}</span>:
          ${e.title}${cite.cite(e.sources)}
        </li>`)}
      </ul>
    </section>`;
  }

  #select(id: string): void {
    // Re-choosing the stored issue changes nothing, so it is not reported again.
    if (this.store?.selection.issue !== id) this.choose('issue', id);
  }

  /** Manual activation: keys only move focus; Enter or Space (native button) selects. */
  #onKeydown(event: KeyboardEvent): void {
    moveTabFocus(event, this.renderRoot);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icc-stance-compare': IccStanceCompare;
  }
}
