// `npm run bench` (builds first): what a reader's phone pays for the widgets, as ratios to the floor.
// Chromium (system copy) through the DevTools protocol, CPU throttled 4×, every timed pair interleaved (A B A B,
// PAIRS times, default 15) and reported as medians; bytes are gzip (level 9) of what each page downloads.
// Writes test/bench/results.json and test/bench/RESULTS.md (the table, the date, the machine). Ratios, not
// milliseconds, are what compare between machines. Not part of `npm test`: nothing here is a pass/fail test.
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { minify } from '../../rollup.config.mjs';
import { pages, documents, snippets } from './pages.mjs';
import { timelineJsPainted, positionPainted } from './timelinejs.mjs';
import { CPU_THROTTLE, NETWORK, median, retainedHeap, selectionLatency, staticPainted, timeToPainted, widgetsPainted } from './measure.mjs';
import { lighthouse } from './lighthouse.mjs';

const PAIRS = Number(process.env.PAIRS ?? 15);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
/** Compressed answers, as any server sends text: throughput counts when the network is emulated. */
const compressed = new Map();
const gzipped = (path, body) => compressed.get(path) ?? compressed.set(path, gzipSync(body, { level: 9 })).get(path);

// The bench's own server: the pages above from memory, everything else from the repository (dist/, node_modules/).
// It counts the gzip bytes of each answer, so a page's weight is what it actually asked for.
let served = [];
const types = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.html': 'text/html', '.woff2': 'font/woff2', '.woff': 'font/woff', '.svg': 'image/svg+xml', '.png': 'image/png' };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname).slice(1);
  let body = pages[path] ?? documents[path];
  const type = pages[path] ? 'text/html' : types[extname(path)] ?? 'application/octet-stream';
  if (body === undefined) {
    try {
      body = readFileSync(join('.', path));
    } catch {
      return response.writeHead(404).end();
    }
  }
  const packed = gzipped(path, Buffer.from(body));
  served.push({ path, gzip: packed.length });
  if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' }).end(packed);
  else response.writeHead(200, { 'content-type': type }).end(body);
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: CHROME,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-extensions'],
});

/** Median milliseconds to painted for two pages measured in turn, PAIRS times. */
async function pair([a, probeA], [b, probeB]) {
  const times = { [a]: [], [b]: [] };
  for (let i = 0; i < PAIRS; i++) {
    times[a].push(await timeToPainted(browser, `${origin}/${a}`, probeA));
    times[b].push(await timeToPainted(browser, `${origin}/${b}`, probeB));
    process.stdout.write('.');
  }
  return { [a]: median(times[a]), [b]: median(times[b]) };
}

/** Gzip bytes a page downloads until it is painted and the network is quiet, by file. */
async function weight(name, probe) {
  served = [];
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setCacheEnabled(false);
  await tab.goto(`${origin}/${name}`, { waitUntil: 'networkidle0' });
  await tab.waitForFunction(probe, { timeout: 60_000 });
  await context.close();
  return { total: served.reduce((n, f) => n + f.gzip, 0), files: served };
}

/** The floor's code: a bare LitElement, bundled and minified as dist/icc-widgets.js is. */
async function bareLit() {
  const source = "import { LitElement, html } from 'lit'; customElements.define('x-bare', class extends LitElement { render() { return html`<p>bare</p>`; } });";
  const bundle = await rollup({
    input: 'bare',
    plugins: [{ name: 'bare', resolveId: (id) => (id === 'bare' ? id : null), load: (id) => (id === 'bare' ? source : null) }, nodeResolve(),
      ...minify(true)],
  });
  const { output } = await bundle.generate({ format: 'es' });
  return gzip(Buffer.from(output[0].code));
}

/** Lighthouse (mobile) on the demo article, served by `npm start`'s server. */
async function lighthouseDemo() {
  const port = 8700 + Math.floor(Math.random() * 200);
  const demo = spawn(process.execPath, ['demo/serve.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    demo.stdout.once('data', resolve);
    demo.once('exit', reject);
  });
  try {
    return await lighthouse(`http://127.0.0.1:${port}/`, { runs: Number(process.env.LIGHTHOUSE_RUNS ?? 3) });
  } finally {
    demo.kill();
  }
}

const chromium = (await browser.version()).replace(/^\D+/, '');
const machine = `${cpus().length} cores (${cpus()[0].model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GB memory, Chromium ${chromium}, Node ${process.versions.node}`;
const conditions = `CPU ${CPU_THROTTLE}× slower${NETWORK ? ', network slow 4G (150 ms, 1.6 Mbit/s)' : ''}`;
console.log(`icc-widgets bench: ${PAIRS} interleaved pairs, ${conditions}; ${machine}`);
const rows = [];
const row = (figure, value, goal, detail) => {
  rows.push({ figure, value, goal, detail });
  console.log(`\n${figure}: ${typeof value === 'number' ? value.toFixed(2) : value} (goal ${goal})  ${detail}`);
};

const timeline = await pair(['position', positionPainted], ['timelinejs', timelineJsPainted]);
row('`<us-icc-position>` time to painted timeline ÷ TimelineJS, same events', timeline.position / timeline.timelinejs, '≤ 0.25',
  `${timeline.position.toFixed(0)} ms vs ${timeline.timelinejs.toFixed(0)} ms`);
