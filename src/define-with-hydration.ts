/**
 * Entry of the script-tag bundles (dist/icc-widgets.js and .classic.js).
 * Lit's hydration support must load before Lit itself: with it, widgets
 * server-rendered by `icc-widgets render` (declarative shadow DOM) are adopted
 * as they are instead of being drawn again.
 * It exports what pages use (core.ts), not the validator: that loads on first
 * use, for content that did not come with the package (issue 14).
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './define.js';
export * from './core.js';
