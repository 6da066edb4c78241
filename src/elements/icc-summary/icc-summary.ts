import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import type { Claim, Content, Correction, Paragraph } from '../../content/types.js';
import { IccWidget } from '../../internal/icc-widget.js';
import { baseStyles } from '../../internal/base.styles.js';
import { Citations } from '../../internal/citations.js';
import { formatDate } from '../../internal/format.js';
import { summaryStyles } from './icc-summary.styles.js';

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
 * @fires icc-error - The content could not be loaded or is malformed. The last good content stays on screen.
 *
 * @csspart base - The article wrapping the review.
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
export class IccSummary extends IccWidget {
  static override styles = [baseStyles, summaryStyles];

  /** `full` shows all six parts; `compact` shows the key facts and a control to expand. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** Level of the review's title (1–6); part headings sit one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** In the compact variant: whether the reader expanded it to the full review. */
  @state() private expanded = false;

  /** Ids of the parts the reader has closed. */
  @state() private closed = new Set<string>();

  override render(): TemplateResult {
    const content = this.store?.content;
    if (!content) return this.renderFallback();
    const level = Math.min(Math.max(Math.round(this.headingLevel) || 2, 1), 6);
    const cite = new Citations(content.sources, this.labels, content.meta.lang);
    const compact = this.variant === 'compact' && !this.expanded;
    return html`<article part="base" lang=${content.meta.lang} dir=${content.meta.dir ?? 'ltr'} aria-labelledby="title">
      ${this.renderFailure()}
      <div class="heading title" role="heading" aria-level=${level} id="title" part="title">${content.meta.title}</div>
      ${compact ? this.#renderKeyFacts(content, cite) : this.#renderParts(content, cite, Math.min(level + 1, 6))}
      ${this.variant === 'compact'
        ? html`<button class="toggle" part="toggle" aria-expanded=${String(this.expanded)} @click=${this.#toggleExpanded}>
            ${this.expanded ? this.labels.showCompact : this.labels.showFull}
          </button>`
        : nothing}
      ${cite.renderList(Math.min(level + 1, 6))}
      <footer part="footer">
        <p>${this.labels.asOf} <time datetime=${content.meta.asOf}>${formatDate(content.meta.asOf, 'day', content.meta.lang)}</time>.
          ${this.labels.revises(content.meta.original.title, content.meta.original.publisher)}</p>
      </footer>
    </article>`;
  }

  #renderKeyFacts(content: Content, cite: Citations): TemplateResult {
    const keyClaims = content.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims.filter((c) => c.key)));
    return html`<section class="key-facts" aria-label=${this.labels.keyFacts}>
      <ul>${keyClaims.map((claim) => html`<li>${claim.text}${cite.cite(claim.sources)}</li>`)}</ul>
    </section>`;
  }

  #renderParts(content: Content, cite: Citations, level: number): TemplateResult[] {
    const corrections = new Map<string, Correction[]>();
    for (const c of content.corrections) corrections.set(c.claim, [...(corrections.get(c.claim) ?? []), c]);
    return content.sections.map((section) => {
      const open = !this.closed.has(section.id);
      return html`<section class="part" aria-labelledby="heading-${section.id}">
        <div class="heading" role="heading" aria-level=${level}>
          <button id="heading-${section.id}" part="part-heading" aria-expanded=${String(open)}
            aria-controls="panel-${section.id}" @click=${() => this.#togglePart(section.id)}>${section.title}</button>
        </div>
        <div class="panel" id="panel-${section.id}" ?hidden=${!open}>
          ${section.paragraphs.map((p) => this.#renderParagraph(p, corrections, cite, content))}
          ${section.id === 'recent-news' ? this.#renderNews(content, cite) : nothing}
        </div>
      </section>`;
    });
  }

  #renderParagraph(paragraph: Paragraph, corrections: Map<string, Correction[]>, cite: Citations, content: Content) {
    const issue = content.issues.find((i) => i.id === this.store?.selection.issue);
    const related = !!issue && paragraph.claims.some((c) => c.issues?.includes(issue.id));
    const notes = paragraph.claims.flatMap((c) => corrections.get(c.id) ?? []);
    return html`<p class=${classMap({ related })} id=${paragraph.id}>
        ${related ? html`<span class="tag">${this.labels.relatedTo(issue.title)}</span>` : nothing}
        ${paragraph.claims.map((claim: Claim) => html`${claim.text}${cite.cite(claim.sources)} `)}
      </p>
      ${notes.map((note) => this.#renderCorrection(note, cite, content))}`;
  }

  #renderCorrection(note: Correction, cite: Citations, content: Content): TemplateResult {
    return html`<div class="correction" role="note" part="correction" aria-labelledby="note-${note.id}">
      <p><strong id="note-${note.id}">${this.labels.correction} (${this.labels.verdict[note.verdict]}).</strong>
        ${this.labels.originalSaid(content.meta.original.title)} <q>${note.original}</q></p>
      <p>${note.text}${cite.cite(note.sources)}</p>
    </div>`;
  }

  #renderNews(content: Content, cite: Citations): TemplateResult {
    const items = [...content.news].sort((a, b) => b.date.localeCompare(a.date));
    return html`<ul class="news">
      ${items.map((item) => html`<li>
        <time datetime=${item.date}>${formatDate(item.date, item.precision, content.meta.lang)}</time>:
        <strong>${item.headline}</strong>. ${item.text}${cite.cite(item.sources)}
      </li>`)}
    </ul>`;
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
