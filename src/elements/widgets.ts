import { summary } from './icc-summary/widget.js';
import { position } from './us-icc-position/widget.js';
import { compare } from './icc-stance-compare/widget.js';
import type { Widget } from './widget.js';

export type { Widget, LightCopyOptions } from './widget.js';

/**
 * The widgets a host can place (the provider aside), in the order the docs
 * and the embed page list them. Adding a widget: a folder under
 * src/elements/ with its `widget.ts` entry, and one line here.
 */
export const WIDGETS: readonly Widget[] = [summary, position, compare];

/** The entry for a tag, if it is one of ours. */
export function widgetFor(tag: string | null | undefined): Widget | undefined {
  return WIDGETS.find((widget) => widget.tag === tag);
}
