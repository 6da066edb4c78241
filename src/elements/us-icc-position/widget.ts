import type { Widget } from '../widget.js';
import { UsIccPosition } from './us-icc-position.js';
import { positionLightCopy } from './views.js';

export const position: Widget = {
  tag: 'us-icc-position',
  element: UsIccPosition,
  lightCopy: positionLightCopy,
  label: 'The US stance by administration',
  embedHeight: 1300,
};
