import type { Widget } from '../widget.js';
import { IccSummary } from './icc-summary.js';
import { summaryLightCopy } from './views.js';

export const summary: Widget = {
  tag: 'icc-summary',
  element: IccSummary,
  lightCopy: summaryLightCopy,
  label: 'The review, cited, in six parts',
  embedHeight: 1150,
};
