/** How the shared suite (and the tyre's own tests) drive <lih-tire-quote>: mounting it and filling its tyre step. */
import { sendKeys } from '@web/test-runner-commands';
import { today } from '../../../src/contract/clock.js';
import '../../../src/elements/tire-quote/index.js';
import type { LihTireQuote } from '../../../src/elements/tire-quote/tire-quote.js';
import type { LihQuoteElement } from '../../../src/kit/quote-element.js';
import { tireStrings } from '../../../src/elements/tire-quote/strings.js';
import { control, expect, mountElement, proxyUrl, tick, type } from './driver.js';
import type { QuoteElementSuite } from './quote-element.suite.js';

/** What a tyre retailer's product page fills in. */
export const TIRE_PREFILL = {
  'tire-model': 'Primacy 4+',
  'rim-size': '17',
  'purchase-price': '2396',
  'purchase-date': today(),
  'vehicle-brand': 'Dacia',
  'vehicle-model': 'Duster',
};

export async function mountTire(opts: { locale?: 'ro' | 'en'; site?: Record<string, unknown>; prefill?: boolean; id?: string } = {}): Promise<LihTireQuote> {
  const endpoint = await proxyUrl(opts.site);
  return mountElement<LihTireQuote>('lih-tire-quote', { id: opts.id ?? 't', endpoint, locale: opts.locale ?? 'en', ...(opts.prefill === false ? {} : TIRE_PREFILL) });
}

/** The tyre step with valid values (the prefill covers the rest). */
export async function fillDetails(el: LihQuoteElement): Promise<void> {
  await type(el, 'tire.dot', '3724');
  await tick(el, 'additionalData.agreements.purchased4Tires');
  await tick(el, 'additionalData.agreements.customerAgreement');
}

/** The same with the keyboard alone, ending with Enter on the step's form. */
async function keyboardDetails(el: LihQuoteElement, tabTo: (match: (e: Element) => boolean) => Promise<void>): Promise<void> {
  (control(el, 'tire.dot') as HTMLInputElement).focus();
  await sendKeys({ type: '3724' });
  await tabTo((e) => e.id === 'f-additionalData-agreements-purchased4Tires');
  await sendKeys({ press: 'Space' });
  await sendKeys({ press: 'Tab' });
  await tabTo((e) => e.id === 'f-additionalData-agreements-customerAgreement');
  await sendKeys({ press: 'Space' });
  await sendKeys({ press: 'Enter' }); // submits the step's form
}

export const tireSuite: QuoteElementSuite = {
  tag: 'lih-tire-quote',
  product: 'tire',
  words: tireStrings,
  prefill: TIRE_PREFILL,
  mount: mountTire,
  fillDetails,
  keyboardDetails,
  terms: [12, 24],
  // A tyre answer the draft keeps, and two values for two elements' drafts.
  kept: { path: 'tire.dot', value: '3724' },
  separate: { path: 'tire.purchasePrice', values: ['1800', '2600', '1500', '3500'], second: { path: 'tire.dot', value: '0125' } },
  prefillAttribute: { name: 'purchase-price', value: '3100', path: 'tire.purchasePrice' },
};

export { expect };
