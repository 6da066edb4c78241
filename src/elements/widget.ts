import type { TemplateResult } from 'lit';
import type { Review } from '../content/review.js';
import type { ReviewWidget } from '../base/review-widget.js';

/** What the server's light-DOM copy is drawn for: the attributes the widget will have. */
export interface LightCopyOptions {
  /** The title's level, 1–6. */
  level: number;
  issue?: string;
  period?: string;
  event?: string;
}

/**
 * Everything the rest of the package needs to know about a widget, in one
 * entry (each widget's `widget.ts`): registration, the package's exports,
 * the server, oEmbed and the embed page all read it.
 */
export interface Widget {
  tag: `${string}-${string}`;
  element: typeof ReviewWidget & CustomElementConstructor;
  /** The plain copy the server puts in the light DOM, drawn from the element's own view functions. */
  lightCopy(review: Review, options: LightCopyOptions): TemplateResult;
  /** What it shows, in a few words: the oEmbed title, and the embed page's list of widgets. */
  label: string;
  /** A first height in px for an iframe of it in a 640 px column, before the embed reports its own. */
  embedHeight: number;
}
