import { html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer, ContextEvent } from '@lit/context';
import { Review } from '../content/review.js';
import type { Part } from '../content/parts.js';
import { storeContext } from '../state/context.js';
import { attachPageStores, isPageStore, pageStoreKey, releasePageStore, storeOf } from '../state/page-stores.js';
import { pageScheme, watchPageScheme } from './page-scheme.js';
import { whenNear } from './near-viewport.js';
import { Citations } from '../views/citations.js';
import { renderFooter } from '../views/footer.js';
import { clampLevel, heading } from '../views/headings.js';
import type { View } from '../views/view.js';
import type { SelectionKind } from '../events.js';
import { ReviewStore } from '../state/store.js';
import { ReviewElement } from './review-element.js';

export interface WidgetHeader {
  /** A small label above the title, as newsrooms put over an explainer. */
  kicker: string;
  title: string;
  /** One line on what the widget shows. */
  dek: string;
}

/**
 * A reader-facing widget. Unlike the provider, which owns its store, a widget
 * finds its store through context: the nearest `<icc-review>`, else the
 * page-level store of its `group` and language (answered by the document
 * element). It keeps listening, so a provider that appears later, or a move
 * to another provider, group or language, switches it to the right store.
 *
 * It draws the parts every widget shares (the wrapper with the content's
 * language, the failure notice, the kicker, the title at `heading-level` and
 * the line under it, and the footer with the date and the sources) and leaves
 * the body to `renderBody`, which draws from the same view functions as the
 * widget's light-DOM copy (see each widget's views.ts).
 *
 * @attr {string} lang - Language of the review and its words: `en`, `fr`, `es` or `ar` (a region such as `fr-CA` gets `fr`; others get English). Without it, the nearest ancestor's `lang`, else the page's. Only that language is downloaded.
 *
 * @csspart base - The section wrapping the widget.
 * @csspart kicker - The small label above the title.
 * @csspart title - The widget's title.
 * @csspart dek - The line under the title saying what the widget shows.
 * @csspart sources - The numbered sources list, opening from the footer line.
 * @csspart back - The "Back to the text" button above the sources, shown after following a citation.
 * @csspart footer - The footer with the as-of date and the count of sources.
 * @csspart error - The notice shown when loading failed.
 *
 * @cssprop --icc-color-text - Text colour (inherits by default).
 * @cssprop --icc-color-bg - Background of the dark theme, and what marks are cut out against.
 * @cssprop --icc-color-link - Link colour.
 * @cssprop --icc-color-kicker - Colour of the small label above the title (defaults to the link colour).
 * @cssprop --icc-color-focus - Focus outline colour.
 * @cssprop --icc-color-muted - Secondary text such as dates.
 * @cssprop --icc-color-border - Rules and borders.
 * @cssprop --icc-color-highlight - Background of what relates to the selected issue, and of a source reached from a citation.
 * @cssprop --icc-color-error - Accent of the failure notice.
 * @cssprop --icc-color-error-bg - Background of the failure notice.
 * @cssprop --icc-color-error-text - Text of the failure notice.
 * @cssprop --icc-font-size-title - Size of the widget's title (default 1.5em).
 * @cssprop --icc-line-height - Line height of the text (default 1.5).
 * @cssprop --icc-reserve - Height held while the content loads (dist/icc-widgets.css sets it per widget).
 * @cssprop --icc-space-xs - Extra small space.
 * @cssprop --icc-space-s - Small space.
 * @cssprop --icc-space-m - Medium space.
 */
