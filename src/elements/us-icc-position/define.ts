import { defineElement } from '../../internal/define.js';
import { UsIccPosition } from './us-icc-position.js';

defineElement('us-icc-position', UsIccPosition);

export { UsIccPosition };
