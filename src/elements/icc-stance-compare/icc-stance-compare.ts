import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Issue } from '../../content/schema.js';
import type { Review } from '../../content/review.js';
import type { Part } from '../../content/parts.js';
import { ReviewWidget, type WidgetHeader } from '../../base/review-widget.js';
import { baseStyles } from '../../views/base.styles.js';
import { renderTabs } from '../../views/tabs.js';
import type { View } from '../../views/view.js';
import { isWide } from '../../views/wide.js';
import { compareStyles } from './icc-stance-compare.styles.js';
import { renderBadge, renderPanel } from './views.js';

/**
 * The US and ICC positions on each contested issue, side by side: the reader
 * picks an issue from a list of tabs and sees both positions, the Court's
 * legal basis, where the two meet or clash, the issue's status in words, and a
 * numbered source for every statement; the related timeline events are one
 * action away, closed behind their count ("Related events (10)").
 *
 * The issues are a compact, horizontal tab list: small cards in rows that wrap,
 * or on narrow containers one row that scrolls sideways (the selected issue and
 * the one keys move to are brought into sight). Tabs use manual activation:
 * arrows, Home and End move focus, Enter or Space selects. The selection is
 * shared with every widget on the page and reported to the host, so merely
 * passing over an issue must not broadcast it.
 *
 * The comparison is a real table (caption, column and row headers). On narrow
 * containers the same table is restyled as stacked cards, one per row, each
 * cell led by a visible copy of its column header; explicit table roles keep
 * the semantics in engines that drop them when a table's display changes.
 * There, a long position shows its first five lines and a "Read more" button
 * (`aria-expanded`) for the rest, only where it is cut short and only when
 * scripts run. The related events are a native `<details>`, so they open
 * without script too. Print shows everything: all of each position and the
 * events, open or not.
 *
 * @summary US and ICC positions compared, issue by issue.
 *
 * @tagname icc-stance-compare
 *
 * @slot - Fallback shown until the content has loaded: put plain text here for readers without JavaScript.
 *
 * @fires {IccSelectEvent} icc-select - The reader selected an issue. `detail: { kind: 'issue', id, widget: 'icc-stance-compare' }`.
 * @fires {IccErrorEvent} icc-error - The content could not be loaded or is malformed. The last good content stays on screen.
 *
 * @csspart base - The section wrapping the widget.
 * @csspart kicker - The small label above the title.
 * @csspart title - The widget's title.
 * @csspart dek - The line under the title on what the widget shows.
 * @csspart tabs - The list of issues: cards in rows, or one row that scrolls sideways on narrow containers.
 * @csspart tab - One issue in the list (a card with its title and status).
 * @csspart badge - An issue's status (contested, partly aligned, aligned).
 * @csspart panel - The selected issue's details.
 * @csspart table - The comparison table (cards on narrow containers).
 * @csspart events - The related timeline events: a `<details>`, closed by default, whose `<summary>` gives their count.
 * @csspart sources - The numbered sources list.
 * @csspart footer - The footer with the as-of date.
 * @csspart error - The notice shown when loading failed.
 *
 * @cssprop --icc-color-text - Text colour (inherits by default).
 * @cssprop --icc-color-link - Link colour, also of the "Read more" buttons.
 * @cssprop --icc-color-focus - Focus outline colour.
 * @cssprop --icc-color-muted - Secondary text such as dates and row headers.
 * @cssprop --icc-color-border - Table rules and the borders of the issue cards.
 * @cssprop --icc-color-accent - Border of the selected issue.
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
 * @cssprop --icc-font-size-table - Text size of the comparison and the related events (default 0.9em).
 * @cssprop --icc-font-size-heading - Size of the issue's title over the table (default 1.15em).
 * @cssprop --icc-space-xs - Extra small space.
 * @cssprop --icc-space-s - Small space.
 * @cssprop --icc-space-m - Medium space.
 * @cssprop --icc-space-l - Large space.
 */
export class IccStanceCompare extends ReviewWidget {
  static override styles = [baseStyles, compareStyles];

  /** Beside the issues: each issue's events. */
  protected readonly shows: readonly Part[] = ['timeline'];

  /** The positions the reader opened with "Read more", as issue id and side. */
  #opened = new Set<string>();

  /**
   * The related events' disclosure, while the reader has it open. It stays open from issue to issue (the same
   * element), until an issue without events removes it.
   */
  #openEvents?: HTMLDetailsElement;

