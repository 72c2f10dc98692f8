import { cascoEn } from './strings.en.js';
import { cascoRo } from './strings.ro.js';
import { cascoLaterEn } from './words.en.js';
import { cascoLaterRo } from './words.ro.js';

/** Both languages of the casco element's own words, every step's (for tests and tools); the element loads one language at a time. */
export const cascoStrings = { en: { ...cascoEn, ...cascoLaterEn }, ro: { ...cascoRo, ...cascoLaterRo } };
