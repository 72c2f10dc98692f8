import { en as policyholder } from './sections/policyholder.en.js';
import { en as address } from './sections/address.en.js';
import { en as offers } from './sections/offers.en.js';
import { en as issue } from './sections/issue.en.js';
import { en as documents } from './sections/documents.en.js';

/**
 * The kit's words in English for the steps after the first (see first.en.ts): each
 * section's own table (sections/<section>.en.ts), in one chunk the element fetches
 * while the customer fills the first step.
 */
export const enLater = { ...policyholder, ...address, ...offers, ...issue, ...documents };

export default enLater;
