/**
 * The colour scheme a host page has chosen for itself, for widgets with
 * `theme="auto"`. Pages switch themes in a few common ways; we read, in order:
 * `data-theme="dark|light"` on `<html>`, a `dark` or `light` class on `<html>`,
 * and `color-scheme` on the root when it names one scheme only. Without any of
 * them the reader's `prefers-color-scheme` decides (in CSS).
 */
export type Scheme = 'light' | 'dark';

export function pageScheme(doc: Document): Scheme | undefined {
  const root = doc.documentElement;
  const marked = root.dataset.theme;
  if (marked === 'dark' || marked === 'light') return marked;
  if (root.classList.contains('dark')) return 'dark';
  if (root.classList.contains('light')) return 'light';
  const declared = doc.defaultView?.getComputedStyle(root).colorScheme.trim();
  return declared === 'dark' || declared === 'light' ? declared : undefined;
}

type Listener = () => void;
const watched = new WeakMap<Document, Set<Listener>>();

/** Calls `listener` when the page may have switched its scheme; returns the unsubscribe. One observer per document. */
export function watchPageScheme(doc: Document, listener: Listener): () => void {
  let listeners = watched.get(doc);
  if (!listeners) {
    const all = new Set<Listener>();
    watched.set(doc, (listeners = all));
    new MutationObserver(() => all.forEach((l) => l())).observe(doc.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] });
  }
  listeners.add(listener);
  return () => listeners!.delete(listener);
}
