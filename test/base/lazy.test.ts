import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { bundledContentUrl } from '../../src/bundled-content.js';
import { pageStore } from '../../src/state/page-stores.js';

/**
 * `loading="lazy"` (src/base/near-viewport.ts): a widget below the fold draws once it comes within a screen
 * of the viewport, or the page is printed; until then it holds its room and shows the page's own text.
 */
let groups = 0;
async function group(): Promise<string> {
  const name = `lazy-test-${++groups}`;
  await pageStore(name).load(bundledContentUrl('en'));
  return name;
}

const drawn = (el: Element) => !!el.shadowRoot?.querySelector('.base');
const frames = (n = 3) => new Promise<void>((resolve) => {
  const step = () => (n-- > 0 ? requestAnimationFrame(step) : resolve());
  step();
});

/** A widget three screens down the page, lazy unless told otherwise. */
async function below(name: string, tag = 'icc-stance-compare', loading = 'lazy'): Promise<HTMLElement> {
  const page = await fixture<HTMLDivElement>(html`<div>
    <div style="block-size: ${3 * innerHeight}px">The host's article.</div>
  </div>`);
  const el = document.createElement(tag);
  el.setAttribute('group', name);
  el.setAttribute('loading', loading);
  el.style.setProperty('--icc-reserve', '500px');
  el.append(Object.assign(document.createElement('p'), { textContent: 'A comparison loads here.' }));
  page.append(el);
  await frames();
  return el;
}

afterEach(() => scrollTo(0, 0));

describe('loading="lazy"', () => {
  it('holds its room and shows the page\'s text until the reader scrolls near, then draws', async () => {
    const el = await below(await group());
    expect(drawn(el), 'far below the screen').to.equal(false);
    expect(el.getBoundingClientRect().height, 'its room').to.be.at.least(500);
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements().map((p) => p.textContent)).to.deep.equal(['A comparison loads here.']);
    // A screen ahead of it: drawn before the reader gets there.
    scrollTo(0, el.offsetTop - 2 * innerHeight + 10);
    await waitUntil(() => drawn(el), 'did not draw near the viewport');
  });

  it('draws at once where the page opens on it, and an eager widget below the fold draws at once', async () => {
    const name = await group();
    const near = await fixture(html`<icc-summary group=${name} loading="lazy"></icc-summary>`);
    await waitUntil(() => drawn(near), 'a lazy widget on the first screen did not draw');
    const eager = await below(name, 'icc-stance-compare', 'eager');
    await waitUntil(() => drawn(eager), 'an eager widget did not draw');
  });

  it('draws before the page is printed', async () => {
    const el = await below(await group(), 'us-icc-position');
    expect(drawn(el)).to.equal(false);
    dispatchEvent(new Event('beforeprint'));
    await waitUntil(() => drawn(el), 'not drawn for print');
  });

  it('shows, once drawn, the issue a reader chose elsewhere meanwhile', async () => {
    const name = await group();
    const el = await below(name);
    const issue = pageStore(name).content!.issues[3];
    pageStore(name).select({ issue: issue.id });
    await frames();
    expect(drawn(el)).to.equal(false);
    el.scrollIntoView();
    await waitUntil(() => drawn(el), 'did not draw');
    const selected = el.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]')!;
    expect(selected.textContent).to.include(issue.title);
  });

  it('stays drawn when made lazy after drawing, and draws when made eager while waiting', async () => {
    const name = await group();
    const drawnFirst = await fixture(html`<icc-summary group=${name}></icc-summary>`);
    await waitUntil(() => drawn(drawnFirst), 'did not draw');
    drawnFirst.setAttribute('loading', 'lazy');
    await frames();
    expect(drawn(drawnFirst), 'lazy after drawing').to.equal(true);
    const waiting = await below(name);
    expect(drawn(waiting)).to.equal(false);
    waiting.setAttribute('loading', 'eager');
    await waitUntil(() => drawn(waiting), 'made eager, it did not draw');
  });
});
