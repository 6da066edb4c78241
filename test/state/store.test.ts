import { expect } from '@open-wc/testing';
import { ReviewStore } from '../../src/state/store.js';
import { pageStore } from '../../src/state/page-stores.js';
import { sampleContent } from '../fixtures/content.js';

/** A real URL the browser fetches: a blob holding the given text. */
const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

describe('ReviewStore', () => {
  it('loads, validates and publishes content to subscribers', async () => {
    const store = new ReviewStore();
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.status));
    await store.load(blobUrl(JSON.stringify(sampleContent())));
    expect(store.status).to.equal('ready');
    expect(store.content?.meta.title).to.equal('Test review');
    expect(seen).to.deep.equal(['loading', 'ready']);
  });

  it('keeps the last good content when a later document is malformed, and says why', async () => {
    const store = new ReviewStore();
    await store.load(blobUrl(JSON.stringify(sampleContent())));
    const broken = sampleContent() as unknown as { meta: { asOf: string } };
    broken.meta.asOf = 'yesterday';
    await store.load(blobUrl(JSON.stringify(broken)));
    expect(store.content?.meta.title).to.equal('Test review');
    expect(store.status).to.equal('ready');
    expect(store.failure?.message).to.equal('The review could not be shown because its content is malformed.');
    expect(store.failure?.problems.map((p) => p.path)).to.deep.equal(['$.meta.asOf']);
  });

  it('reports a dead address with the status the server gave', async () => {
    const store = new ReviewStore();
    await store.load('/test/fixtures/no-such-file.json');
    expect(store.status).to.equal('error');
    expect(store.content).to.equal(undefined);
    expect(store.failure?.message).to.equal('The review could not be loaded (the server answered 404).');
  });

  it('reports a server that cannot be reached', async () => {
    const store = new ReviewStore();
    await store.load('http://127.0.0.1:9/content.json');
    expect(store.failure?.message).to.equal('The review could not be loaded (the network request failed).');
  });

  it('clears the failure after a good load', async () => {
    const store = new ReviewStore();
    await store.load('/test/fixtures/no-such-file.json');
    await store.load(blobUrl(JSON.stringify(sampleContent())));
    expect(store.failure).to.equal(undefined);
    expect(store.status).to.equal('ready');
  });

  it('lets the newest load win when two overlap', async () => {
    const store = new ReviewStore();
    const newer = sampleContent();
    newer.meta.title = 'Newer';
    const first = store.load(blobUrl(JSON.stringify(sampleContent())));
    const second = store.load(blobUrl(JSON.stringify(newer)));
    await Promise.all([first, second]);
    expect(store.content?.meta.title).to.equal('Newer');
  });

  it('notifies on a real change of selection only', () => {
    const store = new ReviewStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.select({ issue: 'article-98' });
    store.select({ issue: 'article-98' });
    store.select({ period: 'obama' });
    expect(calls).to.equal(2);
    expect(store.selection).to.deep.equal({ issue: 'article-98', period: 'obama' });
  });

  it('keeps notifying the other subscribers when one throws', () => {
    const store = new ReviewStore();
    let reached = false;
    const originalError = console.error;
    console.error = () => {}; // the store logs the subscriber's error; keep the test output clean
    try {
      store.subscribe(() => { throw new Error('broken subscriber'); });
      store.subscribe(() => { reached = true; });
      expect(() => store.select({ issue: 'x' })).not.to.throw();
    } finally {
      console.error = originalError;
    }
    expect(reached).to.equal(true);
  });

  it('stops notifying after unsubscribe', () => {
    const store = new ReviewStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    unsubscribe();
    store.select({ issue: 'x' });
    expect(calls).to.equal(0);
  });
});

describe('pageStore', () => {
  it('gives one store per group, the same on every call', () => {
    expect(pageStore('store-test-a')).to.equal(pageStore('store-test-a'));
    expect(pageStore('store-test-a')).not.to.equal(pageStore('store-test-b'));
    expect(pageStore()).to.equal(pageStore('default'));
  });

  it('is shared through a global key, so a second copy of the library finds it', () => {
    const registry = (globalThis as Record<symbol, { stores: Map<string, unknown> }>)[Symbol.for('icc-widgets/page-stores@2')];
    expect([...registry.stores.values()]).to.include(pageStore('store-test-a'));
  });
});