export abstract class ReviewWidget extends ReviewElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Name of the page-level store this widget joins when no `<icc-review>`
   * contains it. Widgets with the same group and language share a selection.
   */
  @property({ reflect: true }) group?: string;

  /** Level of the widget's title (1–6); its other headings sit below it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * `light` (the default: the page's background shows through), `dark` (the
   * widget paints a dark surface), or `auto`: the host page's own switch
   * (`data-theme` or a `dark`/`light` class on `<html>`, or `color-scheme` on
   * the root), else the reader's `prefers-color-scheme`.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  #unwatchScheme?: () => void;

  /**
   * `lazy`: the widget draws once it comes within a screen of the viewport (or the page is printed), as
   * `<img loading="lazy">` loads; until then it holds its room and shows its light-DOM text. For widgets
   * below the fold, so that their drawing does not hold up the page's first screen. Default `eager`.
   */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** Drawn, or free to draw: an eager widget, or a lazy one that came near the viewport. Never undone. */
  @state() private near = false;

  #unwatchNear?: () => void;

  /** What a selection made elsewhere changed here, for the polite live region. */
  @state() private announcement = '';

  /** Which copy of this widget on the page (1, 2, …): copies after the first add it to their region's name. */
  @state() private copy = 1;

  /**
   * The reader opened the sources list: only then are its items drawn (some hundred elements with links, a
   * quarter of a widget's, which most readers never open). The server draws them, and a server-drawn widget
   * keeps them: its declarative shadow DOM is what readers without JavaScript see, and a `<details>` opens
   * without script.
   */
  @state() private sourcesOpen = false;

  #sourcesToggled = (event: Event) => {
    this.sourcesOpen = (event.target as HTMLDetailsElement).open;
    // Opening the list asks for its entries (again, after a failure: a reader's action, not a loop).
    if (this.sourcesOpen && this.store) this.#sourcesArriving = this.ensureContent(this.store);
  };

  /**
   * What a reader does not see until they ask (a timeline's events behind "All N events", a comparison's
   * related events in their closed disclosure) is drawn all the same, hidden: on the server, in what
   * hydration adopts (every server node stays), and from when the page is printed (the styles show it in
   * print and without JavaScript). Otherwise it is drawn when the reader asks for it.
   */
  protected drawHidden = isServer;

  #forPrint = (): void => {
    this.drawHidden = true;
    this.preparePrint?.();
    this.requestUpdate();
  };

  /** What else a page being printed needs from this widget (it is drawn again after). */
  protected preparePrint?(): void;

  /** The sources' entries, asked for when a reader opened the list: `updateComplete` waits for them. */
  #sourcesArriving?: Promise<void>;

  /** The parts of the bundled review this widget's body draws (`base` comes with any). */
  protected abstract readonly shows: readonly Part[];

  /** What the widget draws, and the sources' entries once its list is open. */
  protected override get contentParts(): readonly Part[] {
    return this.sourcesOpen ? [...this.shows, 'sources'] : this.shows;
  }

  /**
   * Address of a content document for this widget alone (JSON, see
   * `dist/content.schema.json`): it then keeps a store of its own, whatever
   * provider or group is around it. If the document fails before any came,
   * the bundled review shows under the notice.
   */
  @property() src?: string;

  /** The store of a widget with `src`. */
  #own?: ReviewStore;

  #consumer = new ContextConsumer(this, {
    context: storeContext,
    subscribe: true,
    // A widget with its own src ignores the stores around it.
    callback: (store) => this.#own || this.useStore(store),
  });

  /** The title's heading level, clamped to 1–6. */
  protected get level(): number {
    return clampLevel(this.headingLevel);
  }

  /** The widget's heading: a small label above the title, the title, and one line on what it shows. */
  protected abstract headerOf(review: Review): WidgetHeader;

  /** Everything between the header and the footer. */
  protected abstract renderBody(view: View): unknown;

  /** A line for the footer, after the date and the sources. */
  protected footerNote?(review: Review): string;

  /** Whether the content has what this widget shows (if it may not); without it the frame says so in one line. */
  protected canShow?(review: Review): boolean;

  override render(): TemplateResult {
    const content = this.store?.content;
    const review = content && this.near && this.store!.has(this.shows) ? Review.of(content) : undefined;
    if (!review) return this.renderFallback();
    const { lang, dir = 'ltr' } = review.meta;
    const view: View = { review, labels: this.labels, lang, live: true, cite: new Citations(review, this.labels, true), level: this.level };
    const { kicker, title, dek } = this.headerOf(review);
    return html`<section class="base" part="base" lang=${lang} dir=${dir} aria-labelledby="title copy" aria-describedby="dek">
      <span id="copy" hidden>${this.copy > 1 ? this.labels.copy(this.copy) : ''}</span>
      <p class="vh" role="status">${this.announcement}</p>
      ${this.renderFailure()}
      <p class="kicker" part="kicker">${kicker}</p>
      ${heading(this.level, title, { live: true, id: 'title', part: 'title', class: 'title' })}
      <p class="dek" id="dek" part="dek">${dek}</p>
      ${this.canShow?.(review) === false ? html`<p class="empty" part="empty">${this.labels.empty}</p>` : this.renderBody(view)}
      ${this.#renderFooter(view, review)}
    </section>`;
  }

  #renderFooter(view: View, review: Review): TemplateResult {
    // The server draws every entry; on the client they are drawn once the list is open and they have arrived.
    const arrived = isServer || this.store!.has(['sources']);
    const open = isServer || this.sourcesOpen;
    return renderFooter(view, this.footerNote?.(review), { drawn: open && arrived, waiting: open && !arrived, toggled: this.#sourcesToggled });
  }

  /** Done once an opened sources list shows its entries: a followed citation then finds its source. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let arriving; (arriving = this.#sourcesArriving); ) {
      this.#sourcesArriving = undefined;
      await arriving;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // After the first render, so a server-rendered widget hydrates as rendered (the server cannot count copies).
    const copy = [...this.ownerDocument.querySelectorAll(this.localName)].indexOf(this) + 1;
    if (copy > 1) this.copy = copy;
  }

  protected override selectedElsewhere(kinds: SelectionKind[]): void {
    const content = this.store?.content;
    if (!content) return;
    const review = Review.of(content);
    const { selection } = this.store!;
    const { announce } = this.labels;
    const said = kinds.map((kind) => {
      const id = selection[kind];
      if (kind === 'issue') return id ? announce.issue(review.issue(id)?.title ?? id) : announce.noIssue;
      if (kind === 'period') return id ? announce.period(review.period(id)?.president ?? id) : '';
      return id ? announce.event(review.event(id)?.title ?? id) : '';
    });
    this.announcement = said.filter(Boolean).join(' ');
  }

  override connectedCallback(): void {
    // Before super: the context request goes out during super.connectedCallback().
    attachPageStores(this.ownerDocument);
    // Back on the page after leaving it: its own store again (releaseStore let go of it).
    if (this.#own) this.useStore(this.#own);
    if (this.hasAttribute('defer-hydration') && !this.hasUpdated) {
      this.awaitingHydration = true;
      // The server drew the sources list's items and everything hidden; hydration keeps them.
      this.sourcesOpen = true;
      this.drawHidden = true;
      this.#hydrateWhenReady();
    }
    super.connectedCallback();
    if (this.theme === 'auto') this.#followPageScheme();
    this.#watchNear();
    addEventListener('beforeprint', this.#forPrint);
  }

  /** A lazy widget not drawn yet waits, while on the page, to come near the viewport. */
  #watchNear(): void {
    if (this.loading !== 'lazy' || this.near || this.awaitingHydration || this.#unwatchNear || !this.isConnected) return;
    this.#unwatchNear = whenNear(this, () => {
      this.#unwatchNear = undefined;
      this.near = true;
    });
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.#askAgain();
  }

  /**
   * Server-rendered widgets (src/server/) arrive with `defer-hydration`, and
   * Lit's hydration support leaves them alone until it is removed. Remove it
   * once the store has content, so the first client render is the one the
   * server made and hydration keeps every node in place.
   */
  #hydrateWhenReady(): void {
    this.dispatchEvent(
      new ContextEvent(storeContext, this, (store) => {
        const ready = () => {
          if (!store.has(this.contentParts)) return false;
          this.removeAttribute('defer-hydration');
          return true;
        };
        if (ready()) return;
        const stop = store.subscribe(() => ready() && stop());
        this.ensureContent(store);
      }),
    );
  }

  /** Frees a page-level store this widget was the last to follow. */
  protected override releaseStore(): void {
    const store = this.store;
    super.releaseStore();
    if (isPageStore(store)) releasePageStore(store!);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseStore();
    this.#unwatchScheme?.();
    this.#unwatchScheme = undefined;
    this.#unwatchNear?.();
    this.#unwatchNear = undefined;
    removeEventListener('beforeprint', this.#forPrint);
  }

  /**
   * For `theme="auto"`: mirror the page's own scheme, if it chose one, in
   * `data-icc-scheme`, which the styles read (they cannot see `<html>`'s
   * attributes from inside the shadow root).
   */
  #followPageScheme(): void {
    const follow = this.theme === 'auto' && this.isConnected;
    if (follow && !this.#unwatchScheme) this.#unwatchScheme = watchPageScheme(this.ownerDocument, () => this.#followPageScheme());
    if (!follow) {
      this.#unwatchScheme?.();
      this.#unwatchScheme = undefined;
    }
    const scheme = follow ? pageScheme(this.ownerDocument) : undefined;
    if (scheme) this.setAttribute('data-icc-scheme', scheme);
    else this.removeAttribute('data-icc-scheme');
  }

  /** On a page-level store that is no longer this widget's (group or language changed): ask again. */
  #askAgain(): void {
    if (!this.isConnected || !isPageStore(this.store) || this.store === storeOf(...pageStoreKey(this))) return;
    // The page-level provider answers with the right store.
    this.#consumer.hostDisconnected();
    this.#consumer.hostConnected();
  }

  /** Follows `src`: a store of its own while it is set, the provider's or the page's once it is removed. */
  #followSrc(): void {
    if (!this.src) {
      if (!this.#own) return;
      this.#own = undefined;
      this.#consumer.hostDisconnected();
      this.#consumer.hostConnected();
      return;
    }
    if (!this.#own) {
      this.#own = new ReviewStore();
      this.#own.lang = pageStoreKey(this)[1];
    }
    this.useStore(this.#own);
    this.loadSource(this.#own, this.src);
  }

  /** A widget with its own src loads that, not the bundled review. */
  protected override ensureContent(store: ReviewStore): Promise<void> | undefined {
    return store === this.#own ? undefined : super.ensureContent(store);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // On the server there is no DOM to carry context requests: render from the
    // page-level store the renderer filled (see src/server/).
    if (isServer && !this.store) this.useStore(storeOf(...pageStoreKey(this)));
    if (changed.has('src') && !isServer) this.#followSrc();
    if (changed.has('group')) this.#askAgain();
    if (changed.has('theme') && !isServer) this.#followPageScheme();
    // The server and hydration draw at once; so does a widget that is not lazy (or no longer).
    if (this.loading !== 'lazy' || isServer || this.awaitingHydration) this.near = true;
    else this.#watchNear();
    // What this widget draws may be missing (its store switched to the bundled review). Not after a failure: each
    // failure redraws every widget, and asking again on each redraw would hammer a dead network in a loop.
    if (this.store && !isServer && !this.store.failure && !this.store.has(this.contentParts)) this.ensureContent(this.store);
    super.willUpdate(changed);
  }
}
