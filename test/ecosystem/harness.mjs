// What every ecosystem test needs: the package as npm would install it (packed from the
// build, unpacked into node_modules/icc-widgets as a real folder, so bundlers treat it as a
// dependency and pre-bundle it), a Chromium page that records failed requests, and the
// text a widget shows.
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const here = resolve(import.meta.dirname);
const repo = resolve(here, '../..');

/** Where the packed file is kept, for tools that read the tarball (attw). */
export const tarball = join(here, 'node_modules/.pack/icc-widgets.tgz');

let installed = false;
/** Packs the built package (once per run) and unpacks it into test/ecosystem/node_modules/icc-widgets. */
export function installPackage() {
  if (installed) return;
  if (!existsSync(join(repo, 'dist/index.js'))) throw new Error('No build: run `npm run build` at the top of the repository first.');
  const into = join(here, 'node_modules/icc-widgets');
  const scratch = mkdtempSync(join(tmpdir(), 'icc-pack-'));
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: repo, encoding: 'utf8' }));
  rmSync(into, { recursive: true, force: true });
  mkdirSync(into, { recursive: true });
  mkdirSync(dirname(tarball), { recursive: true });
  copyFileSync(join(scratch, filename), tarball);
  execFileSync('tar', ['-xzf', tarball, '-C', into, '--strip-components=1']);
  rmSync(scratch, { recursive: true, force: true });
  installed = true;
}

const chromium = () => [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  .find((p) => p && existsSync(p));

/**
 * Opens `url` in headless Chromium; resolves to { page, failures, close }. Failures: requests answered
 * 4xx/5xx or not at all. `javaScript: false` loads it as a reader without JavaScript would.
 */
export async function open(url, { javaScript = true } = {}) {
  const executablePath = chromium();
  if (!executablePath) throw new Error('No Chromium: apt-get install --no-install-recommends chromium, or set CHROME_PATH.');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const failures = [];
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && failures.push(`${r.status()} ${r.url()}`));
  page.on('requestfailed', (r) => failures.push(`failed ${r.url()}`));
  page.on('pageerror', (e) => failures.push(`error ${e.message}`));
  await page.setJavaScriptEnabled(javaScript);
  await page.goto(url);
  return { page, failures, close: () => browser.close() };
}

/** Waits until each of `tags` shows its review (its title heading) and returns { tag: text shown }. */
export async function widgetTexts(page, tags) {
  await page.waitForFunction(
    (list) => list.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('#title, [part~="error"]')),
    { timeout: 20000 }, tags);
  return page.evaluate((list) => Object.fromEntries(list.map((tag) => {
    const root = document.querySelector(tag).shadowRoot;
    return [tag, (root.querySelector('.base')?.textContent ?? '').replace(/\s+/g, ' ').trim()];
  })), tags);
}

/**
 * The plain app's page (apps/vanilla, apps/webpack): the three widgets, the comparison in French. Asserts each
 * shows its review in its language and every request was answered.
 */
export async function expectWidgetsLoaded(url) {
  const { page, failures, close } = await open(url);
  try {
    const texts = await widgetTexts(page, ['icc-summary', 'us-icc-position', 'icc-stance-compare']);
    assert.deepEqual(failures, [], 'every request answered');
    assert.match(texts['icc-summary'], /The United States and the International Criminal Court/);
    assert.match(texts['us-icc-position'], /administration/i);
    // lang="fr" fetched the French review and the French interface words.
    assert.match(texts['icc-stance-compare'], /Les positions des États-Unis et de la Cour/);
    for (const [tag, text] of Object.entries(texts)) assert.doesNotMatch(text, /could not be (loaded|shown)/, tag);
  } finally {
    await close();
  }
}
