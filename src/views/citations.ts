import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
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

  /**
   * Superscript numbers, e.g. [1][4]. A block's citations are one Tab stop, its first mark (the arrow keys
   * move among them): `stop` is false for every citation of a block after its first. Each render puts the
   * stop back on the first mark (`live`: the arrow keys moved it in the page, not in the template).
   */
  cite(ids: readonly string[], stop = true): TemplateResult {
    const numbers = this.number(ids);
    return this.live
      ? html`<sup class="cites">${numbers.map((n, i) => html`[<a class="cite" href="#source-${n}" tabindex=${live(stop && !i ? '0' : '-1')} aria-label=${this.labels.source(n)} @click=${jumpToSource} @keydown=${moveAmongCitations}>${n}</a>]`)}</sup>`
      : html`<sup>${numbers.map((n) => `[${n}]`)}</sup>`;
  }

  /**
   * The sources' numbers, given on first citation. What a widget does not draw (events behind "All N events" or
   * a closed disclosure, a piece left as drawn: see `unchanged`) numbers its sources all the same: the numbers a
   * reader sees do not depend on what is open or was redrawn.
   */
  number(ids: readonly string[]): number[] {
    return ids.map((id) => {
      let n = this.#numbers.get(id);
      if (n === undefined) this.#numbers.set(id, (n = this.#numbers.size + 1));
      return n;
    });
  }

  /** How many sources were cited so far. */
  get size(): number {
    return this.#numbers.size;
  }

  /** The numbered list of every source cited so far: an `<ol>` whose items citations link to (live). */
  renderItems(): TemplateResult {
    const sources = [...this.#numbers].map(([id, n]) => [this.review.source(id), n] as const);
    return html`<ol>
      ${sources.map(([source, n]) => html`<li id=${this.live ? `source-${n}` : nothing} tabindex=${this.live ? -1 : nothing}>${source ? this.#renderSource(source) : nothing}</li>`)}
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
    const { comma } = this.labels;
    return html`${source.publisher}${comma}${title}${source.citation ? html`${comma}${source.citation}` : nothing}${comma}${renderDate(source.date, this.review.meta.lang)}.`;
  }
}

/**
 * In-page links cannot reach into a shadow root by URL fragment, so follow
 * them by hand: open the sources list, scroll to the source and move focus
 * there (keyboard users land where sighted users look).
 */
async function jumpToSource(event: MouseEvent): Promise<void> {
  const link = event.currentTarget as HTMLAnchorElement;
  const root = link.getRootNode() as ShadowRoot | Document;
  event.preventDefault();
  // The list draws its items once open (renderFooter): open it, and wait for its widget to draw them.
  const closed = root.querySelector<HTMLDetailsElement>('details.sources:not([open])');
  if (closed && !root.getElementById(link.hash.slice(1))) {
    closed.open = true;
    await new Promise((resolve) => closed.addEventListener('toggle', resolve, { once: true }));
    await ((root as ShadowRoot).host as Partial<ReactiveElement> | undefined)?.updateComplete;
  }
  const target = root.getElementById(link.hash.slice(1));
  if (!target) return;
  const list = target.closest('details');
  if (list) list.open = true;
  // The way back to the sentence: the list's "Back to the text" button returns to this citation.
  const back = list?.querySelector<HTMLButtonElement>('button.back');
  if (back) {
    followed.set(back, link);
    back.hidden = false;
  }
  target.scrollIntoView({ block: 'nearest' });
  target.focus({ preventScroll: true });
}

/** The citation each "Back to the text" button returns to. */
const followed = new WeakMap<HTMLButtonElement, HTMLAnchorElement>();

/** Returns focus to the citation last followed (the footer's button). */
export function backToText(event: Event): void {
  const back = event.currentTarget as HTMLButtonElement;
  const link = followed.get(back);
  back.hidden = true;
  if (!link?.isConnected) return;
  link.scrollIntoView({ block: 'center' });
  link.focus({ preventScroll: true });
}

/** The block whose citations are one Tab stop, and among which the arrow keys move. */
const BLOCK = 'p, li, td, th, dd, blockquote, figcaption';

function moveAmongCitations(event: KeyboardEvent): void {
  const link = event.currentTarget as HTMLAnchorElement;
  // Right to left, the left arrow goes forward.
  const forward = getComputedStyle(link).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
  const step = event.key === forward || event.key === 'ArrowDown' ? 1 : event.key === back || event.key === 'ArrowUp' ? -1 : 0;
  if (!step) return;
  event.preventDefault();
  const block = link.closest(BLOCK) ?? link.parentElement!;
  const links = [...block.querySelectorAll<HTMLAnchorElement>('a.cite')];
  const next = links[links.indexOf(link) + step];
  if (!next) return;
  for (const other of links) other.tabIndex = other === next ? 0 : -1;
  next.focus();
}
