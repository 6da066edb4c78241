/**
 * Side-effect-free entry: classes and types, nothing registered.
 * Import `icc-widgets/define.js` (or one element's define file) to register tags.
 */
export { IccReview } from './elements/icc-review/icc-review.js';
export { IccSummary } from './elements/icc-summary/icc-summary.js';
export { UsIccPosition } from './elements/us-icc-position/us-icc-position.js';
export { IccStanceCompare } from './elements/icc-stance-compare/icc-stance-compare.js';
export { IccElement } from './internal/icc-element.js';
export { IccWidget } from './internal/icc-widget.js';
export { ReviewStore } from './state/store.js';
export type { LoadFailure, LoadStatus, Selection } from './state/store.js';
export { storeContext } from './state/context.js';
export { pageStore, DEFAULT_GROUP } from './state/page-stores.js';
export { validateContent, parseContent } from './content/validate.js';
export { bundledContentUrl } from './bundled.js';
export { VERSION } from './internal/version.js';
export type { IccErrorDetail, IccErrorEvent, IccSelectDetail, IccSelectEvent, SelectionKind } from './internal/events.js';
export type * from './content/types.js';
