// webpack 5 with no configuration beyond its entry (what webpack-dev-server serves, from memory, is the
// development build): the package's content and words are emitted as assets and every widget loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import webpack from 'webpack';
import { here, installPackage, open, serveFolder, widgetTexts } from '../harness.mjs';

installPackage();
const app = join(here, 'apps/webpack');

for (const mode of ['development', 'production']) {
  test(`webpack 5, ${mode} build: the widgets load their content`, async () => {
    const outDir = join(app, `node_modules/.dist-${mode}`);
    const stats = await new Promise((done, fail) => webpack({ mode, context: app, entry: './src/index.js', output: { path: outDir, clean: true } })
      .run((error, result) => (error ? fail(error) : done(result))));
    assert.equal(stats.hasErrors(), false, stats.toString('errors-only'));
    copyFileSync(join(app, 'index.html'), join(outDir, 'index.html'));
    const server = await serveFolder(outDir);
    const { page, failures, close } = await open(server.url);
    try {
      const texts = await widgetTexts(page, ['icc-summary', 'us-icc-position', 'icc-stance-compare']);
      assert.deepEqual(failures, []);
      assert.match(texts['icc-summary'], /The United States and the International Criminal Court/);
      assert.match(texts['icc-stance-compare'], /Les positions des États-Unis et de la Cour/);
    } finally {
      await close();
      await server.close();
    }
  });
}
