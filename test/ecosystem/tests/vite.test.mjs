// Vite, where most adopters start: an app with no Vite configuration imports the package;
// in the dev server of Vite 8 and of Vite 7 (which Astro 5's dev server runs on) and in a
// production build, every widget loads the bundled review in its own language.
import { test } from 'node:test';
import { join } from 'node:path';
import { expectWidgetsLoaded, here, installPackage } from '../harness.mjs';

const app = join(here, 'apps/vanilla');

installPackage();

for (const [name, vite] of [['Vite 8', 'vite'], ['Vite 7', 'vite-7']]) {
  test(`${name} dev server, no configuration: the widgets load their content`, async () => {
    const { createServer } = await import(vite);
    // Only what a test needs beside the app's zero configuration: a free port, quiet logs, pre-bundling afresh.
    const server = await createServer({ root: app, configFile: false, logLevel: 'silent', optimizeDeps: { force: true }, server: { port: 0 } });
    await server.listen();
    try {
      await expectWidgetsLoaded(server.resolvedUrls.local[0]);
    } finally {
      await server.close();
    }
  });
}

test('Vite 8 production build and preview: the widgets load their content', async () => {
  const { build, preview } = await import('vite');
  const outDir = join(app, 'node_modules/.build');
  await build({ root: app, configFile: false, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root: app, configFile: false, logLevel: 'silent', build: { outDir }, preview: { port: 0 } });
  try {
    await expectWidgetsLoaded(server.resolvedUrls.local[0]);
  } finally {
    await server.close();
  }
});
