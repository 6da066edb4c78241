/**
 * Entry of the script-tag bundles (dist/icc-widgets.js and .classic.js).
 * Lit's hydration support must load before Lit itself: with it, widgets
 * server-rendered by `icc-widgets render` (declarative shadow DOM) are adopted
 * as they are instead of being drawn again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './define.js';
