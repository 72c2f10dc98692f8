import { warrantyEn } from './strings.en.js';
import { warrantyRo } from './strings.ro.js';

/** Both languages of the extended warranty element's words, for tests and tools (the element loads one at a time). */
export const warrantyStrings = { en: warrantyEn, ro: warrantyRo };
