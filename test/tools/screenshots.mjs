/* global document */ // inside page.waitForFunction callbacks, which run in the browser
// `npm run screenshots` (builds first): pictures of every widget in Chromium at 320, 768 and 1200 px columns, light
// and dark, in every language, from the demo's gallery page, into dist/screenshots/ (git-ignored; English ones are
// named <tag>-<width>-<theme>.png, the others end in -<lang>). With --readme, the few the README shows are also
// written to demo/screenshots/ (committed).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const WIDTHS = [320, 768, 1200];
const THEMES = ['light', 'dark'];
/** The README's pictures: each widget on a phone, and the timeline on a desktop in dark and in Arabic. */
const README = ['icc-summary-320-light', 'us-icc-position-320-light', 'icc-stance-compare-320-light', 'us-icc-position-768-dark', 'us-icc-position-768-light-ar'];

const server = spawn(process.execPath, ['demo/serve.mjs'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
const origin = await new Promise((resolve, reject) => {
  server.stdout.on('data', (chunk) => {
    const match = /http:\/\/localhost:(\d+)/.exec(String(chunk));
    if (match) resolve(`http://localhost:${match[1]}`);
  });
  server.on('exit', (code) => reject(new Error(`the demo server stopped (${code})`)));
});

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
mkdirSync('dist/screenshots', { recursive: true });
mkdirSync('demo/screenshots', { recursive: true });
const { WIDGETS } = await import('../../dist/server/index.js');
const { LANGUAGES } = await import('../../dist/i18n/languages.js');
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1300, height: 900 });
  for (const lang of LANGUAGES) {
    for (const { tag } of WIDGETS) {
      for (const width of WIDTHS) {
        for (const theme of THEMES) {
          const frameId = `${tag}-${width}-${theme}`;
          const name = lang === 'en' ? frameId : `${frameId}-${lang}`;
          await page.goto(`${origin}/gallery.html?widget=${tag}&width=${width}&theme=${theme}&lang=${lang}`, { waitUntil: 'networkidle0' });
          await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('.base'), {}, tag);
          const frame = await page.$(`#${frameId} .column`);
          await frame.screenshot({ path: `dist/screenshots/${name}.png` });
          if (process.argv.includes('--readme') && README.includes(name)) copyFileSync(`dist/screenshots/${name}.png`, `demo/screenshots/${name}.png`);
          console.log(`screenshots: ${name}`);
        }
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
