/** How the shared suite (and the fleet element's own tests) drive <lih-tire-fleet-quote>: mounting it, pasting its vehicles, a company. */
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '@open-wc/testing';
import { today } from '../../../src/contract/clock.js';
import '../../../src/elements/tire-fleet-quote/index.js';
import type { LihTireFleetQuote } from '../../../src/elements/tire-fleet-quote/tire-fleet-quote.js';
import type { LihQuoteElement } from '../../../src/kit/quote-element.js';
import { fleetStrings } from '../../../src/elements/tire-fleet-quote/strings.js';
import { control, expect, fillAddress, mountElement, options, proxyUrl, settle, tick, type } from './driver.js';
import type { Holder, QuoteElementSuite } from './quote-element.suite.js';

/** What a fleet manager's page fills in: the fleet's own reference. */
export const FLEET_PREFILL = { notes: 'PO-2026-117' };

export const V = 'tireFleet.vehicles';
/** A vehicle as a spreadsheet row: make, model, tyre model, rim, DOT, price, purchase date. */
export const ROW = ['Dacia', 'Duster', 'Primacy 4+', '17', '3724', '2396', today()];
export const tsv = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join('\t')).join('\n');

export async function mountFleet(opts: { locale?: 'ro' | 'en'; site?: Record<string, unknown>; prefill?: boolean; id?: string } = {}): Promise<LihTireFleetQuote> {
  const endpoint = await proxyUrl(opts.site);
  return mountElement<LihTireFleetQuote>('lih-tire-fleet-quote', { id: opts.id ?? 'f', endpoint, locale: opts.locale ?? 'en', ...(opts.prefill === false ? {} : FLEET_PREFILL) });
}

/** Pastes clipboard text into a cell, as Ctrl+V from a spreadsheet does. */
export async function paste(el: LihQuoteElement, path: string, text: string): Promise<void> {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const cell = control(el, path);
  cell.focus();
  cell.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true }));
  await settle(el);
}

/** The fleet step made valid: `n` vehicles pasted, both agreements ticked. */
export async function fillVehicles(el: LihQuoteElement, n = 1): Promise<void> {
  await paste(el, `${V}.0.vehicleBrand`, tsv(Array.from({ length: n }, () => ROW)));
  await tick(el, 'additionalData.agreements.purchased4Tires');
  await tick(el, 'additionalData.agreements.customerAgreement');
}

/** A date typed into a date input by keyboard, in the order the browser's locale shows its parts. */
function dateKeys(iso: string): string {
  const [y, m, d] = iso.split('-');
  const parts = new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 10, 26)).map((p) => p.type);
  return parts.filter((p) => p === 'day' || p === 'month' || p === 'year').map((p) => (p === 'day' ? d : p === 'month' ? m : y)).join('');
}

/** The same with the keyboard alone: each cell of the first row, the agreements, Enter. */
async function keyboardVehicles(el: LihQuoteElement, tabTo: (match: (e: Element) => boolean) => Promise<void>): Promise<void> {
  const combo = async (field: string, text: string) => {
    const path = `${V}.0.${field}`;
    await waitUntil(() => !(control(el, path) as HTMLInputElement).disabled, `${field} stayed disabled`);
    await sendKeys({ type: text });
    await waitUntil(() => options(el, path).length > 0, `no options in ${field}`);
    await sendKeys({ press: 'Enter' });
    await settle(el);
  };
  (control(el, `${V}.0.vehicleBrand`) as HTMLInputElement).focus();
  await combo('vehicleBrand', 'Dacia');
  await sendKeys({ press: 'Tab' });
  await combo('vehicleModel', 'Duster');
  await sendKeys({ press: 'Tab' });
  await combo('tireModel', 'Primacy 4+');
  await tabTo((e) => e.id === `f-${V.replace('.', '-')}-0-tireWidth`);
  await sendKeys({ type: '17' });
  await tabTo((e) => e.id === `f-${V.replace('.', '-')}-0-dot`);
  await sendKeys({ type: '3724' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: '2396' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: dateKeys(today()) });
  await tabTo((e) => e.id === 'f-additionalData-agreements-purchased4Tires');
  await sendKeys({ press: 'Space' });
  await sendKeys({ press: 'Tab' });
  await tabTo((e) => e.id === 'f-additionalData-agreements-customerAgreement');
  await sendKeys({ press: 'Space' });
  await sendKeys({ press: 'Enter' }); // submits the step's form
}

/** A fleet's owner: a Romanian company. */
export const COMPANY = { businessName: 'Transflota Nord SRL', cui: 'RO18547290', registry: 'J12/1403/2004', email: 'flota@transflota.example.ro', phone: '0744123456' };

export const companyHolder: Holder = {
  async fill(el) {
    await type(el, 'policyholder.businessName', COMPANY.businessName);
    await type(el, 'policyholder.taxId', COMPANY.cui);
    await type(el, 'policyholder.companyRegistryNumber', COMPANY.registry);
    await type(el, 'policyholder.email', COMPANY.email);
    await type(el, 'policyholder.mobileNumber', COMPANY.phone);
    await fillAddress(el);
  },
  async keyboard(typeKeys, press) {
    await typeKeys(COMPANY.businessName);
    for (const text of [COMPANY.cui, COMPANY.registry, COMPANY.email, COMPANY.phone]) {
      await press('Tab');
      await typeKeys(text);
    }
  },
  first: 'policyholder.businessName',
  secrets: [COMPANY.businessName, '18547290', COMPANY.registry, COMPANY.email, COMPANY.phone],
  taxId: COMPANY.cui,
  email: COMPANY.email,
  customer: { kind: 'company', businessName: COMPANY.businessName, taxId: COMPANY.cui, email: COMPANY.email, address: { street: 'Eroilor' } },
  named: { path: 'policyholder.businessName', value: COMPANY.businessName },
  edit: 'policyholder.companyRegistryNumber',
};

export const fleetSuite: QuoteElementSuite = {
  tag: 'lih-tire-fleet-quote',
  product: 'tireFleet',
  words: fleetStrings,
  prefill: FLEET_PREFILL,
  mount: mountFleet,
  fillDetails: (el) => fillVehicles(el),
  keyboardDetails: keyboardVehicles,
  // Two packages, each for 12 and 24 months: one quote, four offers.
  terms: [12, 24, 12, 24],
  firstOffer: { name: 'fleet.var_1', covers: 'fleet.covers' },
  kept: { path: `${V}.0.dot`, value: '3724' },
  separate: { path: `${V}.0.purchasePrice`, values: ['1800', '2600', '1500', '3500'], second: { path: 'additionalData.notes', value: 'PO-0125' } },
  prefillAttribute: { name: 'notes', value: 'PO-2026-200', path: 'additionalData.notes' },
  holder: companyHolder,
};

export { expect };
