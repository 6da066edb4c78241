import type { Administration, Claim, Content, Correction, Issue, NewsItem, Section, Source, TimelineEvent } from './schema.js';

// Content dates are ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD), so code-unit order is date order; localeCompare is slow.
const isoOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byDate = <T extends { date: string }>(a: T, b: T) => isoOrder(a.date, b.date);

/** Groups items under keys; every key gets a list, in the items' order. */
function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[] | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item) ?? []) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

const index = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

const cache = new WeakMap<Content, Review>();

/**
 * Every view derived from a content document, in one place: the widgets, the
 * server's light-DOM copy, the embed page and the editorial audit all ask
 * here, so they cannot disagree about which events belong to an issue or in
 * which order periods come. Relations are stored once in the content (on the
 * timeline events) and read back from here. One getter or lookup per derived
 * view, computed on first use; lookups are Maps, so a content-supplied key
 * such as "__proto__" finds nothing rather than an inherited value.
 */
export class Review {
  /** The derived views of a document, made once per document object. */
  static of(content: Content): Review {
    let review = cache.get(content);
    if (!review) cache.set(content, (review = new Review(content)));
    return review;
  }

  #sources?: Map<string, Source>;
  #issues?: Map<string, Issue>;
  #periods?: Map<string, Administration>;
  #events?: Map<string, TimelineEvent>;
  #eventsByIssue?: Map<string, TimelineEvent[]>;
  #eventsByPeriod?: Map<string, TimelineEvent[]>;
  #corrections?: Map<string, Correction[]>;
  #timeline?: readonly TimelineEvent[];
  #periodsInOrder?: readonly Administration[];
  #news?: readonly NewsItem[];

  private constructor(readonly content: Content) {}

  get meta(): Content['meta'] {
    return this.content.meta;
  }

  get sections(): readonly Section[] {
    return this.content.sections;
  }

  get issues(): readonly Issue[] {
    return this.content.issues;
  }

  source(id: string): Source | undefined {
    return (this.#sources ??= index(this.content.sources)).get(id);
  }

  issue(id: string | undefined): Issue | undefined {
    return id === undefined ? undefined : (this.#issues ??= index(this.content.issues)).get(id);
  }

  period(id: string | undefined): Administration | undefined {
    return id === undefined ? undefined : (this.#periods ??= index(this.content.administrations)).get(id);
  }

  event(id: string | undefined): TimelineEvent | undefined {
    return id === undefined ? undefined : (this.#events ??= index(this.content.timeline)).get(id);
  }

  /** The timeline in date order. */
  get timeline(): readonly TimelineEvent[] {
    return (this.#timeline ??= [...this.content.timeline].sort(byDate));
  }

  /** The administrations in order of time. */
  get periods(): readonly Administration[] {
    return (this.#periodsInOrder ??= [...this.content.administrations].sort((a, b) => isoOrder(a.start, b.start)));
  }

  /** The events that bear on an issue (their `issues` name it), in date order. */
  eventsOfIssue(id: string): readonly TimelineEvent[] {
    return (this.#eventsByIssue ??= groupBy(this.timeline, (e) => e.issues)).get(id) ?? [];
  }

  /** The events of one administration, in date order. */
  eventsOfPeriod(id: string): readonly TimelineEvent[] {
    return (this.#eventsByPeriod ??= groupBy(this.timeline, (e) => [e.administration])).get(id) ?? [];
  }

  /** The administration in office at an event. */
  periodOfEvent(id: string | undefined): Administration | undefined {
    return this.period(this.event(id)?.administration);
  }

  /** The claims marked `key`, one per part, in reading order: the summary's compact view. */
  get keyFacts(): readonly Claim[] {
    return this.content.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims.filter((c) => c.key)));
  }

  /** The editor's notes on a claim. */
  correctionsOf(claimId: string): readonly Correction[] {
    return (this.#corrections ??= groupBy(this.content.corrections, (c) => [c.claim])).get(claimId) ?? [];
  }

  /** Recent news, newest first. */
  get news(): readonly NewsItem[] {
    return (this.#news ??= [...this.content.news].sort((a, b) => byDate(b, a)));
  }

  /** Whether a claim, event or news item is about an issue. */
  concerns(item: { issues?: readonly string[] }, issueId: string | undefined): boolean {
    return issueId !== undefined && !!item.issues?.includes(issueId);
  }
}
