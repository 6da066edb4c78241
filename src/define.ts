/**
 * Registers every element. Safe to load more than once, and beside the
 * script-tag bundles: a tag another copy defined is left alone.
 */
import './elements/icc-summary/define.js';

export * from './index.js';
