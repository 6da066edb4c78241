import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { storeContext } from '../../state/context.js';
import { ReviewStore } from '../../state/store.js';
import { bundledContentUrl } from '../../bundled-content.js';
import { ReviewElement } from '../../base/review-element.js';

/**
 * Optional provider: one review (content, language, selection) shared by the
 * widgets inside it, whatever the page-level groups hold. Use it to load
 * your own content file, or to keep a set of widgets apart from the rest of
 * the page. Widgets placed inside it before it is defined switch to it when
 * it upgrades.
 *
 * @summary Shares one review between the widgets inside it.
 *
 * @tagname icc-review
 *
 * @slot - The widgets (and any other content) that share this review.
 *
 * @attr {string} lang - Language of the bundled review shared when there is no `src`: `en`, `fr`, `es` or `ar` (a region such as `fr-CA` gets `fr`). Without it, the nearest ancestor's `lang`, else the page's.
 *
 * @fires {IccErrorEvent} icc-error - The content at `src` could not be loaded or is malformed (once per failed load; `detail.code` says how). The last good content stays; if there was none, the bundled review shows under a notice.
 */
export class IccReview extends ReviewElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Address of a content document (JSON, see `dist/content.schema.json`).
   * Without it, a `<script type="application/json">` child holding the
   * document is used, else the bundled content in the language of `lang`.
   */
  @property() src?: string;

  /** Seconds to wait for `src` before giving up with a `timeout` error (default 10). */
  @property({ type: Number }) timeout?: number;

  /** The largest content file accepted, in bytes; a larger one is abandoned with a `too-large` error (default 2,000,000). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;

  readonly #store = new ReviewStore();
  /** The address (or inline script) last asked for: setting `src` or `lang` to what is loaded already asks for nothing. */
  #requested?: string | Element;

  constructor() {
    super();
    new ContextProvider(this, { context: storeContext, initialValue: this.#store });
    this.useStore(this.#store);
  }

  override connectedCallback(): void {
    // Before super: widgets inside are handed this store during super.connectedCallback()
    // and must find it already loading, not idle.
    this.#load();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A provider taken off the page stops its download; put back, it asks again.
    if (this.#store.abort()) this.#requested = undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value && this.isConnected) this.#load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Also before the first render: a host may set src just after inserting the element.
    if (changed.has('src') && this.isConnected) this.#load();
  }

  /** The provider loads what it is told (#load); its widgets ask for the parts of the bundled review they draw. */
  protected override ensureContent(): undefined {
    return undefined;
  }

  #load(): void {
    this.#store.lang = this.lang || 'en';
    // Content written into the page: a CMS that cannot host a file can still give its own review.
    const inline = this.src ? undefined : this.querySelector(':scope > script[type="application/json"]');
    if (inline) {
      if (this.#requested === inline) return;
      this.#requested = inline;
      void this.#store.setText(inline.textContent ?? '', 'inline <script type="application/json">').then(() => {
        void this.#store.showFallback(bundledContentUrl(this.#store.lang));
      });
      return;
    }
    if (!this.src) {
      // The bundled review: the widgets inside ask the store for the parts they draw, in the provider's language.
      const bundled = `bundled ${this.#store.lang}`;
      if (this.#requested === bundled) return;
      this.#requested = bundled;
      void this.#store.useBundled();
      return;
    }
    if (this.src === this.#requested) return;
    this.#requested = this.src;
    const positive = (n: number | undefined) => (n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined);
    const seconds = positive(this.timeout);
    this.loadSource(this.#store, this.src, { timeout: seconds && seconds * 1000, maxBytes: positive(this.maxBytes) });
  }

  override render(): TemplateResult {
    return html`${this.renderFailure()}<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'icc-review': IccReview;
  }
}
