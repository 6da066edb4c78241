/**
 * The content model: one JSON document per language holds the whole review.
 * Everything a widget shows comes from here; templates only arrange it.
 *
 * Conventions
 * - Every item has an `id` that is unique across the whole document (ids are
 *   what selections, citations and corrections point at).
 * - Dates are ISO 8601 strings whose form matches their precision:
 *   `YYYY-MM-DD` (day), `YYYY-MM` (month) or `YYYY` (year).
 * - `sources` on an item is a non-empty list of ids from the `sources` registry.
 * - Text is plain text. It is rendered as text, never parsed as HTML.
 */

/**
 * `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
 * @pattern ^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$
 */
export type IsoDate = string;

/**
 * Ids of entries in the `sources` registry; every statement cites at least one.
 * @minItems 1
 */
export type SourceIds = string[];
export type DatePrecision = 'day' | 'month' | 'year';

/** A date together with how precisely it is known. */
export interface Dated {
  date: IsoDate;
  precision: DatePrecision;
  /** Last day of a span (a conference, a term), same form rules as `date`. */
  end?: IsoDate;
}

export type SourceKind = 'primary' | 'secondary';

export interface Source {
  id: string;
  title: string;
  /** Issuer or outlet: "International Criminal Court", "Reuters". */
  publisher: string;
  date: IsoDate;
  kind: SourceKind;
  /** Formal citation where the document has one: "85 FR 36139", "S/RES/1593 (2005)". */
  citation?: string;
  /** Only canonical addresses of the issuer or trusted secondary hosts. */
  url?: string;
}

/** One checkable statement. The unit of citation. */
export interface Claim {
  id: string;
  text: string;
  sources: SourceIds;
  /** Shown in the compact variant of `<icc-summary>`. */
  key?: boolean;
  /** Issue ids this statement is about (lets widgets highlight it). */
  issues?: string[];
}

export interface Paragraph {
  id: string;
  claims: Claim[];
}

export type SectionId =
  | 'background'
  | 'us-relationship'
  | 'icc-view'
  | 'current-status'
  | 'conclusion'
  | 'recent-news';

export interface Section {
  id: SectionId;
  title: string;
  paragraphs: Paragraph[];
}

export type CorrectionVerdict = 'wrong' | 'unsupported' | 'outdated' | 'imprecise';

/** An editor's note: what the original review said and what is right. */
export interface Correction {
  id: string;
  /** The claim of this review that replaces the original statement. */
  claim: string;
  verdict: CorrectionVerdict;
  /** Short quotation of the original review. */
  original: string;
  /** What is right, in a sentence or two. */
  text: string;
  sources: SourceIds;
}

/** How an event moved the US stance toward the Court. */
export type StanceEffect = 'closer' | 'apart' | 'neutral';

export interface TimelineEvent extends Dated {
  id: string;
  title: string;
  text: string;
  administration: string;
  effect: StanceEffect;
  sources: SourceIds;
  issues?: string[];
}

export interface Administration {
  id: string;
  president: string;
  /** Years in office as the stance period: `start` and (unless current) `end`. */
  start: IsoDate;
  end?: IsoDate;
  /** On the scale documented in `meta.stanceScale`. */
  stance: number;
  summary: string;
  /** The reasons the administration gave for its stance, each cited. */
  reasons: Claim[];
  events: string[];
  sources: SourceIds;
}

export type IssueStatus = 'contested' | 'partly-aligned' | 'aligned';

export interface Position {
  text: string;
  sources: SourceIds;
  /** Legal basis where there is one: "Rome Statute art. 12(2)". */
  basis?: string;
}

export interface Issue {
  id: string;
  title: string;
  us: Position;
  icc: Position;
  /** Where the two meet or clash. */
  meeting: Position;
  status: IssueStatus;
  events: string[];
}

export interface NewsItem extends Dated {
  id: string;
  headline: string;
  text: string;
  sources: SourceIds;
  issues?: string[];
}

export interface StanceScale {
  min: number;
  max: number;
  /** What the scale measures and how scores were given. */
  description: string;
  /** Named points on the scale, for axis labels and the text alternative. */
  labels: { value: number; label: string }[];
}

export interface Meta {
  /** BCP 47 language tag of the text. */
  lang: string;
  dir?: 'ltr' | 'rtl';
  title: string;
  /** Everything is checked as of this day (`YYYY-MM-DD`); no item may be dated later. */
  asOf: IsoDate;
  version: string;
  /** What the review revises, shown beside the corrections. */
  original: { title: string; publisher: string };
  stanceScale: StanceScale;
}

export interface Content {
  /** Optional address of the JSON Schema (dist/content.schema.json), for editors that validate as you type. */
  $schema?: string;
  meta: Meta;
  sources: Source[];
  sections: Section[];
  corrections: Correction[];
  timeline: TimelineEvent[];
  administrations: Administration[];
  issues: Issue[];
  news: NewsItem[];
}

/** One problem found in a content document: where (a JSON path) and what. */
export interface ContentProblem {
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; content: Content }
  | { ok: false; problems: ContentProblem[] };
