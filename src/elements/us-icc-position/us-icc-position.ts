import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import type { Content, DatePrecision, StanceEffect, TimelineEvent } from '../../content/types.js';
import { IccWidget } from '../../internal/icc-widget.js';
import { baseStyles } from '../../internal/base.styles.js';
import { Citations } from '../../internal/citations.js';
import { formatDate, precisionOf } from '../../internal/format.js';
import { moveTabFocus } from '../../internal/tabs.js';
import { periodsOf, renderChart, renderTable, type Period } from './chart.js';
import { positionStyles } from './us-icc-position.styles.js';

/** The events related to the selected issue, and that issue's title. */
interface Marked {
  related: ReadonlySet<string>;
  issue?: string;
}

/** Direction glyphs beside the effect's words (decorative: the words carry the meaning). */
const ARROWS: Record<StanceEffect, string> = { closer: '↗', apart: '↘', neutral: '→' };

/**
 * The US position on the ICC over time: a chart of each administration's
 * stance score from 1993 to the as-of date, with the timeline's events as
 * marks, and one tab per administration whose panel gives its summary, the
 * reasons it gave and its events, every statement cited. Choosing a period or
 * an event is shared with every widget on the same store; events related to
 * the selected issue are marked.
 *
 * @summary The US stance toward the ICC by administration, as a chart and tabs.
 *
 * @tagname us-icc-position
 *
 * @slot - Fallback shown until the content has loaded: put a plain-text summary here for readers without JavaScript.
 *
 * @fires icc-select - The reader chose an administration (`kind: 'period'`) or opened or closed an event (`kind: 'event'`). `detail: { kind, id, widget: 'us-icc-position' }`.
 * @fires icc-error - The content could not be loaded or is malformed. The last good content stays on screen.
 *
 * @csspart base - The section wrapping the widget.
 * @csspart title - The widget's title.
 * @csspart chart - The chart and its legend (shown on containers 36rem wide and more).
 * @csspart table - The data table (visually hidden beside the chart; the chart's compact form on narrow containers).
 * @csspart about - The disclosure explaining how the score was given.
 * @csspart tabs - The list of administrations.
 * @csspart tab - One administration's tab.
 * @csspart panel - The selected administration's summary, reasons and events.
 * @csspart event - One event in the panel.
 * @csspart sources - The numbered sources list.
 * @csspart footer - The footer with the as-of date.
 * @csspart error - The notice shown when loading failed.
 *
 * @cssprop --icc-color-text - Text colour (inherits by default).
 * @cssprop --icc-color-link - Link colour.
 * @cssprop --icc-color-focus - Focus outline colour, and the ring around the open event's mark.
 * @cssprop --icc-color-muted - Secondary text such as dates and years.
 * @cssprop --icc-color-border - Rules, grid lines and tab borders.
 * @cssprop --icc-color-bg - Background behind the chart's marks (their outline).
 * @cssprop --icc-color-selected - Accent of the selected tab.
 * @cssprop --icc-color-selected-bg - Background of the selected tab, table row and chart band.
 * @cssprop --icc-color-chart-line - The stance line.
 * @cssprop --icc-color-chart-mark - Event marks.
 * @cssprop --icc-color-related - Marks and accents of events related to the selected issue.
 * @cssprop --icc-color-highlight - Background of an event related to the selected issue.
 * @cssprop --icc-color-closer - Text of "moved closer to the Court".
 * @cssprop --icc-color-apart - Text of "moved away from the Court".
 * @cssprop --icc-space-xs - Extra small space.
 * @cssprop --icc-space-s - Small space.
 * @cssprop --icc-space-m - Medium space.
 */
export class UsIccPosition extends IccWidget {
  static override styles = [baseStyles, positionStyles];

