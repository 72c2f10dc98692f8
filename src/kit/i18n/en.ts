import { enFirst } from './first.en.js';
import { enLater } from './later.en.js';
import { en as cards } from './sections/cards.en.js';
import { en as compare } from './sections/compare.en.js';

/**
 * Every word of the kit in English, for tests and tools. An element never
 * loads this module: it loads first.en.ts (with its own words), later.en.ts and the cards' (with steps/cards.ts) apart.
 */
export const en = { ...enFirst, ...enLater, ...cards, ...compare };

export type UiKey = keyof typeof en;
export type UiStrings = Record<UiKey, string>;
