import { ContextEvent, type ContextCallback } from '@lit/context';
import { DEFAULT_LANGUAGE, primaryLanguage } from '../i18n/languages.js';
import { storeContext } from './context.js';
import { ReviewStore } from './store.js';

/**
 * Widgets in separate CMS blocks have no common parent, so a page-level
 * registry of stores, one per group and language, serves every widget that no
 * `<icc-review>` claims. It lives on globalThis under a versioned key so that
 * every copy of the library on the page shares it.
 */
interface PageRegistry {
  /** Keyed by `${lang} ${group}`: a language never contains a space. */
  stores: Map<string, ReviewStore>;
  documents: WeakSet<Document>;
  /** Stores a host took with `pageStore()`: it may fill them itself, so they stay while the page lives. */
  pinned?: WeakSet<ReviewStore>;
}

const KEY = Symbol.for('icc-widgets/page-stores@2');
const registry = (): PageRegistry =>
  ((globalThis as Record<symbol, PageRegistry>)[KEY] ??= { stores: new Map(), documents: new WeakSet() });

export const DEFAULT_GROUP = 'default';

/**
 * The page-level store of a group in a language (its primary subtag: "fr"
 * for "fr-CA"), created on first use with that language.
 */
export function pageStore(group: string = DEFAULT_GROUP, lang: string = DEFAULT_LANGUAGE): ReviewStore {
  const store = storeOf(group, lang);
  (registry().pinned ??= new WeakSet()).add(store);
  return store;
}

/** The store a widget asks for: created if need be, and let go when no widget follows it (releasePageStore). */
export function storeOf(group: string, lang: string): ReviewStore {
  const { stores } = registry();
  const language = primaryLanguage(lang);
  const key = `${language} ${group}`;
  let store = stores.get(key);
  if (!store) {
    stores.set(key, (store = new ReviewStore()));
    store.lang = language;
  }
  return store;
}

/**
 * Which page-level store an element belongs to: its `group` attribute and its
 * language, which is its own `lang` or, as in HTML, the nearest ancestor's,
 * looking past shadow roots to their hosts (a widget inside an app's component).
 */
export function pageStoreKey(element: Element): [group: string, lang: string] {
  let lang: string | null = null;
  for (let node: Element | null = element; node && lang === null; node = parentOf(node)) lang = node.getAttribute('lang');
  return [element.getAttribute('group') || DEFAULT_GROUP, lang || DEFAULT_LANGUAGE];
}

/** The parent element, or the host of the shadow root the element sits in (none on the server's DOM shim). */
const parentOf = (element: Element): Element | null =>
  element.parentElement ?? (element.getRootNode?.() as ShadowRoot | undefined)?.host ?? null;

/**
 * Lets a page-level store go once nobody follows it: a widget moved within
 * the page (disconnected, then connected in the same task) keeps its store
 * and selection; one that changed group or left for good frees the old one,
 * so a page that churns through groups holds only the stores in use.
 */
export function releasePageStore(store: ReviewStore): void {
  setTimeout(() => {
    const { stores, pinned } = registry();
    if (store.subscribers > 0 || pinned?.has(store)) return;
    for (const [key, value] of stores) {
      if (value !== store) continue;
      store.abort();
      stores.delete(key);
    }
  });
}

/** Whether a store is one of the page-level ones (not an `<icc-review>`'s). */
export function isPageStore(store: ReviewStore | undefined): boolean {
  return !!store && [...registry().stores.values()].includes(store);
}

type StoreCallback = ContextCallback<ReviewStore>;

/**
 * Makes the document element the provider of last resort. A store request
 * that no `<icc-review>` answered on its way up is answered here with the
 * store of the requesting widget's `group`. Like @lit/context's ContextRoot,
 * it remembers its subscribers: when an `<icc-review>` appears later around
 * one of them, the request goes out again and the provider takes it over.
 * Attached once per document, by whichever copy of the library comes first.
 */
export function attachPageStores(doc: Document): void {
  const { documents } = registry();
  if (documents.has(doc)) return;
  documents.add(doc);
  const subscribers = new Map<StoreCallback, { element: Element; unsubscribe: () => void }>();
  const root = doc.documentElement;

  root.addEventListener('context-request', (event) => {
    if (event.context !== storeContext) return;
    const request = event as ContextEvent<typeof storeContext>;
    const element = (request.contextTarget ?? request.composedPath()[0]) as Element;
    request.stopImmediatePropagation();
    let unsubscribe: (() => void) | undefined;
    if (request.subscribe) {
      // Stable per subscriber: a changed unsubscribe tells a consumer its provider changed.
      const known = subscribers.get(request.callback);
      unsubscribe = known?.unsubscribe ?? (() => subscribers.delete(request.callback));
      subscribers.set(request.callback, { element, unsubscribe });
    }
    request.callback(storeOf(...pageStoreKey(element)), unsubscribe);
  });

  root.addEventListener('context-provider', (event) => {
    if (event.context !== storeContext) return;
    const provider = event.contextTarget ?? (event.composedPath()[0] as Element);
    for (const [callback, { element }] of subscribers) {
      if (provider !== element && containsComposed(provider, element)) {
        element.dispatchEvent(new ContextEvent(storeContext, element, callback, true));
      }
    }
  });
}

/** `ancestor.contains(node)`, looking through shadow roots. */
function containsComposed(ancestor: Node, node: Node | null): boolean {
  for (; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node === ancestor) return true;
  }
  return false;
}
