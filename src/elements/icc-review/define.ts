import { defineElement } from '../../internal/define.js';
import { IccReview } from './icc-review.js';

defineElement('icc-review', IccReview);

export { IccReview };
