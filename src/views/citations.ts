import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../content/schema.js';
import type { Review } from '../content/review.js';
import type { Labels } from '../i18n/index.js';
import { renderDate } from './dates.js';
import { heading } from './headings.js';

/**
 * Numbers sources in the order a reader meets them, like footnotes. Make one
 * per sources list: citing assigns numbers, `renderList` lists what was cited.
 * The live copy links each number to its entry; the plain copy (light DOM,
 * no ids) prints the same numbers as text.
 */
export class Citations {
  #numbers = new Map<string, number>();

  constructor(
    private readonly review: Review,
    private readonly labels: Labels,
    private readonly live: boolean,
  ) {}

  /** Superscript numbers, e.g. [1][4]. */
  cite(ids: readonly string[]): TemplateResult {
    const numbers = ids.map((id) => {
      let n = this.#numbers.get(id);
      if (n === undefined) this.#numbers.set(id, (n = this.#numbers.size + 1));
      return n;
    });
    return this.live
      ? html`<sup class="cites">${numbers.map((n) => html`[<a class="cite" href="#source-${n}" aria-label=${this.labels.source(n)} @click=${jumpToSource}>${n}</a>]`)}</sup>`
      : html`<sup>${numbers.map((n) => `[${n}]`)}</sup>`;
  }

  /** How many sources were cited so far. */
  get size(): number {
    return this.#numbers.size;
  }

  /** The numbered list of every source cited so far: an `<ol>` whose items citations link to (live). */
  renderItems(): TemplateResult {
    const { live } = this;
    const sources = [...this.#numbers].map(([id, n]) => [this.review.source(id), n] as const);
    return html`<ol>
      ${sources.map(([source, n]) => html`<li id=${live ? `source-${n}` : nothing} tabindex=${live ? -1 : nothing}>${source ? this.#renderSource(source) : nothing}</li>`)}
    </ol>`;
  }

  /** The plain copy's sources: a heading and the list. (Live, the list sits in the footer's disclosure.) */
  renderList(level: number): TemplateResult {
    return html`<section class="sources">${heading(level, this.labels.sources, { live: false })} ${this.renderItems()}</section>`;
  }

  #renderSource(source: Source): TemplateResult {
    const title = source.url
      ? html`<a href=${source.url} rel="noopener noreferrer">${source.title}</a>`
      : html`<cite>${source.title}</cite>`;
    return html`${source.publisher}, ${title}${source.citation ? html`, ${source.citation}` : nothing},
      ${renderDate(source.date, this.review.meta.lang)}.`;
  }
}

/**
 * In-page links cannot reach into a shadow root by URL fragment, so follow
 * them by hand: open the sources list, scroll to the source and move focus
 * there (keyboard users land where sighted users look).
 */
function jumpToSource(event: MouseEvent): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const target = (link.getRootNode() as ShadowRoot | Document).getElementById(link.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  const list = target.closest('details');
  if (list) list.open = true;
  target.scrollIntoView({ block: 'nearest' });
  target.focus({ preventScroll: true });
}
