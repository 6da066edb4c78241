// React 19, Vue 3 and Svelte 5 apps as FRAMEWORKS.md writes them: React and Vue type-check strictly
// against the generated element types (which reject what the elements do not take); each builds with
// Vite and in Chromium renders every widget, passes `issue` in, and hears `icc-select` back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { here, installPackage, open, widgetTexts } from '../harness.mjs';

installPackage();
const content = JSON.parse(readFileSync(join(here, 'node_modules/icc-widgets/dist/content/en.json'), 'utf8'));
const issueTitle = (id) => content.issues.find((issue) => issue.id === id).title;

const APPS = [
  { name: 'React 19', dir: 'react', typecheck: 'tsc' },
  { name: 'Vue 3', dir: 'vue', typecheck: 'vue-tsc' },
  { name: 'Svelte 5', dir: 'svelte' },
];

/** The compare widget's selected issue as a reader sees it: the chosen tab's text. */
const chosenTab = (page) => page.evaluate(() =>
  document.querySelector('icc-stance-compare').shadowRoot.querySelector('[role="tab"][aria-selected="true"]').textContent.replace(/\s+/g, ' ').trim());

for (const { name, dir, typecheck } of APPS) {
  const root = join(here, 'apps', dir);

  if (typecheck) test(`${name}: the app type-checks strictly, and the types refuse wrong attributes`, () => {
    const run = spawnSync(join(here, 'node_modules/.bin', typecheck), ['-p', root], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  test(`${name}: built with Vite, it renders every widget, sets issue and hears icc-select`, async () => {
    const outDir = join(root, 'node_modules/.dist');
    await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const server = await preview({ root, logLevel: 'silent', build: { outDir }, preview: { port: 0 } });
    const { page, failures, close } = await open(server.resolvedUrls.local[0]);
    try {
      const texts = await widgetTexts(page, ['icc-summary', 'us-icc-position', 'icc-stance-compare']);
      assert.match(texts['icc-summary'], /The United States and the International Criminal Court/);
      assert.deepEqual(failures, []);
      // The app's state went in as the issue property.
      assert.match(await chosenTab(page), new RegExp(issueTitle('sanctions').slice(0, 20)));
      // A reader's choice comes back as icc-select, into the app's state.
      const other = content.issues.find((issue) => issue.id !== 'sanctions');
      await page.evaluate((title) => [...document.querySelector('icc-stance-compare').shadowRoot.querySelectorAll('[role="tab"]')]
        .find((tab) => tab.textContent.includes(title)).click(), other.title);
      await page.waitForFunction((id) => document.querySelector('#picked').textContent === `issue ${id}`, { timeout: 5000 }, other.id);
      // The app sets the issue again.
      await page.click('#article-98');
      await page.waitForFunction(() => document.querySelector('icc-stance-compare').issue === 'article-98', { timeout: 5000 });
      assert.match(await chosenTab(page), new RegExp(issueTitle('article-98').slice(0, 20)));
    } finally {
      await close();
      await server.close();
    }
  });
}
