import { html, nothing, type TemplateResult } from 'lit';
import { renderDate } from './dates.js';
import type { View } from './view.js';

/** The footer every widget ends with: the as-of date, and whatever the widget adds after it. */
export function renderFooter(view: View, more?: string): TemplateResult {
  return html`<footer part=${view.live ? 'footer' : nothing}>
    <p>${view.labels.asOf} ${renderDate(view.review.meta.asOf, view.lang, 'day')}.${more ? ` ${more}` : nothing}</p>
  </footer>`;
}
