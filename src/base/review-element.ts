import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { LoadFailure, LoadOptions, ReviewStore, Selection } from '../state/store.js';
import { failureMessage } from '../state/fetch-content.js';
import { bundledContentUrl } from '../bundled-content.js';
import type { Part } from '../content/parts.js';
import type { SelectionKind } from '../events.js';
import { labelsFor, type Labels } from '../i18n/index.js';
import { VERSION } from '../version.js';
import { prepareFormats } from '../views/dates.js';

const KINDS: SelectionKind[] = ['issue', 'period', 'event'];

/**
 * Who reports each failure: the first element on its store to see it (the
 * provider, which subscribes before its widgets, or the first widget on a
 * page-level store). It fires the one `icc-error` and shows the one notice.
 */
const reporters = new WeakMap<LoadFailure, ReviewElement>();

/**
 * Any element bound to one review store: the provider, which owns its store,
 * and the widgets (ReviewWidget), which find theirs through context. It
 * follows the store, mirrors the store's selection in its `issue`, `period`
 * and `event` properties (reflected, so CSS and CMSs can read and set them),
 * pushes changes of those properties to the store, and reports failures as
 * `icc-error` events, never by throwing into the host page.
 */
export abstract class ReviewElement extends LitElement {
  /** The library version that defined this element. */
  static readonly version: string = VERSION;

  /** Id of the selected issue (the content's `issues[].id`); shared with every widget on the same store. */
  @property({ reflect: true }) issue?: string;

  /** Id of the selected period (the content's `administrations[].id`). */
  @property({ reflect: true }) period?: string;

  /** Id of the selected timeline event (the content's `timeline[].id`). */
  @property({ reflect: true }) event?: string;

  /** The store in use, once known. */
  protected store?: ReviewStore;

  #unsubscribe?: () => void;
  /** This element is pushing a reader's choice to the store (not a change made elsewhere). */
  #choosing = false;
  /** Content was shown: later selection changes are news to a reader. */
  #shown = false;
  /** The selection last taken from a store: what the host set since is a preselection. */
  #adopted: Selection = {};

  /**
   * Set on a server-rendered element until its first render. Hydration must
   * draw exactly what the server drew, from this element's own attributes;
   * the page's shared selection (another widget's preselection, say) is
   * taken right after, as an ordinary update.
   */
  protected awaitingHydration = false;

  /**
   * The selection to draw: the store's, except in the render that hydrates a
   * server-rendered element, which draws what the server drew (this element's
   * own attributes).
   */
  protected get selection(): Selection {
    return this.awaitingHydration ? { issue: this.issue, period: this.period, event: this.event } : this.store?.selection ?? {};
  }

  protected get labels(): Labels {
    return labelsFor(this.store?.content?.meta.lang ?? this.store?.lang);
  }

  /** Follows a store from now on. A preselection set on this element is pushed to it. */
  protected useStore(store: ReviewStore): void {
    if (store === this.store) return;
    this.releaseStore();
    this.store = store;
    this.#unsubscribe = store.subscribe(() => this.#storeChanged());
    const preset: Selection = {};
    for (const kind of KINDS) {
      const value = this[kind] ?? undefined;
      if (value !== undefined && value !== this.#adopted[kind]) preset[kind] = value;
    }
    store.select(preset);
    this.ensureContent(store);
    this.#storeChanged();
  }

  protected releaseStore(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.store = undefined;
  }

  /** The parts of the bundled review this element draws (see src/content/parts.ts). */
  protected get contentParts(): readonly Part[] {
    return [];
  }

  /**
   * Asks the store for the parts of the bundled review this element draws,
   * if it lacks them. A store showing a document it was given ignores this.
   */
  protected ensureContent(store: ReviewStore): Promise<void> | undefined {
    if (store.has(this.contentParts)) return undefined;
    // Meanwhile ready the language's date formats (a page's first costs tens of milliseconds).
    prepareFormats(store.lang);
    return store.want(this.contentParts);
  }

  /**
   * Loads a content document given by address (against the page's) into a
   * store. If it fails before the store had any content, the bundled review
   * for the store's language shows instead, under the failure's notice.
   */
  protected loadSource(store: ReviewStore, src: string, options: LoadOptions = {}): void {
    let href = src;
    try {
      href = new URL(src, this.ownerDocument.baseURI).href;
    } catch {
      // Not an address: the store reports it (code `network`); nothing throws here.
    }
    void store.load(href, options).then(() => store.showFallback(bundledContentUrl(store.lang)));
    prepareFormats(store.lang);
  }

  /** A reader's choice: updates the store (so every widget follows) and tells the host. */
  protected choose(kind: SelectionKind, id: string | undefined): void {
    this[kind] = id;
    this.#choosing = true;
    try {
      this.store?.select({ [kind]: id });
    } finally {
      this.#choosing = false;
    }
    this.dispatchEvent(new CustomEvent('icc-select', { detail: { kind, id, widget: this.localName }, bubbles: true, composed: true }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const change: Selection = {};
    for (const kind of KINDS) {
      const value = this[kind] ?? undefined; // a removed attribute arrives as null
      if (changed.has(kind) && this.store && value !== this.store.selection[kind]) change[kind] = value;
    }
    if (Object.keys(change).length) this.store!.select(change);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.awaitingHydration) return;
    this.awaitingHydration = false;
    this.#storeChanged();
  }

  #storeChanged(): void {
    const store = this.store;
    if (!store) return;
    if (store.failure && !reporters.get(store.failure)?.isConnected) {
      const first = !reporters.has(store.failure);
      reporters.set(store.failure, this);
      if (first) this.dispatchEvent(new CustomEvent('icc-error', { detail: store.failure, bubbles: true, composed: true }));
    }
    if (this.awaitingHydration) {
      this.requestUpdate();
      return;
    }
    // Take only what the store changed: a value the host set and that is not
    // yet pushed (it goes out in willUpdate) must not be overwritten meanwhile.
    const changed = KINDS.filter((kind) => store.selection[kind] !== this.#adopted[kind]);
    for (const kind of changed) this[kind] = store.selection[kind];
    // A reader's choice in another widget (or the host's) changed this one: say so, once there is content.
    if (changed.length && !this.#choosing && this.#shown) this.selectedElsewhere?.(changed);
    this.#adopted = { ...store.selection };
    this.#shown ||= !!store.content;
    this.requestUpdate();
  }

  /** Called when a selection made elsewhere (another widget, the host) changed what this element shows. */
  protected selectedElsewhere?(kinds: SelectionKind[]): void;

  /** The failure notice, if any. Shown above the last good content, which stays. */
  protected renderFailure(): TemplateResult | undefined {
    const failure = this.store?.failure;
    if (!failure || reporters.get(failure) !== this) return undefined;
    const message = failureMessage(this.labels.failure, failure);
    // Remote content failed before any came: the bundled review shows instead, and the notice says so.
    return html`<p class="status" role="alert" part="error">${message}${this.store?.fallback ? ` ${this.labels.showingBundled}` : ''}</p>`;
  }

  /** Until content arrives, the host's own light-DOM text stays readable. */
  protected renderFallback(): TemplateResult {
    // While content is on its way, hold the room the widget will take (each widget's styles size
    // `.loading`), so the page below does not jump when it arrives. A failure holds no room.
    const loading = this.store?.status !== 'error' && !this.store?.failure;
    // After a final failure, "Loading…" would be untrue: the notice alone says what happened.
    return html`<div class=${loading ? 'loading' : 'fallback'}>${this.renderFailure()}<slot>${loading ? html`<p>${this.labels.loading}</p>` : ''}</slot></div>`;
  }
}
