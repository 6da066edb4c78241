/* global window, document, requestAnimationFrame */ // the predicates and probes run in the page
// Measurements in headless Chromium through the DevTools protocol, each in a fresh incognito context (nothing
// cached), with the CPU throttled (4× by default: a mid-range phone) unless said otherwise.

export const CPU_THROTTLE = Number(process.env.BENCH_CPU ?? 4);
/**
 * BENCH_NETWORK=slow4g adds Lighthouse's mobile network (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) to
 * the timed pages; by default the network is this machine's loopback, so only the CPU tells pages apart.
 */
export const NETWORK = process.env.BENCH_NETWORK === 'slow4g'
  ? { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 }
  : undefined;

/** A fresh page, throttled; `probe` (a self-contained predicate) is polled every frame from the first one. */
async function open(browser, { throttle = CPU_THROTTLE, probe } = {}) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (NETWORK && throttle > 1) await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await tab.setCacheEnabled(false);
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  if (probe) {
    // Checked in each animation frame, just before that frame paints: the first frame it holds is the one that
    // shows it. Set up before any of the page's own script runs.
    await tab.evaluateOnNewDocument(`(() => {
      const done = ${probe};
      const check = () => { try { if (done()) { window.__painted = performance.now(); return; } } catch {} requestAnimationFrame(check); };
      requestAnimationFrame(check);
    })()`);
  }
  return { tab, cdp, errors, close: () => context.close() };
}

/** Opens `url` in a page made by `open` with a probe; resolves with the milliseconds until the probe first held. */
async function painted(page, url) {
  await page.tab.goto(url, { waitUntil: 'domcontentloaded', timeout: 300_000 });
  await page.tab.waitForFunction(() => window.__painted !== undefined, { timeout: 300_000, polling: 50 });
  return page.tab.evaluate(() => window.__painted);
}

/** Milliseconds from navigation to the first frame in which `probe` holds. */
export async function timeToPainted(browser, url, probe) {
  const page = await open(browser, { probe });
  try {
    const time = await painted(page, url);
    if (page.errors.length) throw new Error(`${url}: ${page.errors.join('; ')}`);
    return time;
  } finally {
    await page.close();
  }
}

/** The static page is painted once it is parsed (it has no script); the widget pages once every widget shows content. */
export const staticPainted = () => document.readyState !== 'loading' && !!document.querySelector('main')?.lastElementChild;
export const widgetsPainted = () => {
  const widgets = document.querySelectorAll('icc-summary, us-icc-position, icc-stance-compare');
  return document.readyState !== 'loading' && widgets.length > 0
    && [...widgets].every((w) => w.shadowRoot?.querySelector('[part~="base"]') && !w.hasAttribute('defer-hydration'));
};

/**
 * Milliseconds from a reader's click on an issue in the comparison until every widget on the page has rendered
 * the new selection (each widget's `updateComplete`): `first`, the median over the first visit of each issue
 * (every other tab once, as a reader meets them: code and caches still cold), and `again`, over a second round
 * through all of them. One median over fifteen clicks mixed nine first visits with six revisits and swung
 * between the two from page to page (15 to 34 ms with the same code).
 */
export async function selectionLatency(browser, url) {
  const page = await open(browser, { probe: widgetsPainted });
  try {
    await painted(page, url);
    const { first, again } = await page.tab.evaluate(async () => {
      const widgets = [...document.querySelectorAll('icc-summary, us-icc-position, icc-stance-compare')];
      const tabs = [...widgets.find((w) => w.localName === 'icc-stance-compare').shadowRoot.querySelectorAll('[role="tab"]')];
      const time = async (tab) => {
        const start = performance.now();
        tab.click();
        await Promise.all(widgets.map((w) => w.updateComplete));
        const took = performance.now() - start;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
        return took;
      };
      const first = [];
      const again = [];
      for (const tab of tabs.slice(1)) first.push(await time(tab));
      for (const tab of tabs) again.push(await time(tab));
      return { first, again };
    });
    if (page.errors.length) throw new Error(`${url}: ${page.errors.join('; ')}`);
    return { first: median(first), again: median(again), clicks: first.length };
  } finally {
    await page.close();
  }
}

/**
 * Bytes of JS heap still held after `cycles` mounts and unmounts of the widgets (the three in turn), after
 * forced garbage collection, against the heap after a warm-up of the same. Not throttled: nothing is timed.
 */
export async function retainedHeap(browser, url, cycles = 1000) {
  const page = await open(browser, { throttle: 1 });
  const used = async () => {
    await page.cdp.send('HeapProfiler.collectGarbage');
    await page.cdp.send('HeapProfiler.collectGarbage');
    return (await page.cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const mount = (n) => page.tab.evaluate(async (n) => {
    const tags = ['icc-summary', 'us-icc-position', 'icc-stance-compare'];
    for (let i = 0; i < n; i++) {
      const widget = document.createElement(tags[i % 3]);
      document.body.append(widget);
      // Until it shows content (the first waits for the download, the others find it in the page's store).
      while (!widget.shadowRoot?.querySelector('[part~="base"]')) await widget.updateComplete.then(() => new Promise((r) => setTimeout(r, 5)));
      widget.remove();
    }
  }, n);
  try {
    await page.tab.goto(url, { waitUntil: 'load' });
    await mount(30);
    const before = await used();
    await mount(cycles);
    const after = await used();
    if (page.errors.length) throw new Error(`${url}: ${page.errors.join('; ')}`);
    return after - before;
  } finally {
    await page.close();
  }
}

export const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
