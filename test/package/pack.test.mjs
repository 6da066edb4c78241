// What `npm pack` ships: the build, README, LICENSE, CHANGELOG and package.json, and
// nothing else; every address package.json gives (exports, bin, types, manifest) is in it.
// Needs the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = pack.files.map((f) => f.path);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('ships dist/, README, LICENSE, CHANGELOG and package.json only, without source maps', () => {
  const outside = files.filter((f) => !f.startsWith('dist/'));
  assert.deepEqual(outside.sort(), ['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json']);
  assert.deepEqual(files.filter((f) => f.endsWith('.map')), []);
  // The WordPress plugin is built into dist/ too (npm run build:wordpress), but ships on its own.
  assert.deepEqual(files.filter((f) => f.startsWith('dist/wordpress/') || f.endsWith('.zip')), []);
  // Nothing of the tests, the demo or the sources slipped into dist/.
  assert.deepEqual(files.filter((f) => /\.(ts|tsx|mjs)$/.test(f) && !f.endsWith('.d.ts') && f !== 'dist/server/cli.js'), []);
});

test('ships every file package.json points to', () => {
  const targets = [];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(pkg.exports);
  walk(pkg.bin);
  for (const key of ['main', 'module', 'types', 'customElements', 'web-types']) walk(pkg[key]);
  const has = (target) => {
    const path = target.replace(/^\.\//, '');
    if (!path.includes('*')) return files.includes(path);
    const pattern = new RegExp(`^${path.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`);
    return files.some((f) => pattern.test(f));
  };
  assert.ok(targets.length > 10);
  for (const target of targets) assert.ok(has(target), `${target} is in the package`);
});

test('ships each language\'s content and words, the bundles, the embed and the schema', () => {
  for (const lang of ['en', 'fr', 'es', 'ar']) {
    assert.ok(files.includes(`dist/content/${lang}.json`), `content ${lang}`);
    assert.ok(files.includes(`dist/i18n/${lang}.js`), `words ${lang}`);
  }
  for (const file of ['dist/icc-widgets.js', 'dist/icc-widgets.classic.js', 'dist/icc-widgets.css', 'dist/embed.html',
    'dist/embed.js', 'dist/icc-embed-resize.js', 'dist/content.schema.json', 'dist/custom-elements.json']) {
    assert.ok(files.includes(file), file);
  }
  // What the script-tag bundle loads on demand (the validator) sits beside it.
  assert.ok(files.some((f) => /^dist\/chunks\/validate-[\w-]+\.js$/.test(f)), 'the validator chunk');
});

test('ships content that passes the validator: readers\' browsers read the bundled content without it', async () => {
  const { validateContent } = await import('../../dist/index.js');
  for (const lang of ['en', 'fr', 'es', 'ar']) {
    const result = validateContent(JSON.parse(readFileSync(`dist/content/${lang}.json`, 'utf8')));
    assert.deepEqual(result.ok ? [] : result.problems, [], lang);
  }
});
