import { defineElement } from '../../internal/define.js';
import { IccSummary } from './icc-summary.js';

defineElement('icc-summary', IccSummary);

export { IccSummary };
