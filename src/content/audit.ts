import { currencyProblems } from './currency.js';
import { linkProblems } from './hosts.js';
import { Review } from './review.js';
import { SECTION_IDS, type Content, type ContentProblem } from './schema.js';

export { NEVER_CITE_HOSTS, TRUSTED_HOSTS } from './hosts.js';

/**
 * Editorial rules for content we publish, on top of `validateContent`:
 * all six parts in order, every source used, nothing dated after the as-of
 * day, links (hosts.ts) and currency (currency.ts). Run by `npm run check:content`.
 */
export function auditContent(doc: Content): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { asOf } = doc.meta;

  const review = Review.of(doc);
  const order = doc.sections.map((s) => s.id).join(',');
  if (order !== SECTION_IDS.join(',')) {
    problems.push({ path: '$.sections', message: `must be the six parts in order (${SECTION_IDS.join(', ')}), got ${order}` });
  }

  const cited = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(inner) && inner.every((s) => typeof s === 'string')) inner.forEach((s) => cited.add(s));
        else walk(inner);
      }
    }
  };
  walk({ ...doc, sources: undefined });

  doc.sources.forEach((source, i) => {
    const at = `$.sources[${i}]`;
    if (!cited.has(source.id)) problems.push({ path: `${at}.id`, message: `source "${source.id}" is never cited` });
    if (source.date > asOf) problems.push({ path: `${at}.date`, message: `${source.date} is after the as-of date ${asOf}` });
  });
  problems.push(...linkProblems(doc));

  // The compact view shows one key fact per part (the news part lists items instead).
  doc.sections.forEach((section, i) => {
    const keys = review.keyFacts.filter((c) => section.paragraphs.some((p) => p.claims.includes(c))).length;
    if (section.id !== 'recent-news' && keys !== 1) problems.push({ path: `$.sections[${i}]`, message: `must mark exactly one claim as key, has ${keys}` });
  });

  doc.timeline.forEach((event, i) => {
    const at = `$.timeline[${i}]`;
    const previous = doc.timeline[i - 1];
    if (previous && event.date < previous.date) problems.push({ path: `${at}.date`, message: `${event.date} comes before the previous event (${previous.date}); keep the timeline in date order` });
    const term = review.period(event.administration);
    // Compare at the event's own precision: a year-precise 2001 event may belong to either term of that year.
    const within = term && term.start.slice(0, event.date.length) <= event.date && (!term.end || event.date <= term.end.slice(0, event.date.length));
    if (term && !within) problems.push({ path: `${at}.administration`, message: `${event.date} lies outside the ${term.id} term (${term.start} to ${term.end ?? 'today'})` });
  });

  const dated = [
    ...doc.timeline.map((e, i) => [e, `$.timeline[${i}]`] as const),
    ...doc.news.map((n, i) => [n, `$.news[${i}]`] as const),
  ];
  for (const [item, at] of dated) {
    for (const key of ['date', 'end'] as const) {
      const value = item[key];
      if (value && value > asOf) problems.push({ path: `${at}.${key}`, message: `${value} is after the as-of date ${asOf}` });
    }
  }
  doc.administrations.forEach((a, i) => {
    if (a.start > asOf) problems.push({ path: `$.administrations[${i}].start`, message: `${a.start} is after the as-of date ${asOf}` });
    // Readers see why the score follows from the scale, with its sources.
    if (!a.rationale) problems.push({ path: `$.administrations[${i}].rationale`, message: 'is missing: say in one sentence why the stance score follows from the scale, with sources' });
  });
  problems.push(...currencyProblems(doc, review));
  return problems;
}
