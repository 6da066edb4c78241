import type { Widget } from '../widget.js';
import { IccStanceCompare } from './icc-stance-compare.js';
import { compareLightCopy } from './views.js';

export const compare: Widget = {
  tag: 'icc-stance-compare',
  element: IccStanceCompare,
  lightCopy: compareLightCopy,
  label: 'US and ICC positions, issue by issue',
  embedHeight: 1300,
};
