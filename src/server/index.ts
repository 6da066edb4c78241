/**
 * Node API (`icc-widgets/server`): server-rendered HTML for one widget, and
 * oEmbed responses for the iframe embed. Not for browsers.
 */
export { renderWidget, bundledContent, styleHashes, WIDGETS } from './render.js';
export type { RenderOptions, WidgetTag } from './render.js';
export { oembed } from './oembed.js';
export type { OEmbedOptions } from './oembed.js';
