import { expect } from '@open-wc/testing';
import { ReviewStore } from '../../src/state/store.js';
import type { Content } from '../../src/content/schema.js';
import { pageStore } from '../../src/state/page-stores.js';
import { sampleContent, watchContentDownloads } from '../fixtures/content.js';

/** A real URL the browser fetches: a blob holding the given text. */
const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

/** The sample content under another title, to tell loads apart. */
function titled(title: string): Content {
  const content = sampleContent();
  content.meta.title = title;
  return content;
}

/**
 * A fetcher that holds every answer until the test releases it, so overlapping
 * loads can finish in the order a slow network would pick, not the order they started.
 */
function heldFetcher() {
  const held = new Map<string, { resolve: (response: Response) => void; reject: (error: Error) => void }>();
  const requested: string[] = [];
  const fetcher = ((input: RequestInfo | URL) =>
    new Promise<Response>((resolve, reject) => {
      requested.push(String(input));
      held.set(String(input), { resolve, reject });
    })) as typeof fetch;
  const release = (url: string) => {
    const answer = held.get(url);
    if (!answer) throw new Error(`${url} was not requested`);
    held.delete(url);
    return answer;
  };
  return {
    fetcher,
    requested,
    answer: (url: string, body: unknown, status = 200) =>
      release(url).resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })),
    fail: (url: string) => release(url).reject(new TypeError('Failed to fetch')),
  };
}

type HeldFetcher = ReturnType<typeof heldFetcher>;

/** What subscribers saw at each notification: status, title, and whose failure. */
function record(store: ReviewStore): string[] {
  const seen: string[] = [];
  store.subscribe(() => seen.push(`${store.status} ${store.content?.meta.title ?? '-'} ${store.failure?.source ?? '-'}`));
  return seen;
}

