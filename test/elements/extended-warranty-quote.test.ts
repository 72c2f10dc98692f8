/**
 * <lih-extended-warranty-quote> passes the behaviour suite every quote element runs, and its own
 * rules: a car that cannot be covered is explained in plain words as it is filled in — each
 * documented rule — and never quoted; the dealer's prefill from attributes and from `vehicle`; and
 * the whole flow to an issued policy and its PDFs with a car given as a property.
 */
import { describe, it } from '../support/bdd.js';
import { waitUntil } from '@open-wc/testing';
import { thisYear } from '../../src/contract/clock.js';
import { validationMessage } from '../../src/contract/i18n/validation.js';
import { EXTENDED_WARRANTY_BRANDS } from '../../src/contract/products/extended-warranty.js';
import { en } from '../../src/kit/i18n/en.js';
import { ro } from '../../src/kit/i18n/ro.js';
import { warrantyStrings } from '../../src/elements/extended-warranty-quote/strings.js';
import type { LihQuoteElement } from '../../src/kit/quote-element.js';
import { runQuoteElementSuite } from './support/quote-element.suite.js';
import { CAR_PREFILL, car, fillCar, mountWarranty, warrantySuite } from './support/warranty.js';
import { captureDownloads, choose, click, control, expect, fillPolicyholder, heading, sandbox, settle, type, waitForStep } from './support/driver.js';

runQuoteElementSuite(warrantySuite);

const w = { ...en, ...warrantyStrings.en };
const BRANDS = { brands: EXTENDED_WARRANTY_BRANDS.join(', ') };
const MIN_YEAR = String(thisYear() - 7);

/** The reasons the notice gives now, as the customer reads them. */
const reasons = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="eligibility"] li')].map((li) => li.textContent!.trim());
const offersAsked = async () => (await sandbox<Record<string, number>>('counters'))['POST /offer'] ?? 0;

