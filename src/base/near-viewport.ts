/**
 * Calls back once when an element comes within a screen of the viewport, as the platform's lazy images
 * load: for widgets below the fold (`loading="lazy"`), whose drawing would otherwise compete with the
 * page's first screen. Before printing, every element still waiting is called back: a printed article
 * holds every widget. One observer for the page, made on first use (nothing runs at import).
 */
const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function arrive(element: Element): void {
  const callback = waiting.get(element);
  observer?.unobserve(element);
  waiting.delete(element);
  callback?.();
}

/** Watches `element` until it nears the viewport; returns what stops watching (on leaving the page). */
export function whenNear(element: Element, callback: () => void): () => void {
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => entries.forEach(({ target, isIntersecting }) => isIntersecting && arrive(target)),
      { rootMargin: '100% 0px' },
    );
    addEventListener('beforeprint', () => [...waiting.keys()].forEach(arrive));
  }
  waiting.set(element, callback);
  observer.observe(element);
  return () => {
    observer?.unobserve(element);
    waiting.delete(element);
  };
}
