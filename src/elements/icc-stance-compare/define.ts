import { defineElement } from '../../internal/define.js';
import { IccStanceCompare } from './icc-stance-compare.js';

defineElement('icc-stance-compare', IccStanceCompare);

export { IccStanceCompare };