/** Types without leaving the field: what the notice shows while the customer is still typing. */
async function typing(el: LihQuoteElement, path: string, value: string): Promise<void> {
  const c = control(el, path) as HTMLInputElement;
  c.focus();
  c.value = value;
  c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

/** Each documented rule: how a customer breaks it, what mends it, and the words that explain it. */
const RULES = [
  { rule: 'a make outside the Volkswagen group', path: car('brand'), bad: 'other', good: 'Skoda', select: true, says: validationMessage('warranty.brand', BRANDS) },
  { rule: 'a category other than M1', path: car('vehicleType'), bad: 'N1', good: 'M1', select: true, says: validationMessage('warranty.category') },
  { rule: 'a car not registered', path: car('registrationType'), bad: 'recorded', good: 'registered', select: true, says: validationMessage('warranty.registered') },
  { rule: 'a use other than personal', path: car('usageType'), bad: 'taxi', good: 'personal', select: true, says: validationMessage('warranty.use') },
  { rule: 'more than 180,000 km', path: car('currentMileage'), bad: '180001', good: '180000', select: false, says: validationMessage('warranty.mileage', { max: 180_000 }) },
  { rule: 'built more than 7 years ago', path: car('yearOfConstruction'), bad: String(thisYear() - 8), good: MIN_YEAR, select: false, says: validationMessage('warranty.age', { min: MIN_YEAR, years: 7 }) },
];

describe('<lih-extended-warranty-quote> eligibility, before any quote', () => {
  for (const r of RULES) {
    it(`${r.rule}: says why in plain words as it is filled in, refuses to go on, and asks for no offer`, async () => {
      const before = await offersAsked();
      const el = await mountWarranty();
      await fillCar(el);
      expect(reasons(el)).to.deep.equal([]);
      if (r.select) await choose(el, r.path, r.bad);
      else await typing(el, r.path, r.bad); // still in the field: the notice does not wait for blur
      expect(reasons(el)).to.deep.equal([r.says.en]);
      expect(el.shadowRoot!.querySelector('[part="eligibility"]')!.textContent).to.contain(w['car.notCovered']);
      await click(el, w.next);
      expect(heading(el)).to.equal(w['step.details']);
      expect(await offersAsked()).to.equal(before);
      await expect(el).to.be.accessible();
      // Mended, the notice goes and the car goes on.
      if (r.select) await choose(el, r.path, r.good);
      else await type(el, r.path, r.good);
      expect(reasons(el)).to.deep.equal([]);
      await click(el, w.next);
      await waitForStep(el, w['step.policyholder']);
      expect(await offersAsked()).to.equal(before);
    });
  }

  it('a dealer’s prefilled car that breaks several rules is explained at once, in Romanian too, and never quoted', async () => {
    const before = await offersAsked();
    const attrs = { make: 'Dacia', mileage: '250000', use: 'taxi', year: String(thisYear() - 10), category: 'N1', registration: 'temporaryRecorded' };
    const el = await mountWarranty({ locale: 'ro', attrs });
    const all = ['warranty.brand', 'warranty.category', 'warranty.registered', 'warranty.use', 'warranty.mileage', 'warranty.age'] as const;
    const params = { ...BRANDS, max: 180_000, min: MIN_YEAR, years: 7 };
    expect(reasons(el)).to.deep.equal(all.map((k) => validationMessage(k, params).ro));
    await fillCar(el);
    await click(el, ro.next);
    expect(heading(el)).to.equal(warrantyStrings.ro['step.details']);
    expect(await offersAsked()).to.equal(before);
  });

  it('says nothing of a field merely left empty or still half typed', async () => {
    const el = await mountWarranty({ prefill: false });
    expect(reasons(el)).to.deep.equal([]);
    await typing(el, car('yearOfConstruction'), '20');
    expect(reasons(el)).to.deep.equal([]);
  });
});

describe('<lih-extended-warranty-quote> the dealer’s prefill', () => {
  const shown = (el: Element) => Object.fromEntries(['vin', 'brand', 'model', 'firstRegistration', 'currentMileage', 'usageType', 'yearOfConstruction'].map((k) => [k, control(el, car(k)).value]));
  const expected = {
    vin: CAR_PREFILL.vin,
    brand: CAR_PREFILL.make,
    model: CAR_PREFILL.model,
    firstRegistration: CAR_PREFILL['first-registration'],
    currentMileage: CAR_PREFILL.mileage,
    usageType: CAR_PREFILL.use,
    yearOfConstruction: CAR_PREFILL.year,
  };

  it('fills the car from attributes', async () => {
    const el = await mountWarranty();
    expect(shown(el)).to.deep.equal(expected);
    expect(control(el, car('vehicleType')).value).to.equal('M1');
    expect(control(el, car('registrationType')).value).to.equal('registered');
  });

  it('fills the car from the `vehicle` property, and follows a change of it', async () => {
    const el = await mountWarranty({ prefill: false });
    el.vehicle = { vin: CAR_PREFILL.vin, make: 'Volkswagen', model: 'Golf', firstRegistration: CAR_PREFILL['first-registration'], mileage: 45000, use: 'personal', year: thisYear() - 2 };
    await settle(el);
    expect(shown(el)).to.deep.equal(expected);
    expect(el.vehicle.mileage).to.equal(45000);
    el.vehicle = { ...el.vehicle, mileage: 190000 };
    await settle(el);
    expect(control(el, car('currentMileage')).value).to.equal('190000');
    expect(reasons(el)).to.deep.equal([validationMessage('warranty.mileage', { max: 180_000 }).en]);
  });
});

describe('<lih-extended-warranty-quote> the whole flow', () => {
  it('a Skoda given as a property: offers for 12, 24 and 36 months, the policy issued, both PDFs', async () => {
    const el = await mountWarranty({ prefill: false });
    el.vehicle = { vin: 'TMBJJ7NE5P0123456', make: 'skoda', model: 'Octavia', firstRegistration: CAR_PREFILL['first-registration'], mileage: 30000, use: 'personal', year: thisYear() - 1, licensePlate: 'B123XYZ', enginePower: 110 };
    await settle(el);
    await click(el, w.next);
    await waitForStep(el, w['step.policyholder']);
    await fillPolicyholder(el);
    await click(el, w.getOffers);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.offer input').length === 3, 'the offers did not come', { timeout: 8000 });
    expect([...el.shadowRoot!.querySelectorAll('.offer')].map((o) => o.textContent)).to.satisfy((cards: string[]) =>
      [12, 24, 36].every((n, i) => cards[i]!.includes(w['offers.term'].replace('{n}', String(n))) && cards[i]!.includes(w['offer.name'])),
    );
    // The sandbox prices the warranty linearly in the term: the same per month, so no card is "best value".
    expect(el.shadowRoot!.querySelectorAll('.offer .best')).to.have.length(0);
    (el.shadowRoot!.querySelectorAll('.offer input')[1] as HTMLInputElement).click();
    await settle(el);
    await click(el, w.next);
    await waitForStep(el, w['step.issue']);
    const issued = new Promise<CustomEvent>((resolve) => el.addEventListener('lih-policy-issued', (e) => resolve(e as CustomEvent), { once: true }));
    await click(el, w['issue.button']);
    const policy = (await issued).detail;
    expect(policy.termTime).to.equal(24);
    await waitForStep(el, w['step.documents']);
    const downloads = captureDownloads();
    try {
      await click(el, w['docs.policy']);
      await waitUntil(() => downloads.blobs.length === 1, 'no policy PDF', { timeout: 8000 });
      await click(el, w['docs.offer']);
      await waitUntil(() => downloads.blobs.length === 2, 'no offer PDF', { timeout: 8000 });
      for (const blob of downloads.blobs) {
        expect(blob.type).to.equal('application/pdf');
        expect(new TextDecoder().decode(new Uint8Array(await blob.slice(0, 5).arrayBuffer()))).to.equal('%PDF-');
      }
    } finally {
      downloads.restore();
    }
  });
});
