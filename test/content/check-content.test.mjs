// `npm run check:content [file…]` as an editor runs it: a child process on
// files, judged by its exit code and the JSON paths it prints.
// Run: node --test test/content/check-content.test.mjs
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'check-content-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the check on files (paths, or [name, text] written to the temporary folder). */
function check(...files) {
  const paths = files.map((file) => {
    if (typeof file === 'string') return file;
    const [name, text] = file;
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
  const run = spawnSync(process.execPath, ['test/tools/check-content.mjs', ...paths], { cwd: root, encoding: 'utf8' });
  // The list of dated statements by age is for editors; these tests look at the verdict.
  const lines = (run.stdout + run.stderr).split('\n').filter((line) => !line.startsWith('  status as of '));
  return { code: run.status, output: run.stdout + run.stderr, lines, paths };
}

/** A fresh copy of the bundled English content. */
const bundled = () => JSON.parse(readFileSync(join(root, 'src/content/en.json'), 'utf8'));
const json = (doc) => JSON.stringify(doc, null, 2);

test('the bundled content passes', () => {
  const { code, output } = check('src/content/en.json');
  assert.equal(code, 0, output);
  assert.match(output, /^src\/content\/en\.json: ok, as of \d{4}-\d{2}-\d{2}: \d+ claims/);
});

test('an issue that lists its events again fails, saying the relation lives on the events', () => {
  const doc = bundled();
  const i = doc.issues.findIndex((issue) => doc.timeline.some((e) => e.issues?.includes(issue.id)));
  const issue = doc.issues[i];
  issue.events = doc.timeline.filter((e) => e.issues?.includes(issue.id)).map((e) => e.id);
  const { code, lines, paths } = check(['issue-events.json', json(doc)]);
  assert.equal(code, 1);
  assert.deepEqual(lines.filter(Boolean), [
    `${paths[0]}: 1 problem`,
    `  $.issues[${i}].events is not a known field: an issue's events are derived from timeline[].issues; list the issue on each event instead`,
  ]);
});

test('an event naming an issue that does not exist fails', () => {
  const doc = bundled();
  const i = doc.timeline.findIndex((e) => e.issues?.length);
  const n = doc.timeline[i].issues.push('no-such-issue') - 1;
  const { code, lines, paths } = check(['dangling-issue.json', json(doc)]);
  assert.equal(code, 1);
  assert.deepEqual(lines.filter(Boolean), [
    `${paths[0]}: 1 problem`,
    `  $.timeline[${i}].issues[${n}] names issue "no-such-issue", which does not exist`,
  ]);
});

test('a file that is not JSON fails with one line naming the file and the problem', () => {
  const { code, lines, paths } = check(['truncated.json', readFileSync(join(root, 'src/content/en.json'), 'utf8').slice(0, 500)]);
  assert.equal(code, 1);
  assert.equal(lines.filter(Boolean).length, 2, lines.join('\n'));
  assert.equal(lines[0], `${paths[0]}: 1 problem`);
  assert.match(lines[1], /^ {2}\$ is not valid JSON \(.+\)$/);
});

test('an editorial rule fails valid content: a source on a never-cite host', () => {
  const doc = bundled();
  const i = doc.sources.findIndex((s) => s.url);
  doc.sources[i].url = 'https://en.wikipedia.org/wiki/International_Criminal_Court';
  const { code, lines, paths } = check(['never-cite.json', json(doc)]);
  assert.equal(code, 1);
  assert.deepEqual(lines.filter(Boolean), [
    `${paths[0]}: 1 problem`,
    `  $.sources[${i}].url cites wikipedia.org, which is on the never-cite list`,
  ]);
});

test('lists the statements that speak for a day, oldest first, with their age', () => {
  const doc = bundled();
  const { output } = check(['bundled.json', json(doc)]);
  const listed = [...output.matchAll(/^ {2}status as of (\d{4}-\d{2}-\d{2}) \((\d+) days ago\): (\S+)$/gm)];
  const statements = [
    ...doc.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims)),
    ...doc.administrations.flatMap((a) => a.reasons),
    ...doc.issues.flatMap((i) => [i.us, i.icc, i.meeting]),
  ];
  const dated = statements.filter((c) => c.asOf).length;
  assert.ok(dated > 0, 'the bundled content has dated statements');
  assert.equal(listed.length, dated);
  const days = listed.map((m) => Number(m[2]));
  assert.deepEqual(days, [...days].sort((a, b) => b - a), 'oldest first');
});

test('every file named is checked, also after one that fails', () => {
  const { code, lines, paths } = check(['broken.json', '{'], 'src/content/en.json');
  assert.equal(code, 1);
  assert.ok(lines.includes(`${paths[0]}: 1 problem`), lines.join('\n'));
  assert.match(lines.find((line) => line.startsWith('src/content/en.json:')) ?? '', /^src\/content\/en\.json: ok/);
});

// Translations: each language's file keeps the English ids, dates, numbers, sources and quotations, and the
// glossary's terms. Each break below is one an editor or a translator could make.
const translation = () => JSON.parse(readFileSync(join(root, 'src/content/es.json'), 'utf8'));

test('every shipped translation passes, in parity with the English', () => {
  for (const lang of ['fr', 'es', 'ar']) {
    const { code, output } = check(`src/content/${lang}.json`);
    assert.equal(code, 0, output);
  }
});

for (const [what, breakIt, expected] of [
  ['a missing event', (doc) => doc.timeline.pop(), /\$\.timeline must be a list of \d+ as in the English/],
  ['a changed date', (doc) => (doc.timeline[0].date = doc.timeline[0].date.replace(/^\d{4}/, (year) => String(Number(year) - 1))), /\$\.timeline\[0\]\.date must be "[\d-]+" as in the English \(only prose is translated\)/],
  ['a translated source title', (doc) => (doc.sources[0].title = 'Estatuto'), /\$\.sources\[0\]\.title must be ".+" as in the English/],
  ['a changed number in prose', (doc) => {
    const e = doc.timeline.find((item) => /\d/.test(item.text));
    e.text = e.text.replace(/\d+/, (n) => String(Number(n) + 1));
  }, /\$\.timeline\[\d+\]\.text has the numbers .+ where the English has/],
  ['a paraphrased quotation', (doc) => {
    const i = doc.corrections.findIndex(() => true);
    doc.corrections[i].original = 'una cita parafraseada';
  }, /\$\.corrections\[0\]\.original must quote the original review in English, then give its translation/],
  ['a glossary term in other words', (doc) => {
    doc.meta.title = doc.meta.title.replace('Corte Penal Internacional', 'Tribunal Penal Internacional');
  }, /\$\.meta\.title uses the English "International Criminal Court" but none of the glossary's es forms: "Corte Penal Internacional"/],
  ['an added field', (doc) => (doc.meta.subtitle = 'Un subtítulo'), /\$\.meta\.subtitle is not in the English|\$\.meta\.subtitle/],
]) {
  test(`a translation with ${what} fails with its JSON path`, () => {
    const doc = translation();
    breakIt(doc);
    const { code, output } = check([`es-${what.replaceAll(' ', '-')}.json`, json(doc)]);
    assert.equal(code, 1, output);
    assert.match(output, expected);
  });
}

test('Arabic must be marked right to left', () => {
  const doc = JSON.parse(readFileSync(join(root, 'src/content/ar.json'), 'utf8'));
  delete doc.meta.dir;
  const { code, output } = check(['ar-no-dir.json', json(doc)]);
  assert.equal(code, 1, output);
  assert.match(output, /\$\.meta\.dir must be "rtl" for ar/);
});
