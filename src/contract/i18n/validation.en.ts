/** The English validation catalog as one table (servers, tests). The messages themselves live in messages/*.ts. */
export { validationEn } from './all.js';
export type { ValidationKey } from './validation.js';
