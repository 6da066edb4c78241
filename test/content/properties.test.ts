import * as fc from 'fast-check';
import { expect, fixture, html, nextFrame, unsafeStatic } from '@open-wc/testing';
import { parseContent, validateContent } from '../../src/content/validate.js';
import { Review } from '../../src/content/review.js';
import type { Content, TimelineEvent, ValidationResult } from '../../src/content/schema.js';
import { pageStore } from '../../src/state/page-stores.js';
import '../../src/elements/icc-summary/define.js';
import '../../src/elements/icc-stance-compare/define.js';
import '../../src/elements/us-icc-position/define.js';
import { sampleContent } from '../fixtures/content.js';

/**
 * Property-based tests (issue 12): content documents made by breaking the
 * valid sample and the bundled review in hostile ways, which the validator,
 * the derived views and the widgets must survive without throwing. The seed
 * is fixed, so a failure reproduces; fast-check prints the smallest list of
 * changes that still fails.
 */
const SEED = 20260112;

// ---------------------------------------------------------------------------
// Hostile values, as small descriptions (so a counterexample prints short) made into values on use.

/** Names every plain object and array inherits. */
const INHERITED = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'length', 'prototype'];

const HUGE = 100_000;
const DEEP = 10_000;

/** A value to put anywhere: every JSON type, and what JSON cannot hold. */
type Hostile =
  | { null: true }
  | { number: number }
  | { bool: boolean }
  | { text: string }
  | { huge: 'text' | 'spaces' }
  | { deep: 'array' | 'object' }
  | { list: 'empty' | 'of-nulls' | 'of-names' }
  | { object: 'empty' | 'inherited-keys' };

const hostile: fc.Arbitrary<Hostile> = fc.oneof(
  fc.constant({ null: true as const }),
  fc.oneof(fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2), fc.double()).map((number) => ({ number })),
  fc.boolean().map((bool) => ({ bool })),
  fc.oneof(fc.constantFrom('', ' ', '\n\t', ...INHERITED, 'javascript:alert(1)', '<img src=x onerror=alert(1)>'), fc.string({ maxLength: 20 }))
    .map((text) => ({ text })),
  fc.constantFrom<'text' | 'spaces'>('text', 'spaces').map((huge) => ({ huge })),
  fc.constantFrom<'array' | 'object'>('array', 'object').map((deep) => ({ deep })),
  fc.constantFrom<'empty' | 'of-nulls' | 'of-names'>('empty', 'of-nulls', 'of-names').map((list) => ({ list })),
  fc.constantFrom<'empty' | 'inherited-keys'>('empty', 'inherited-keys').map((object) => ({ object })),
);

