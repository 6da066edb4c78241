import { defineWidget } from '../register.js';
import { compare } from './widget.js';

defineWidget(compare);

export { IccStanceCompare } from './icc-stance-compare.js';
