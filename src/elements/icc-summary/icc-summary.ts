import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Review } from '../../content/review.js';
import { ReviewWidget, type WidgetHeader } from '../../base/review-widget.js';
import { baseStyles } from '../../views/base.styles.js';
import { heading } from '../../views/headings.js';
import type { View } from '../../views/view.js';
import { summaryStyles } from './icc-summary.styles.js';
import { renderKeyFacts, renderPart, revisesNote } from './views.js';

/**
 * The review in six parts: Background of the ICC; the US relationship; the
 * ICC's view of the US; current status; conclusion; recent news. Every
 * statement is cited, corrections of the original review are shown as
 * editor's notes, and the footer gives the as-of date.
 *
 * @summary The cited review of the US–ICC relationship.
 *
 * @tagname icc-summary
 *
 * @slot - Fallback shown until the content has loaded: put the review's plain text here for readers without JavaScript.
 *
 * @fires {IccErrorEvent} icc-error - The content could not be loaded or is malformed. The last good content stays on screen.
 *
 * @csspart base - The section wrapping the review.
 * @csspart title - The review's title.
 * @csspart part-heading - The button that opens or closes one of the six parts.
 * @csspart correction - An editor's note correcting the original review.
 * @csspart sources - The numbered sources list.
 * @csspart footer - The footer with the as-of date.
 * @csspart toggle - The compact variant's expand control.
 * @csspart error - The notice shown when loading failed.
 *
 * @cssprop --icc-color-text - Text colour (inherits by default).
 * @cssprop --icc-color-link - Link colour.
 * @cssprop --icc-color-focus - Focus outline colour.
 * @cssprop --icc-color-muted - Secondary text such as dates.
 * @cssprop --icc-color-border - Rules between parts.
 * @cssprop --icc-color-note-bg - Background of corrections.
 * @cssprop --icc-color-note-border - Accent of corrections.
 * @cssprop --icc-color-highlight - Background of a paragraph related to the selected issue.
 * @cssprop --icc-space-s - Small space.
 * @cssprop --icc-space-m - Medium space.
 */
export class IccSummary extends ReviewWidget {
  static override styles = [baseStyles, summaryStyles];

  /** `full` shows all six parts; `compact` shows the key facts and a control to expand. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** In the compact variant: whether the reader expanded it to the full review. */
  @state() private expanded = false;

  /** Ids of the parts the reader has closed. */
  @state() private closed = new Set<string>();

  protected override headerOf(review: Review): WidgetHeader {
    return { kicker: this.labels.summary.kicker, title: review.meta.title, dek: this.labels.summary.dek };
  }

  protected override footerNote(review: Review): string {
    return revisesNote(review, this.labels);
  }

  protected override renderBody(view: View): TemplateResult {
    const compact = this.variant === 'compact' && !this.expanded;
    return html`${compact ? renderKeyFacts(view) : this.#renderParts(view)}
      ${this.variant === 'compact'
        ? html`<button class="toggle" part="toggle" aria-expanded=${String(this.expanded)} @click=${this.#toggleExpanded}>
            ${this.expanded ? view.labels.showCompact : view.labels.showFull}
          </button>`
        : nothing}
`;
  }

  /** The six parts, each a disclosure whose heading is its button. */
  #renderParts(view: View): TemplateResult[] {
    const issue = view.review.issue(this.store?.selection.issue);
    return view.review.sections.map((section) => {
      const open = !this.closed.has(section.id);
      return html`<section class="part" aria-labelledby="heading-${section.id}">
        ${heading(view.level + 1, html`<button id="heading-${section.id}" part="part-heading" aria-expanded=${String(open)}
          aria-controls="panel-${section.id}" @click=${() => this.#togglePart(section.id)}>${section.title}</button>`, { live: true })}
        <div class="panel" id="panel-${section.id}" ?hidden=${!open}>${renderPart(view, section, issue)}</div>
      </section>`;
    });
  }

  #togglePart(id: string): void {
    const closed = new Set(this.closed);
    if (!closed.delete(id)) closed.add(id);
    this.closed = closed;
  }

  #toggleExpanded(): void {
    this.expanded = !this.expanded;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icc-summary': IccSummary;
  }
}
