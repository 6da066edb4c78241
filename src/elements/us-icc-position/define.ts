import { defineWidget } from '../register.js';
import { position } from './widget.js';

defineWidget(position);

export { UsIccPosition } from './us-icc-position.js';
