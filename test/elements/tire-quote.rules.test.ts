/**
 * The tyre element's own rules (the behaviours every element shares are in
 * support/quote-element.suite.ts): each documented tyre rule, broken through
 * the form, shows its message on the field it concerns — in the language of the page.
 */
import { describe, it } from '../support/bdd.js';
import { validationMessage, type ValidationKey } from '../../src/contract/i18n/validation.js';
import type { Params } from '../../src/contract/i18n/format.js';
import { addDays, today } from '../../src/contract/clock.js';
import { en } from '../../src/kit/i18n/en.js';
import { ro } from '../../src/kit/i18n/ro.js';
import { tireStrings } from '../../src/elements/tire-quote/strings.js';
import { choose, click, control, errorOf, expect, fillPolicyholder, heading, pick, tick, type, waitForStep } from './support/driver.js';
import { fillDetails, mountTire } from './support/tire.js';

const thisYear = Number(today().slice(2, 4));

interface Case {
  rule: string;
  path: string;
  value: string;
  key: ValidationKey;
  params?: () => Params;
}

const cases: Case[] = [
  { rule: 'startDate not before today', path: 'tire.startDate', value: addDays(today(), -1), key: 'date.between', params: () => ({ min: today(), max: addDays(today(), 60) }) },
  { rule: 'startDate at most 60 days ahead', path: 'tire.startDate', value: addDays(today(), 61), key: 'date.between', params: () => ({ min: today(), max: addDays(today(), 60) }) },
  { rule: 'purchaseDate within the last 30 days', path: 'tire.purchaseDate', value: addDays(today(), -31), key: 'date.between', params: () => ({ min: addDays(today(), -30), max: today() }) },
  { rule: 'purchaseDate not in the future', path: 'tire.purchaseDate', value: addDays(today(), 1), key: 'date.between', params: () => ({ min: addDays(today(), -30), max: today() }) },
  { rule: 'purchasePrice above 0', path: 'tire.purchasePrice', value: '0', key: 'gt', params: () => ({ min: 0 }) },
  { rule: 'purchasePrice at most 8000 RON', path: 'tire.purchasePrice', value: '8000.01', key: 'max', params: () => ({ max: 8000 }) },
  { rule: 'purchasePrice is a number', path: 'tire.purchasePrice', value: 'two thousand', key: 'number' },
  { rule: 'dot is 4 digits', path: 'tire.dot', value: '37A9', key: 'dot.format' },
  { rule: 'dot week 01–53', path: 'tire.dot', value: '5424', key: 'dot.week' },
  { rule: 'dot not in the future', path: 'tire.dot', value: `01${String(thisYear + 1).padStart(2, '0')}`, key: 'dot.future' },
];

for (const [i, c] of cases.entries()) {
  const locale = i % 2 ? 'en' : 'ro';
  const next = { en: en.next, ro: ro.next }[locale];
  describe(`tyre rule: ${c.rule}`, () => {
    it(`shows "${c.key}" on ${c.path} (${locale}) and keeps the customer on the step`, async () => {
      const el = await mountTire({ locale });
      await fillDetails(el);
      await type(el, c.path, c.value);
      // The message appears once the customer leaves the field…
      expect(errorOf(el, c.path)).to.equal(validationMessage(c.key, c.params?.())[locale]);
      await click(el, next);
      // …and Continue keeps them here, with focus on that field.
      expect(heading(el)).to.equal(tireStrings[locale]['step.details']);
      expect(el.shadowRoot!.activeElement).to.equal(control(el, c.path));
      expect(control(el, c.path).getAttribute('aria-invalid')).to.equal('true');
      expect(control(el, c.path).getAttribute('aria-describedby')).to.contain(`${control(el, c.path).id}-err`);
    });
  });
}

describe('tyre rule: the required fields and agreements', () => {
  it('names every missing field and each agreement that must be accepted, only after a submit attempt', async () => {
    const el = await mountTire({ locale: 'en', prefill: false });
    // Nothing is shown before the customer does anything.
    expect(el.shadowRoot!.querySelectorAll('.error').length).to.equal(0);
    await choose(el, 'tire.tireWidth', '');
    await click(el, en.next);
    const required = validationMessage('required').en;
    for (const path of ['tire.vehicleBrand', 'tire.tireModel', 'tire.tireWidth', 'tire.dot', 'tire.purchasePrice', 'tire.purchaseDate']) {
      expect(errorOf(el, path), path).to.equal(required);
    }
    const accept = validationMessage('mustBeTrue').en;
    expect(errorOf(el, 'additionalData.agreements.purchased4Tires')).to.equal(accept);
    expect(errorOf(el, 'additionalData.agreements.customerAgreement')).to.equal(accept);
    // The optional consents never block.
    expect(errorOf(el, 'additionalData.agreements.marketingConsent')).to.equal(undefined);
    await tick(el, 'additionalData.agreements.purchased4Tires');
    expect(errorOf(el, 'additionalData.agreements.purchased4Tires')).to.equal(undefined);
  });
});

describe('tyre rule: vehicle model from the make’s nomenclature', () => {
  it('a model the insurer does not list for the make comes back from the proxy onto the model field', async () => {
    const el = await mountTire({ locale: 'ro' });
    el.vehicleModel = 'Golf'; // a retailer page prefilled a model that Dacia does not make
    await el.updateComplete;
    await fillDetails(el);
    await click(el, ro.next);
    await fillPolicyholder(el);
    await click(el, ro.getOffers);
    await waitForStep(el, tireStrings.ro['step.details']);
    expect(errorOf(el, 'tire.vehicleModel')).to.be.a('string').and.not.empty;
    // Nothing typed is lost: the policyholder step still holds the person.
    await click(el, ro.next);
    expect((control(el, 'policyholder.lastName') as HTMLInputElement).value).to.equal('Pop');
  });
});

describe('tyre rule: the model belongs to the make', () => {
  it('changing the make clears the model shown as well as the model sent', async () => {
    const el = await mountTire();
    await pick(el, 'tire.vehicleBrand', 'BMW');
    expect((control(el, 'tire.vehicleModel') as HTMLInputElement).value).to.equal('');
  });
});
