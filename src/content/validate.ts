import type {
  Content,
  ContentProblem,
  DatePrecision,
  ValidationResult,
} from './types.js';

/**
 * Turns untrusted JSON into typed content, or a list of precise problems.
 * Never throws: hosts feed us whatever their CMS produced.
 *
 * Two passes: `shape` checks each value against the types (with JSON paths),
 * then `references` checks what the types cannot say: ids unique across the
 * document, every citation and cross-reference resolving, dates coherent.
 */
export function validateContent(input: unknown): ValidationResult {
  const problems: ContentProblem[] = [];
  try {
    content(input, '$', problems);
    if (problems.length === 0) references(input as Content, problems);
  } catch (error) {
    // A hostile getter or a cyclic proxy: report it instead of throwing into the host page.
    problems.push({ path: '$', message: `could not be read (${String(error)})` });
  }
  return problems.length === 0
    ? { ok: true, content: input as Content }
    : { ok: false, problems };
}

/** Parses JSON text, then validates it. */
export function parseContent(text: string): ValidationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '$', message: `is not valid JSON (${(error as Error).message})` }] };
  }
  return validateContent(json);
}

// ---------------------------------------------------------------------------
// Shape: tiny combinators. A checker reports into `problems` and returns nothing.

type Checker = (value: unknown, path: string, problems: ContentProblem[]) => void;

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;

const text: Checker = (value, path, problems) => {
  if (typeof value !== 'string') problems.push({ path, message: `must be text, got ${describe(value)}` });
  else if (value.trim() === '') problems.push({ path, message: 'must not be empty' });
};

const number: Checker = (value, path, problems) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) problems.push({ path, message: `must be a number, got ${describe(value)}` });
};

const boolean: Checker = (value, path, problems) => {
  if (typeof value !== 'boolean') problems.push({ path, message: `must be true or false, got ${describe(value)}` });
};

const oneOf = (...allowed: string[]): Checker => (value, path, problems) => {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    problems.push({ path, message: `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(value)}` });
  }
};

const DATE_FORMS: Record<DatePrecision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
};

/** True for a real calendar date in one of the three ISO forms. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !Object.values(DATE_FORMS).some((form) => form.test(value))) return false;
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

const date: Checker = (value, path, problems) => {
  if (!isIsoDate(value)) problems.push({ path, message: `must be a date as YYYY-MM-DD, YYYY-MM or YYYY, got ${describe(value)}` });
};

const url: Checker = (value, path, problems) => {
  let parsed: URL | undefined;
  try {
    parsed = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    problems.push({ path, message: `must be an http(s) address, got ${describe(value)}` });
  }
};

const list = (item: Checker, min = 0): Checker => (value, path, problems) => {
  if (!Array.isArray(value)) {
    problems.push({ path, message: `must be a list, got ${describe(value)}` });
    return;
  }
  if (value.length < min) problems.push({ path, message: `must hold at least ${min} item${min === 1 ? '' : 's'}` });
  value.forEach((v, i) => item(v, `${path}[${i}]`, problems));
};

type Fields = Record<string, Checker>;

/** An object with required fields and (after `?` in the key) optional ones. */
const record = (fields: Fields): Checker => (value, path, problems) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ path, message: `must be an object, got ${describe(value)}` });
    return;
  }
  const object = value as Record<string, unknown>;
  const known = Object.keys(fields).map((key) => key.replace(/\?$/, ''));
  for (const key of Object.keys(object)) {
    // Usually a typo ("sorces") that would otherwise be silently ignored.
    if (!known.includes(key)) problems.push({ path: `${path}.${key}`, message: 'is not a known field' });
  }
  for (const [key, check] of Object.entries(fields)) {
    const optional = key.endsWith('?');
    const name = optional ? key.slice(0, -1) : key;
    const at = `${path}.${name}`;
    if (object[name] === undefined) {
      if (!optional) problems.push({ path: at, message: 'is missing' });
    } else check(object[name], at, problems);
  }
};

const id = text;
const ids = list(id);
const citations = list(id, 1);
const dated: Fields = { date, precision: oneOf('day', 'month', 'year'), 'end?': date };

const claim = record({ id, text, sources: citations, 'key?': boolean, 'issues?': ids });
const position = record({ text, sources: citations, 'basis?': text });

