// `icc-widgets render`: every option, and the structure of the light-DOM copy
// (the plain text for reader modes, crawlers and readers without shadow DOM)
// for every widget. Node's test runner; needs the build (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const content = JSON.parse(readFileSync('src/content/en.json', 'utf8'));
const WIDGETS = ['icc-summary', 'us-icc-position', 'icc-stance-compare'];

/** Runs the command; returns its output with Lit's hydration comments removed, split at the shadow root's end. */
function render(...args) {
  const run = spawnSync(process.execPath, ['dist/server/cli.js', 'render', ...args], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const html = run.stdout.replace(/<!--[\s\S]*?-->/g, '');
  const end = html.indexOf('</template>');
  return { html, start: html.slice(0, html.indexOf('>') + 1), shadow: html.slice(0, end), light: html.slice(end) };
}

/** Text as a reader gets it: the five entities Lit's server renderer writes, decoded. */
const decode = (html) => html.replace(/&(#39|quot|lt|gt|amp);/g, (_, e) => ({ '#39': "'", quot: '"', lt: '<', gt: '>', amp: '&' })[e]);
/** The light copy's headings in document order, as "h3 Title". */
const headings = (light) => [...light.matchAll(/<h([1-6])>([^<]*)<\/h\1>/g)].map(([, n, text]) => `h${n} ${decode(text)}`);
const attribute = (start, name) => start.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
const periodsInOrder = [...content.administrations].sort((a, b) => a.start.localeCompare(b.start));
const years = (a) => (a.end ? `${a.start.slice(0, 4)}–${a.end.slice(0, 4)}` : `since ${a.start.slice(0, 4)}`);

test('the summary copy: the title, the six parts one level below, then the sources', () => {
  const { light } = render('icc-summary');
  assert.deepEqual(headings(light), [
    `h2 ${content.meta.title}`,
    ...content.sections.map((s) => `h3 ${s.title}`),
    'h3 Sources',
  ]);
  // One citation group per statement: claims, corrections and news items.
  const claims = content.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims));
  assert.equal((light.match(/<sup>/g) ?? []).length, claims.length + content.corrections.length + content.news.length);
  assert.equal((light.match(/<q>/g) ?? []).length, content.corrections.length, 'every correction shows the original words');
});

test('the position copy: the title, every administration in order with its reasons, events and own sources', () => {
  const { light } = render('us-icc-position');
  const expected = [`h2 The US position on the ICC, by administration`];
  for (const a of periodsInOrder) {
    expected.push(`h3 ${a.president}, ${years(a)}`);
    if (a.reasons.length) expected.push('h4 Reasons given');
    if (content.timeline.some((e) => e.administration === a.id)) expected.push('h4 Events');
    expected.push('h4 Sources');
  }
  assert.deepEqual(headings(light), expected);
  assert.equal((light.match(/<tr/g) ?? []).length, content.administrations.length + 1, 'the table: a header row and one row per administration');
  assert.equal((light.match(/<li class="[^"]*event/g) ?? []).length, content.timeline.length, 'every event once');
});

test('the comparison copy: the title, every issue with its table, related events and own sources', () => {
  const { light } = render('icc-stance-compare');
  const expected = ['h2 Where the United States and the Court stand, issue by issue'];
  for (const issue of content.issues) {
    expected.push(`h3 ${issue.title}`);
    if (content.timeline.some((e) => e.issues?.includes(issue.id))) expected.push('h4 Related events');
    expected.push('h4 Sources');
  }
  assert.deepEqual(headings(light), expected);
  assert.equal((light.match(/<table/g) ?? []).length, content.issues.length);
});

test('--heading-level moves every heading of every copy, clamped at h6', () => {
  for (const tag of WIDGETS) {
    const { start, shadow, light } = render(tag, '--heading-level', '4');
    assert.equal(attribute(start, 'heading-level'), '4');
    assert.match(shadow, /role="heading" aria-level="4"[^>]*id="title"/, `${tag}: the live title`);
    const levels = headings(light).map((h) => Number(h[1]));
    assert.equal(levels[0], 4, `${tag}: the copy's title`);
    assert.ok(levels.every((n) => n >= 4 && n <= 6), `${tag}: nothing above the title, nothing past h6`);
  }
});

