/** The Romanian validation catalog as one table (servers, tests). The messages themselves live in messages/*.ts. */
export { validationRo } from './all.js';
