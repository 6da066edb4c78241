/**
 * Interface words in English (review text lives in the content). Every other
 * language's table has this shape: `Labels` is derived from it.
 */
export const en = {
  // Punctuation between a label and its text, and between the parts of a reference.
  colon: ': ',
  comma: ', ',
  sources: 'Sources',
  // The accessible name of a citation mark.
  source: (n: number) => `source ${n}`,
  sourceCount: (n: number) => (n === 1 ? '1 source' : `${n} sources`),
  updated: 'Updated',
  correction: 'Correction',
  originalSaid: (title: string) => `The original review, “${title}”, said:`,
  asOf: 'Information as of',
  revises: (title: string, publisher: string) => `This review corrects and updates “${title}” (${publisher}).`,
  loading: 'Loading the review…',
  loadingSources: 'Loading the sources…',
  // Added to the failure notice when the bundled review shows instead of the one asked for.
  showingBundled: 'Showing the review bundled with the widget instead.',
  // In a widget whose part of the review is empty (a review with no issues, for the comparison).
  empty: 'This review has nothing to show here yet.',
  // Shown to readers when content cannot be loaded (developers get the details in the icc-error event).
  failure: {
    timeout: 'The review could not be loaded (the server did not answer in time).',
    'too-large': 'The review could not be loaded (the file is too large).',
    network: 'The review could not be loaded (the network request failed).',
    http: (status: number) => `The review could not be loaded (the server answered ${status}).`,
    malformed: 'The review could not be shown because its content is malformed.',
    invalid: 'The review could not be shown because its content does not follow the expected form.',
  },
  relatedTo: (issue: string) => `Related to the selected issue: ${issue}`,
  // Added to the name of a widget's second, third… copy on one page, so each region's name is unique.
  copy: (n: number) => `(copy ${n})`,
  // Said politely when a selection made in another widget changes this one.
  announce: {
    issue: (title: string) => `Now showing the issue: ${title}.`,
    noIssue: 'No issue selected.',
    period: (name: string) => `Now showing: ${name}.`,
    event: (title: string) => `Event opened: ${title}.`,
  },
  // After following a citation: the way back to the sentence.
  backToText: 'Back to the text',
  verdict: { wrong: 'Wrong', unsupported: 'Unsupported', outdated: 'Outdated', imprecise: 'Imprecise' },
  // <icc-summary>
  summary: {
    kicker: 'Explainer',
    dek: 'What the Court is, how US policy toward it has changed, and where things stand, every statement sourced.',
    openAll: 'Open all parts',
    closeAll: 'Close all parts',
    // In the heading of a part that says something about the issue selected elsewhere.
    mentions: 'Mentions the selected issue',
  },
  // <us-icc-position>
  position: {
    kicker: 'Timeline',
    title: 'The US position on the ICC, by administration',
    dek: (from: string, events: number) => `Each administration's stance since ${from}, with ${events} dated events.`,
    administrations: 'Administrations',
    administration: 'Administration',
    years: 'Years',
    stance: 'Stance',
    yearSpan: (from: string, to?: string) => (to ? `${from}–${to}` : `since ${from}`),
    periodHeading: (president: string, years: string) => `${president}, ${years}`,
    stanceText: (label: string | undefined, score: string) => (label ? `${label} (${score})` : score),
    chartLabel: (from: string, to: string, periods: { name: string; years: string; stance: string }[], events: number) =>
      `Line chart of the US stance toward the ICC, ${from} to ${to}. ${periods.map((p) => `${p.name}, ${p.years}: ${p.stance}`).join('. ')}. ${events} events are marked on the line.`,
    tableCaption: 'US stance toward the ICC by administration',
    aboutScore: 'How the stance score was given',
    why: 'Why this score:',
    scheduled: 'Scheduled in advance',
    reasonsGiven: 'Reasons given',
    events: 'Events',
    allEvents: (n: number) => `All ${n} events`,
    effect: { closer: 'Closer to the Court', apart: 'Away from the Court', neutral: 'No change in stance' },
    related: 'Related to the selected issue',
    legendEvent: 'Event',
    legendCluster: 'Events close in time, with their number',
    legendSelected: 'Selected administration',
  },
  // end <us-icc-position>
  // <icc-stance-compare>
  compare: {
    kicker: 'Side by side',
    title: 'Where the United States and the Court stand, issue by issue',
    dek: (issues: number) => `The US and the Court's positions on ${issues} disputed issues, with sources.`,
    issues: 'Issues',
    us: 'United States',
    icc: 'International Criminal Court',
    position: 'Position',
    basis: 'Legal basis',
    meeting: 'Where they meet',
    // Says what the content lacks, not what either side claims.
    noBasis: 'Not given in this review',
    events: 'Related events',
    // The button under a position cut short on narrow screens, and once it is open.
    more: 'Read more',
    less: 'Show less',
    scheduled: 'scheduled',
    status: { contested: 'Contested', 'partly-aligned': 'Partly aligned', aligned: 'Aligned' },
  },
  // end <icc-stance-compare>
};

export type Labels = typeof en;
