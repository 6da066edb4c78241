// What every ecosystem test needs: the package as npm would install it (packed from the
// build, unpacked into node_modules/icc-widgets as a real folder, so bundlers treat it as a
// dependency and pre-bundle it), a Chromium page that records failed requests, and the
// text a widget shows.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const here = resolve(import.meta.dirname);
const repo = resolve(here, '../..');

let installed = false;
/** Packs the built package and unpacks it into test/ecosystem/node_modules/icc-widgets. Returns the packed file list. */
export function installPackage() {
  if (!existsSync(join(repo, 'dist/index.js'))) throw new Error('No build: run `npm run build` at the top of the repository first.');
  const into = join(here, 'node_modules/icc-widgets');
  const scratch = mkdtempSync(join(tmpdir(), 'icc-pack-'));
  const [{ filename, files }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: repo, encoding: 'utf8' }));
  if (!installed) {
    rmSync(into, { recursive: true, force: true });
    mkdirSync(into, { recursive: true });
    execFileSync('tar', ['-xzf', join(scratch, filename), '-C', into, '--strip-components=1']);
    installed = true;
  }
  rmSync(scratch, { recursive: true, force: true });
  return files.map((f) => f.path);
}

const chromium = () => [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  .find((p) => p && existsSync(p));

/** Opens `url` in headless Chromium; resolves to { page, failures, close }. Failures: requests answered 4xx/5xx or not at all. */
export async function open(url) {
  const executablePath = chromium();
  if (!executablePath) throw new Error('No Chromium: apt-get install --no-install-recommends chromium, or set CHROME_PATH.');
  const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const failures = [];
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && failures.push(`${r.status()} ${r.url()}`));
  page.on('requestfailed', (r) => failures.push(`failed ${r.url()}`));
  page.on('pageerror', (e) => failures.push(`error ${e.message}`));
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
