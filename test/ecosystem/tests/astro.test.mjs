// Astro, server rendering as FRAMEWORKS.md writes it: the page renders the widgets with the
// package's Node API, so readers without JavaScript get them whole; with JavaScript the widgets
// hydrate in place (Lit's hydration support imported first) and respond.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build, dev, preview } from 'astro';
import { here, installPackage, open } from '../harness.mjs';

installPackage();
const root = join(here, 'apps/astro');
const outDir = join(root, 'node_modules/.dist');

const shadowText = (page, tag) => page.evaluate((t) => document.querySelector(t).shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '', tag);

test('Astro: server-rendered widgets read without JavaScript, then hydrate and respond', async () => {
  await build({ root, outDir, logLevel: 'error' });
  const server = await preview({ root, outDir, logLevel: 'error', server: { port: 0 } });
  const url = `http://localhost:${server.port}/`;
  try {
    const plain = await open(url, { javaScript: false });
    try {
      // Declarative shadow DOM: the parser attaches the shadow roots, no script needed.
      assert.match(await shadowText(plain.page, 'icc-summary'), /The United States and the International Criminal Court/);
      const chosen = await plain.page.evaluate(() => document.querySelector('icc-stance-compare').shadowRoot.querySelector('[role="tab"][aria-selected="true"]')?.textContent.trim());
      assert.match(chosen ?? '', /[Ss]anctions/);
    } finally {
      await plain.close();
    }

    const { page, failures, close } = await open(url);
    try {
      await page.waitForFunction(() => ['icc-summary', 'icc-stance-compare'].every((t) => !document.querySelector(t).hasAttribute('defer-hydration')), { timeout: 20000 });
      // Hydrated: a click on another issue's tab selects it.
      const id = await page.evaluate(() => {
        const el = document.querySelector('icc-stance-compare');
        const tab = [...el.shadowRoot.querySelectorAll('[role="tab"]')].find((t) => t.getAttribute('aria-selected') !== 'true');
        tab.click();
        return el.updateComplete.then(() => el.issue);
      });
      assert.ok(id && id !== 'sanctions', `the click chose another issue (${id})`);
      assert.deepEqual(failures, []);
    } finally {
      await close();
    }
  } finally {
    await server.stop();
  }
});

test('Astro dev server, no configuration: the server-rendered widgets hydrate with their content', async () => {
  const server = await dev({ root, logLevel: 'error', server: { port: 0 } });
  const { page, failures, close } = await open(`http://localhost:${server.address.port}/`);
  try {
    await page.waitForFunction(() => ['icc-summary', 'icc-stance-compare'].every((t) => {
      const el = document.querySelector(t);
      return el.hasUpdated && !el.hasAttribute('defer-hydration');
    }), { timeout: 30000 });
    assert.match(await shadowText(page, 'icc-summary'), /The United States and the International Criminal Court/);
    assert.deepEqual(failures, []);
  } finally {
    await close();
    await server.stop();
  }
});
