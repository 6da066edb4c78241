/**
 * What a page that shows widgets uses: the classes, the store, the derived views. The validator and the schema
 * are not here: the script-tag bundle exports this, and loads the validator only for content from elsewhere.
 */
export { IccReview } from './elements/icc-review/icc-review.js';
export { IccSummary } from './elements/icc-summary/icc-summary.js';
export { UsIccPosition } from './elements/us-icc-position/us-icc-position.js';
export { IccStanceCompare } from './elements/icc-stance-compare/icc-stance-compare.js';
export { WIDGETS, widgetFor, type Widget, type LightCopyOptions } from './elements/widgets.js';
export { ReviewElement } from './base/review-element.js';
export { ReviewWidget } from './base/review-widget.js';
export { ReviewStore } from './state/store.js';
export type { FailureCode, LoadFailure, LoadOptions, LoadStatus, Selection } from './state/store.js';
export { storeContext } from './state/context.js';
export { pageStore, DEFAULT_GROUP } from './state/page-stores.js';
export { Review } from './content/review.js';
export { bundledContentUrl } from './bundled-content.js';
export { LANGUAGES } from './i18n/languages.js';
export { VERSION } from './version.js';
export type { IccErrorDetail, IccErrorEvent, IccSelectDetail, IccSelectEvent, SelectionKind } from './events.js';
export type * from './content/schema.js';
