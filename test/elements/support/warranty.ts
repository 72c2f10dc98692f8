/** How the shared suite (and the extended warranty element's own tests) drive <lih-extended-warranty-quote>. */
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addYears, thisYear, today } from '../../../src/contract/clock.js';
import '../../../src/elements/extended-warranty-quote/index.js';
import type { LihExtendedWarrantyQuote } from '../../../src/elements/extended-warranty-quote/extended-warranty-quote.js';
import type { LihQuoteElement } from '../../../src/kit/quote-element.js';
import { warrantyStrings } from '../../../src/elements/extended-warranty-quote/strings.js';
import { control, expect, mountElement, proxyUrl, type } from './driver.js';
import type { QuoteElementSuite } from './quote-element.suite.js';
import { fieldId } from '../../../src/kit/form.js';

export const car = (k: string) => `extendedWarranty.vehicle.${k}`;

/** What a dealer's vehicle page knows of an eligible car: a two-year-old Golf in personal use. */
export const CAR_PREFILL = {
  vin: 'WVWZZZAUZPW123456',
  make: 'Volkswagen',
  model: 'Golf',
  'first-registration': addYears(today(), -2),
  mileage: '45000',
  use: 'personal',
  year: String(thisYear() - 2),
};

export async function mountWarranty(
  opts: { locale?: 'ro' | 'en'; site?: Record<string, unknown>; prefill?: boolean; id?: string; attrs?: Record<string, string> } = {},
): Promise<LihExtendedWarrantyQuote> {
  const endpoint = await proxyUrl(opts.site);
  const el = await mountElement<LihExtendedWarrantyQuote>('lih-extended-warranty-quote', {
    id: opts.id ?? 'w',
    endpoint,
    locale: opts.locale ?? 'en',
    ...(opts.prefill === false ? {} : CAR_PREFILL),
    ...opts.attrs,
  });
  await rulesHere(el);
  return el;
}

/** The contract's rules come a moment after the first render: the make list fills when they are here (if the car step shows). */
export const rulesHere = (el: LihQuoteElement) =>
  waitUntil(() => {
    const makes = el.shadowRoot!.getElementById(fieldId(car('brand'))) as HTMLSelectElement | null;
    return !makes || makes.options.length > 2;
  }, 'the rules did not come', { timeout: 8000 });

/** What the dealer's page does not know: the plate and the engine's power. */
export async function fillCar(el: LihQuoteElement): Promise<void> {
  await type(el, car('licensePlate'), 'CJ59LIH');
  await type(el, car('enginePower'), '110');
}

/** The same with the keyboard alone, ending with Enter on the step's form. */
async function keyboardCar(el: LihQuoteElement, tabTo: (match: (e: Element) => boolean) => Promise<void>): Promise<void> {
  (control(el, car('licensePlate')) as HTMLInputElement).focus();
  await sendKeys({ type: 'CJ59LIH' });
  await tabTo((e) => e.id === 'f-extendedWarranty-vehicle-enginePower');
  await sendKeys({ type: '110' });
  await sendKeys({ press: 'Enter' }); // submits the step's form
}

export const warrantySuite: QuoteElementSuite = {
  tag: 'lih-extended-warranty-quote',
  product: 'extendedWarranty',
  words: warrantyStrings,
  prefill: CAR_PREFILL,
  mount: mountWarranty,
  fillDetails: fillCar,
  keyboardDetails: keyboardCar,
  // One quote, one offer per term the contract lists.
  terms: [12, 24, 36],
  kept: { path: car('enginePower'), value: '110' },
  separate: { path: car('currentMileage'), values: ['45000', '52000', '61000', '70000'], second: { path: car('enginePower'), value: '150' } },
  prefillAttribute: { name: 'model', value: 'Passat', path: car('model') },
};

export { expect };
