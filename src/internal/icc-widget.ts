import { isServer, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer, ContextEvent } from '@lit/context';
import { storeContext } from '../state/context.js';
import { attachPageStores, DEFAULT_GROUP, isPageStore, pageStore } from '../state/page-stores.js';
import { IccElement } from './icc-element.js';

/**
 * A widget finds its store through context: the nearest `<icc-review>`, else
 * the page-level store of its `group` (answered by the document element). It
 * keeps listening, so a provider that appears later, or a move to another
 * provider or group, switches it to the right store.
 */
export abstract class IccWidget extends IccElement {
  /**
   * Name of the page-level store this widget joins when no `<icc-review>`
   * contains it. Widgets with the same group share a selection.
   */
  @property({ reflect: true }) group?: string;

  #consumer = new ContextConsumer(this, {
    context: storeContext,
    subscribe: true,
    callback: (store) => this.useStore(store),
  });

  override connectedCallback(): void {
    // Before super: the context request goes out during super.connectedCallback().
    attachPageStores(this.ownerDocument);
    if (this.hasAttribute('defer-hydration')) this.#hydrateWhenReady();
    super.connectedCallback();
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
          if (!store.content) return false;
          this.removeAttribute('defer-hydration');
          return true;
        };
        if (ready()) return;
        const stop = store.subscribe(() => ready() && stop());
        this.ensureContent(store);
      }),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseStore();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // On the server there is no DOM to carry context requests: render from the
    // page-level store the renderer filled (see src/server/).
    if (isServer && !this.store) this.useStore(pageStore(this.group || DEFAULT_GROUP));
    if (changed.has('group') && isPageStore(this.store) && this.store !== pageStore(this.group || DEFAULT_GROUP)) {
      // Ask again: the page-level provider answers with the new group's store.
      this.#consumer.hostDisconnected();
      this.#consumer.hostConnected();
    }
    super.willUpdate(changed);
  }
}
