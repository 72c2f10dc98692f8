/** How the shared suite (and the casco element's own tests) drive <lih-casco-quote>: the vehicle, a version at each insurer, the cover. */
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addDays, addYears, thisYear, today } from '../../../src/contract/clock.js';
import '../../../src/elements/casco-quote/index.js';
import type { LihCascoQuote } from '../../../src/elements/casco-quote/casco-quote.js';
import type { LihQuoteElement } from '../../../src/kit/quote-element.js';
import { fieldId } from '../../../src/kit/form.js';
import { en } from '../../../src/kit/i18n/en.js';
import { ro } from '../../../src/kit/i18n/ro.js';
import { cascoStrings } from '../../../src/elements/casco-quote/strings.js';
import { click, control, expect, heading, mountElement, proxyUrl, sandbox, settle, type, waitForStep } from './driver.js';
import type { QuoteElementSuite } from './quote-element.suite.js';

export const car = (k: string) => `casco.vehicle.${k}`;
export const motor = (k: string) => `casco.motor.${k}`;
export const c = { ...en, ...cascoStrings.en };

/** The sandbox's Casco insurers, as the proxy's demo site asks them. */
export const INSURERS = ['groupama', 'allianz', 'omniasig'];
export const OFFER_ROUTE = 'POST /casco/v1/offer';
export const ISSUE_ROUTE = 'POST /casco/v1/policy';

/** What a dealer's vehicle page knows: a two-year-old Golf. */
export const CASCO_PREFILL = {
  make: 'Volkswagen',
  model: 'Golf',
  vin: 'WVWZZZCDZPW123456',
  year: String(thisYear() - 2),
  'first-registration': addYears(today(), -2),
  fuel: 'petrol',
  'engine-power': '110',
  'engine-capacity': '1498',
  mileage: '30000',
};

export async function mountCasco(
  opts: { locale?: 'ro' | 'en'; site?: Record<string, unknown>; prefill?: boolean; id?: string; attrs?: Record<string, string> } = {},
): Promise<LihCascoQuote> {
  const endpoint = await proxyUrl(opts.site);
  const el = await mountElement<LihCascoQuote>('lih-casco-quote', {
    id: opts.id ?? 'c',
    endpoint,
    locale: opts.locale ?? 'en',
    ...(opts.prefill === false ? {} : CASCO_PREFILL),
    ...opts.attrs,
  });
  // The vehicle step comes with its module, a moment after the element (unless a banner says why not).
  await waitUntil(() => el.shadowRoot!.getElementById(fieldId(car('vin'))) || el.shadowRoot!.querySelector('[role="alert"]'), 'the vehicle step did not come', { timeout: 8000 });
  return el;
}

/** The version pickers on the identification step, once the insurers answered. */
export const versionGroups = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLFieldSetElement>('fieldset.insurer')];

export async function identified(el: LihQuoteElement, n = INSURERS.length): Promise<void> {
  await waitUntil(() => versionGroups(el).length === n, `the versions of ${n} insurers did not come`, { timeout: 8000 });
  await settle(el);
}

/** On the identification step: the first version at each insurer. */
export async function pickVersions(el: LihQuoteElement): Promise<void> {
  await identified(el);
  for (const g of versionGroups(el)) g.querySelector<HTMLInputElement>('input[type=radio]')!.click();
  await settle(el);
}

/** From the vehicle step to the cover step, ready for its Continue: the plate, a version at each insurer. */
export async function fillVehicle(el: LihQuoteElement): Promise<void> {
  const w = el.language === 'ro' ? { ...ro, ...cascoStrings.ro } : c;
  await type(el, car('licensePlate'), 'CJ59LIH');
  await click(el, w.next);
  await waitForStep(el, w['step.identification']);
  await pickVersions(el);
  await click(el, w.next);
  await waitForStep(el, w['step.cover']);
  await type(el, motor('startDate'), START);
}

/** The cover starts tomorrow: the answer before the policyholder's that the draft keeps. */
export const START = addDays(today(), 1);

/** The same with the keyboard alone, ending with Enter on the cover step's form. */
async function keyboardVehicle(el: LihQuoteElement, tabTo: (match: (e: Element) => boolean) => Promise<void>): Promise<void> {
  (control(el, car('licensePlate')) as HTMLInputElement).focus();
  await sendKeys({ type: 'CJ59LIH' });
  await sendKeys({ press: 'Enter' });
  await waitForStep(el, c['step.identification']);
  await identified(el);
  for (const name of INSURERS) {
    await tabTo((e) => e instanceof HTMLInputElement && e.type === 'radio' && e.name === `insurers.${name}.identifier`);
    await sendKeys({ press: 'Space' }); // the first version
    await settle(el);
  }
  await tabTo((e) => e.id === fieldId(`insurers.${INSURERS.at(-1)}.insuredValue`));
  await sendKeys({ press: 'Enter' });
  await waitForStep(el, c['step.cover']);
  (control(el, motor('startDate')) as HTMLInputElement).focus();
  await sendKeys({ press: 'Enter' });
}

export const clearCascoFaults = () =>
  sandbox('faults', { faults: { errorRate: 0, timeoutRate: 0, malformedRate: 0, dropRate: 0, latencyMs: 0, routes: [], insurers: [], also: [] } });

export const cascoSuite: QuoteElementSuite = {
  tag: 'lih-casco-quote',
  product: 'casco',
  words: cascoStrings,
  prefill: CASCO_PREFILL,
  mount: mountCasco,
  fillDetails: fillVehicle,
  keyboardDetails: keyboardVehicle,
  // Each insurer's deductible packages, for 12 months: groupama 3, allianz 2, omniasig 3 (docs/sandbox.md, Casco).
  terms: [12, 12, 12, 12, 12, 12, 12, 12],
  firstOffer: { name: 'coverage.vehicle', covers: 'compare.instalments' },
  kept: { path: car('licensePlate'), value: 'CJ59LIH' },
  // The answer on the step before the policyholder's, where Back leads (the cover's).
  beforeHolder: { path: motor('startDate'), value: START },
  separate: { path: car('currentMileage'), values: ['45000', '52000', '61000', '70000'], second: { path: car('engineDisplacement'), value: '1598' } },
  prefillAttribute: { name: 'mileage', value: '52000', path: car('currentMileage') },
  issueRoute: ISSUE_ROUTE,
  offerRoute: OFFER_ROUTE,
  // A site without casco insurers (null: the demo site's key left out).
  unsold: { id: 'no-casco', casco: null },
};

export { expect, heading };
