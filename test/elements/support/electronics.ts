/** How the shared suite (and the electronics element's own tests) drive <lih-electronics-quote>: mounting it and filling its device step. */
import { sendKeys } from '@web/test-runner-commands';
import { today } from '../../../src/contract/clock.js';
import '../../../src/elements/electronics-quote/index.js';
import type { LihElectronicsQuote } from '../../../src/elements/electronics-quote/electronics-quote.js';
import type { LihQuoteElement } from '../../../src/kit/quote-element.js';
import { electronicsStrings } from '../../../src/elements/electronics-quote/strings.js';
import { control, expect, mountElement, proxyUrl, tick, type } from './driver.js';
import type { QuoteElementSuite } from './quote-element.suite.js';

/** An LG store's cart line: a 5000 RON television bought today. */
export const TV_PREFILL = {
  category: 'televizor',
  brand: 'LG',
  model: 'OLED55C46LA',
  price: '5000',
  'purchase-date': today(),
  'invoice-number': 'LG-RO-2026-0042',
};

export async function mountElectronics(
  opts: { locale?: 'ro' | 'en'; site?: Record<string, unknown>; prefill?: boolean; id?: string } = {},
): Promise<LihElectronicsQuote> {
  const endpoint = await proxyUrl(opts.site);
  return mountElement<LihElectronicsQuote>('lih-electronics-quote', {
    id: opts.id ?? 'e',
    endpoint,
    locale: opts.locale ?? 'en',
    ...(opts.prefill === false ? {} : TV_PREFILL),
  });
}

/** The device step made valid: the invoice number as on the invoice, and both agreements. */
export async function fillDevice(el: LihQuoteElement): Promise<void> {
  await type(el, 'electronics.invoiceNumber', TV_PREFILL['invoice-number']);
  await tick(el, 'additionalData.agreements.termsAndConditions');
  await tick(el, 'additionalData.agreements.dataPrivacy');
}

/** The same with the keyboard alone, ending with Enter on the step's form. */
async function keyboardDevice(el: LihQuoteElement, tabTo: (match: (e: Element) => boolean) => Promise<void>): Promise<void> {
  (control(el, 'electronics.invoiceNumber') as HTMLInputElement).focus();
  await tabTo((e) => e.id === 'f-additionalData-agreements-termsAndConditions');
  await sendKeys({ press: 'Space' });
  await sendKeys({ press: 'Tab' });
  await tabTo((e) => e.id === 'f-additionalData-agreements-dataPrivacy');
  await sendKeys({ press: 'Space' });
  await sendKeys({ press: 'Enter' }); // submits the step's form
}

export const electronicsSuite: QuoteElementSuite = {
  tag: 'lih-electronics-quote',
  product: 'electronics',
  words: electronicsStrings,
  prefill: TV_PREFILL,
  mount: mountElectronics,
  fillDetails: fillDevice,
  keyboardDetails: keyboardDevice,
  // Damage and theft 12/24/36, then extended warranty 12/24: one quote, five offers.
  terms: [12, 24, 36, 12, 24],
  firstOffer: { name: 'daf.title', covers: 'daf.covers' },
  kept: { path: 'electronics.invoiceNumber', value: TV_PREFILL['invoice-number'] },
  separate: { path: 'electronics.purchasePrice', values: ['1800', '2600', '1500', '3500'], second: { path: 'electronics.invoiceNumber', value: 'FV-0125' } },
  prefillAttribute: { name: 'price', value: '3100', path: 'electronics.purchasePrice' },
};

export { expect };
