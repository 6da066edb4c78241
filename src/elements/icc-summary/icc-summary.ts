import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import type { Review } from '../../content/review.js';
import type { Part } from '../../content/parts.js';
import { ReviewWidget, type WidgetHeader } from '../../base/review-widget.js';
import { baseStyles } from '../../views/base.styles.js';
import { heading } from '../../views/headings.js';
import type { View } from '../../views/view.js';
import { summaryStyles } from './icc-summary.styles.js';
import { mentions, renderPart, revisesNote } from './views.js';

/**
 * The review in six parts: Background of the ICC; the US relationship; the
 * ICC's view of the US; current status; conclusion; recent news. Every
 * statement is cited, corrections of the original review are shown as
 * editor's notes inside their part, and the footer gives the as-of date.
 *
 * Each part is a disclosure whose heading is its button. By default
 * (`variant="compact"`) every part is closed and shows under its heading a
 * one-sentence teaser: its key fact with its citation (in recent news: the
 * newest item's date and headline). Opening a part shows its whole text, of
 * which the key fact is one sentence; parts open independently, and one
 * control opens or closes them all. `variant="full"` opens every part. Print
 * shows every part open, and the server's light-DOM copy holds the whole
 * review. When an issue is selected, the headings of the parts that mention
 * it say so, and inside them its paragraphs and news items are marked.
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
 * @csspart kicker - The small label above the title.
 * @csspart title - The review's title.
 * @csspart dek - The line under the title saying what the review covers.
 * @csspart toggle - The control that opens all six parts, or closes them once all are open.
 * @csspart part-heading - The button that opens or closes one of the six parts.
 * @csspart mentions - The note in a part's heading that it mentions the selected issue.
 * @csspart correction - An editor's note correcting the original review.
 * @csspart sources - The numbered sources list.
 * @csspart footer - The footer with the as-of date.
 * @csspart error - The notice shown when loading failed.
 *
 * @cssprop --icc-color-text - Text colour (inherits by default).
 * @cssprop --icc-color-link - Link colour, and the colour of the open-all control.
 * @cssprop --icc-color-focus - Focus outline colour.
 * @cssprop --icc-color-muted - Secondary text such as dates.
 * @cssprop --icc-color-border - Rules between parts.
 * @cssprop --icc-color-note-bg - Background of corrections.
 * @cssprop --icc-color-note-border - Accent of corrections.
 * @cssprop --icc-color-highlight - Background of a paragraph related to the selected issue.
 * @cssprop --icc-space-xs - Extra small space.
 * @cssprop --icc-space-s - Small space.
 * @cssprop --icc-space-m - Medium space.
 * @cssprop --icc-font-size-heading - Size of the parts' headings (default 1.15em).
 * @cssprop --icc-max-width - Widest the text runs (default 48rem).
 */
export class IccSummary extends ReviewWidget {
  static override styles = [baseStyles, summaryStyles];

  /** Beside the issues: the six parts, the editor's notes and the news. */
  protected readonly shows: readonly Part[] = ['sections'];

  /**
   * `compact` (the default): the six parts closed, each showing its key fact;
   * `full`: every part open. Either way the reader opens and closes parts.
   */
  @property({ reflect: true }) variant: 'compact' | 'full' = 'compact';

  /** Ids of the parts the reader opened or closed: those not as the variant has them. */
  @state() private toggled = new Set<string>();

  protected override headerOf(review: Review): WidgetHeader {
    return { kicker: this.labels.summary.kicker, title: review.meta.title, dek: this.labels.summary.dek };
  }

  protected override footerNote(review: Review): string {
    return revisesNote(review, this.labels);
  }

  /** Whether a part is open: as the variant has it, unless the reader toggled it. */
  #isOpen(id: string): boolean {
    return (this.variant === 'full') !== this.toggled.has(id);
  }

  protected override renderBody(view: View): TemplateResult {
    const { review, labels } = view;
    const issue = review.issue(this.selection.issue);
    const ids = review.sections.map((s) => s.id);
    const allOpen = ids.every((id) => this.#isOpen(id));
    // Opens every part, or closes every part once all are open.
    const toggleAll = () => (this.toggled = new Set((this.variant === 'full') === allOpen ? ids : []));
    return html`<button class="toggle" part="toggle" aria-controls=${ids.map((id) => `panel-${id}`).join(' ')} @click=${toggleAll}>
        ${allOpen ? labels.summary.closeAll : labels.summary.openAll}
      </button>
      ${review.sections.map((section) => {
        const open = this.#isOpen(section.id);
        // No accessible name: six parts named as regions would crowd the page's landmarks.
        return html`<section class=${classMap({ part: true, open })}>
          ${heading(view.level + 1, html`<button id="heading-${section.id}" part="part-heading" aria-expanded=${String(open)}
            aria-controls="panel-${section.id}" @click=${() => this.#toggle(section.id)}><span>${section.title}${mentions(review, section, issue)
              ? html`<span class="mentions" part="mentions">${labels.summary.mentions}</span>`
              : nothing}</span></button>`, { live: true })}
          <div class="panel" id="panel-${section.id}">${renderPart(view, section, issue)}</div>
        </section>`;
      })}`;
  }

  #toggle(id: string): void {
    const toggled = new Set(this.toggled);
    if (!toggled.delete(id)) toggled.add(id);
    this.toggled = toggled;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icc-summary': IccSummary;
  }
}
