import { ro as policyholder } from './sections/policyholder.ro.js';
import { ro as address } from './sections/address.ro.js';
import { ro as offers } from './sections/offers.ro.js';
import { ro as issue } from './sections/issue.ro.js';
import { ro as documents } from './sections/documents.ro.js';

import type { enLater } from './later.en.js';

/** The kit's words in Romanian for the steps after the first (see later.en.ts). */
export const roLater: Record<keyof typeof enLater, string> = { ...policyholder, ...address, ...offers, ...issue, ...documents };

export default roLater;
