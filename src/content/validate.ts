import { safeParse, type BaseIssue } from 'valibot';
import { ContentSchema, type Content, type ContentProblem, type ValidationResult } from './schema.js';
import { parseJson } from './json.js';

/**
 * Turns untrusted JSON into typed content, or a list of problems, each with
 * its JSON path. Never throws: hosts feed us whatever their CMS produced.
 *
 * Two passes: the schema (schema.ts) checks each value's shape, then
 * `references` checks what a schema cannot say: ids unique across the
 * document, every citation and cross-reference resolving, spans in order.
 */
export function validateContent(input: unknown): ValidationResult {
  const problems: ContentProblem[] = [];
  try {
    const result = safeParse(ContentSchema, input);
    if (result.success) {
      references(result.output, problems);
      // Valibot's copy, not the input: a getter cannot hand the widgets one value and the check another.
      if (problems.length === 0) return { ok: true, content: result.output };
    } else problems.push(...result.issues.map(toProblem));
  } catch (error) {
    // A hostile getter or a cyclic proxy: report it instead of throwing into the host page.
    problems.push({ path: '$', message: `could not be read (${String(error)})` });
  }
  return { ok: false, problems };
}

/** Parses JSON text, then validates it. */
export function parseContent(text: string): ValidationResult {
  const json = parseJson(text);
  return json.ok ? validateContent(json.value) : json;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  // Numbers by String: JSON.stringify wrote NaN and Infinity as "null" ("must be a number, got number null").
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  // Long text quoted in part: a 100,000-character value made a 100,000-character problem (test/content/properties.test.ts).
  if (typeof value === 'string') return value.length > 80 ? `string ${JSON.stringify(value.slice(0, 60))}… (${value.length} characters)` : `string ${JSON.stringify(value)}`;
  return `a ${typeof value}`; // symbol, function, bigint: no JSON form to quote
}

const KINDS: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', strict_object: 'an object' };

/** Relations that used to be stored twice: say where they live now. */
const MOVED = new Map([
  ['issues.events', "an issue's events are derived from timeline[].issues; list the issue on each event instead"],
  ['administrations.events', "an administration's events are derived from timeline[].administration"],
]);

/** A Valibot issue in the words of our problems: a JSON path and what is wrong there. */
function toProblem(issue: BaseIssue<unknown>): ContentProblem {
  const keys = issue.path?.map((item) => item.key as string | number) ?? [];
  const path = keys.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : `${at}.${key}`), '$');
  const value = issue.input;
  let message: string;
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const moved = MOVED.get(keys.filter((k) => typeof k === 'string').slice(-2).join('.'));
    // Usually a typo ("sorces") that would otherwise be silently ignored.
    message = moved ? `is not a known field: ${moved}` : 'is not a known field';
  } else if (value === undefined && issue.kind === 'schema') message = 'is missing';
  else if (issue.type === 'picklist') message = `must be one of ${issue.expected?.replace(/^\(|\)$/g, '').split(' | ').join(', ')}, got ${describe(value)}`;
  else if (issue.type === 'min_length') message = `must hold at least ${issue.requirement} item${issue.requirement === 1 ? '' : 's'}`;
  else if (issue.kind === 'schema') message = `must be ${KINDS[issue.type] ?? issue.expected}, got ${describe(value)}`;
  else message = `${issue.message}, got ${describe(value)}`;
  return { path, message };
}

// ---------------------------------------------------------------------------
// References: what the shape cannot express.

