import { enFirst } from './first.en.js';
import { enLater } from './later.en.js';

/**
 * Every word of the kit in English, for tests and tools. An element never
 * loads this module: it loads first.en.ts (with its own words) and later.en.ts apart.
 */
export const en = { ...enFirst, ...enLater };

export type UiKey = keyof typeof en;
export type UiStrings = Record<UiKey, string>;