  /** Level of the widget's title (1–6); the administration's heading sits one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * The last event selected anywhere. Its administration is shown even when
   * the store's period names another, until a period is chosen again: a
   * reader who opens an event in another widget expects to find it here.
   * Closing the event keeps its administration on screen.
   */
  #followed?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('period')) this.#followed = undefined;
    if (changed.has('event') && this.event) this.#followed = this.event;
  }

  override render(): TemplateResult {
    const content = this.store?.content;
    // Without administrations there is nothing to chart: keep the host's fallback.
    if (!content?.administrations.length) return this.renderFallback();
    const { labels } = this;
    const { lang, dir = 'ltr', asOf, stanceScale } = content.meta;
    const level = Math.min(Math.max(Math.round(this.headingLevel) || 2, 1), 6);
    const cite = new Citations(content.sources, labels, lang);
    const periods = periodsOf(content, labels);
    const shown = this.#shown(content, periods);
    const { event } = this.store!.selection;
    const issue = content.issues.find((i) => i.id === this.store!.selection.issue);
    const related = new Set(issue ? content.timeline.filter((e) => e.issues?.includes(issue.id)).map((e) => e.id) : []);
    const chartLabel = labels.position.chartLabel(
      periods[0].from,
      formatDate(asOf, 'year', lang),
      periods.map((p) => ({ name: p.admin.president, years: p.years, stance: p.stance })),
      content.timeline.length,
    );
    return html`<section class="base" part="base" lang=${lang} dir=${dir} aria-labelledby="title">
      ${this.renderFailure()}
      <div class="heading title" role="heading" aria-level=${level} id="title" part="title">${labels.position.title}</div>
      ${renderChart({
        periods, events: content.timeline, scale: stanceScale, selected: shown.admin.id, open: event, related,
        label: chartLabel, labels, pick: (id) => this.#pickPeriod(id),
      })}
      ${renderTable(periods, shown.admin.id, labels)}
      <details class="about" part="about">
        <summary>${labels.position.aboutScore}</summary>
        <p>${stanceScale.description}</p>
      </details>
      <div class="tabs" role="tablist" aria-label=${labels.position.administrations} part="tabs" @keydown=${this.#onTabKey}>
        ${periods.map((p) => {
          const selected = p === shown;
          return html`<button role="tab" id="tab-${p.admin.id}" data-period=${p.admin.id} part="tab"
            aria-selected=${String(selected)} aria-controls="panel" tabindex=${selected ? 0 : -1}
            @click=${() => this.#pickPeriod(p.admin.id)}>
            <span class="president">${p.admin.president}</span> <span class="years">${p.years}</span>
          </button>`;
        })}
      </div>
      ${this.#renderPanel(content, shown, { related, issue: issue?.title }, cite, Math.min(level + 1, 6))}
      ${cite.renderList(Math.min(level + 1, 6))}
      <footer part="footer">
        <p>${labels.asOf} <time datetime=${asOf}>${formatDate(asOf, 'day', lang)}</time>.</p>
      </footer>
    </section>`;
  }

  #renderPanel(content: Content, period: Period, marked: Marked, cite: Citations, level: number): TemplateResult {
    const { labels } = this;
    const { admin } = period;
    const sub = Math.min(level + 1, 6);
    const events = content.timeline
      .filter((e) => e.administration === admin.id)
      .sort((a, b) => a.date.localeCompare(b.date));
    return html`<div class="panel" id="panel" role="tabpanel" aria-labelledby="tab-${admin.id}" tabindex="0" part="panel">
      <div class="heading" role="heading" aria-level=${level}>${admin.president}, ${period.years}</div>
      <p class="stance">${labels.position.stance}: <strong>${period.stance}</strong></p>
      <p>${admin.summary}${cite.cite(admin.sources)}</p>
      ${admin.reasons.length
        ? html`<div class="heading" role="heading" aria-level=${sub}>${labels.position.reasonsGiven}</div>
            <ul class="reasons">${admin.reasons.map((r) => html`<li>${r.text}${cite.cite(r.sources)}</li>`)}</ul>`
        : nothing}
      ${events.length
        ? html`<div class="heading" role="heading" aria-level=${sub}>${labels.position.events}</div>
            <ol class="events">${events.map((e) => this.#renderEvent(e, marked.related.has(e.id) ? marked.issue : undefined, cite, content.meta.lang))}</ol>`
        : nothing}
    </div>`;
  }

  /**
   * One event as a disclosure: its title opens the detail text, and its date,
   * effect and relation to the selected issue (`relatedTo`: that issue's title,
   * when the event concerns it) describe the button.
   */
  #renderEvent(event: TimelineEvent, relatedTo: string | undefined, cite: Citations, lang: string): TemplateResult {
    const { labels } = this;
    const open = this.store!.selection.event === event.id;
    const id = `event-${event.id}`;
    return html`<li class=${classMap({ event: true, related: relatedTo !== undefined })} part="event">
      <p class="when" id="${id}-when">${time(event.date, event.precision, lang)}${event.end
        ? html` – ${time(event.end, precisionOf(event.end), lang)}`
        : nothing}</p>
      <p class="what">
        <button id="${id}-button" aria-expanded=${String(open)} aria-controls=${id} aria-describedby="${id}-when ${id}-meta"
          @click=${() => this.choose('event', open ? undefined : event.id)}>${event.title}</button>${cite.cite(event.sources)}
      </p>
      <p class="meta" id="${id}-meta">
        <span class="effect ${event.effect}"><span aria-hidden="true">${ARROWS[event.effect]}</span> ${labels.position.effect[event.effect]}</span>
        ${relatedTo !== undefined
          ? html`<span class="tag"><span aria-hidden="true">◆</span> ${labels.relatedTo(relatedTo)}</span>`
          : nothing}
      </p>
      <div class="detail" id=${id} ?hidden=${!open}><p>${event.text}</p></div>
    </li>`;
  }

  /** The administration in the panel: an event's chosen elsewhere, else the store's period, else the most recent. */
  #shown(content: Content, periods: Period[]): Period {
    const find = (id?: string) => periods.find((p) => p.admin.id === id);
    const followed = content.timeline.find((e) => e.id === this.#followed)?.administration;
    // With nothing chosen, show the latest without writing it to the store.
    return find(followed) ?? find(this.store?.selection.period) ?? periods[periods.length - 1];
  }

  #pickPeriod(id: string): void {
    if (this.#followed === undefined && this.store?.selection.period === id) return;
    this.#followed = undefined;
    this.choose('period', id);
    this.requestUpdate();
  }

  /** Automatic activation: the tab that keys move to is selected at once. */
  #onTabKey(event: KeyboardEvent): void {
    const tab = moveTabFocus(event, this.renderRoot);
    if (tab) this.#pickPeriod(tab.dataset.period!);
  }
}

function time(date: string, precision: DatePrecision, lang: string): TemplateResult {
  return html`<time datetime=${date}>${formatDate(date, precision, lang)}</time>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'us-icc-position': UsIccPosition;
  }
}