function references(doc: Content, problems: ContentProblem[]): void {
  const seen = new Map<string, string>();
  const register = (itemId: string, path: string) => {
    const first = seen.get(itemId);
    if (first) problems.push({ path: `${path}.id`, message: `"${itemId}" is already the id of ${first}` });
    else seen.set(itemId, path);
  };
  const known = {
    source: new Set(doc.sources.map((s) => s.id)),
    claim: new Set<string>(),
    administration: new Set(doc.administrations.map((a) => a.id)),
    issue: new Set(doc.issues.map((i) => i.id)),
  };
  /** A list of references (problems at `path[i]`) or a single one (at `path`). */
  const resolve = (kind: keyof typeof known, refs: string | readonly string[] | undefined, path: string) =>
    (typeof refs === 'string' ? [refs] : refs)?.forEach((ref, i) => {
      const at = typeof refs === 'string' ? path : `${path}[${i}]`;
      if (!known[kind].has(ref)) problems.push({ path: at, message: `names ${kind} "${ref}", which does not exist` });
    });
  const span = (item: { date: string; precision: string; end?: string }, path: string) => {
    const length = { day: 10, month: 7, year: 4 }[item.precision];
    for (const key of ['date', 'end'] as const) {
      const value = item[key];
      if (value !== undefined && value.length !== length) problems.push({ path: `${path}.${key}`, message: `"${value}" does not match its precision "${item.precision}"` });
    }
    if (item.end && item.end.length === length && item.end < item.date) problems.push({ path: `${path}.end`, message: 'is before the date' });
  };

  doc.sources.forEach((s, i) => register(s.id, `$.sources[${i}]`));
  const sectionIds = new Set<string>();
  doc.sections.forEach((section, s) => {
    const at = `$.sections[${s}]`;
    if (sectionIds.has(section.id)) problems.push({ path: `${at}.id`, message: `section "${section.id}" appears twice` });
    sectionIds.add(section.id);
    section.paragraphs.forEach((paragraph, p) => {
      register(paragraph.id, `${at}.paragraphs[${p}]`);
      paragraph.claims.forEach((c, k) => {
        const where = `${at}.paragraphs[${p}].claims[${k}]`;
        register(c.id, where);
        known.claim.add(c.id);
        resolve('source', c.sources, `${where}.sources`);
        resolve('issue', c.issues, `${where}.issues`);
      });
    });
  });
  doc.corrections.forEach((c, i) => {
    register(c.id, `$.corrections[${i}]`);
    resolve('claim', c.claim, `$.corrections[${i}].claim`);
    resolve('source', c.sources, `$.corrections[${i}].sources`);
  });
  doc.timeline.forEach((e, i) => {
    const at = `$.timeline[${i}]`;
    register(e.id, at);
    span(e, at);
    resolve('administration', e.administration, `${at}.administration`);
    resolve('source', e.sources, `${at}.sources`);
    resolve('issue', e.issues, `${at}.issues`);
  });
  doc.administrations.forEach((a, i) => {
    const at = `$.administrations[${i}]`;
    register(a.id, at);
    const { min, max } = doc.meta.stanceScale;
    if (a.stance < min || a.stance > max) problems.push({ path: `${at}.stance`, message: `must lie on the stance scale, ${min} to ${max}` });
    if (a.end && a.end < a.start) problems.push({ path: `${at}.end`, message: 'is before the start' });
    a.reasons.forEach((r, k) => {
      register(r.id, `${at}.reasons[${k}]`);
      resolve('source', r.sources, `${at}.reasons[${k}].sources`);
      resolve('issue', r.issues, `${at}.reasons[${k}].issues`);
    });
    resolve('source', a.sources, `${at}.sources`);
    resolve('source', a.rationale?.sources, `${at}.rationale.sources`);
  });
  doc.issues.forEach((issue, i) => {
    const at = `$.issues[${i}]`;
    register(issue.id, at);
    for (const side of ['us', 'icc', 'meeting'] as const) resolve('source', issue[side].sources, `${at}.${side}.sources`);
  });
  doc.news.forEach((n, i) => {
    register(n.id, `$.news[${i}]`);
    span(n, `$.news[${i}]`);
    resolve('source', n.sources, `$.news[${i}].sources`);
    resolve('issue', n.issues, `$.news[${i}].issues`);
  });
}
