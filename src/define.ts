/**
 * Registers every element. Safe to load more than once, and beside the
 * script-tag bundles: a tag another copy defined is left alone.
 */
// Providers first: a widget that connects after its provider finds it at once.
import './elements/icc-review/define.js';
import './elements/icc-summary/define.js';
import './elements/icc-stance-compare/define.js';
import './elements/us-icc-position/define.js';

export * from './index.js';
