import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { Review } from '../../content/review.js';
import type { TimelineEvent } from '../../content/schema.js';
import type { Part } from '../../content/parts.js';
import { ReviewWidget, type WidgetHeader } from '../../base/review-widget.js';
import { baseStyles } from '../../views/base.styles.js';
import { formatDate } from '../../views/dates.js';
import { renderTabs } from '../../views/tabs.js';
import type { View } from '../../views/view.js';
import { isWide } from '../../views/wide.js';
import { fitScaleLabels, renderChart, renderStanceMark } from './chart.js';
import { positionStyles } from './us-icc-position.styles.js';
import { KEY_EVENTS, periodsOf, renderPanel, renderTable, type Period } from './views.js';

/**
 * The US position on the ICC over time: a chart of each administration's
 * stance score from 1993 to the as-of date, with the timeline's events as
 * marks, and one tab per administration whose panel gives its summary, the
 * reasons it gave and its events, every statement cited. Choosing a period or
 * an event is shared with every widget on the same store; events related to
 * the selected issue are marked.
 *
 * The first screen is short: the panel shows the administration's stance, why
 * it was scored so, its summary and its two key events (those that moved the
 * stance the way of its score first); "All N events" shows the rest and the
 * reasons open from their heading. An event opened anywhere is always shown.
 * On containers from 36rem the chart shows, with events too close to tell
 * apart drawn as one cluster with their count (a diamond when it holds an
 * event related to the selected issue; the ring of an open event then goes on
 * the cluster). Below 36rem the tabs are the one vertical timeline, each with
 * its stance as a dot on a small scale. The data table is for screen readers
 * at every width. Print, and the server-rendered copy without JavaScript,
 * show every event and reason.
 *
 * @summary The US stance toward the ICC by administration, as a chart and tabs.
 *
 * @tagname us-icc-position
 *
 * @slot - Fallback shown until the content has loaded: put a plain-text summary here for readers without JavaScript.
 *
 * @fires {IccSelectEvent} icc-select - The reader chose an administration (`kind: 'period'`) or opened or closed an event (`kind: 'event'`). `detail: { kind, id, widget: 'us-icc-position' }`.
 * @fires {IccErrorEvent} icc-error - The content could not be loaded or is malformed. The last good content stays on screen.
 *
 * @csspart base - The section wrapping the widget.
 * @csspart title - The widget's title.
 * @csspart chart - The chart and its legend (shown on containers 36rem wide and more). Each event keeps a `.mark` with `data-event`; close events share a cluster (`.cluster`, with a `.count`).
 * @csspart table - The data table, visually hidden at every width: the chart's and the timeline's data for screen readers.
 * @csspart about - The disclosure explaining how the score was given.
 * @csspart tabs - The list of administrations: a row on wide containers, the vertical timeline on narrow ones.
 * @csspart tab - One administration's tab: president and years, and on narrow containers its stance on a small scale (named in words for screen readers).
 * @csspart panel - The selected administration's stance, summary, reasons (behind their heading's button) and events (the key ones until all are shown).
 * @csspart more - The "All N events" button after the panel (when an administration has more events than its key ones).
 * @csspart event - One event in the panel.
 * @csspart sources - The numbered sources list.
 * @csspart footer - The footer with the as-of date.
 * @csspart error - The notice shown when loading failed.
 *
 * @cssprop --icc-color-text - Text colour (inherits by default).
 * @cssprop --icc-color-link - Link colour.
 * @cssprop --icc-color-focus - Focus outline colour, and the ring around the open event's mark.
 * @cssprop --icc-color-muted - Secondary text such as dates and years.
 * @cssprop --icc-color-border - Rules, grid lines, tab borders and the dotted stance scale of the narrow timeline.
 * @cssprop --icc-color-bg - Background behind the chart's marks (their outline), and the numbers on clusters and stance dots.
 * @cssprop --icc-color-selected - Accent of the selected tab.
 * @cssprop --icc-color-selected-bg - Background of the selected tab and chart band.
 * @cssprop --icc-color-chart-line - The stance line, and the stance dot of the narrow timeline.
 * @cssprop --icc-color-chart-mark - Event marks and clusters.
 * @cssprop --icc-color-related - Marks and accents of events related to the selected issue.
 * @cssprop --icc-color-highlight - Background of an event related to the selected issue.
 * @cssprop --icc-color-closer - Text of "moved closer to the Court".
 * @cssprop --icc-color-apart - Text of "moved away from the Court".
 * @cssprop --icc-space-xs - Extra small space.
 * @cssprop --icc-space-s - Small space.
 * @cssprop --icc-space-m - Medium space.
 * @cssprop --icc-color-button-bg - Background of the administrations' tabs (default transparent).
 * @cssprop --icc-color-related-text - Text of the tag on events related to the selected issue.
 * @cssprop --icc-font-size-heading - Size of the panel's heading (default 1.15em).
 * @cssprop --icc-max-width - Widest the widget runs (default 48rem).
 */
