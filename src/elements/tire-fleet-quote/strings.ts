import { fleetEn } from './strings.en.js';
import { fleetRo } from './strings.ro.js';

/** The fleet element's own words in both languages (for tests and tools); the element loads one at a time. */
export const fleetStrings = { en: fleetEn, ro: fleetRo };
