/**
 * Side-effect-free entry: classes and types, nothing registered.
 * Import `icc-widgets/define.js` (or one element's file) to register tags.
 */
export * from './core.js';
export { validateContent, parseContent } from './content/validate.js';
export { ContentSchema } from './content/schema.js';
