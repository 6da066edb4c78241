import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../content/types.js';
import { formatDate, precisionOf } from './format.js';
import type { Labels } from './labels.js';

/**
 * Numbers sources in the order a reader meets them, like footnotes. Make one
 * per render: citing assigns numbers, `renderList` then lists what was cited.
 */
export class Citations {
  #numbers = new Map<string, number>();

  constructor(
    private readonly sources: readonly Source[],
    private readonly labels: Labels,
    private readonly lang: string,
  ) {}

  /** Superscript links to the sources list, e.g. [1][4]. */
  cite(ids: readonly string[]): TemplateResult {
    return html`<sup class="cites">${ids.map((id) => {
      let n = this.#numbers.get(id);
      if (n === undefined) this.#numbers.set(id, (n = this.#numbers.size + 1));
      return html`[<a class="cite" href="#source-${n}" aria-label=${this.labels.source(n)} @click=${jumpToSource}>${n}</a>]`;
    })}</sup>`;
  }

  /** The numbered list of every source cited so far. */
  renderList(headingLevel: number): TemplateResult {
    const byId = new Map(this.sources.map((s) => [s.id, s]));
    return html`<section class="sources" part="sources" aria-labelledby="sources-heading">
      <div class="heading" role="heading" aria-level=${headingLevel} id="sources-heading">${this.labels.sources}</div>
      <ol>
        ${[...this.#numbers].map(([id, n]) => {
          const source = byId.get(id)!;
          return html`<li id="source-${n}" tabindex="-1">${this.#renderSource(source)}</li>`;
        })}
      </ol>
    </section>`;
  }

  #renderSource(source: Source): TemplateResult {
    const title = source.url
      ? html`<a href=${source.url} rel="noopener noreferrer">${source.title}</a>`
      : html`<cite>${source.title}</cite>`;
    const date = formatDate(source.date, precisionOf(source.date), this.lang);
    return html`${source.publisher}, ${title}${source.citation ? html`, ${source.citation}` : nothing},
      <time datetime=${source.date}>${date}</time>.`;
  }
}

/**
 * In-page links cannot reach into a shadow root by URL fragment, so follow
 * them by hand: scroll to the source and move focus there (keyboard users land
 * where sighted users look).
 */
function jumpToSource(event: MouseEvent): void {
  const link = event.currentTarget as HTMLAnchorElement;
  const target = (link.getRootNode() as ShadowRoot | Document).getElementById(link.hash.slice(1));
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'nearest' });
  target.focus({ preventScroll: true });
}
