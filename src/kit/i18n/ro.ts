import type { UiStrings } from './en.js';
import { roFirst } from './first.ro.js';
import { roLater } from './later.ro.js';
import { ro as cards } from './sections/cards.ro.js';
import { ro as compare } from './sections/compare.ro.js';

/** Every word of the kit in Romanian, for tests and tools (see en.ts). */
export const ro: UiStrings = { ...roFirst, ...roLater, ...cards, ...compare };
