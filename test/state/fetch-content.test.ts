import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/icc-review/define.js';
import '../../src/elements/icc-summary/define.js';
import '../../src/elements/icc-stance-compare/define.js';
import type { IccReview } from '../../src/elements/icc-review/icc-review.js';
import type { IccErrorEvent } from '../../src/events.js';
import { ReviewStore } from '../../src/state/store.js';
import { pageStore } from '../../src/state/page-stores.js';
import { sampleContent } from '../fixtures/content.js';

/**
 * A content load ends, whatever the network does: it gives up after its time
 * limit, stops reading at its size limit (also when the server does not say
 * the size), is abandoned when its provider leaves the page, and names each
 * failure with a code hosts can act on. The answers come from the test
 * server (web-test-runner.config.mjs, badNetwork).
 */

const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

describe('a content load that ends', function () {
  this.timeout(20000);

  it('gives up after its time limit with a timeout failure, keeping what it had', async () => {
    const store = new ReviewStore();
    await store.load(blobUrl(JSON.stringify(sampleContent())));
    await store.load('/test-network/slow', { timeout: 300 });
    expect(store.failure?.code).to.equal('timeout');
    expect(store.failure?.message).to.equal('The review could not be loaded (the server did not answer in time).');
    expect(store.status).to.equal('ready');
    expect(store.content?.meta.title).to.equal(sampleContent().meta.title);
  });

  it('stops at the size limit when the server announces a larger file', async () => {
    const store = new ReviewStore();
    await store.load('/test-network/huge?bytes=3000000');
    expect(store.failure?.code).to.equal('too-large');
    expect(store.status).to.equal('error');
  });

  it('stops reading at the size limit when the server does not say how large the file is', async () => {
    const store = new ReviewStore();
    await store.load('/test-network/huge?bytes=3000000&length=0');
    expect(store.failure?.code).to.equal('too-large');
    // The same file under a higher limit is read whole, and then is simply not JSON.
    await store.load('/test-network/huge?bytes=300000&length=0', { maxBytes: 400_000 });
    expect(store.failure?.code).to.equal('malformed');
  });

  it('tells malformed JSON from JSON that breaks the schema, and an error status from a dead address', async () => {
    const store = new ReviewStore();
    await store.load(blobUrl('{"meta": '));
    expect([store.failure?.code, store.failure?.problems[0]?.path]).to.deep.equal(['malformed', '$']);
    await store.load(blobUrl('{"meta": {"title": 5}}'));
    expect(store.failure?.code).to.equal('invalid');
    expect(store.failure?.problems.some((p) => p.path.startsWith('$.meta'))).to.be.true;
    await store.load('/test/fixtures/no-such-file.json');
    expect([store.failure?.code, store.failure?.status]).to.deep.equal(['http', 404]);
    await store.load('http://127.0.0.1:9/content.json');
    expect(store.failure?.code).to.equal('network');
  });

  it('<icc-review timeout> reports a timeout once, shows one notice, and the bundled review under it', async () => {
    const errors: IccErrorEvent[] = [];
    const root = await fixture<HTMLDivElement>(html`<div @icc-error=${(e: IccErrorEvent) => errors.push(e)}>
      <icc-review src="/test-network/slow" timeout="0.3"><icc-summary></icc-summary><icc-stance-compare></icc-stance-compare></icc-review>
    </div>`);
    await waitUntil(() => errors.length, 'no icc-error', { timeout: 4000 });
    const summary = root.querySelector('icc-summary')!;
    // Never a blank box: the bundled review shows, since nothing else had.
    await waitUntil(() => summary.shadowRoot?.querySelector('.base'), 'the bundled review did not show', { timeout: 4000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(errors.map((e) => [e.detail.code, (e.target as Element).localName])).to.deep.equal([['timeout', 'icc-review']]);
    const notices = [root.querySelector('icc-review')!, summary, root.querySelector('icc-stance-compare')!].flatMap((el) => [...el.shadowRoot!.querySelectorAll('[role="alert"]')]);
    expect(notices.map((n) => n.textContent)).to.deep.equal([`${errors[0].detail.message} Showing the review bundled with the widget instead.`]);
  });

  it('abandons the download when its provider leaves the page, and asks again when it comes back', async () => {
    const errors: IccErrorEvent[] = [];
    const root = await fixture<HTMLDivElement>(html`<div @icc-error=${(e: IccErrorEvent) => errors.push(e)}></div>`);
    const review = document.createElement('icc-review') as IccReview;
    review.setAttribute('timeout', '0.5');
    review.src = '/test-network/slow';
    root.append(review);
    const store = () => (review as unknown as { store: ReviewStore }).store;
    await waitUntil(() => store()?.status === 'loading', 'the load did not start');
    review.remove();
    expect(store().status, 'nothing loading once it left').to.equal('idle');
    // Past its time limit: an abandoned load reports nothing.
    await new Promise((resolve) => setTimeout(resolve, 800));
    root.append(review);
    expect(errors, 'no failure from the abandoned load').to.deep.equal([]);
    expect(store().status, 'loading again once back').to.equal('loading');
    await waitUntil(() => errors.length, 'the second load did not end', { timeout: 4000 });
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['timeout']);
  });

  it('lets a lone widget load its own src into a store of its own, reporting its failures itself', async () => {
    const errors: IccErrorEvent[] = [];
    const content = sampleContent();
    content.meta.title = 'My own review';
    const root = await fixture<HTMLDivElement>(html`<div @icc-error=${(e: IccErrorEvent) => errors.push(e)}>
      <icc-summary group="lone-src" src=${blobUrl(JSON.stringify(content))}></icc-summary>
      <icc-summary group="lone-src"></icc-summary>
      <icc-summary group="lone-src" src="/test/fixtures/no-such-file.json"></icc-summary>
    </div>`);
    const [own, neighbour, dead] = root.querySelectorAll('icc-summary');
    const title = (el: Element) => el.shadowRoot?.querySelector('#title')?.textContent;
    const bundled = await (await fetch('/src/content/en.json')).json();
    await waitUntil(() => title(own) === 'My own review', 'the widget did not show its own review');
    // Its group's other widget keeps the group's store, with the bundled review.
    await waitUntil(() => title(neighbour) === bundled.meta.title, 'the neighbour did not show the bundled review');
    // A dead src: one icc-error from that widget, and the bundled review under its notice.
    await waitUntil(() => title(dead) === bundled.meta.title, 'the dead src left a blank box');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(errors.map((e) => [(e.target as Element) === dead, e.detail.code, e.detail.status])).to.deep.equal([[true, 'http', 404]]);
    expect(dead.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.include('Showing the review bundled with the widget instead.');
    expect(neighbour.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    // Without its src, the widget joins its group again.
    own.removeAttribute('src');
    await waitUntil(() => title(own) === bundled.meta.title, 'the widget did not rejoin its group');
  });

  it('says no more "Loading…" after a final failure, and drops the old notice while a new attempt loads', async () => {
    const group = 'final-failure';
    await pageStore(group).load('/test/fixtures/no-such-file.json');
    const el = await fixture(html`<icc-summary group=${group}></icc-summary>`);
    const text = () => el.shadowRoot!.textContent ?? '';
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no notice');
    expect(text()).to.not.include('Loading the review');
    // A new attempt: the old notice would now mislead.
    const attempt = pageStore(group).load('/test-network/slow', { timeout: 2000 });
    await waitUntil(() => !el.shadowRoot!.querySelector('[role="alert"]'), 'the old notice stayed while loading');
    expect(text()).to.include('Loading the review');
    await attempt;
  });
});