test('--issue preselects the issue in the shadow DOM and marks related text in both copies', () => {
  const issue = content.issues.find((i) => i.id === 'sanctions');
  const compare = render('icc-stance-compare', '--issue', issue.id);
  assert.equal(attribute(compare.start, 'issue'), issue.id);
  assert.match(compare.shadow, new RegExp(`<caption>${issue.title.replace(/[()]/g, '\\$&')}`));
  const summary = render('icc-summary', '--issue', issue.id);
  const tag = `Related to the selected issue: ${issue.title}`;
  assert.ok(decode(summary.shadow).includes(tag) && decode(summary.light).includes(tag));
});

test('--period shows that administration in the shadow DOM', () => {
  const obama = content.administrations.find((a) => a.id === 'obama');
  const { start, shadow } = render('us-icc-position', '--period', 'obama');
  assert.equal(attribute(start, 'period'), 'obama');
  assert.match(shadow, new RegExp(`role="tabpanel"[^>]*>\\s*<div class="heading[^"]*" role="heading" aria-level="3"\\s*>${obama.president}, ${years(obama)}`));
});

test('--event opens that event, in its own administration', () => {
  const event = content.timeline.find((e) => e.administration === 'bush');
  const { start, shadow } = render('us-icc-position', '--event', event.id);
  assert.equal(attribute(start, 'event'), event.id);
  assert.match(shadow, new RegExp(`id="event-${event.id}-button" aria-expanded="true"`));
  assert.equal((shadow.match(/aria-expanded="true"/g) ?? []).length, 1, 'only that event is open');
});

test('--group and --lang go on the element, so the page hydrates from the same store', () => {
  const { start, light } = render('icc-stance-compare', '--group', 'sidebar', '--lang', 'fr-CA');
  assert.equal(attribute(start, 'group'), 'sidebar');
  // Stores are per primary language: fr-CA gets the French review, marked as French.
  assert.equal(attribute(start, 'lang'), 'fr');
  assert.match(light, /^<\/template><div lang="fr" dir="ltr">/);
  // A language we do not ship gets the English review, marked as English.
  assert.match(render('icc-summary', '--lang', 'de').light, /^<\/template><div lang="en" dir="ltr">/);
  assert.equal(attribute(render('icc-summary').start, 'lang'), 'en', 'the language rendered is always stated');
  // Arabic, right to left in the copy too.
  assert.match(render('us-icc-position', '--lang', 'ar').light, /^<\/template><div lang="ar" dir="rtl">/);
});

test('the summary by default (and --variant compact) draws six closed parts, each with its key fact; --variant full opens them', () => {
  const keys = content.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims)).filter((c) => c.key);
  for (const args of [[], ['--variant', 'compact']]) {
    const { start, shadow, light } = render('icc-summary', ...args);
    assert.equal(attribute(start, 'variant'), 'compact');
    assert.equal((shadow.match(/aria-expanded="false"/g) ?? []).length, content.sections.length);
    assert.equal((shadow.match(/<span class="key">/g) ?? []).length, keys.length, 'one teaser per key fact');
    for (const claim of keys) assert.ok(decode(shadow).includes(claim.text), claim.id);
    assert.match(shadow, /<button class="toggle"/);
    // The light copy stays the whole review: readers without JavaScript cannot open parts.
    assert.equal(headings(light).length, content.sections.length + 2);
  }
  const { shadow } = render('icc-summary', '--variant', 'full');
  assert.equal((shadow.match(/class=" part open "/g) ?? []).length, content.sections.length);
});

test('keeps Lit\'s hydration markers inside the shadow root only: the element and its light copy carry none', () => {
  for (const tag of WIDGETS) {
    const run = spawnSync(process.execPath, ['dist/server/cli.js', 'render', tag], { encoding: 'utf8' });
    const html = run.stdout;
    const start = html.indexOf('<template shadowroot');
    const end = html.lastIndexOf('</template>');
    assert.ok(start > 0 && end > start, `${tag}: a declarative shadow root`);
    assert.match(html.slice(start, end), /<!--lit-part [^>]+-->/, `${tag}: the shadow root keeps what hydration reads`);
    assert.doesNotMatch(html.slice(0, start), /<!--\/?lit-|<\?>/, `${tag}: before the shadow root`);
    assert.doesNotMatch(html.slice(end), /<!--\/?lit-|<\?>/, `${tag}: in the light copy`);
  }
});
