/**
 * Interface words (not review text, which lives in the content). One table per
 * language; unknown languages fall back to English.
 */
const en = {
  sources: 'Sources',
  source: (n: number) => `Source ${n}`,
  keyFacts: 'Key facts',
  showFull: 'Read the full review',
  showCompact: 'Show key facts only',
  correction: 'Correction',
  originalSaid: (title: string) => `The original review, “${title}”, said:`,
  asOf: 'Information as of',
  revises: (title: string, publisher: string) => `This review corrects and updates “${title}” (${publisher}).`,
  loading: 'Loading the review…',
  relatedTo: (issue: string) => `Related to the selected issue: ${issue}`,
  primary: 'primary source',
  verdict: { wrong: 'Wrong', unsupported: 'Unsupported', outdated: 'Outdated', imprecise: 'Imprecise' },
  // <us-icc-position>
  // end <us-icc-position>
  // <icc-stance-compare>
  // end <icc-stance-compare>
};

export type Labels = typeof en;

const tables: Record<string, Labels> = { en };

export function labelsFor(lang: string | undefined): Labels {
  return tables[(lang ?? 'en').toLowerCase().split('-')[0]] ?? en;
}