const OLDER = 'https://reviews.example/older.json';
const NEWER = 'https://reviews.example/newer.json';

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

  /**
   * Starts a load of OLDER, then of NEWER, and settles NEWER first and OLDER
   * last: only then can a stale load overwrite a newer one. Returns the store
   * and what its subscribers saw ("status title failure-source").
   */
  async function race(settleNewer: (net: HeldFetcher) => void, settleOlder: (net: HeldFetcher) => void) {
    const store = new ReviewStore();
    const net = heldFetcher();
    const seen = record(store);
    const older = store.load(OLDER, { fetcher: net.fetcher });
    const newer = store.load(NEWER, { fetcher: net.fetcher });
    settleNewer(net);
    await newer;
    settleOlder(net);
    await older;
    return { store, seen };
  }

  it('keeps the newer content when an older load answers after it', async () => {
    const { store, seen } = await race((net) => net.answer(NEWER, titled('Newer')), (net) => net.answer(OLDER, titled('Older')));
    expect(store.content?.meta.title).to.equal('Newer');
    expect(store.status).to.equal('ready');
    expect(store.failure).to.equal(undefined);
    // The older content never reached a subscriber, not even for a moment.
    expect(seen).to.deep.equal(['loading - -', 'loading - -', 'ready Newer -']);
  });

  it('does not show the failure of an older load that fails after a newer one succeeded', async () => {
    const { store, seen } = await race((net) => net.answer(NEWER, titled('Newer')), (net) => net.fail(OLDER));
    expect(store.content?.meta.title).to.equal('Newer');
    expect(store.failure).to.equal(undefined);
    expect(seen).to.deep.equal(['loading - -', 'loading - -', 'ready Newer -']);
  });

  it('reports the newer load\'s failure, not an older load\'s content that arrives after it', async () => {
    const { store, seen } = await race((net) => net.answer(NEWER, 'not found', 404), (net) => net.answer(OLDER, titled('Older')));
    expect(store.content).to.equal(undefined);
    expect(store.status).to.equal('error');
    expect(store.failure?.source).to.equal(NEWER);
    expect(seen).to.deep.equal(['loading - -', 'loading - -', `error - ${NEWER}`]);
  });

  it('fetches a source once when it is asked for again while loading or loaded', async () => {
    const store = new ReviewStore();
    const net = heldFetcher();
    const first = store.load(OLDER, { fetcher: net.fetcher });
    expect(store.load(OLDER, { fetcher: net.fetcher })).to.equal(first);
    net.answer(OLDER, titled('Once'));
    await first;
    expect(store.load(new URL(OLDER), { fetcher: net.fetcher })).to.equal(first);
    expect(net.requested).to.deep.equal([OLDER]);
    expect(store.content?.meta.title).to.equal('Once');
  });

  it('fetches a failed source again when asked again, so a host can retry', async () => {
    const store = new ReviewStore();
    const net = heldFetcher();
    const first = store.load(OLDER, { fetcher: net.fetcher });
    net.fail(OLDER);
    await first;
    const retry = store.load(OLDER, { fetcher: net.fetcher });
    net.answer(OLDER, titled('Second try'));
    await retry;
    expect(net.requested).to.deep.equal([OLDER, OLDER]);
    expect(store.content?.meta.title).to.equal('Second try');
    expect(store.failure).to.equal(undefined);
  });

  it('keeps the last good content when an answer is malformed, with the path of each problem', async () => {
    const store = new ReviewStore();
    const net = heldFetcher();
    const good = store.load(OLDER, { fetcher: net.fetcher });
    net.answer(OLDER, titled('Good'));
    await good;
    const broken = titled('Broken') as unknown as { meta: { asOf: string }; sources: { kind: string }[] };
    broken.meta.asOf = 'yesterday';
    broken.sources[1].kind = 'rumour';
    const seen = record(store);
    const bad = store.load(NEWER, { fetcher: net.fetcher });
    net.answer(NEWER, broken);
    await bad;
    expect(store.content?.meta.title).to.equal('Good');
    expect(store.status).to.equal('ready');
    expect(store.failure?.code).to.equal('invalid');
    expect(store.failure?.message).to.equal('The review could not be shown because its content does not follow the expected form.');
    expect(store.failure?.source).to.equal(NEWER);
    expect(store.failure?.problems.map((p) => p.path)).to.have.members(['$.meta.asOf', '$.sources[1].kind']);
    expect(seen).to.deep.equal(['loading Good -', `ready Good ${NEWER}`]);
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

  it('stores every key of a change that adds a new key beside an unchanged one, notifying once', () => {
    const store = new ReviewStore();
    store.select({ issue: 'article-98' });
    let calls = 0;
    store.subscribe(() => calls++);
    store.select({ issue: 'article-98', period: 'obama' });
    expect(calls).to.equal(1);
    expect(store.selection).to.deep.equal({ issue: 'article-98', period: 'obama' });
    store.select({ period: 'obama', issue: 'article-98' });
    expect(calls).to.equal(1);
  });

  it('keeps notifying the other subscribers when one throws, and logs the error', async () => {
    const store = new ReviewStore();
    const reached: string[] = [];
    const logged: unknown[] = [];
    const originalError = console.error;
    console.error = (error: unknown) => logged.push(error); // the store logs the subscriber's error; keep it out of the output
    try {
      store.subscribe(() => { throw new Error('broken subscriber'); });
      store.subscribe(() => reached.push(store.status));
      expect(() => store.select({ issue: 'x' })).not.to.throw();
      // A load must still finish, and resolve, with a broken subscriber.
      await store.load(blobUrl(JSON.stringify(sampleContent())));
    } finally {
      console.error = originalError;
    }
    expect(reached).to.deep.equal(['idle', 'loading', 'ready']);
    expect(store.content?.meta.title).to.equal('Test review');
    expect(logged.map((e) => (e as Error).message)).to.deep.equal(['broken subscriber', 'broken subscriber', 'broken subscriber']);
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

describe('ReviewStore: the bundled review in parts', () => {
  let whole: Content;
  before(async () => {
    whole = (await (await fetch('/src/content/en.json')).json()) as Content;
  });

  it('loads the base with the parts asked for, and adds a part asked later into one document', async () => {
    const store = new ReviewStore();
    await store.want(['timeline']);
    expect(store.status).to.equal('ready');
    expect([store.has(['timeline']), store.has(['sections']), store.has(['sources'])]).to.deep.equal([true, false, false]);
    expect(store.content!.meta).to.deep.equal(whole.meta);
    expect(store.content!.timeline).to.deep.equal(whole.timeline);
    expect(store.content!.sections).to.deep.equal([]);
    await store.want(['sections']);
    expect(store.has(['timeline', 'sections'])).to.equal(true);
    expect(store.content!.timeline).to.deep.equal(whole.timeline);
    expect(store.content!.sections).to.deep.equal(whole.sections);
  });

  it('puts every part together into the whole document', async () => {
    const store = new ReviewStore();
    await store.want(['timeline', 'sections', 'sources']);
    expect(store.content).to.deep.equal(whole);
  });

  it('asks for nothing while it shows a document it was given, which holds every part', async () => {
    const store = new ReviewStore();
    store.setContent(titled('Given'));
    await store.want(['timeline', 'sources']);
    expect(store.content!.meta.title).to.equal('Given');
    expect(store.has(['timeline', 'sections', 'sources'])).to.equal(true);
  });

  it('downloads the parts asked for by two widgets side by side, each once', async () => {
    const store = new ReviewStore();
    store.lang = 'es';
    const downloads = watchContentDownloads();
    await Promise.all([store.want(['timeline']), store.want(['sections'])]);
    expect(downloads()).to.deep.equal(['/src/content/es/base.json', '/src/content/es/sections.json', '/src/content/es/timeline.json']);
    expect(store.content!.meta.lang).to.equal('es');
    expect(store.has(['timeline', 'sections'])).to.equal(true);
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
