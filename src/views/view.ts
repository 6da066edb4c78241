import { guard } from 'lit/directives/guard.js';
import type { Review } from '../content/review.js';
import type { Labels } from '../i18n/index.js';
import type { Citations } from './citations.js';

/**
 * What a view function needs to draw part of a widget. The same functions
 * draw the live shadow DOM and the plain light-DOM copy the server adds for
 * readers without JavaScript, reader modes and crawlers; `live` tells them
 * which, so that only the controls and ids differ, never the text.
 */
export interface View {
  review: Review;
  labels: Labels;
  /** The content's language, for dates and numbers. */
  lang: string;
  /** Interactive (shadow DOM, with controls and ids) or plain (light DOM, neither). */
  live: boolean;
  /** Numbers the citations of one sources list. */
  cite: Citations;
  /** The level of the widget's title; view pieces sit below it. */
  level: number;
}

/**
 * A piece of a view that Lit leaves as it is while `deps` (with the view's content and words) are the same
 * as at its last render: a selection then redraws only what it changed. `build` runs only when they changed
 * (Lit calls it as it commits), so an unchanged piece costs nothing but this call. The sources it cites
 * (`sources`, in its reading order) are numbered here all the same: every number follows from the content,
 * whatever was built.
 */
export function unchanged(view: View, deps: readonly unknown[], sources: readonly string[], build: () => unknown): unknown {
  view.cite.number(sources);
  return guard([view.review, view.labels, ...deps], build);
}

/** The sources some statements cite, in reading order (for `unchanged`). */
export const citedBy = (statements: readonly { sources: readonly string[] }[]): string[] => statements.flatMap((s) => s.sources);