/** An own data property, even for "__proto__" (as JSON.parse makes it), never a change of prototype. */
function put(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The JSON text of each deeply nested value: JSON.stringify recurses, and 10,000 levels can overflow an engine's stack. */
const deepText = new WeakMap<object, string>();
/** Whether the document being built holds one. */
let madeDeep = false;

/** JSON.stringify, but deeply nested values are written without recursion. */
function toJson(doc: unknown): string {
  if (!madeDeep) return JSON.stringify(doc); // a replacer slows every document down, so only where needed
  const deep: string[] = [];
  const text = JSON.stringify(doc, (_key, value: unknown) => {
    const known = value && typeof value === 'object' ? deepText.get(value) : undefined;
    return known === undefined ? value : `@@deep-${deep.push(known) - 1}@@`;
  });
  return text.replace(/"@@deep-(\d+)@@"/g, (_, i: string) => deep[Number(i)]);
}

function make(spec: Hostile): unknown {
  if ('null' in spec) return null;
  if ('number' in spec) return spec.number;
  if ('bool' in spec) return spec.bool;
  if ('text' in spec) return spec.text;
  if ('huge' in spec) return spec.huge === 'text' ? 'x'.repeat(HUGE) : ' \n'.repeat(HUGE / 2);
  if ('deep' in spec) {
    let value: unknown = 'bottom';
    for (let i = 0; i < DEEP; i++) value = spec.deep === 'array' ? [value] : { id: value };
    const [open, close] = spec.deep === 'array' ? ['[', ']'] : ['{"id":', '}'];
    deepText.set(value as object, `${open.repeat(DEEP)}"bottom"${close.repeat(DEEP)}`);
    madeDeep = true;
    return value;
  }
  if ('list' in spec) return spec.list === 'empty' ? [] : spec.list === 'of-nulls' ? [null, null] : [...INHERITED];
  const object = {};
  if (spec.object === 'inherited-keys') for (const key of INHERITED) put(object, key, key);
  return object;
}

// ---------------------------------------------------------------------------
// Places in a document, listed in a fixed order so that an index picks the same place every run.

interface Place {
  parent: Record<string | number, unknown>;
  key: string | number;
  path: string;
  value: unknown;
}

/** Places down to the depth real content has (a 10,000-level value put in earlier is one place, not 10,000). */
function places(doc: unknown): Place[] {
  const found: Place[] = [];
  const walk = (node: unknown, path: string, depth = 0) => {
    if (node === null || typeof node !== 'object' || depth > 12) return;
    const parent = node as Record<string | number, unknown>;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    for (const key of keys) {
      const at = typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`;
      found.push({ parent, key, path: at, value: parent[key] });
      walk(parent[key], at, depth + 1);
    }
  };
  walk(doc, '$');
  return found;
}

const pick = <T>(list: readonly T[], index: number): T | undefined => (list.length ? list[index % list.length] : undefined);

const REFERENCE = /(\.(sources|issues)\[\d+\]|\.administration|^\$\.corrections\[\d+\]\.claim)$/;
const DATE = /\.(date|end|start|asOf)$/;
const LISTS = ['sources', 'sections', 'corrections', 'timeline', 'administrations', 'issues', 'news'] as const;

/** Language tags that look like tags and are not: validation must stop them at $.meta.lang. */
const JUNK_TAGS = ['!!', 'constructor', '__proto__', 'en-', 'a'.repeat(300), 'x-\u{1F600}', 'hasOwnProperty', '', ' en', 'en_US', 'x-private'];
/** Well-formed BCP 47 tags that are odd: "toString" and "valueOf" are valid 7-8 letter language subtags; one is 300 characters. */
const ODD_TAGS = ['toString', 'valueOf', 'EN', 'und', `en-x-${Array(33).fill('abcdefgh').join('-')}`, 'ar-u-nu-arab', 'he-u-ca-hebrew',
  'ja-u-ca-japanese', 'fr-CA', 'zh-Hant-TW', 'en-u-hc-h99'];
const HOSTILE_TAGS = [...JUNK_TAGS, ...ODD_TAGS];
const tag = fc.oneof(fc.constantFrom(...HOSTILE_TAGS), fc.stringMatching(/^[a-zA-Z]{1,9}(-[a-zA-Z0-9]{1,9}){0,3}$/));

const HOSTILE_URLS = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JAVASCRIPT:alert(1)', ' javascript:x', 'file:///etc/passwd',
  '//example.org/x', 'example.org', 'http://', 'https://[::1', 'vbscript:x', 'blob:https://example.org/x', 'https://example.org/ok', 'http://localhost/'];
const HOSTILE_DATES = ['2026-02-31', '2025-02-29', '2024-02-29', '2026-13', '2026-00', '2026-1', '0000', '0000-02-29', '0004-02-29', '9999-12-31',
  '+002026', ' 2026', '2026-01-15T00:00', '20260115', '1e3', '', '2026-04-31', '1900-02-29', '2000-02-29'];

/** One change to a document; `at` picks a place among those of the right kind. */
type Change =
  | { set: Hostile; at: number }
  | { remove: number }
  | { extra: string; value: Hostile; at: number }
  | { rename: number; to: string }
  | { dangle: number; to: string }
  | { lang: string }
  | { dir: string }
  | { url: string; at: number }
  | { date: string; at: number }
  | { number: number; at: number }
  | { empty: (typeof LISTS)[number] }
  | { duplicate: number }
  | { key: boolean; at: number }
  | { words: string | 'huge'; at: number };

/** Prose: 100,000 characters, markup, bidirectional controls, or any string. */
const words = fc.oneof(
  fc.constant('huge'),
  fc.constantFrom('<script>alert(1)</script>', '\u202Eevil\u202C', '${x}', '{{x}}', '\u0000', 'a\u0301\u0301\u0301', '\u{1F600}'.repeat(50)),
  fc.string({ minLength: 1, maxLength: 30 }),
);
const PROSE = /\.(title|text|headline|summary|label|description|president|publisher|original|basis|citation|version)$/;

const name = fc.oneof(fc.constantFrom(...INHERITED), fc.constantFrom('nowhere', 'x', ' '), fc.string({ maxLength: 8 }));

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ set: hostile, at: fc.nat() }),
  fc.record({ remove: fc.nat() }),
  fc.record({ extra: fc.oneof(fc.constantFrom(...INHERITED, 'extra', 'sorces', 'events'), fc.string({ maxLength: 6 })), value: hostile, at: fc.nat() }),
  fc.record({ rename: fc.nat(), to: name }),
  fc.record({ dangle: fc.nat(), to: name }),
  fc.record({ lang: tag }),
  fc.record({ dir: fc.constantFrom('rtl', 'ltr', 'auto', '') }),
  fc.record({ url: fc.constantFrom(...HOSTILE_URLS), at: fc.nat() }),
  fc.record({ date: fc.oneof(fc.constantFrom(...HOSTILE_DATES), fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/)), at: fc.nat() }),
  fc.record({ number: fc.oneof(fc.constantFrom(NaN, Infinity, -Infinity, -0, 3, -3, 1e300), fc.integer({ min: -5, max: 5 })), at: fc.nat() }),
  fc.record({ empty: fc.constantFrom(...LISTS) }),
  fc.record({ duplicate: fc.nat() }),
  fc.record({ key: fc.boolean(), at: fc.nat() }),
  fc.record({ words, at: fc.nat() }),
);

/** Changes that leave a document valid more often than not: odd values where the schema allows them. */
const oddButValid: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ number: fc.oneof(fc.constantFrom(Infinity, -Infinity, -0, 1e300, -1e300), fc.integer({ min: -5, max: 5 })), at: fc.nat() }),
  fc.record({ rename: fc.nat(), to: name }),
  fc.record({ lang: fc.constantFrom(...HOSTILE_TAGS) }),
  fc.record({ dir: fc.constantFrom('rtl', 'ltr') }),
  fc.record({ key: fc.boolean(), at: fc.nat() }),
  fc.record({ empty: fc.constantFrom(...LISTS) }),
  fc.record({ date: fc.constantFrom(...HOSTILE_DATES), at: fc.nat() }),
  fc.record({ words, at: fc.nat() }),
);

/**
 * Applies a change to a document in place. `all` lists the places of the document as it was before any change
 * (listing them again after each change costs more than the rest of a run); values are read as they are now.
 */
function apply(doc: Record<string, unknown>, all: readonly Place[], c: Change): void {
  const now = (p: Place) => p.parent[p.key];
  const meta = (doc.meta ?? {}) as Record<string, unknown>;
  const at = (test: (p: Place) => boolean, index: number) => pick(all.filter(test), index);
  if ('set' in c) {
    const place = pick(all, c.at);
    if (place) put(place.parent, String(place.key), make(c.set));
  } else if ('remove' in c) {
    const place = pick(all, c.remove);
    if (place && Array.isArray(place.parent)) place.parent.splice(place.key as number, 1);
    else if (place) delete place.parent[place.key];
  } else if ('extra' in c) {
    const objects = [doc, ...all.map(now).filter((v): v is object => !!v && typeof v === 'object' && !Array.isArray(v))];
    put(pick(objects, c.at)!, c.extra, make(c.value));
  } else if ('rename' in c) {
    // An id renamed everywhere it is named: the document stays consistent when the new name is free.
    const id = at((p) => p.key === 'id' && typeof now(p) === 'string' && !/^\$\.sections\[\d+\]\.id$/.test(p.path), c.rename);
    const old = id && now(id);
    if (old !== undefined) for (const place of all) if (now(place) === old) place.parent[place.key] = c.to;
  } else if ('dangle' in c) {
    const place = at((p) => REFERENCE.test(p.path) && typeof now(p) === 'string', c.dangle);
    if (place) place.parent[place.key] = c.to;
  } else if ('lang' in c) meta.lang = c.lang;
  else if ('dir' in c) meta.dir = c.dir;
  else if ('url' in c) {
    const source = pick((doc.sources as Record<string, unknown>[] | undefined) ?? [], c.at);
    if (source && typeof source === 'object') source.url = c.url;
  } else if ('date' in c) {
    const place = at((p) => DATE.test(p.path), c.at);
    if (place) place.parent[place.key] = c.date;
  } else if ('number' in c) {
    const place = at((p) => typeof now(p) === 'number', c.at);
    if (place) place.parent[place.key] = c.number;
  } else if ('empty' in c) doc[c.empty] = [];
  else if ('duplicate' in c) {
    const place = at((p) => Array.isArray(p.parent) && !!now(p) && typeof now(p) === 'object', c.duplicate);
    // The same object twice (a copy would recurse through any deep value in it); JSON writes it out twice.
    if (place) (place.parent as unknown as unknown[]).push(now(place));
  } else if ('words' in c) {
    const place = at((p) => PROSE.test(p.path) && typeof now(p) === 'string', c.at);
    if (place) place.parent[place.key] = c.words === 'huge' ? 'word '.repeat(HUGE / 5) : c.words;
  } else {
    const claim = at((p) => /\.claims\[\d+\]$/.test(p.path) && !!now(p) && typeof now(p) === 'object', c.at);
    if (claim) (now(claim) as Record<string, unknown>).key = c.key;
  }
}

/** A document: one of the two valid bases, with up to four changes. */
interface Case {
  base: 'sample' | 'bundled';
  changes: Change[];
}

const cases: fc.Arbitrary<Case> = fc.record({
  base: fc.constantFrom<'sample' | 'bundled'>('sample', 'bundled'),
  changes: fc.array(change, { maxLength: 4 }),
});

let bundledText = '';
function build({ base, changes }: Case): Record<string, unknown> {
  const doc = (base === 'sample' ? sampleContent() : JSON.parse(bundledText)) as Record<string, unknown>;
  madeDeep = false;
  const all = changes.length ? places(doc) : [];
  for (const c of changes) apply(doc, all, c);
  return doc;
}

// ---------------------------------------------------------------------------
// What must hold.

const ownKeys = (object: object) => Reflect.ownKeys(object).map(String).sort();
const PROTOTYPES = [Object.prototype, Array.prototype, String.prototype, Function.prototype];
const pristine = PROTOTYPES.map(ownKeys);

function expectNoPollution(): void {
  PROTOTYPES.forEach((proto, i) => expect(ownKeys(proto), 'keys of a built-in prototype').to.deep.equal(pristine[i]));
  expect(({} as Record<string, unknown>).id, 'an inherited id').to.equal(undefined);
  expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
}

/** A result is content or a non-empty list of problems, each with a JSON path and words. */
function expectWellFormed(result: ValidationResult): void {
  if (result.ok === true) {
    expect(result.content).to.be.an('object');
    return;
  }
  expect(result.ok).to.equal(false);
  expect(result.problems).to.be.an('array').that.is.not.empty;
  // Plain checks, one assertion: a broken bundled review can have hundreds of problems.
  const wrong = result.problems.filter((problem) =>
    typeof problem.path !== 'string' || !problem.path.startsWith('$') || typeof problem.message !== 'string' || !/\S/.test(problem.message)
    // Readable: a value is quoted as it is (JSON.stringify wrote NaN and Infinity as "null") and briefly (not 100,000 characters).
    || /\bnumber null\b/.test(problem.message) || problem.message.length > 1000);
  expect(wrong.map((p) => JSON.stringify(p).slice(0, 300)), 'problems without a path from $, or without readable words').to.deep.equal([]);
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

/**
 * Every derived view of valid content: none throws, and each agrees with the content it is derived from.
 * Plain comparisons gathered into one assertion (thousands of chai calls per run would dominate the time).
 */
function expectViews(content: Content): void {
  const wrong: string[] = [];
  const check = (ok: boolean, what: string) => ok || wrong.push(what);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const review = Review.of(content);
  check(Review.of(content) === review, 'one Review per document');
  const timeline = review.timeline;
  check(same(ids(timeline).sort(), ids(content.timeline).sort()), 'the timeline holds every event once');
  timeline.forEach((e, i) => check(!i || timeline[i - 1].date <= e.date, `${e.id} in date order`));
  const periods = review.periods;
  check(same(ids(periods).sort(), ids(content.administrations).sort()), 'the periods are the administrations');
  periods.forEach((p, i) => check(!i || periods[i - 1].start <= p.start, `${p.id} in order of time`));
  const of = (test: (e: TimelineEvent) => boolean) => ids(timeline.filter(test));
  for (const issue of content.issues) {
    check(same(ids(review.eventsOfIssue(issue.id)), of((e) => !!e.issues?.includes(issue.id))), `events of issue ${issue.id}`);
    check(review.issue(issue.id) === issue, `issue ${issue.id}`);
  }
  for (const period of periods) {
    check(same(ids(review.eventsOfPeriod(period.id)), of((e) => e.administration === period.id)), `events of period ${period.id}`);
    check(review.period(period.id) === period, `period ${period.id}`);
  }
  for (const e of timeline) check(review.periodOfEvent(e.id)?.id === e.administration && review.event(e.id) === e, `event ${e.id}`);
  for (const s of content.sources) check(review.source(s.id) === s, `source ${s.id}`);
  for (const c of content.corrections) check(review.correctionsOf(c.claim).includes(c), `corrections of ${c.claim}`);
  const keys = content.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims.filter((c) => c.key)));
  check(same(ids(review.keyFacts), ids(keys)), 'key facts');
  check(same(ids(review.news).sort(), ids(content.news).sort()), 'news');
  review.news.forEach((n, i) => check(!i || review.news[i - 1].date >= n.date, `${n.id} newest first`));
  // A name every object inherits finds only an item that has it as its id.
  for (const key of INHERITED) {
    check(review.source(key) === content.sources.find((s) => s.id === key), `source(${key})`);
    check(review.issue(key) === content.issues.find((s) => s.id === key), `issue(${key})`);
    check(review.period(key) === content.administrations.find((s) => s.id === key), `period(${key})`);
    check(review.event(key) === content.timeline.find((s) => s.id === key), `event(${key})`);
    check(same(ids(review.eventsOfIssue(key)), of((e) => !!e.issues?.includes(key))), `eventsOfIssue(${key})`);
    check(same(ids(review.eventsOfPeriod(key)), of((e) => e.administration === key)), `eventsOfPeriod(${key})`);
    check(same(ids(review.correctionsOf(key)), ids(content.corrections.filter((c) => c.claim === key))), `correctionsOf(${key})`);
    check(review.concerns({ issues: [] }, key) === false, `concerns(${key})`);
  }
  expect(wrong, 'derived views that disagree with the content').to.deep.equal([]);
}

let valid = 0;
let invalid = 0;

function checkDocument(doc: Record<string, unknown>): void {
  const text = toJson(doc);
  const direct = validateContent(doc);
  expectWellFormed(direct);
  const parsed = parseContent(text);
  expectWellFormed(parsed);
  expectNoPollution();
  // What JSON can hold is judged the same whether it arrives as text or as a value.
  const summary = (r: ValidationResult) => (r.ok ? 'ok' : r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  const same = summary(parsed) === summary(direct);
  if (!same && jsonFaithful(doc)) expect(summary(parsed)).to.equal(summary(direct));
  // The views of both results (of one, when they are the same document).
  for (const result of same ? [parsed] : [direct, parsed]) {
    if (!result.ok) continue;
    expectViews(result.content);
    expectNoPollution();
  }
  if (parsed.ok) valid++;
  else invalid++;
}

/**
 * Whether JSON keeps the document as it is: no number it cannot hold (NaN and the infinities become null, -0
 * becomes 0) and no named property on an array (a change meant for an object that met an array; JSON drops it).
 */
function jsonFaithful(doc: unknown): boolean {
  return [{ value: doc }, ...places(doc)].every(({ value }) =>
    typeof value === 'number' ? Number.isFinite(value) && !Object.is(value, -0)
    : Array.isArray(value) ? Object.keys(value).length === value.length
    : true);
}

/** Documents per base: 1,100 in all (the bundled review is 190 kB, each of its runs costs ten of the sample's). */
const RUNS = { sample: 750, bundled: 350 };

describe('content properties (fast-check)', function () {
  this.timeout(120_000);

  before(async () => {
    bundledText = await (await fetch('/src/content/en.json')).text();
  });

  it('the two bases are valid, so the changes below start from good content', () => {
    expect(validateContent(sampleContent()).ok).to.equal(true);
    expect(parseContent(bundledText).ok).to.equal(true);
  });

  for (const base of ['sample', 'bundled'] as const) {
    it(`${RUNS[base]} broken copies of the ${base} content: validation never throws, answers in paths, pollutes nothing; valid content gives consistent views`, () => {
      fc.assert(
        fc.property(fc.array(change, { maxLength: 4 }), (changes) => checkDocument(build({ base, changes }))),
        { seed: SEED, numRuns: RUNS[base], includeErrorInReport: true },
      );
    });
  }

  it('has covered both outcomes', () => {
    // Otherwise the properties above would say little about one side.
    expect(valid, 'valid documents').to.be.at.least(200);
    expect(invalid, 'invalid documents').to.be.at.least(200);
  });

  it('rejects junk language tags at $.meta.lang, and takes the odd but well-formed ones', () => {
    const problems = (lang: string) => {
      const doc = sampleContent();
      doc.meta.lang = lang;
      const result = validateContent(doc);
      return result.ok ? [] : result.problems.map((p) => p.path);
    };
    for (const lang of JUNK_TAGS) expect(problems(lang), lang).to.deep.equal(['$.meta.lang']);
    for (const lang of ODD_TAGS) expect(problems(lang), lang).to.deep.equal([]);
  });
});

// ---------------------------------------------------------------------------
// The widgets, on a sample of those documents.

const WIDGETS = ['icc-summary', 'icc-stance-compare', 'us-icc-position'] as const;
let groups = 0;

/** Errors that reached the page while `run` ran (and a few frames after). */
async function uncaught(run: () => Promise<void>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await nextFrame();
    await nextFrame();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/** Mounts the three widgets on a fresh page-level store holding the document if it is valid, else its failure. */
async function mount(doc: Record<string, unknown>): Promise<void> {
  const group = `properties-${++groups}`;
  const store = pageStore(group);
  const text = toJson(doc);
  // The document as a value, as the server's renderWidget({ content }) and validateContent's callers get it.
  const result = validateContent(doc);
  if (result.ok) store.setContent(result.content);
  // Invalid: loaded as a host's CMS would serve it, so the store holds the failure (and not the bundled review).
  else await store.load(`/properties/${group}.json`, { fetcher: async () => new Response(text) });
  if (result.ok) expect(store.status, 'store status').to.equal('ready');
  else expect(store.failure, 'the store says why').to.exist;
  for (const name of WIDGETS) {
    const tagName = unsafeStatic(name);
    const errors = await uncaught(async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
        html`<${tagName} group=${group}><p class="host-fallback">The host's text.</p></${tagName}>`,
      );
      const root = el.shadowRoot!;
      const expectDrawn = (when: string) => {
        const shown = root.querySelector('.base');
        const fallback = root.querySelector('.fallback, .loading');
        expect(!!shown !== !!fallback, `${name} ${when}: the content or its fallback, not both or neither`).to.equal(true);
        expect(misplaced(root), `${name} ${when}: drawing coordinates`).to.deep.equal([]);
        return shown;
      };
      const shown = expectDrawn('on arrival');
      // Invalid content never reaches a widget: what the store holds, if anything, is valid. (The failure
      // notice is the job of one widget per failure, so it is not asserted on each.)
      if (store.content) expect(validateContent(store.content).ok, `${name}'s store holds valid content`).to.equal(true);
      if (!result.ok || !shown) return;
      expect(shown.getAttribute('lang')).to.equal(result.content.meta.lang);
      // Issues, periods and events selected in turn, as a reader or the host would, then names nothing has.
      const review = Review.of(result.content);
      const selections = [
        ...review.issues.slice(0, 2).map((i) => ({ issue: i.id })),
        ...review.periods.slice(-1).map((p) => ({ period: p.id })),
        ...review.timeline.slice(-1).map((e) => ({ event: e.id })),
        { issue: 'constructor', period: '__proto__', event: 'toString' },
        { issue: undefined, period: undefined, event: undefined },
      ];
      for (const selection of selections) {
        store.select(selection);
        await el.updateComplete;
        expectDrawn(`with ${JSON.stringify(selection)} selected`);
      }
    });
    expect(errors, `${name}: errors that reached the page`).to.deep.equal([]);
  }
}

