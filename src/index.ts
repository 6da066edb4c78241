/**
 * Side-effect-free entry: classes and types, nothing registered.
 * Import `icc-widgets/define.js` (or one element's define file) to register tags.
 */
export { IccSummary } from './elements/icc-summary/icc-summary.js';
export { IccElement } from './internal/icc-element.js';
export { ReviewStore } from './state/store.js';
export type { LoadFailure, LoadStatus, Selection } from './state/store.js';
export { storeContext } from './state/context.js';
export { pageStore, DEFAULT_GROUP } from './state/page-stores.js';
export { validateContent, parseContent } from './content/validate.js';
export { bundledContentUrl } from './bundled.js';
export { VERSION } from './internal/version.js';
export type { IccErrorDetail, IccErrorEvent } from './internal/events.js';
export type * from './content/types.js';
