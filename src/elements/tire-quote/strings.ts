import { tireEn } from './strings.en.js';
import { tireRo } from './strings.ro.js';

/**
 * The tyre element's own words in both languages (for tests and tools). The
 * element itself loads one language at a time: strings.en.ts, strings.ro.ts.
 */
export const tireStrings = { en: tireEn, ro: tireRo };
