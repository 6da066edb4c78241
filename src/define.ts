/**
 * Registers every element. Safe to load more than once, and beside the
 * script-tag bundles: a tag another copy defined is left alone.
 */
import { defineElement, defineWidget } from './elements/register.js';
import { IccReview } from './elements/icc-review/icc-review.js';
import { WIDGETS } from './elements/widgets.js';

// The provider first: a widget that connects after its provider finds it at once.
defineElement('icc-review', IccReview);
WIDGETS.forEach(defineWidget);

export * from './index.js';