export class UsIccPosition extends ReviewWidget {
  static override styles = [baseStyles, positionStyles];

  /** Beside the issues: the administrations and their events. */
  protected readonly shows: readonly Part[] = ['timeline'];

  /**
   * The last event selected anywhere. Its administration is shown even when
   * the store's period names another, until a period is chosen again: a
   * reader who opens an event in another widget expects to find it here.
   * Closing the event keeps its administration on screen.
   */
  #followed?: string;

  /** What the reader opened, per administration: "events <id>" (all of them), "reasons <id>". */
  #opened = new Set<string>();

  #flip(key: string): void {
    if (!this.#opened.delete(key)) this.#opened.add(key);
    this.requestUpdate();
  }

  /**
   * The host is narrower than the chart needs (the styles hide it there): the chart, half of the first
   * render's work, is then not drawn. Known once the host is laid out (#sizeWatch), or asked before the
   * first drawing when content came first.
   */
  #narrow?: boolean;

  /**
   * Follows the host's width: whether the chart shows, and refitting the chart to its labels when the text
   * around changes size (a reader's text spacing, a font arriving, zoom).
   */
  #sizeWatch?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#sizeWatch ??= new ResizeObserver(([entry]) => {
      // Read where the page is laid out already.
      const narrow = !isWide(this, entry.contentBoxSize[0].inlineSize);
      // In the next frame: drawing or refitting resizes the host, which inside the callback would be a
      // ResizeObserver loop error. Not before the first render: a server-rendered widget waiting to hydrate
      // has no render root yet.
      requestAnimationFrame(() => {
        const was = this.#narrow;
        this.#narrow = narrow;
        // Drawn for the other width (a resize): draw again. Not drawn yet: the first drawing reads it.
        if (was !== undefined && was !== narrow) this.requestUpdate();
        if (this.hasUpdated) fitScaleLabels(this.renderRoot);
      });
    });
    this.#sizeWatch.observe(this);
  }

  /** A page can be wider than the screen: print with the chart, which the styles show on wide hosts. */
  protected override preparePrint(): void {
    this.#narrow = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#sizeWatch?.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The scale's labels come from the content: a reader's selection leaves them as fitted (a resize refits
    // through #sizeWatch). Measuring lays the page out, 20 ms a selection at CPU 4x on this machine.
    const fitted = { content: this.store?.content, drawing: this.renderRoot.querySelector('.chart svg') };
    if (this.#fitting || (fitted.content === this.#fitted?.content && fitted.drawing === this.#fitted?.drawing)) return;
    // In the next frame, once: measuring here would lay the page out while the other widgets are still updating
    // (on a selection every widget renders), and the frame lays it out again. 120 ms at load on this machine.
    this.#fitting = true;
    requestAnimationFrame(() => {
      this.#fitting = false;
      // A hidden chart measures nothing: it is fitted at its next update or resize.
      this.#fitted = fitScaleLabels(this.renderRoot) ? fitted : undefined;
    });
  }

  #fitting = false;

  /** The content and drawing whose scale labels were last fitted. */
  #fitted?: { content: unknown; drawing: Element | null };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('period')) this.#followed = undefined;
    if (changed.has('event') && this.event) this.#followed = this.event;
    // Content before the host's first layout (already in the page's store, or quick to arrive): ask the page
    // once, rather than draw a chart the styles hide and drop it a frame later.
    if (this.#narrow === undefined && this.store?.content && this.isConnected && !isServer && !this.awaitingHydration) {
      this.#narrow = !isWide(this, parseFloat(getComputedStyle(this).inlineSize));
    }
  }

  /** Without administrations there is nothing to chart: the host's fallback stays. */
  protected override canShow(review: Review): boolean {
    return review.periods.length > 0;
  }

  protected override headerOf(review: Review): WidgetHeader {
    const words = this.labels.position;
    const first = review.periods[0];
    return { kicker: words.kicker, title: words.title, dek: first ? words.dek(formatDate(first.start, 'year', review.meta.lang), review.timeline.length) : '' };
  }

  protected override renderBody(view: View): TemplateResult {
    const { review, labels, lang } = view;
    const { asOf, stanceScale } = review.meta;
    const periods = periodsOf(review, labels);
    const shown = this.#shown(review, periods);
    const id = shown.admin.id;
    const count = review.eventsOfPeriod(id).length;
    const { event, issue: issueId } = this.selection;
    const issue = review.issue(issueId);
    // Hydration redraws what the server drew, the chart included.
    const chart = !this.#narrow || this.awaitingHydration
      ? renderChart({
        periods, events: review.timeline, scale: stanceScale, selected: shown.admin.id, open: event,
        related: new Set(issue ? review.eventsOfIssue(issue.id).map((e) => e.id) : []),
        label: labels.position.chartLabel(
          periods[0].from,
          formatDate(asOf, 'year', lang),
          periods.map((p) => ({ name: p.admin.president, years: p.years, stance: p.stance })),
          review.timeline.length,
        ),
        labels, pick: (id) => this.#pickPeriod(id), rtl: review.meta.dir === 'rtl',
      })
      : nothing;
    return html`${chart}
      ${guard([periods, shown], () => renderTable(view, periods, shown))}
      <details class="about" part="about">
        <summary>${labels.position.aboutScore}</summary>
        <p>${stanceScale.description}</p>
      </details>
      <p class="timeline-head" aria-hidden="true"><span>${labels.position.administration}</span> <span>${labels.position.stance}</span></p>
      ${guard([periods, shown], () => renderTabs({
        items: periods, selected: shown, label: labels.position.administrations, activation: 'auto',
        // Narrow, the tabs are the vertical timeline: each shows its stance on a small scale
        // (the mark is drawn; the words are for screen readers, and name the tab at every width).
        renderTab: (p) => html`<span class="president">${p.admin.president}</span> <span class="years">${p.years}</span>
          ${renderStanceMark(p.admin.stance, p.score, stanceScale, review.meta.dir === 'rtl')} <span class="vh">${labels.position.stance}${labels.colon}${p.stance}</span>`,
        select: (p) => this.#pickPeriod(p.admin.id),
      }))}
      <div class="panel" id="panel" role="tabpanel" aria-labelledby="tab-${periods.indexOf(shown)}" tabindex="0" part="panel">
        ${renderPanel(view, shown, {
          issue, open: event, toggle: (e) => this.#toggleEvent(e),
          all: this.#opened.has(`events ${id}`), drawHidden: this.drawHidden, reasons: this.#opened.has(`reasons ${id}`), toggleReasons: () => this.#flip(`reasons ${id}`),
        })}
      </div>
      ${count > KEY_EVENTS
        ? html`<button class="more" part="more" aria-expanded=${String(this.#opened.has(`events ${id}`))} aria-controls="events"
            @click=${() => this.#flip(`events ${id}`)}>${labels.position.allEvents(count)}</button>`
        : nothing}
`;
  }

  /** The administration in the panel: an event's chosen elsewhere, else the store's period, else the most recent. */
  #shown(review: Review, periods: Period[]): Period {
    const find = (id?: string) => periods.find((p) => p.admin.id === id);
    // With nothing chosen, show the latest without writing it to the store.
    return find(review.periodOfEvent(this.#followed)?.id) ?? find(this.selection.period) ?? periods[periods.length - 1];
  }

  #toggleEvent(event: TimelineEvent): void {
    this.choose('event', this.selection.event === event.id ? undefined : event.id);
  }

  #pickPeriod(id: string): void {
    if (this.#followed === undefined && this.selection.period === id) return;
    this.#followed = undefined;
    this.choose('period', id);
    // An event of another administration would stay open, ringed on the chart, with nothing said about it.
    const open = this.selection.event;
    const content = this.store?.content;
    if (open && content && Review.of(content).event(open)?.administration !== id) this.store!.select({ event: undefined });
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'us-icc-position': UsIccPosition;
  }
}
