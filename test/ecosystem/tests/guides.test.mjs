// FRAMEWORKS.md shows the fixture apps' code verbatim: each block marked
// `<!-- fixture: path -->` is that file under apps/, character for character.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { here } from '../harness.mjs';

const guide = readFileSync(join(here, '../../FRAMEWORKS.md'), 'utf8');
const blocks = [...guide.matchAll(/<!-- fixture: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)];

test('FRAMEWORKS.md shows each fixture file as it is', () => {
  assert.ok(blocks.length >= 8, `fixture blocks found: ${blocks.length}`);
  for (const [, path, code] of blocks) {
    assert.equal(code, readFileSync(join(here, 'apps', path), 'utf8').trimEnd(), path);
  }
});
