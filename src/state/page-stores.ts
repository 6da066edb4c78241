import type { ContextEvent } from '@lit/context';
import { storeContext } from './context.js';
import { ReviewStore } from './store.js';

/**
 * Widgets in separate CMS blocks have no common parent, so a page-level
 * registry of named stores serves every widget that no `<icc-review>` claims.
 * It lives on globalThis under a versioned key so that every copy of the
 * library on the page shares it.
 */
interface PageRegistry {
  stores: Map<string, ReviewStore>;
  documents: WeakSet<Document>;
}

const KEY = Symbol.for('icc-widgets/page-stores@1');
const registry = (): PageRegistry =>
  ((globalThis as Record<symbol, PageRegistry>)[KEY] ??= { stores: new Map(), documents: new WeakSet() });

export const DEFAULT_GROUP = 'default';

/** The page-level store of a group, created on first use. */
export function pageStore(group: string = DEFAULT_GROUP): ReviewStore {
  const { stores } = registry();
  let store = stores.get(group);
  if (!store) stores.set(group, (store = new ReviewStore()));
  return store;
}

/**
 * Makes the document itself the provider of last resort: a store request that
 * no `<icc-review>` answered on its way up is answered here with the store of
 * the requesting widget's `group`. Attached once per document, by any copy.
 */
export function attachPageStores(doc: Document): void {
  const { documents } = registry();
  if (documents.has(doc)) return;
  documents.add(doc);
  doc.documentElement.addEventListener('context-request', (event) => {
    if (event.context !== storeContext) return;
    const request = event as ContextEvent<typeof storeContext>;
    const target = (request.contextTarget ?? request.composedPath()[0]) as Element;
    request.stopImmediatePropagation();
    request.callback(pageStore(target.getAttribute?.('group') || DEFAULT_GROUP));
  });
}
