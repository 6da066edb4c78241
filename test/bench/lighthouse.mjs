// Lighthouse (npm package, node API) against a URL: category scores, the metrics and the
// audits that keep a score below 100. Default config = mobile, simulated throttling.
// Chrome is the system one (CHROME_PATH or /usr/bin/chromium); nothing is downloaded.
import lighthouseRun from 'lighthouse';
// chrome-launcher is lighthouse's own dependency (hoisted to node_modules/), not a direct one.
import { launch } from 'chrome-launcher';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** One Lighthouse run in a fresh Chrome; returns the LHR (Lighthouse result JSON). */
async function runOnce(url) {
  const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
  try {
    const result = await lighthouseRun(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`lighthouse: no result for ${url}`);
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    await chrome.kill();
  }
}

/** The audits below 0.9 (or errored) per category; the 'hidden' group (12.x's insight previews, TTI, raw tables) is left out. */
function failingAudits(lhr) {
  const failing = [];
  for (const [category, { auditRefs }] of Object.entries(lhr.categories)) {
    for (const ref of auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.group === 'hidden' || ['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode)) continue;
      if (audit.scoreDisplayMode === 'error' || (audit.score !== null && audit.score < 0.9)) {
        failing.push({ category, id: audit.id, title: audit.title, displayValue: audit.displayValue ?? audit.errorMessage ?? '' });
      }
    }
  }
  return failing;
}

const score = (lhr, id) => Math.round((lhr.categories[id].score ?? 0) * 100);
const metric = (lhr, id, digits = 0) => Number(lhr.audits[id].numericValue.toFixed(digits));

/**
 * Runs Lighthouse `runs` times and returns the median run by performance score:
 * scores 0-100, metrics in ms (cls unitless), and the failing audits. The median run's
 * full LHR is attached as a non-enumerable `lhr` (left out of JSON.stringify).
 */
export async function lighthouse(url, { runs = 1 } = {}) {
  const lhrs = [];
  for (let i = 0; i < runs; i++) lhrs.push(await runOnce(url)); // one at a time: parallel runs skew the timings
  lhrs.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
  const lhr = lhrs[Math.floor((lhrs.length - 1) / 2)];
  const result = {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    seo: score(lhr, 'seo'),
    tbt: metric(lhr, 'total-blocking-time'),
    lcp: metric(lhr, 'largest-contentful-paint'),
    fcp: metric(lhr, 'first-contentful-paint'),
    cls: metric(lhr, 'cumulative-layout-shift', 3),
    si: metric(lhr, 'speed-index'),
    failing: failingAudits(lhr),
  };
  return Object.defineProperty(result, 'lhr', { value: lhr });
}
