import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { pageStore } from '../../src/state/page-stores.js';
import { sampleContent } from '../fixtures/content.js';

/**
 * A news homepage re-renders its blocks all day: widgets connected,
 * disconnected and moved a thousand times, groups changed, a hundred widgets
 * on one store. None of it may leave listeners, stores or memory behind, or
 * raise an error.
 */

const registrySize = () => (globalThis as unknown as Record<symbol, { stores: Map<string, unknown> }>)[Symbol.for('icc-widgets/page-stores@2')].stores.size;
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
/** Chromium's heap after a full collection (launched with --expose-gc); other engines have no such measure. */
async function heap(): Promise<number | undefined> {
  const { gc } = window as Window & { gc?: () => void };
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  if (!gc || !memory) return undefined;
  for (let i = 0; i < 3; i++) {
    gc();
    await settle();
  }
  return memory.usedJSHeapSize;
}

const errors: unknown[] = [];
const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('error' in event ? event.error : event.reason);

describe('churn and load', function () {
  this.timeout(120000);
  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  for (const tag of ['icc-summary', 'us-icc-position', 'icc-stance-compare']) {
    it(`<${tag}>: 1,000 connect, disconnect and move cycles leave listeners, stores and memory where they were`, async () => {
      const group = `churn-${tag}`;
      const store = pageStore(group);
      store.setContent(sampleContent());
      const root = await fixture(html`<div><section></section><section></section></div>`);
      const [a, b] = root.querySelectorAll('section');
      const el = document.createElement(tag);
      el.setAttribute('group', group);
      a.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('.base'), 'the widget did not render');
      const start = { subscribers: store.subscribers, stores: registrySize(), heap: await heap() };
      for (let i = 0; i < 1000; i++) {
        el.remove(); // disconnect
        (i % 2 ? a : b).append(el); // connect somewhere else: a move
        if (i % 100 === 0) await settle();
      }
      await settle();
      await waitUntil(() => el.shadowRoot?.querySelector('.base'), 'the widget did not render after the churn');
      expect(store.subscribers, 'listeners on the store').to.equal(start.subscribers);
      expect(registrySize(), 'page-level stores').to.equal(start.stores);
      const end = await heap();
      // Chromium measures (the test runner launches it with --expose-gc), so the check below is not silently lost.
      if (navigator.userAgent.includes('Chrome/')) expect(end, 'Chromium heap measure').to.be.a('number');
      if (start.heap !== undefined && end !== undefined) expect(end - start.heap, 'heap growth in bytes').to.be.below(2_000_000);
      expect(errors).to.deep.equal([]);
    });
  }

  it('updates 100 widgets on one store when a selection is made, without an error', async () => {
    const group = 'churn-hundred';
    const content = sampleContent();
    pageStore(group).setContent(content);
    const root = await fixture(html`<div></div>`);
    const widgets = Array.from({ length: 100 }, (_, i) => {
      const el = document.createElement(['icc-summary', 'us-icc-position', 'icc-stance-compare'][i % 3]);
      el.setAttribute('group', group);
      return el;
    });
    root.append(...widgets);
    await waitUntil(() => widgets.every((el) => el.shadowRoot?.querySelector('.base')), 'not every widget rendered', { timeout: 20000 });
    const issue = content.issues[0].id;
    pageStore(group).select({ issue, period: content.administrations[0].id });
    await waitUntil(() => widgets.every((el) => el.getAttribute('issue') === issue), 'not every widget followed', { timeout: 20000 });
    expect(errors).to.deep.equal([]);
  });
});
