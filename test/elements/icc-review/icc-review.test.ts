import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextEvent } from '@lit/context';
import '../../../src/define.js';
import type { IccReview } from '../../../src/elements/icc-review/icc-review.js';
import type { IccSummary } from '../../../src/elements/icc-summary/icc-summary.js';
import { storeContext } from '../../../src/state/context.js';
import { pageStore } from '../../../src/state/page-stores.js';
import { ReviewStore } from '../../../src/state/store.js';
import { bundledContentUrl } from '../../../src/bundled-content.js';
import { sampleContent, watchContentDownloads } from '../../fixtures/content.js';

// sampleContent() with the titles "Review A" and "Review B", served as files the way a host serves its own.
const A = '/test/fixtures/state-review-a.json';
const B = '/test/fixtures/state-review-b.json';
const absolute = (path: string) => new URL(path, document.baseURI).href;

const titleOf = (el: IccSummary) => el.shadowRoot!.querySelector('#title')?.textContent;
const showing = (el: IccSummary, title: string) => waitUntil(() => titleOf(el) === title, `did not show "${title}"`);

/** The store an element inside `provider` is handed, asked for the way widgets ask. */
/** A `<script type="application/json">` holding a document (made here: Lit templates cannot hold script text). */
function jsonScript(text: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  return script;
}

function storeInside(provider: Element): ReviewStore {
  let found: ReviewStore | undefined;
  const probe = document.createElement('span');
  provider.append(probe);
  probe.dispatchEvent(new ContextEvent(storeContext, probe, (store) => (found = store)));
  probe.remove();
  return found!;
}

let groups = 0;

describe('<icc-review>', () => {
  it('loads again when src changes, and the widgets inside show the new review', async () => {
    const review = await fixture<IccReview>(html`<icc-review src=${A}><icc-summary></icc-summary></icc-review>`);
    const summary = review.querySelector('icc-summary')!;
    await showing(summary, 'Review A');
    review.src = B;
    await showing(summary, 'Review B');
    review.setAttribute('src', A); // back to a source loaded before: it must not count as "already loaded"
    await showing(summary, 'Review A');
  });

  it('loads a src set just after it was inserted, as host scripts and frameworks do', async () => {
    const root = await fixture(html`<div></div>`);
    const review = document.createElement('icc-review');
    const summary = document.createElement('icc-summary');
    review.append(summary);
    root.append(review);
    review.setAttribute('src', A);
    await showing(summary, 'Review A');
  });

  it('reports a src that is not a URL as an icc-error, without throwing into the page', async () => {
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    window.addEventListener('error', onError);
    const reported: string[] = [];
    try {
      const root = await fixture<HTMLDivElement>(html`<div></div>`);
      root.addEventListener('icc-error', (e) => reported.push(e.detail.message));
      const review = document.createElement('icc-review');
      review.setAttribute('src', 'https://[reviews.example/en.json'); // a CMS typo: '[' opens an IPv6 host that never closes
      root.append(review);
      await waitUntil(() => reported.length > 0 || uncaught.length > 0, 'neither reported nor thrown', { timeout: 5000 });
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
    expect(reported).to.have.length(1);
  });

  it('switches to its new language when lang changes, downloading that language\'s parts its widgets draw', async () => {
    const review = await fixture<IccReview>(html`<icc-review lang="en"><icc-summary></icc-summary></icc-review>`);
    const store = storeInside(review);
    await waitUntil(() => store.status === 'ready', 'the bundled content did not load', { timeout: 10000 });
    expect(store.lang).to.equal('en');
    const downloads = watchContentDownloads();
    review.lang = 'fr';
    await review.updateComplete;
    expect(store.lang).to.equal('fr');
    await waitUntil(() => store.content?.meta.lang === 'fr', 'the French review did not arrive', { timeout: 10000 });
    expect(store.status).to.equal('ready');
    // The summary draws the base and the sections; the timeline and the sources' entries stay on the server.
    expect(downloads()).to.deep.equal(['/src/content/fr/base.json', '/src/content/fr/sections.json']);
    expect(review.querySelector('icc-summary')!.shadowRoot!.querySelector('section')!.lang).to.equal('fr');
  });

  it('reports each failure of a dead src once, from the provider, keeping the last good review', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><icc-review src=${A}><icc-summary></icc-summary></icc-review></div>`);
    const review = root.querySelector('icc-review')!;
    const summary = root.querySelector('icc-summary')!;
    await showing(summary, 'Review A');
    const errors: string[] = [];
    root.addEventListener('icc-error', (e) => errors.push(`${(e.target as Element).localName} ${e.detail.source}`));
    const dead = ['/test/fixtures/state-missing-1.json', '/test/fixtures/state-missing-2.json'];
    for (const [i, src] of dead.entries()) {
      review.src = src;
      await waitUntil(() => errors.length === i + 1, `failure ${i + 1} was not reported`);
    }
    await review.updateComplete;
    await summary.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    // One event per failed load, from the element that owns the load; one notice, the provider's.
    expect(errors).to.deep.equal(dead.map((src) => `icc-review ${absolute(src)}`));
    expect(titleOf(summary)).to.equal('Review A');
    expect(review.shadowRoot!.querySelector('[part="error"]')?.textContent).to.include('404');
    expect(summary.shadowRoot!.querySelector('[part="error"]'), 'no second notice in the widget').to.equal(null);
  });

  it('takes its review from a <script type="application/json"> inside it, and reports one that is not JSON', async () => {
    const content = sampleContent();
    content.meta.title = 'Inline review';
    const root = await fixture(html`<div>
      <icc-review>${jsonScript(JSON.stringify(content))}<icc-summary></icc-summary></icc-review>
    </div>`);
    await showing(root.querySelector('icc-summary')!, 'Inline review');

    const errors: string[] = [];
    const broken = await fixture(html`<div @icc-error=${(e: CustomEvent) => errors.push(e.detail.code)}>
      <icc-review>${jsonScript('{"meta": ')}<icc-summary></icc-summary></icc-review>
    </div>`);
    const review = broken.querySelector('icc-review')!;
    // Never a blank box: the bundled review shows under the notice.
    const bundled = await (await fetch(bundledContentUrl('en'))).json();
    await showing(broken.querySelector('icc-summary')!, bundled.meta.title);
    await waitUntil(() => review.shadowRoot!.querySelector('[role="alert"]'), 'no notice');
    expect(errors).to.deep.equal(['malformed']);
    expect(review.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('Showing the review bundled with the widget instead.');
  });

  it('keeps the widgets inside on its own store, whatever their group or language', async () => {
    const group = `review-test-${++groups}`;
    const page = sampleContent();
    page.meta.title = 'Page review';
    pageStore(group).setContent(page);
    const root = await fixture(html`<div>
      <icc-review src=${A}><icc-summary group=${group} lang="fr"></icc-summary></icc-review>
      <icc-summary group=${group}></icc-summary>
    </div>`);
    const review = root.querySelector('icc-review')!;
    const [inside, outside] = root.querySelectorAll('icc-summary');
    await showing(inside, 'Review A');
    await showing(outside, 'Page review');
    inside.issue = 'jurisdiction';
    await inside.updateComplete;
    await outside.updateComplete;
    expect(review.issue).to.equal('jurisdiction');
    expect(storeInside(review).selection.issue).to.equal('jurisdiction');
    expect(outside.issue).to.equal(undefined);
    expect(pageStore(group).selection.issue).to.equal(undefined);
    // Never bound to the French page store, even for a moment: it would have started loading.
    expect(pageStore(group, 'fr').status).to.equal('idle');
  });
});
