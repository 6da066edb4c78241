import type { Review } from './review.js';
import type { Content, ContentProblem } from './schema.js';

/**
 * Rules that keep the content true as of its date: the as-of date is no
 * later than the sources allow, a statement about the present says which day
 * it speaks for and cites a source from just before it, and an event cites a
 * source that could report it.
 */

/** How long after its newest source content may still claim to be checked. */
export const AS_OF_GRACE_DAYS = 45;
/** How recent a source a statement about the present needs. */
export const STATUS_WINDOW_DAYS = 90;

/** Words that make a statement speak of the present: it then needs its own date (`asOf`). */
const PRESENT = /\b(remains?|remained|still|so far|to date|currently|at present|as of|as far as|no longer|ongoing|no new|not yet)\b/i;

const DAY = 86_400_000;

/** First and last day (as times) a date of any precision may mean: "2026-06" is 1 to 30 June. */
export function spanOf(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number);
  if (d) return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d)];
  if (m) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
  return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
}

/** `a` is on or after `b`, compared at the coarser of their precisions. */
const onOrAfter = (a: string, b: string) => {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) >= b.slice(0, length);
};

export interface Statement {
  path: string;
  text: string;
  sources: readonly string[];
  /** Undefined: the item has no `asOf` field, so it may not speak of the present at all. */
  asOf?: string | null;
}

/** Every statement a reader may take as a claim about now, with where it is. */
export function statements(doc: Content): Statement[] {
  const list: Statement[] = [];
  doc.sections.forEach((s, i) =>
    s.paragraphs.forEach((p, j) =>
      p.claims.forEach((c, k) => list.push({ path: `$.sections[${i}].paragraphs[${j}].claims[${k}]`, ...c, asOf: c.asOf ?? null })),
    ),
  );
  doc.administrations.forEach((a, i) => {
    list.push({ path: `$.administrations[${i}].summary`, text: a.summary, sources: a.sources });
    if (a.rationale) list.push({ path: `$.administrations[${i}].rationale`, ...a.rationale });
    a.reasons.forEach((r, k) => list.push({ path: `$.administrations[${i}].reasons[${k}]`, ...r, asOf: r.asOf ?? null }));
  });
  doc.issues.forEach((issue, i) => {
    for (const side of ['us', 'icc', 'meeting'] as const) list.push({ path: `$.issues[${i}].${side}`, ...issue[side], asOf: issue[side].asOf ?? null });
  });
  return list;
}

export function currencyProblems(doc: Content, review: Review): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { asOf } = doc.meta;
  const sourceDate = (id: string) => review.source(id)?.date;

  const newest = doc.sources.map((s) => s.date).sort().at(-1);
  if (newest && spanOf(asOf)[0] - spanOf(newest)[1] > AS_OF_GRACE_DAYS * DAY) {
    problems.push({ path: '$.meta.asOf', message: `${asOf} is more than ${AS_OF_GRACE_DAYS} days after the newest source (${newest}): the as-of date is the day up to which the content was checked against sources` });
  }

  for (const statement of statements(doc)) {
    const { path, text, sources } = statement;
    const word = PRESENT.exec(text)?.[0];
    if (statement.asOf === undefined) {
      if (word) problems.push({ path, message: `speaks of the present ("${word}"): phrase it as of a date, or move it to a claim with an asOf` });
      continue;
    }
    if (statement.asOf === null) {
      if (word) problems.push({ path, message: `speaks of the present ("${word}"): give it the day it speaks for (asOf), phrase it as of that day and cite a source from the ${STATUS_WINDOW_DAYS} days before` });
      continue;
    }
    const day = spanOf(statement.asOf)[1];
    if (statement.asOf > asOf) problems.push({ path: `${path}.asOf`, message: `${statement.asOf} is after the as-of date ${asOf}` });
    const recent = sources.some((id) => {
      const date = sourceDate(id);
      if (!date) return false;
      const [first, last] = spanOf(date);
      return first <= day && last >= day - STATUS_WINDOW_DAYS * DAY;
    });
    if (!recent) problems.push({ path: `${path}.sources`, message: `a statement as of ${statement.asOf} must cite a source dated in the ${STATUS_WINDOW_DAYS} days before it` });
  }

  doc.timeline.forEach((event, i) => {
    const dates = event.sources.map(sourceDate).filter((d): d is string => !!d);
    if (event.scheduled) {
      // Fixed in advance: it cites the act that fixed it, which comes before.
      if (!dates.some((d) => !onOrAfter(d, event.date))) {
        problems.push({ path: `$.timeline[${i}].sources`, message: 'a scheduled event must cite the earlier act that scheduled it' });
      }
    } else if (!dates.some((d) => onOrAfter(d, event.date))) {
      problems.push({ path: `$.timeline[${i}].sources`, message: `no source is dated on or after the event (${event.date}), so none can report it; add one, or mark the event scheduled if an earlier act fixed it` });
    }
  });
  return problems;
}

/** The statements that speak for a day, oldest first: what an editor should refresh. */
export function statusReport(doc: Content, today: string): { path: string; asOf: string; days: number }[] {
  const now = spanOf(today)[0];
  return statements(doc)
    .filter((s): s is Statement & { asOf: string } => typeof s.asOf === 'string')
    .map((s) => ({ path: s.path, asOf: s.asOf, days: Math.round((now - spanOf(s.asOf)[1]) / DAY) }))
    .sort((a, b) => a.asOf.localeCompare(b.asOf));
}
