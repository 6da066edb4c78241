import { defineElement } from '../register.js';
import { IccReview } from './icc-review.js';

defineElement('icc-review', IccReview);

export { IccReview };
