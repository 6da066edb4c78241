import type { Content, ContentProblem } from './types.js';

/**
 * Hosts we never cite: aggregators, mirrors and scrapers (see the fact sheet's
 * "How to cite"). A reader who follows a citation must land somewhere trustworthy.
 */
export const NEVER_CITE_HOSTS = [
  'hozir.org', 'm.wazua.co.ke', 'joanveon.com', 'the-uncensored-wiki.com', 'wikimili.com',
  'profilpelajar.com', 'n.global.ssl.fastly.net', 'ozardiplo.blogspot.com', 'particle.news',
  'narrativeradar.io', 'owlbrief.com', 'a2znews.uk', 'modeldiplomat.com', 'moneytox.com',
  'newsrael.com', 'usregs.ai', 'govprofiles.com', 'legiequity.us', 'governmentmvp.com',
  'ecscreening.com', 'afnnews.qaasid.com', 'iraqicivilsociety.org', 'scribd.com', 'docslib.org',
  'parrotnigeria.com', 'thenationonlineng.net', 'punchng.com', 'lifesitenews.com',
  'theamericandailypress.com', 'eurotrib1.eurotrib.com', 'countervortex.org', 'sanctions.org',
  'nginx.main.middle-east-eye.uk3.amazee.io', 'd27r7ebsgu0es2.cloudfront.net', 'wikipedia.org',
];

export const SECTION_ORDER = ['background', 'us-relationship', 'icc-view', 'current-status', 'conclusion', 'recent-news'] as const;

const onHost = (url: string, host: string) => {
  const name = new URL(url).hostname.toLowerCase();
  return name === host || name.endsWith(`.${host}`);
};

/**
 * Editorial rules for content we publish, on top of `validateContent`:
 * all six parts in order, every source used, nothing dated after the as-of
 * day, no citation of a never-cite host. Run by `npm run check:content`.
 */
export function auditContent(doc: Content): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { asOf } = doc.meta;

  const order = doc.sections.map((s) => s.id).join(',');
  if (order !== SECTION_ORDER.join(',')) {
    problems.push({ path: '$.sections', message: `must be the six parts in order (${SECTION_ORDER.join(', ')}), got ${order}` });
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
    const banned = source.url && NEVER_CITE_HOSTS.find((host) => onHost(source.url!, host));
    if (banned) problems.push({ path: `${at}.url`, message: `cites ${banned}, which is on the never-cite list` });
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
  });
  return problems;
}
