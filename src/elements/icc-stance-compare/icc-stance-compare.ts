import { html, nothing, type TemplateResult } from 'lit';
import type { Issue } from '../../content/schema.js';
import type { Review } from '../../content/review.js';
import { ReviewWidget, type WidgetHeader } from '../../base/review-widget.js';
import { baseStyles } from '../../views/base.styles.js';
import { renderTabs } from '../../views/tabs.js';
import type { View } from '../../views/view.js';
import { compareStyles } from './icc-stance-compare.styles.js';
import { renderBadge, renderPanel } from './views.js';

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
 * @fires {IccSelectEvent} icc-select - The reader selected an issue. `detail: { kind: 'issue', id, widget: 'icc-stance-compare' }`.
 * @fires {IccErrorEvent} icc-error - The content could not be loaded or is malformed. The last good content stays on screen.
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
 * @csspart footer - The footer with the as-of date.
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
export class IccStanceCompare extends ReviewWidget {
  static override styles = [baseStyles, compareStyles];

  protected override headerOf(review: Review): WidgetHeader {
    const words = this.labels.compare;
    return { kicker: words.kicker, title: words.title, dek: words.dek(review.issues.length) };
  }

  protected override renderBody(view: View): TemplateResult | typeof nothing {
    const { issues } = view.review;
    const shown = this.#shownIssue(view.review);
    if (!shown) return nothing;
    return html`<div class="layout">
      ${renderTabs({
        items: issues, selected: shown, label: view.labels.compare.issues, activation: 'manual', orientation: 'vertical',
        renderTab: (issue) => html`<span class="tab-title">${issue.title}</span> ${renderBadge(view, issue)}`,
        select: (issue) => this.#select(issue.id),
      })}
      <div class="panel" part="panel" role="tabpanel" id="panel" tabindex="0" aria-labelledby="tab-${issues.indexOf(shown)}">
        ${renderPanel(view, shown)}
      </div>
    </div>`;
  }

  /**
   * The store's issue if the content has it, else the first: showing something
   * by default must not count as the reader's choice, so nothing is written.
   */
  #shownIssue(review: Review): Issue | undefined {
    return review.issue(this.store?.selection.issue) ?? review.issues[0];
  }

  #select(id: string): void {
    // Re-choosing the stored issue changes nothing, so it is not reported again.
    if (this.store?.selection.issue !== id) this.choose('issue', id);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icc-stance-compare': IccStanceCompare;
  }
}
