import { LitElement, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { storeContext } from '../state/context.js';
import { attachPageStores } from '../state/page-stores.js';
import type { LoadFailure, ReviewStore } from '../state/store.js';
import { bundledContentUrl } from '../bundled.js';
import { labelsFor, type Labels } from './labels.js';
import { VERSION } from './version.js';

/**
 * What every widget shares: it finds its store (the nearest `<icc-review>`, else
 * the page-level store of its `group`), re-renders when the store changes,
 * starts loading the bundled content if nobody has, and reports failures as
 * `icc-error` events without ever throwing into the host page.
 */
export abstract class IccElement extends LitElement {
  /** The library version that defined this element. */
  static readonly version: string = VERSION;

  /**
   * Name of the page-level store this widget joins when no `<icc-review>`
   * contains it. Widgets with the same group share a selection.
   */
  @property({ reflect: true }) group?: string;

  /** The store in use, once context has delivered one. */
  protected store?: ReviewStore;

  #unsubscribe?: () => void;
  #reported?: LoadFailure;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: storeContext,
      subscribe: true,
      callback: (store) => this.#use(store),
    });
  }

  override connectedCallback(): void {
    // Before super: the context request goes out during super.connectedCallback().
    attachPageStores(this.ownerDocument);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.store = undefined;
  }

  protected get labels(): Labels {
    return labelsFor(this.store?.content?.meta.lang ?? this.store?.lang);
  }

  #use(store: ReviewStore): void {
    if (store === this.store) return;
    this.#unsubscribe?.();
    this.store = store;
    this.#unsubscribe = store.subscribe(() => this.#storeChanged());
    if (store.status === 'idle') void store.load(bundledContentUrl(store.lang));
    this.#storeChanged();
  }

  #storeChanged(): void {
    const failure = this.store?.failure;
    if (failure && failure !== this.#reported) {
      this.#reported = failure;
      this.dispatchEvent(new CustomEvent('icc-error', { detail: failure, bubbles: true, composed: true }));
    }
    this.requestUpdate();
  }

  /**
   * The failure notice, if any. Shown above the last good content, which stays.
   */
  protected renderFailure(): TemplateResult | undefined {
    const failure = this.store?.failure;
    return failure ? html`<p class="status" role="alert" part="error">${failure.message}</p>` : undefined;
  }

  /** Until content arrives, the host's own light-DOM text stays readable. */
  protected renderFallback(): TemplateResult {
    return html`${this.renderFailure()}<slot><p>${this.labels.loading}</p></slot>`;
  }
}
