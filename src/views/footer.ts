import { html, nothing, type TemplateResult } from 'lit';
import { backToText } from './citations.js';
import { renderDate } from './dates.js';
import { heading } from './headings.js';
import type { View } from './view.js';

/** Whether the live sources list draws its items (a widget draws them once opened), and who hears it open. */
export interface SourcesList {
  drawn: boolean;
  /** Open, its entries on their way (they download when the list first opens). */
  waiting?: boolean;
  toggled?: (event: Event) => void;
}

/**
 * The line every widget ends with: when it was checked and how many sources
 * it cites ("Updated 4 July 2026 · 42 sources"), the numbered list opening
 * from it, and whatever the widget adds. Call it last: it lists what the
 * rest of the render cited. The plain copy prints the list under a heading.
 */
export function renderFooter(view: View, more?: string, list: SourcesList = { drawn: true }): TemplateResult {
  const { labels, cite, live } = view;
  const updated = html`${labels.updated} ${renderDate(view.review.meta.asOf, view.lang, 'day')}`;
  const note = more ? html`<p>${more}</p>` : nothing;
  if (!live) {
    // Copies that number each panel afresh list the sources with each panel; this footer then has none.
    return html`${cite.size ? html`${heading(view.level + 1, labels.sources, view)} ${cite.renderItems()}` : nothing}
      <footer><p>${updated}.</p>${note}</footer>`;
  }
  return html`<footer part="footer">
    <details class="sources" part="sources" @toggle=${list.toggled}>
      <summary>${updated} · ${labels.sourceCount(cite.size)}</summary>
      <button class="back" part="back" hidden @click=${backToText}>${labels.backToText}</button>
      ${list.drawn ? cite.renderItems() : list.waiting ? html`<p role="status">${labels.loadingSources}</p>` : nothing}
    </details>
    ${note}
  </footer>`;
}
