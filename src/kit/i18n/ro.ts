import type { UiStrings } from './en.js';
import { roFirst } from './first.ro.js';
import { roLater } from './later.ro.js';

/** Every word of the kit in Romanian, for tests and tools (see en.ts). */
export const ro: UiStrings = { ...roFirst, ...roLater };