  #eventsToggled = ({ target }: Event): void => {
    const details = target as HTMLDetailsElement;
    this.#openEvents = details.open ? details : undefined;
    this.requestUpdate();
  };

  /** The id of the selected tab last brought into the row's sight. */
  #revealed?: string;

  /**
   * The host was wide (see views/wide.ts) when last laid out: the issues are a grid that does not scroll and
   * every position shows in full, so revealing a tab or fitting "Read more" would change nothing but lay
   * the page out while the other widgets of the group are still drawing the reader's choice.
   */
  #wide = false;

  protected override canShow(review: Review): boolean {
    return review.issues.length > 0;
  }

  protected override headerOf(review: Review): WidgetHeader {
    const words = this.labels.compare;
    return { kicker: words.kicker, title: words.title, dek: words.dek(review.issues.length) };
  }

  protected override renderBody(view: View): TemplateResult | typeof nothing {
    const { issues } = view.review;
    const shown = this.#shownIssue(view.review);
    if (!shown) return nothing;
    return html`
      ${renderTabs({
        items: issues, selected: shown, label: view.labels.compare.issues, activation: 'manual',
        renderTab: (issue) => html`<span class="tab-title">${issue.title}</span> ${renderBadge(view, issue)}`,
        select: (issue) => this.#select(issue.id),
      })}
      <div class="panel" part="panel" role="tabpanel" id="panel" tabindex="0" aria-labelledby="tab-${issues.indexOf(shown)}">
        ${renderPanel(view, shown, {
          expand: {
            isOpen: (side) => this.#opened.has(shown.id + side),
            toggle: (side) => {
              if (!this.#opened.delete(shown.id + side)) this.#opened.add(shown.id + side);
              this.requestUpdate();
            },
          },
          events: { open: !!this.#openEvents?.isConnected, drawHidden: this.drawHidden, toggled: this.#eventsToggled },
        })}
      </div>`;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    new ResizeObserver(([entry]) => {
      // Read here, where the page is laid out already.
      this.#wide = isWide(this, entry.contentBoxSize[0].inlineSize);
      // A frame later: hiding a button resizes the host, which must not re-enter this observer.
      if (!this.#wide) requestAnimationFrame(() => this.#fit());
    }).observe(this);
    // Keyboard focus only: a card that moved under a pointer between press and release would lose its click.
    this.renderRoot.addEventListener('focusin', ({ target }) => {
      if ((target as Element).matches(':focus-visible')) this.#reveal(target as Element);
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const tab = this.renderRoot.querySelector('[aria-selected="true"]');
    if (!this.#wide) {
      this.#fit();
      if (tab && tab.id !== this.#revealed) this.#reveal(tab);
    }
    this.#revealed = tab?.id;
  }

  /**
   * Centres a tab in the row that scrolls sideways on narrow containers: the
   * selected one (also when chosen elsewhere) and the one keys move to. Only
   * the row scrolls, never the page; a wide container's grid does not scroll.
   */
  #reveal(tab: Element): void {
    const list = tab.parentElement;
    if (tab.role !== 'tab' || !list) return;
    const t = tab.getBoundingClientRect();
    const l = list.getBoundingClientRect();
    list.scrollLeft += t.left - l.left - (l.width - t.width) / 2;
  }

  /**
   * "Read more" only where a position is cut short: a text that fits in its
   * first lines (or a wide container, which shows all) needs no button.
   */
  #fit(): void {
    // All measured, then all set: reading after each change would lay the page out once per text.
    const texts = [...this.renderRoot.querySelectorAll<HTMLElement>('.clamp:not(.open)')];
    const fits = texts.map((text) => text.scrollHeight <= text.clientHeight);
    texts.forEach((text, i) => ((text.nextElementSibling as HTMLElement).hidden = fits[i]));
  }

  /**
   * The store's issue if the content has it, else the first: showing something
   * by default must not count as the reader's choice, so nothing is written.
   */
  #shownIssue(review: Review): Issue | undefined {
    return review.issue(this.selection.issue) ?? review.issues[0];
  }

  #select(id: string): void {
    // Re-choosing the stored issue changes nothing, so it is not reported again.
    if (this.selection.issue !== id) this.choose('issue', id);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icc-stance-compare': IccStanceCompare;
  }
}
