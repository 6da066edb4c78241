import { defineWidget } from '../register.js';
import { summary } from './widget.js';

defineWidget(summary);

export { IccSummary } from './icc-summary.js';
