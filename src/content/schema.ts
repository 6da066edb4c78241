/**
 * The content model, written once: this Valibot schema is the validator the
 * widgets run, the TypeScript types (inferred below) and the JSON Schema for
 * editors (`dist/content.schema.json`, generated from it at build time).
 *
 * One JSON document per language holds the whole review. Conventions:
 * - Every item has an `id` unique across the document; selections, citations
 *   and corrections point at ids.
 * - Dates are ISO 8601 in the form of their precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 * - Each relation is stored once, on the timeline event (its administration and
 *   its issues); the events of an issue or a period are derived (see views.ts).
 * - Text is plain text, rendered as text, never parsed as HTML.
 *
 * What a schema cannot say (ids unique, references resolving, spans in order)
 * is checked in validate.ts.
 */
import * as v from 'valibot';

export const SECTION_IDS = ['background', 'us-relationship', 'icc-view', 'current-status', 'conclusion', 'recent-news'] as const;
export const PRECISIONS = ['day', 'month', 'year'] as const;
export const EFFECTS = ['closer', 'apart', 'neutral'] as const;
export const STATUSES = ['contested', 'partly-aligned', 'aligned'] as const;
export const VERDICTS = ['wrong', 'unsupported', 'outdated', 'imprecise'] as const;

const DATE_FORM = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for a real calendar date in one of the three ISO forms (no 31 February). */
export function isIsoDate(value: string): boolean {
  if (!DATE_FORM.test(value)) return false;
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

/** A well-formed BCP 47 tag. Content picks languages and number formats with it, so junk must not pass. */
export function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

function isWebAddress(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

// Finite: JSON has no Infinity, but validateContent and the server's renderWidget take values too, and a scale
// ending at Infinity (or a stance of Infinity on it) passed, then drew the chart at NaN (test/content/properties.test.ts).
const finite = () => v.pipe(v.number(), v.finite('must be a finite number'));
const nonEmpty = () => v.pipe(v.string(), v.regex(/\S/, 'must not be empty'));
const text = (description?: string) => (description ? v.pipe(nonEmpty(), v.description(description)) : nonEmpty());
const id = v.pipe(text(), v.description('Unique across the document.'));
const ids = (description: string) => v.pipe(v.array(text()), v.description(description));
const date = (description: string) =>
  v.pipe(v.string(), v.regex(DATE_FORM, 'must be a date as YYYY-MM-DD, YYYY-MM or YYYY'), v.check((s) => !DATE_FORM.test(s) || isIsoDate(s), 'is not a calendar date'), v.description(description));
const sources = v.pipe(v.array(text()), v.minLength(1), v.description('Ids of entries in `sources`; every statement cites at least one.'));
const precision = v.pipe(v.picklist(PRECISIONS), v.description('How precisely the date is known; `date` is written in that form.'));

const DatedFields = {
  date: date('When it happened.'),
  precision,
  end: v.optional(date('Last day of a span (a conference, a term), in the same form.')),
};

export const SourceSchema = v.strictObject({
  id,
  title: text(),
  publisher: text('Issuer or outlet: "International Criminal Court", "Reuters".'),
  date: date('Publication date.'),
  kind: v.pipe(v.picklist(['primary', 'secondary']), v.description('`primary`: the Court, the UN, governments, courts, statutes; `secondary`: research bodies, NGOs, press.')),
  citation: v.optional(text('Formal citation where the document has one: "85 FR 36139", "S/RES/1593 (2005)".')),
  url: v.optional(v.pipe(v.string(), v.check(isWebAddress, 'must be an http(s) address'), v.description('Only canonical addresses of the issuer or trusted hosts.'))),
});

/** One checkable statement: the unit of citation. */
export const ClaimSchema = v.strictObject({
  id,
  text: text(),
  sources,
  key: v.optional(v.pipe(v.boolean(), v.description('Shown in the compact view of `<icc-summary>`: one key fact per part.'))),
  issues: v.optional(ids('Issue ids this statement is about (widgets mark it when one is selected).')),
  asOf: v.optional(date('For a statement about the present ("remains", "still", counts): the day it speaks for. It is phrased as of that day and cites a source from the 90 days before it.')),
});

const PositionSchema = v.strictObject({
  text: text(),
  sources,
  basis: v.optional(text('Legal basis where there is one: "Rome Statute art. 12(2)".')),
  asOf: v.optional(date('As on claims: the day a statement about the present speaks for.')),
});

export const ContentSchema = v.strictObject({
  $schema: v.optional(text('Address of this JSON Schema, for editors that validate as you type.')),
  meta: v.strictObject({
    lang: v.pipe(v.string(), v.check(isLanguageTag, 'must be a language tag such as "en" or "fr-CA"'), v.description('BCP 47 language tag of the text.')),
    dir: v.optional(v.picklist(['ltr', 'rtl'])),
    title: text(),
    asOf: date('Everything is checked as of this day; no item may be dated later.'),
    version: text(),
    original: v.pipe(v.strictObject({ title: text(), publisher: text() }), v.description('The review this one corrects and updates.')),
    stanceScale: v.strictObject({
      min: finite(),
      max: finite(),
      description: text('What the scale measures and how scores were given.'),
      labels: v.pipe(v.array(v.strictObject({ value: finite(), label: text() })), v.minLength(1), v.description('Named points on the scale.')),
    }),
  }),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
  sections: v.pipe(
    v.array(v.strictObject({
      id: v.picklist(SECTION_IDS),
      title: text(),
      paragraphs: v.array(v.strictObject({ id, claims: v.pipe(v.array(ClaimSchema), v.minLength(1)) })),
    })),
    v.minLength(1),
    v.description('The six parts of the review, in order.'),
  ),
  corrections: v.pipe(
    v.array(v.strictObject({
      id,
      claim: v.pipe(text(), v.description('The claim of this review that replaces the original statement.')),
      verdict: v.picklist(VERDICTS),
      original: text('Short quotation of the original review.'),
      text: text('What is right, in a sentence or two.'),
      sources,
    })),
    v.description("Editor's notes: what the original review said and what is right."),
  ),
  timeline: v.pipe(
    v.array(v.strictObject({
      id,
      ...DatedFields,
      title: text(),
      text: text(),
      administration: v.pipe(text(), v.description('The administration in office: the one place this relation is stored.')),
      effect: v.pipe(v.picklist(EFFECTS), v.description('How the event moved the US stance toward the Court.')),
      scheduled: v.optional(v.pipe(v.boolean(), v.description('Fixed in advance by an earlier act (an entry into force, a withdrawal taking effect): readers see it as scheduled, and it cites the act that scheduled it.'))),
      sources,
      issues: v.optional(ids('The issues the event bears on: the one place this relation is stored.')),
    })),
    v.description('Dated events, in date order. Each owns its relations to administrations and issues.'),
  ),
  administrations: v.array(v.strictObject({
    id,
    president: text(),
    start: date('First day in office.'),
    end: v.optional(date('Last day in office; absent for the current administration.')),
    stance: v.pipe(finite(), v.description('On the scale documented in `meta.stanceScale`.')),
    rationale: v.optional(v.pipe(v.strictObject({ text: text(), sources }), v.description('Why this score, in one sentence, applying the scale as written.'))),
    summary: text(),
    reasons: v.pipe(v.array(ClaimSchema), v.description('The reasons the administration gave for its stance, each cited.')),
    sources,
  })),
  issues: v.array(v.strictObject({
    id,
    title: text(),
    us: PositionSchema,
    icc: PositionSchema,
    meeting: v.pipe(PositionSchema, v.description('Where the two meet or clash.')),
    status: v.picklist(STATUSES),
  })),
  news: v.array(v.strictObject({
    id,
    ...DatedFields,
    headline: text(),
    text: text(),
    sources,
    issues: v.optional(ids('Issue ids the item is about (the summary marks it when one is selected).')),
  })),
});

export type Content = v.InferOutput<typeof ContentSchema>;
export type Meta = Content['meta'];
export type StanceScale = Meta['stanceScale'];
export type Source = v.InferOutput<typeof SourceSchema>;
export type Section = Content['sections'][number];
export type SectionId = (typeof SECTION_IDS)[number];
export type Paragraph = Section['paragraphs'][number];
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Correction = Content['corrections'][number];
export type CorrectionVerdict = (typeof VERDICTS)[number];
export type TimelineEvent = Content['timeline'][number];
export type StanceEffect = (typeof EFFECTS)[number];
export type DatePrecision = (typeof PRECISIONS)[number];
export type Administration = Content['administrations'][number];
export type Issue = Content['issues'][number];
export type IssueStatus = (typeof STATUSES)[number];
export type Position = Issue['us'];
export type NewsItem = Content['news'][number];

/** One problem found in a content document: where (a JSON path) and what. */
export interface ContentProblem {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; content: Content } | { ok: false; problems: ContentProblem[] };
