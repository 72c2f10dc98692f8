import type { Locale } from '../contract/i18n/format.js';

// Dates need no helper here: a YYYY-MM-DD param of a message is written as the reader's language writes dates (contract/i18n/format.ts).

const tag = (l: Locale) => (l === 'ro' ? 'ro-RO' : 'en-GB');

/** 1,234.50 RON / 1.234,50 RON, as the reader's language writes money. */
export const formatMoney = (amount: number, currency: string, l: Locale): string =>
  new Intl.NumberFormat(tag(l), { style: 'currency', currency, currencyDisplay: 'code' }).format(amount);