const content = record({
  '$schema?': text,
  meta: record({
    lang: text,
    'dir?': oneOf('ltr', 'rtl'),
    title: text,
    asOf: date,
    version: text,
    original: record({ title: text, publisher: text }),
    stanceScale: record({
      min: number,
      max: number,
      description: text,
      labels: list(record({ value: number, label: text }), 1),
    }),
  }),
  sources: list(
    record({
      id,
      title: text,
      publisher: text,
      date,
      kind: oneOf('primary', 'secondary'),
      'citation?': text,
      'url?': url,
    }),
    1,
  ),
  sections: list(
    record({
      id: oneOf('background', 'us-relationship', 'icc-view', 'current-status', 'conclusion', 'recent-news'),
      title: text,
      paragraphs: list(record({ id, claims: list(claim, 1) })),
    }),
    1,
  ),
  corrections: list(
    record({
      id,
      claim: id,
      verdict: oneOf('wrong', 'unsupported', 'outdated', 'imprecise'),
      original: text,
      text,
      sources: citations,
    }),
  ),
  timeline: list(
    record({
      id,
      ...dated,
      title: text,
      text,
      administration: id,
      effect: oneOf('closer', 'apart', 'neutral'),
      sources: citations,
      'issues?': ids,
    }),
  ),
  administrations: list(
    record({
      id,
      president: text,
      start: date,
      'end?': date,
      stance: number,
      summary: text,
      reasons: list(claim),
      events: ids,
      sources: citations,
    }),
  ),
  issues: list(
    record({
      id,
      title: text,
      us: position,
      icc: position,
      meeting: position,
      status: oneOf('contested', 'partly-aligned', 'aligned'),
      events: ids,
    }),
  ),
  news: list(record({ id, ...dated, headline: text, text, sources: citations, 'issues?': ids })),
});

// ---------------------------------------------------------------------------
// References: what the shape cannot express.

function references(doc: Content, problems: ContentProblem[]): void {
  const seen = new Map<string, string>();
  const register = (itemId: string, path: string) => {
    const first = seen.get(itemId);
    if (first) problems.push({ path: `${path}.id`, message: `"${itemId}" is already the id of ${first}` });
    else seen.set(itemId, path);
  };
  const kinds = {
    source: new Set(doc.sources.map((s) => s.id)),
    claim: new Set<string>(),
    event: new Set(doc.timeline.map((e) => e.id)),
    administration: new Set(doc.administrations.map((a) => a.id)),
    issue: new Set(doc.issues.map((i) => i.id)),
  };
  const resolve = (kind: keyof typeof kinds, refs: string[] | undefined, path: string) =>
    refs?.forEach((ref, i) => {
      if (!kinds[kind].has(ref)) problems.push({ path: `${path}[${i}]`, message: `names ${kind} "${ref}", which does not exist` });
    });

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
        kinds.claim.add(c.id);
        resolve('source', c.sources, `${where}.sources`);
        resolve('issue', c.issues, `${where}.issues`);
      });
    });
  });
  doc.corrections.forEach((c, i) => {
    register(c.id, `$.corrections[${i}]`);
    if (!kinds.claim.has(c.claim)) problems.push({ path: `$.corrections[${i}].claim`, message: `names claim "${c.claim}", which does not exist` });
    resolve('source', c.sources, `$.corrections[${i}].sources`);
  });
  doc.timeline.forEach((e, i) => {
    const at = `$.timeline[${i}]`;
    register(e.id, at);
    checkSpan(e, at, problems);
    if (!kinds.administration.has(e.administration)) problems.push({ path: `${at}.administration`, message: `names administration "${e.administration}", which does not exist` });
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
    });
    resolve('event', a.events, `${at}.events`);
    resolve('source', a.sources, `${at}.sources`);
  });
  doc.issues.forEach((issue, i) => {
    const at = `$.issues[${i}]`;
    register(issue.id, at);
    for (const side of ['us', 'icc', 'meeting'] as const) resolve('source', issue[side].sources, `${at}.${side}.sources`);
    resolve('event', issue.events, `${at}.events`);
  });
  doc.news.forEach((n, i) => {
    register(n.id, `$.news[${i}]`);
    checkSpan(n, `$.news[${i}]`, problems);
    resolve('source', n.sources, `$.news[${i}].sources`);
    resolve('issue', n.issues, `$.news[${i}].issues`);
  });
}

function checkSpan(item: { date: string; precision: DatePrecision; end?: string }, path: string, problems: ContentProblem[]) {
  if (!DATE_FORMS[item.precision].test(item.date)) {
    problems.push({ path: `${path}.date`, message: `"${item.date}" does not match its precision "${item.precision}"` });
  }
  if (item.end && item.end < item.date) problems.push({ path: `${path}.end`, message: 'is before the date' });
}