const positionBytes = await weight('position', positionPainted);
const timelineBytes = await weight('timelinejs', timelineJsPainted);
row('gzip bytes for that page ÷ TimelineJS\'s', positionBytes.total / timelineBytes.total, '≤ 0.3',
  `${positionBytes.total} B vs ${timelineBytes.total} B`);

const threeBytes = await weight('script-3', widgetsPainted);
const downloaded = threeBytes.files.filter((f) => !pages[f.path]).reduce((n, f) => n + f.gzip, 0);
// The content the page shows: the parts of the bundled review its widgets drew (all but the sources' entries).
const content = threeBytes.files.filter((f) => f.path.startsWith('dist/content/')).reduce((n, f) => n + f.gzip, 0);
const lit = await bareLit();
row('script-tag bundle + content a page downloads ÷ the floor (bare LitElement + the content it shows)', downloaded / (lit + content), '≤ 1.15',
  `${downloaded} B (${threeBytes.files.filter((f) => !pages[f.path]).map((f) => `${f.path} ${f.gzip}`).join(', ')}) vs ${lit} B + ${content} B`);

const three = await pair(['script-3', widgetsPainted], ['static-3', staticPainted]);
row('time to all three widgets painted, script-tag page ÷ static HTML of the same text', three['script-3'] / three['static-3'], '≤ 1.1',
  `${three['script-3'].toFixed(0)} ms vs ${three['static-3'].toFixed(0)} ms`);
const hundred = await pair(['script-100', widgetsPainted], ['static-100', staticPainted]);
row('the same with 100 widgets on one page', hundred['script-100'] / hundred['static-100'], '≤ 1.5',
  `${hundred['script-100'].toFixed(0)} ms vs ${hundred['static-100'].toFixed(0)} ms`);

const ssr = Object.values(snippets).reduce((n, s) => n + Buffer.byteLength(s.ssr), 0);
const plain = Object.values(snippets).reduce((n, s) => n + Buffer.byteLength(s.static), 0);
row('server-rendered snippet bytes ÷ static HTML of the same text', ssr / plain, '≤ 2',
  `${ssr} B vs ${plain} B for the three widgets (${Object.entries(snippets).map(([tag, s]) => `${tag} ${(Buffer.byteLength(s.ssr) / Buffer.byteLength(s.static)).toFixed(2)}`).join(', ')})`);

const latency = await selectionLatency(browser, `${origin}/script-3`);
row('a reader\'s selection until every widget on the page has updated', `${latency.first.toFixed(1)} ms`, '≤ 16 ms',
  `median over the first visit of each issue (${latency.clicks} clicks on the comparison's tabs), three widgets, CPU ${CPU_THROTTLE}×; a second round through them: ${latency.again.toFixed(1)} ms`);
const latency100 = await selectionLatency(browser, `${origin}/script-100`);
row('the same with 100 widgets on one page', `${latency100.first.toFixed(1)} ms`, '–', `informative; a second round: ${latency100.again.toFixed(1)} ms`);

const heap = await retainedHeap(browser, `${origin}/script-0`);
row('JS heap retained after 1000 mount/unmount cycles (forced GC)', `${(heap / 1000).toFixed(1)} kB`, '≤ 100 kB', 'the three widgets in turn, after a warm-up of 30');
await browser.close();
server.close();

const lh = process.env.LIGHTHOUSE === '0' ? undefined : await lighthouseDemo();
if (lh) {
  row('Lighthouse 12 mobile on the demo article', `performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices}, SEO ${lh.seo}`,
    'performance ≥ 98; others 100', `TBT ${lh.tbt.toFixed(0)} ms, LCP ${lh.lcp.toFixed(0)} ms, FCP ${lh.fcp.toFixed(0)} ms, CLS ${lh.cls.toFixed(3)}; below 0.9: ${lh.failing.map((f) => f.id).join(', ') || 'none'}`);
}

const results = { date: new Date().toISOString(), pairs: PAIRS, cpuThrottle: CPU_THROTTLE, network: NETWORK ?? 'loopback', machine, rows, lighthouse: lh };
writeFileSync('test/bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
const cell = (v) => (typeof v === 'number' ? v.toFixed(2) : v);
writeFileSync('test/bench/RESULTS.md', `# Bench results

Written by \`npm run bench\` on ${results.date.slice(0, 10)}: ${machine}. ${PAIRS} interleaved pairs per timed row,
${conditions}, medians; bytes are gzip (level 9) of what each page downloaded. Reproduce with
\`npm install && npm run bench\` (PAIRS=…, BENCH_CPU=…, BENCH_NETWORK=slow4g, LIGHTHOUSE=0 to skip Lighthouse); the raw figures are in
\`results.json\` beside this file (not committed).

| figure | measured | goal | detail |
|---|---|---|---|
${rows.map((r) => `| ${r.figure} | ${cell(r.value)} | ${r.goal} | ${r.detail.replace(/\|/g, '\\|')} |`).join('\n')}
`);
console.log('\nwrote test/bench/results.json and test/bench/RESULTS.md');
