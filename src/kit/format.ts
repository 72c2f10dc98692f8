import type { Locale } from '../contract/i18n/format.js';

// Dates need no helper here: a YYYY-MM-DD param of a message is written as the reader's language writes dates (contract/i18n/format.ts).

/**
 * Money as the reader's shop writes it: "143,76 lei" in Romanian (Intl says "RON", a shop says lei),
 * "RON 143.76" in English.
 */
export const formatMoney = (amount: number, currency: string, l: Locale): string =>
  l === 'ro' && currency === 'RON'
    ? `${new Intl.NumberFormat('ro-RO', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount)} lei`
    : new Intl.NumberFormat(l === 'ro' ? 'ro-RO' : 'en-GB', { style: 'currency', currency, currencyDisplay: 'code' }).format(amount);
