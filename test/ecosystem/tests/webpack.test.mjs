// webpack 5 with no configuration beyond its entry (what webpack-dev-server serves, from memory, is the
// development build): the package's content and words are emitted as assets and every widget loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import webpack from 'webpack';
import { preview } from 'vite';
import { expectWidgetsLoaded, here, installPackage } from '../harness.mjs';

installPackage();
const app = join(here, 'apps/webpack');

for (const mode of ['development', 'production']) {
  test(`webpack 5, ${mode} build: the widgets load their content`, async () => {
    const outDir = join(app, `node_modules/.dist-${mode}`);
    const stats = await new Promise((done, fail) => webpack({ mode, context: app, entry: './src/index.js', output: { path: outDir, clean: true } })
      .run((error, result) => (error ? fail(error) : done(result))));
    assert.equal(stats.hasErrors(), false, stats.toString('errors-only'));
    copyFileSync(join(app, 'index.html'), join(outDir, 'index.html'));
    // Served as any static host would (Vite's preview server only serves the folder here).
    const server = await preview({ root: app, configFile: false, logLevel: 'silent', build: { outDir }, preview: { port: 0 } });
    try {
      await expectWidgetsLoaded(server.resolvedUrls.local[0]);
    } finally {
      await server.close();
    }
  });
}
