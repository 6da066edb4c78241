// dist/custom-elements.json, which editors, linters and wrapper generators
// read: it must describe what the elements really do. Needs the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: m.path })));
const sourceOf = (tag) =>
  readdirSync(`src/elements/${tag}`).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(`src/elements/${tag}/${f}`, 'utf8')).join('\n');

test('lists every element folder under its tag', () => {
  const folders = readdirSync('src/elements', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  assert.deepEqual(elements.map((e) => e.tagName).sort(), folders.sort());
});

test('lists only the events each element dispatches, typed with their detail', () => {
  const exported = readFileSync('dist/types/events.d.ts', 'utf8');
  for (const element of elements) {
    // Every element reports load failures; only those whose code makes a reader's choice fire icc-select.
    const expected = ['icc-error', ...(sourceOf(element.tagName).includes('this.choose(') ? ['icc-select'] : [])];
    const events = element.events ?? [];
    assert.deepEqual(events.map((e) => e.name).sort(), expected.sort(), element.tagName);
    for (const event of events) {
      assert.ok(event.description, `${element.tagName} ${event.name}: described`);
      assert.match(exported, new RegExp(`export type ${event.type.text} = CustomEvent<`), `${event.type.text} is an exported CustomEvent type`);
    }
  }
});

test('points every path and module into dist/, at files that exist', () => {
  const paths = [];
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string') paths.push(inner);
        else walk(inner);
      }
    }
  };
  walk(manifest);
  assert.ok(paths.length > 10);
  for (const path of paths) {
    assert.match(path, /^dist\/.*\.js$/, path);
    assert.ok(existsSync(path), `${path} exists`);
  }
});
