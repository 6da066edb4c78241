/**
 * Interface words in English (review text lives in the content). Every other
 * language's table has this shape: `Labels` is derived from it.
 */
export const en = {
  sources: 'Sources',
  // The accessible name of a citation mark.
  source: (n: number) => `source ${n}`,
  sourceCount: (n: number) => (n === 1 ? '1 source' : `${n} sources`),
  updated: 'Updated',
  keyFacts: 'Key facts',
  showFull: 'Read the full review',
  showCompact: 'Show key facts only',
  correction: 'Correction',
  originalSaid: (title: string) => `The original review, “${title}”, said:`,
  asOf: 'Information as of',
  revises: (title: string, publisher: string) => `This review corrects and updates “${title}” (${publisher}).`,
  loading: 'Loading the review…',
  relatedTo: (issue: string) => `Related to the selected issue: ${issue}`,
  verdict: { wrong: 'Wrong', unsupported: 'Unsupported', outdated: 'Outdated', imprecise: 'Imprecise' },
  // <icc-summary>
  summary: {
    kicker: 'Explainer',
    dek: 'What the Court is, how US policy toward it has changed, and where things stand, every statement sourced.',
  },
  // <us-icc-position>
  position: {
    kicker: 'Timeline',
    title: 'The US position on the ICC, by administration',
    dek: (from: string, events: number) => `How each administration since ${from} has treated the Court, with ${events} dated events.`,
    administrations: 'Administrations',
    administration: 'Administration',
    years: 'Years',
    stance: 'Stance',
    yearSpan: (from: string, to?: string) => (to ? `${from}–${to}` : `since ${from}`),
    stanceText: (label: string | undefined, score: string) => (label ? `${label} (${score})` : score),
    chartLabel: (from: string, to: string, periods: { name: string; years: string; stance: string }[], events: number) =>
      `Line chart of the US stance toward the ICC, ${from} to ${to}. ${periods.map((p) => `${p.name}, ${p.years}: ${p.stance}`).join('. ')}. ${events} events are marked on the line.`,
    tableCaption: 'US stance toward the ICC by administration',
    aboutScore: 'How the stance score was given',
    why: 'Why this score:',
    scheduled: 'Scheduled in advance',
    reasonsGiven: 'Reasons given',
    events: 'Events',
    effect: { closer: 'Moved closer to the Court', apart: 'Moved away from the Court', neutral: 'Did not change the stance' },
    related: 'Related to the selected issue',
    legendEvent: 'Event',
    legendSelected: 'Selected administration',
  },
  // end <us-icc-position>
  // <icc-stance-compare>
  compare: {
    kicker: 'Side by side',
    title: 'Where the United States and the Court stand, issue by issue',
    dek: (issues: number) => `The US and the Court's positions on ${issues} disputed issues, each with its sources.`,
    issues: 'Issues',
    us: 'United States',
    icc: 'International Criminal Court',
    position: 'Position',
    basis: 'Legal basis',
    meeting: 'Where they meet',
    // Says what the content lacks, not what either side claims.
    noBasis: 'Not given in this review',
    events: 'Related events',
    scheduled: 'scheduled',
    status: { contested: 'Contested', 'partly-aligned': 'Partly aligned', aligned: 'Aligned' },
  },
  // end <icc-stance-compare>
};

export type Labels = typeof en;
