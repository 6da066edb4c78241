/* global window, document */ // inside page.evaluate callbacks, which run in the browser
// `npm run bench` (after `npm run build`): how much slower than plain HTML is a
// widget? Loads three pages with the same content in headless Chromium, N times
// each, and reports medians and ratios to the static page:
//   static   the review as plain HTML (the server renderer's light-DOM copy), no script
//   script   <icc-summary> + the module bundle: renders in the browser after fetching content
//   ssr      the server-rendered widget (declarative shadow DOM) + the module bundle, which hydrates
// Metrics: when the review's text is first painted (largest contentful paint),
// main-thread task time, and bytes transferred. Ratios, not absolute times,
// are what to compare between machines.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { renderWidget, bundledContent, WIDGETS } from '../../dist/server/index.js';
import { Review } from '../../dist/content/review.js';

const RUNS = Number(process.env.RUNS ?? 7);
const page = (body, script = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bench</title>${script}</head><body><main>${body}</main></body></html>`;
const module = '<script type="module" src="/dist/icc-widgets.js"></script>';
const pages = {
  static: page(collectResultSync(render(WIDGETS.find((w) => w.tag === 'icc-summary').lightCopy(Review.of(bundledContent()), { level: 2 })))),
  script: page('<icc-summary></icc-summary>', module),
  ssr: page(renderWidget('icc-summary'), module),
};

const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  if (pages[path.slice(1)]) return response.writeHead(200, { 'content-type': 'text/html' }).end(pages[path.slice(1)]);
  let file;
  try {
    file = readFileSync(join('.', path));
  } catch {
    return response.writeHead(404).end();
  }
  const type = { '.js': 'text/javascript', '.json': 'application/json' }[extname(path)] ?? 'application/octet-stream';
  response.writeHead(200, { 'content-type': type }).end(file);
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

async function measure(name) {
  const tab = await browser.newPage();
  await tab.setCacheEnabled(false);
  await tab.evaluateOnNewDocument(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  tab.on('pageerror', (e) => console.error(name, String(e)));
  await tab.goto(`${origin}/${name}`, { waitUntil: 'networkidle0' });
  // The review is there: in the shadow root for the widgets, in the page for static HTML.
  await tab.waitForFunction(() => {
    const el = document.querySelector('icc-summary');
    return el ? el.shadowRoot?.querySelector('.part') && !el.hasAttribute('defer-hydration') : document.querySelector('h3');
  }, { timeout: 60000 });
  const { lcp, bytes } = await tab.evaluate(() => ({
    lcp: window.__lcp,
    // Decoded sizes: the same on any server, compressed or not.
    bytes: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].reduce((n, e) => n + e.decodedBodySize, 0),
  }));
  const { TaskDuration } = await tab.metrics();
  await tab.close();
  return { lcp, task: TaskDuration * 1000, bytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = {};
for (const name of Object.keys(pages)) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(name));
  results[name] = { lcp: median(runs.map((r) => r.lcp)), task: median(runs.map((r) => r.task)), bytes: median(runs.map((r) => r.bytes)) };
}
await browser.close();
server.close();

const base = results.static;
console.log(`icc-widgets bench: <icc-summary>, bundled English content, ${RUNS} runs each, medians (Chromium, localhost)`);
console.log('page     text painted (LCP)      main-thread tasks       bytes (decoded)');
for (const [name, r] of Object.entries(results)) {
  const cell = (v, b, unit) => `${v.toFixed(0).padStart(7)} ${unit} (x${(v / b).toFixed(2)})`.padEnd(24);
  console.log(`${name.padEnd(8)} ${cell(r.lcp, base.lcp, 'ms')}${cell(r.task, base.task, 'ms')}${cell(r.bytes, base.bytes, 'B ')}`);
}
