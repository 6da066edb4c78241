import { expect, waitUntil } from '@open-wc/testing';
import { WIDGETS } from '../../src/elements/widgets.js';

/**
 * The iframe embed as hosts use it: dist/embed.html framed with a query, under
 * the strict CSP the test server sends for ?csp=strict, and dist/icc-embed-resize.js
 * on host pages (test/embed/host*.html). Needs the build (npm test builds).
 */

const TITLES: Record<string, string> = {
  'icc-summary': 'The United States and the International Criminal Court',
  'us-icc-position': 'The US position on the ICC, by administration',
  'icc-stance-compare': 'Where the United States and the Court stand, issue by issue',
};
const TAGS = 'icc-review, icc-summary, us-icc-position, icc-stance-compare';

interface Embed {
  frame: HTMLIFrameElement;
  win: Window;
  doc: Document;
  /** Everything the embed posted to this window, in order. */
  messages: unknown[];
}

/** The little of axe-core's API used here (loaded into the embed's window). */
interface Axe {
  run(context: Node, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function frameOf(src: string, height = 400): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.width = '600';
  frame.height = String(height);
  frame.title = 'Embed under test';
  frame.src = src;
  cleanups.push(() => frame.remove());
  return frame;
}

async function loaded(frame: HTMLIFrameElement): Promise<void> {
  const done = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await done;
}

/** Frames dist/embed.html?query (under strict CSP unless told) in this page, which plays the host. */
async function openEmbed(query: string, { hash = '', csp = true } = {}): Promise<Embed> {
  const frame = frameOf(`/dist/embed.html?${query}${csp ? '&csp=strict' : ''}${hash}`);
  const messages: unknown[] = [];
  const record = (event: MessageEvent) => {
    if (event.source === frame.contentWindow) messages.push(event.data);
  };
  addEventListener('message', record);
  cleanups.push(() => removeEventListener('message', record));
  await loaded(frame);
  return { frame, win: frame.contentWindow!, doc: frame.contentDocument!, messages };
}

const widgetIn = (doc: Document, tag: string) => doc.querySelector(tag) as HTMLElement | null;
const titleOf = (el: Element) => el.shadowRoot?.querySelector('[role="heading"]#title');

async function rendered(doc: Document, tag: string): Promise<HTMLElement> {
  await waitUntil(() => widgetIn(doc, tag) && titleOf(widgetIn(doc, tag)!), `<${tag}> did not render`, { timeout: 10000 });
  return widgetIn(doc, tag)!;
}

/** What the embed reports: the height of its <html> box, rounded up. */
const contentHeight = (doc: Document) => Math.ceil(doc.documentElement.getBoundingClientRect().height);

const ours = (messages: unknown[]) =>
  messages.filter((m): m is { type: string; id: string; height: number } => (m as { type?: string })?.type === 'icc-widgets:height');

/** Waits until our latest message reports the embed's current height; returns that height. */
async function reported({ doc, messages }: Embed): Promise<number> {
  await waitUntil(() => ours(messages).at(-1)?.height === contentHeight(doc), 'the current height was not reported', { timeout: 10000 });
  return contentHeight(doc);
}

/** Lets any message posted before now be delivered: messages between two windows arrive in order. */
async function flushMessages(target: Window): Promise<void> {
  const token = `flush-${Math.random()}`;
  await new Promise<void>((resolve) => {
    const listener = (event: MessageEvent) => {
      if (event.data !== token) return;
      target.removeEventListener('message', listener);
      resolve();
    };
    target.addEventListener('message', listener);
    target.postMessage(token, '*');
  });
}

describe('embed.html', () => {
  it('has nothing inline, so it can run under a strict CSP', async () => {
    const source = await (await fetch('/dist/embed.html')).text();
    // Less the dev server's own live-reload script, which it adds to every page it serves.
    const scripts = (source.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes('__web-dev-server'));
    expect(scripts).to.deep.equal(['<script type="module" src="./embed.js">']);
    expect(source).not.to.match(/<script>|<style\b|\sstyle=|\son[a-z]+=/i);
  });

  for (const tag of Object.keys(TITLES)) {
    it(`shows <${tag}> alone, under a strict CSP with Trusted Types`, async () => {
      const embed = await openEmbed(`widget=${tag}&id=t`);
      const { doc, win } = embed;
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      const el = await rendered(doc, tag);

      expect(titleOf(el)!.textContent!.trim()).to.equal(TITLES[tag]);
      expect(el.closest('main')).to.equal(doc.querySelector('main'));
      expect([...doc.querySelectorAll(TAGS)].map((e) => e.localName)).to.deep.equal(['icc-review', tag]);
      // A reader's choice re-renders under the same policy.
      const tab = el.shadowRoot!.querySelector<HTMLElement>('[role="tab"][aria-selected="false"], button.toggle, .part button');
      tab!.click();
      await reported(embed);
      expect(violations).to.deep.equal([]);
      if ('trustedTypes' in win) {
        // The page really enforces Trusted Types: an HTML string sink throws there.
        // eslint-disable-next-line no-restricted-syntax -- the probe is the point
        expect(() => { doc.createElement('div').innerHTML = '<b>x</b>'; }).to.throw();
      }
    });
  }

  it('hands issue, period, event, heading-level, lang and theme to the widget', async () => {
    const { doc } = await openEmbed('widget=us-icc-position&issue=article-98&period=obama&event=kampala-conference&heading-level=3&lang=en-GB&theme=dark&id=p');
    const el = await rendered(doc, 'us-icc-position');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="tab"][aria-selected="true"] .president')?.textContent === 'Barack H. Obama', 'the period was not selected');

    expect(el.getAttribute('issue')).to.equal('article-98');
    expect(el.getAttribute('period')).to.equal('obama');
    expect(el.getAttribute('event')).to.equal('kampala-conference');
    expect(titleOf(el)!.getAttribute('aria-level')).to.equal('3');
    expect(doc.querySelector('icc-review')!.getAttribute('lang')).to.equal('en-GB');

    expect(doc.documentElement.dataset.theme).to.equal('dark');
    const root = getComputedStyle(doc.documentElement);
    expect(root.colorScheme).to.equal('dark');
    expect(root.backgroundColor).to.equal('rgb(32, 33, 36)');
    // The custom properties reach into the shadow root, where the widget uses them.
    expect(getComputedStyle(el).getPropertyValue('--icc-color-text').trim()).to.equal('#e8eaed');
    expect(getComputedStyle(titleOf(el)!).color).to.equal('rgb(232, 234, 237)');
  });

  it('shows the review in the language asked for, and says so on its page: Arabic, right to left', async () => {
    const { doc } = await openEmbed('widget=icc-stance-compare&lang=ar&id=ar');
    const el = await rendered(doc, 'icc-stance-compare');
    await waitUntil(() => el.shadowRoot!.querySelector('.base')?.getAttribute('lang') === 'ar', 'the Arabic review did not arrive');
    expect(doc.documentElement.lang).to.equal('ar');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.base')!).direction).to.equal('rtl');
    const arabic = await (await fetch('/dist/content/ar.json')).json();
    expect(titleOf(el)!.textContent).to.not.equal('');
    expect(el.shadowRoot!.textContent).to.include(arabic.issues[0].title);
  });

  it('passes variant to the summary and keeps the light theme by default', async () => {
    const { doc } = await openEmbed('widget=icc-summary&variant=compact&id=s');
    const el = await rendered(doc, 'icc-summary');
    expect(el.getAttribute('variant')).to.equal('compact');
    expect(el.shadowRoot!.querySelector('button.toggle')).to.exist;
    expect(doc.documentElement.hasAttribute('data-theme')).to.be.false;
    expect(getComputedStyle(doc.documentElement).colorScheme).to.equal('light');
    expect(getComputedStyle(doc.body).marginTop).to.equal('0px');
  });

  it('drops values that are not what a parameter takes', async () => {
    const query = new URLSearchParams({
      widget: 'icc-stance-compare', issue: 'Article 98"><b>', period: '../obama', 'heading-level': '7',
      variant: 'x'.repeat(40), lang: '<en>', theme: 'neon', id: 'bad id!',
    });
    const embed = await openEmbed(query.toString());
    const el = await rendered(embed.doc, 'icc-stance-compare');
    for (const name of ['issue', 'period', 'heading-level', 'variant']) expect(el.hasAttribute(name), name).to.be.false;
    expect(embed.doc.querySelector('icc-review')!.hasAttribute('lang')).to.be.false;
    expect(embed.doc.documentElement.hasAttribute('data-theme')).to.be.false;
    // An id that cannot be matched safely means no message of ours.
    await flushMessages(window);
    await waitUntil(() => embed.messages.length > 0, 'the embed reported nothing at all');
    expect(ours(embed.messages)).to.deep.equal([]);
  });

  for (const widget of ['icc-review', 'script', 'Call 555-0100 now', '']) {
    it(`shows a plain error and no element for widget="${widget}"`, async () => {
      const embed = await openEmbed(`${widget ? `widget=${encodeURIComponent(widget)}&` : ''}id=e`);
      const { doc } = embed;
      await waitUntil(() => doc.querySelector('.embed-error'), 'no error was shown');
      const text = doc.querySelector('main')!.textContent!;
      expect(text).to.include('This explainer cannot be shown');
      for (const { tag: available } of WIDGETS) expect(text).to.include(available);
      // Never echoed: the query is anyone's to write.
      if (widget) expect(text).not.to.include(widget);
      expect(doc.querySelectorAll(TAGS)).to.have.length(0);
      // The host still learns the (small) height, so the frame does not sit tall and empty.
      expect(await reported(embed)).to.be.greaterThan(0);
    });
  }

  it('names its language, its title and a main landmark, and passes axe, in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      for (const tag of Object.keys(TITLES)) {
        const { doc, win } = await openEmbed(`widget=${tag}&theme=${theme}&id=a`, { csp: false });
        await rendered(doc, tag);
        expect(doc.documentElement.lang).to.equal('en');
        expect(doc.title).to.include('International Criminal Court');
        expect(doc.querySelectorAll('main')).to.have.length(1);
        // axe runs inside the embed's own document (no CSP on this load, so the test may add it).
        const script = doc.createElement('script');
        script.src = '/node_modules/axe-core/axe.min.js';
        await new Promise((resolve, reject) => {
          script.onload = resolve;
          script.onerror = reject;
          doc.head.append(script);
        });
        const { axe } = win as Window & { axe: Axe };
        // The article around the iframe has the page's h1; the widget's title is an h2 by default.
        const { violations } = await axe.run(doc, { rules: { 'page-has-heading-one': { enabled: false } } });
        expect(violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`), `${tag}, ${theme}`).to.deep.equal([]);
        cleanups.splice(0).forEach((cleanup) => cleanup());
      }
    }
  });
});

describe('embed.js height messages', () => {
  it('sends ours with the id and the document height, once per height', async () => {
    const embed = await openEmbed('widget=icc-stance-compare&id=compare-1');
    await rendered(embed.doc, 'icc-stance-compare');
    const height = await reported(embed);
    const sent = ours(embed.messages);
    expect(sent.at(-1)).to.deep.equal({ type: 'icc-widgets:height', id: 'compare-1', height });
    expect(height).to.be.greaterThan(200);
    sent.slice(1).forEach((m, i) => expect(m.height, 'the same height twice in a row').not.to.equal(sent[i].height));
  });

  it('sends a new height after a selection inside the frame changes it', async () => {
    const embed = await openEmbed('widget=icc-summary&variant=compact&id=grow');
    const el = await rendered(embed.doc, 'icc-summary');
    const compact = await reported(embed);
    el.shadowRoot!.querySelector<HTMLElement>('button.toggle')!.click();
    await waitUntil(() => ours(embed.messages).at(-1)!.height > compact, 'no taller height was reported');
    expect(await reported(embed)).to.be.greaterThan(compact + 200);
  });

  it('sends nothing of ours without an id', async () => {
    const embed = await openEmbed('widget=icc-summary&variant=compact');
    await rendered(embed.doc, 'icc-summary');
    await waitUntil(() => embed.messages.some((m) => (m as { sentinel?: string }).sentinel === 'amp'), 'no AMP message');
    expect(ours(embed.messages)).to.deep.equal([]);
  });

  it('speaks WordPress (with #?secret= only), AMP and pym.js (with childId only)', async () => {
    const embed = await openEmbed('widget=icc-summary&variant=compact&id=d&childId=pym-1', { hash: '#?secret=Ab12Cd34Ef' });
    await rendered(embed.doc, 'icc-summary');
    // Ours goes last, so every dialect of the same height has arrived by now.
    const height = await reported(embed);
    expect(embed.messages).to.deep.include({ secret: 'Ab12Cd34Ef', message: 'height', value: height });
    expect(embed.messages).to.deep.include({ sentinel: 'amp', type: 'embed-size', height });
    expect(embed.messages).to.include(`pymxPYMxpym-1xPYMxheightxPYMx${height}`);

    for (const hash of ['', '#secret=Ab12Cd34Ef', '#?secret=<b>']) {
      const plain = await openEmbed('widget=icc-summary&variant=compact&id=d', { hash });
      await rendered(plain.doc, 'icc-summary');
      const h = await reported(plain);
      expect(plain.messages, hash).to.deep.include({ sentinel: 'amp', type: 'embed-size', height: h });
      expect(plain.messages.filter((m) => (m as { message?: string }).message === 'height'), `wp-embed with "${hash}"`).to.deep.equal([]);
      expect(plain.messages.filter((m) => typeof m === 'string'), 'pym without childId').to.deep.equal([]);
    }
  });
});

describe('icc-embed-resize.js on a host page', () => {
  interface Host {
    win: Window & { messageListeners?: number; reportedBeforeScript?: number; frameHeightBeforeScript?: number };
    doc: Document;
    frame(id: string): HTMLIFrameElement;
  }

  async function openHost(page: string): Promise<Host> {
    const outer = frameOf(`/test/embed/${page}`, 900);
    outer.width = '800';
    await loaded(outer);
    const doc = outer.contentDocument!;
    return { win: outer.contentWindow as Host['win'], doc, frame: (id) => doc.querySelector<HTMLIFrameElement>(`iframe[data-icc-embed="${id}"]`)! };
  }

  /** The frame shows the whole document, no more and no less, with no scrollbar. */
  function fits(frame: HTMLIFrameElement): boolean {
    const inner = frame.contentDocument!.documentElement;
    return (
      Math.abs(frame.clientHeight - inner.scrollHeight) <= 1 &&
      Math.abs(frame.clientHeight - contentHeight(frame.contentDocument!)) <= 1 &&
      inner.scrollHeight <= inner.clientHeight
    );
  }

  const waitToFit = (frame: HTMLIFrameElement, what: string) =>
    waitUntil(() => contentHeight(frame.contentDocument!) > 200 && fits(frame), `${what}: the frame does not fit its content`, { timeout: 10000 });

  it('fits each frame to its widget and follows what the reader opens', async () => {
    const host = await openHost('host.html');
    const summary = host.frame('summary');
    const compare = host.frame('compare');
    await rendered(summary.contentDocument!, 'icc-summary');
    await rendered(compare.contentDocument!, 'icc-stance-compare');
    await waitToFit(summary, 'summary');
    await waitToFit(compare, 'compare (border-box)');

    const toggle = () => summary.contentDocument!.querySelector('icc-summary')!.shadowRoot!.querySelector<HTMLElement>('button.toggle')!;
    const compact = summary.clientHeight;
    toggle().click();
    await waitUntil(() => summary.clientHeight > compact + 200 && fits(summary), 'the frame did not grow with the full review', { timeout: 10000 });
    toggle().click();
    await waitUntil(() => Math.abs(summary.clientHeight - compact) <= 1 && fits(summary), 'the frame did not shrink back', { timeout: 10000 });

    // Another issue in the comparison: a different height, and the frame follows it.
    const before = compare.clientHeight;
    const tabs = [...compare.contentDocument!.querySelector('icc-stance-compare')!.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
    for (const tab of tabs.reverse()) {
      tab.click();
      await waitToFit(compare, tab.textContent!);
      if (compare.clientHeight !== before) break;
    }
    expect(compare.clientHeight, 'no issue changed the height').not.to.equal(before);
  });

  it('adds one listener when the page includes it twice', async () => {
    const host = await openHost('host.html');
    await waitToFit(host.frame('summary'), 'summary');
    expect(host.win.messageListeners).to.equal(1);
  });

  it('resizes only the iframe whose window, origin and data-icc-embed match the message', async () => {
    const host = await openHost('host.html');
    const summary = host.frame('summary');
    const compare = host.frame('compare');
    // Rendered first: while content loads, the frames hold a reserved height, then fit the widget.
    await rendered(summary.contentDocument!, 'icc-summary');
    await rendered(compare.contentDocument!, 'icc-stance-compare');
    await waitToFit(summary, 'summary');
    await waitToFit(compare, 'compare');
    const sizes = () => [summary.style.height, compare.style.height];
    const fitted = sizes();
    const message = { type: 'icc-widgets:height', id: 'summary', height: 77 };
    const dispatch = (data: unknown, source: Window | null, origin = location.origin) =>
      host.win.dispatchEvent(new (host.win as typeof window).MessageEvent('message', { data, source, origin }));

    // Posted by a window that is no embed: the host page itself, and this test page.
    host.win.postMessage(message, '*');
    await flushMessages(host.win);
    expect(sizes(), 'from the host window').to.deep.equal(fitted);

    dispatch(message, compare.contentWindow);
    expect(sizes(), 'from the other embed, with this one\'s id').to.deep.equal(fitted);
    dispatch(message, summary.contentWindow, 'https://elsewhere.example');
    expect(sizes(), 'from another origin').to.deep.equal(fitted);
    dispatch({ ...message, id: 'compare' }, summary.contentWindow);
    expect(sizes(), 'with another id').to.deep.equal(fitted);
    dispatch(message, null);
    expect(sizes(), 'from no window').to.deep.equal(fitted);
    for (const data of [
      null, 'icc-widgets:height', { ...message, type: 'height' }, { ...message, id: undefined }, { ...message, id: '"]*' },
      { ...message, height: '77' }, { ...message, height: NaN }, { ...message, height: Infinity }, { ...message, height: -77 },
      { ...message, height: 0 }, { ...message, height: 77.5 }, { ...message, height: 1e9 },
    ]) {
      dispatch(data, summary.contentWindow);
      expect(sizes(), JSON.stringify(data)).to.deep.equal(fitted);
    }

    // The same message from the right window, origin and id does resize: the checks above are not vacuous.
    dispatch(message, summary.contentWindow);
    expect(summary.style.height).to.equal('77px');
    expect(compare.style.height).to.equal(fitted[1]);
  });

  it('sizes frames that reported before the script loaded', async () => {
    const host = await openHost('host-late.html');
    const frame = host.doc.querySelector('iframe')!;
    await waitUntil(() => host.win.reportedBeforeScript, 'the late script was not added', { timeout: 10000 });
    // The fixture works: the frame was far from fitting when the script came.
    expect(host.win.frameHeightBeforeScript).to.equal(150);
    expect(host.win.reportedBeforeScript).to.be.greaterThan(300);
    await waitToFit(frame, 'late');
  });
});

describe('the iframe demo page', () => {
  it('fits its embed, and shows embed code whose id and data-icc-embed agree', async () => {
    const page = frameOf('/demo/embed.html', 900);
    page.width = '1000';
    await loaded(page);
    const doc = page.contentDocument!;
    const frame = doc.querySelector<HTMLIFrameElement>('iframe[data-icc-embed="compare"]')!;
    await rendered(frame.contentDocument!, 'icc-stance-compare');
    await waitUntil(() => Math.abs(frame.clientHeight - contentHeight(frame.contentDocument!)) <= 1, 'the demo embed was not fitted', { timeout: 10000 });

    const snippet = new DOMParser().parseFromString(doc.querySelector('pre code')!.textContent!, 'text/html');
    const iframe = snippet.querySelector('iframe')!;
    const src = new URL(iframe.getAttribute('src')!);
    expect(src.pathname).to.match(/\/embed\.html$/);
    expect(src.searchParams.get('widget')).to.equal('icc-stance-compare');
    expect(iframe.getAttribute('data-icc-embed')).to.equal(src.searchParams.get('id'));
    expect(iframe.getAttribute('title')).to.match(/\S/);
    expect(iframe.getAttribute('loading')).to.equal('lazy');
    expect(snippet.querySelector('script')!.getAttribute('src')).to.match(/\/icc-embed-resize\.js$/);
  });
});
