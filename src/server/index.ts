/**
 * Node API (`icc-widgets/server`): server-rendered HTML for one widget, and
 * oEmbed responses for the iframe embed. Not for browsers.
 */
export { renderWidget, styleHashes } from './render.js';
export type { RenderOptions } from './render.js';
export { bundledContent } from './bundled.js';
export { oembed } from './oembed.js';
export type { OEmbedOptions } from './oembed.js';
export { WIDGETS } from '../elements/widgets.js';
