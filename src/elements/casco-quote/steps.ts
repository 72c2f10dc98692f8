/**
 * The casco flow's steps after the first, and the casco rules every step is checked by (schema.ts), in one
 * module fetched while the customer describes the vehicle.
 */
export { identification, identified } from './identification.js';
export { cover } from './cover.js';
export { compare, describe } from './compare.js';
export { coverBody, insurersBody, readOffer, userBody } from './bodies.js';
export { user } from './user.js';
export { quoteSchema } from './schema.js';
