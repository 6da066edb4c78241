import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { WIDGETS } from '../../src/elements/widgets.js';

/**
 * The README's plain script-tag snippet (no server rendering) reserves the
 * widget's space, so the text after it barely moves when the explainer
 * arrives: a cumulative layout shift of at most 0.05 on a phone and a desktop.
 * Chromium reports layout shifts; elsewhere the test measures how far the
 * paragraph after the widget moved, against the same share of the screen.
 */
const SCREENS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];
const MAX_SHIFT = 0.05;

async function snippet(tag: string, width: number, height: number) {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe width=${width} height=${height}></iframe>`);
  // The paragraph's position at the first frame a reader could see: once the page's render-blocking stylesheets
  // have loaded (no browser paints before), and before the widget's content can have arrived.
  const loaded = new Promise<number>((resolve) =>
    frame.addEventListener('load', () => resolve(frame.contentDocument!.getElementById('after')!.getBoundingClientRect().top), { once: true }));
  let first: number | undefined;
  const watch = () => {
    const doc = frame.contentDocument;
    const after = doc?.getElementById('after');
    const styled = !!doc && [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet);
    if (after && styled && first === undefined) first = after.getBoundingClientRect().top;
    else if (first === undefined) requestAnimationFrame(watch);
  };
  frame.src = `/snippet-page?tag=${tag}`;
  requestAnimationFrame(watch);
  await loaded;
  const doc = frame.contentDocument!;
  const el = doc.querySelector(tag)!;
  await waitUntil(() => el.shadowRoot?.querySelector('.base'), 'the widget did not render', { timeout: 10000 });
  await new Promise((r) => frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(r)));
  return { frame, doc, first: first ?? 0, last: doc.getElementById('after')!.getBoundingClientRect().top };
}

describe('the plain script-tag snippet', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const { tag } of WIDGETS) {
    for (const { name, width, height } of SCREENS) {
      it(`<${tag}> on a ${name}: the text after it shifts at most ${MAX_SHIFT}`, async function () {
        this.timeout(30000);
        const { frame, first, last } = await snippet(tag, width, height);
        const win = frame.contentWindow as Window & typeof globalThis;
        if (win.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
          const shift = await new Promise<number>((resolve) => {
            new win.PerformanceObserver((list, observer) => {
              observer.disconnect();
              resolve(list.getEntries().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0));
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(0), 500); // no entry at all: nothing shifted
          });
          expect(shift, `cumulative layout shift (${tag}, ${name})`).to.be.at.most(MAX_SHIFT);
        } else {
          // As layout shift counts it: a move a reader sees, of text inside the screen before or after.
          const seen = first < height || last < height ? Math.abs(last - first) / height : 0;
          expect(seen, `share of the screen the text after it moved (${tag}, ${name}: ${first} → ${last})`).to.be.at.most(MAX_SHIFT);
        }
      });
    }
  }
});