/** SVG geometry a widget computed from content numbers and could not place ("NaN", "Infinity"). */
const GEOMETRY = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'viewBox', 'stroke-dasharray'];
function misplaced(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('*')].flatMap((el) =>
    GEOMETRY.filter((name) => /NaN|Infinity/.test(el.getAttribute(name) ?? '')).map((name) => `<${el.localName} ${name}="${el.getAttribute(name)}">`));
}

describe('the widgets on hostile content (fast-check sample)', function () {
  this.timeout(120_000);

  before(async () => {
    bundledText ||= await (await fetch('/src/content/en.json')).text();
  });

  for (const lang of HOSTILE_TAGS) {
    it(`meta.lang ${JSON.stringify(lang.length > 40 ? `${lang.slice(0, 20)}…(${lang.length})` : lang)}: no error reaches the page`, async () => {
      const doc = sampleContent();
      doc.meta.lang = lang;
      await mount(doc as unknown as Record<string, unknown>);
    });
  }

  /** The widgets on each document fast-check draws; a failure shrinks to the smallest list of changes. */
  const widgetsSurvive = (documents: fc.Arbitrary<Case>, numRuns: number) =>
    fc.assert(fc.asyncProperty(documents, (c) => mount(build(c))), { seed: SEED, numRuns, includeErrorInReport: true });
  const isValid = (c: Case) => validateContent(build(c)).ok;

  it('12 valid documents with odd values (fast-check): no error reaches the page, nothing is drawn at NaN', async () => {
    await widgetsSurvive(fc.record({ base: fc.constantFrom<Case['base']>('sample', 'bundled'), changes: fc.array(oddButValid, { minLength: 1, maxLength: 3 }) }).filter(isValid), 12);
  });

  it('5 invalid documents (fast-check): no error reaches the page, the fallback stays', async () => {
    await widgetsSurvive(cases.filter((c) => !isValid(c)), 5);
  });
});
