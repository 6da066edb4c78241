import type { Content } from './schema.js';

/*
 * The bundled review is shipped whole (dist/content/en.json: editors, the
 * server, anyone reading the file) and cut into parts (dist/content/en/*.json)
 * that a page downloads as its widgets need them: a page with only the
 * timeline never downloads the summary's text, and no page downloads the
 * sources list's entries until a reader opens one (issue 14). A part is a set
 * of the document's top-level fields; together the parts are the document.
 *
 * This module has no imports at run time: the build loads it on its own to
 * write the part files (rollup.config.mjs).
 */

/** Each part's fields. `base` goes with every other: the language, the as-of date, the issues. */
export const PARTS = {
  base: ['meta', 'issues'],
  timeline: ['timeline', 'administrations'],
  sections: ['sections', 'corrections', 'news'],
  sources: ['sources'],
} as const satisfies Record<string, readonly (keyof Content)[]>;

export type Part = keyof typeof PARTS;

/** The parts in a fixed order (addresses and store keys spell them in it). */
export const PART_NAMES = Object.keys(PARTS) as Part[];

/** A document cut into its parts. */
export function splitContent(content: Content): Record<Part, Partial<Content>> {
  const pick = (fields: readonly (keyof Content)[]) => Object.fromEntries(fields.map((field) => [field, content[field]]));
  return Object.fromEntries(PART_NAMES.map((part) => [part, pick(PARTS[part])])) as Record<Part, Partial<Content>>;
}

/**
 * Parts put back together as one document. Fields of parts not given are
 * empty lists: a widget draws only from the parts it asked for, and the
 * store tells it which those are (ReviewStore.has).
 */
export function joinParts(parts: readonly Partial<Content>[]): Content {
  const empty = { sources: [], sections: [], corrections: [], timeline: [], administrations: [], issues: [], news: [] };
  return Object.assign(empty, ...parts) as Content;
}
