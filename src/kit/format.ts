import type { Locale } from '../contract/i18n/format.js';

const tag = (l: Locale) => (l === 'ro' ? 'ro-RO' : 'en-GB');

/** 1,234.50 RON / 1.234,50 RON, as the reader's language writes money. */
export const formatMoney = (amount: number, currency: string, l: Locale): string =>
  new Intl.NumberFormat(tag(l), { style: 'currency', currency, currencyDisplay: 'code' }).format(amount);

/** A calendar date (YYYY-MM-DD) as the reader's language writes it. */
export const formatDate = (iso: string, l: Locale): string =>
  new Intl.DateTimeFormat(tag(l), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
