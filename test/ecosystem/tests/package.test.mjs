// The package's metadata as tools read it: publint (strict) finds nothing in the packed
// package, and "Are the types wrong?" finds nothing for ESM consumers (node16 from ESM, bundlers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { here, installPackage, tarball } from '../harness.mjs';

installPackage();
const bin = (name) => join(here, 'node_modules/.bin', name);

test('publint --strict: no errors, warnings or suggestions', () => {
  const run = spawnSync(bin('publint'), ['--strict', join(here, 'node_modules/icc-widgets')], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /All good!/);
});

test('attw --profile esm-only: every entry point resolves with its types', () => {
  const run = spawnSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'json'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const { analysis, problems } = JSON.parse(run.stdout);
  // The JSON lists problems for every resolution; esm-only leaves out CommonJS and node10 (pre-exports) consumers.
  const counted = Object.values(problems ?? {}).flat().filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind));
  assert.deepEqual(counted, []);
  assert.ok(Object.keys(analysis.entrypoints).length >= 10, 'the entry points were analysed');
});
