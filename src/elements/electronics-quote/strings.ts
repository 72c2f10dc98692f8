import { electronicsEn } from './strings.en.js';
import { electronicsRo } from './strings.ro.js';

/** Both languages of the electronics element's words, for tests and tools (the element loads one at a time). */
export const electronicsStrings = { en: electronicsEn, ro: electronicsRo };
