/**
 * <lih-casco-quote> passes the behaviour suite every quote element runs, and its own: offers from
 * three insurers compared side by side through to an issued policy and its PDF; an insurer that
 * fails and one too slow, named beside the others' offers; a casco rule's error on its field; the
 * dealer's prefill.
 */
import { describe, it, afterEach } from '../support/bdd.js';
import { oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { thisYear } from '../../src/contract/clock.js';
import { validationMessage } from '../../src/contract/i18n/validation.js';
import type { LihOffersLoadedEvent, LihPolicyIssuedEvent } from '../../src/kit/events.js';
import type { LihQuoteElement } from '../../src/kit/quote-element.js';
import { runQuoteElementSuite } from './support/quote-element.suite.js';
import { CASCO_PREFILL, OFFER_ROUTE, c, car, cascoSuite, clearCascoFaults, fillVehicle, mountCasco, motor, pickVersions } from './support/casco.js';
import { PERSON, banner, captureDownloads, choose, click, control, errorOf, expect, fillPolicyholder, heading, pick, sandbox, settle, stored, tick, type, waitForStep } from './support/driver.js';

runQuoteElementSuite(cascoSuite);

const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('tr.offer')];
/** A row's insurer, as the customer reads it. */
const insurerOf = (row: Element) => row.querySelector('.who label')!.textContent!.trim();
const missing = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="missing-insurers"] li')].map((li) => li.getAttribute('data-insurer'));

/** From a mounted element to the offers: the vehicle, its versions, the cover, a person. */
async function toOffers(el: LihQuoteElement): Promise<void> {
  await fillVehicle(el);
  await click(el, c.next);
  await waitForStep(el, c['step.policyholder']);
  await fillPolicyholder(el);
  await click(el, c.getOffers);
  await waitForStep(el, c['step.offers']);
}

describe('<lih-casco-quote> three insurers side by side', () => {
  it('shows every insurer’s offers together, sorts them by price, and issues the one chosen: policy and PDF', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mountCasco();
    const loaded = oneEvent(el, 'lih-offers-loaded') as Promise<LihOffersLoadedEvent>;
    await toOffers(el);
    const offers = (await loaded).detail.offers;
    await waitUntil(() => rows(el).length === offers.length && offers.length > 0, 'the comparison did not show');
    // All three insurers, in one table, each with its premium, instalments, deductibles and what is covered.
    const names = new Set(rows(el).map(insurerOf));
    expect(names.size).to.equal(3);
    for (const row of rows(el)) {
      const cells = [...row.querySelectorAll('td')].map((td) => td.textContent!.trim());
      expect(cells, insurerOf(row)).to.have.length(5);
      expect(row.textContent).to.contain('RON').and.contain(c['coverage.vehicle']);
    }
    expect(missing(el)).to.deep.equal([]);

    // Cheapest first, at a click; the header says so.
    await click(el, c['compare.sort']);
    const prices = rows(el).map((r) => Number(r.querySelector('td.price')!.textContent!.replace(/[^\d.]/g, '')));
    expect(prices).to.deep.equal([...prices].sort((a, b) => a - b));
    expect(el.shadowRoot!.querySelector('th[aria-sort]')!.getAttribute('aria-sort')).to.equal('ascending');

    // The cheapest offer, whoever makes it, becomes the policy.
    const cheapest = rows(el)[0]!;
    const who = insurerOf(cheapest);
    cheapest.querySelector<HTMLInputElement>('input[type=radio]')!.click();
    await settle(el);
    expect(cheapest.getAttribute('part')).to.contain('offer-selected');
    await click(el, c.next);
    await waitForStep(el, c['step.issue']);
    expect(el.shadowRoot!.textContent).to.contain(who);
    const issued = oneEvent(el, 'lih-policy-issued') as Promise<LihPolicyIssuedEvent>;
    await click(el, c['issue.button']);
    const policy = (await issued).detail;
    expect(policy.product).to.equal('casco');
    expect(policy.premiumAmount).to.equal(prices[0]);
    await waitForStep(el, c['step.documents']);
    const downloads = captureDownloads();
    try {
      await click(el, c['docs.policy']);
      await waitUntil(() => downloads.blobs.length === 1, 'no policy PDF', { timeout: 8000 });
      expect(new TextDecoder().decode(new Uint8Array(await downloads.blobs[0]!.slice(0, 5).arrayBuffer()))).to.equal('%PDF-');
    } finally {
      downloads.restore();
    }
  });

  it('on a phone each offer is a card with the same facts, each labelled', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const el = await mountCasco();
      await toOffers(el);
      await waitUntil(() => rows(el).length > 0, 'no offers');
      const row = rows(el)[0]!;
      expect(getComputedStyle(row).display).to.equal('grid');
      for (const k of ['compare.premium', 'compare.instalments', 'compare.deductibles', 'compare.covered'] as const) expect(row.textContent).to.contain(c[k]);
      expect(row.getBoundingClientRect().width).to.be.at.most(375);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 1280, height: 900 });
    }
  });
});

describe('<lih-casco-quote> when insurers fail', () => {
  afterEach(async () => {
    await clearCascoFaults();
  });

  it('one insurer failing and one too slow: the third’s offers are shown, the other two named with what to do', async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    const el = await mountCasco();
    await fillVehicle(el);
    await click(el, c.next);
    await fillPolicyholder(el);
    await sandbox('faults', {
      faults: { errorRate: 1, errorStatus: 503, routes: [OFFER_ROUTE], insurers: ['allianz'], also: [{ latencyMs: 30_000, routes: [OFFER_ROUTE], insurers: ['omniasig'] }] },
    });
    await click(el, c.getOffers);
    await waitForStep(el, c['step.offers']);
    // While they answer, every insurer asked is shown as still answering.
    expect(el.shadowRoot!.querySelector('.asking')?.textContent).to.contain('Allianz');
    await waitUntil(() => rows(el).length > 0, 'the offers that came were not shown', { timeout: 40_000 });
    expect(new Set(rows(el).map(insurerOf))).to.have.property('size', 1);
    expect(missing(el).sort()).to.deep.equal(['allianz', 'omniasig']);
    const notice = el.shadowRoot!.querySelector('[part="missing-insurers"]')!.textContent!;
    expect(notice).to.contain(c['compare.whatToDo']);
    expect(notice).to.match(/Omniasig[^]*in time/);
    await expect(el).to.be.accessible();
  });
  it('every insurer failing: each named, the banner says what to do, and its Try again brings the offers once they answer', async () => {
    const el = await mountCasco();
    await fillVehicle(el);
    await click(el, c.next);
    await fillPolicyholder(el);
    await sandbox('faults', { faults: { errorRate: 1, errorStatus: 503, routes: [OFFER_ROUTE] } });
    await click(el, c.getOffers);
    await waitUntil(() => banner(el), 'no banner when no insurer answered', { timeout: 20_000 });
    expect(banner(el)).to.contain(c['err.upstream']);
    expect(rows(el)).to.have.length(0);
    expect(missing(el).sort()).to.deep.equal(['allianz', 'groupama', 'omniasig']);
    await expect(el).to.be.accessible();
    await clearCascoFaults();
    await click(el, c.retry);
    await waitUntil(() => rows(el).length > 0, 'Try again did not bring the offers', { timeout: 20_000 });
    expect(new Set(rows(el).map(insurerOf))).to.have.property('size', 3);
    expect(banner(el)).to.equal(undefined);
  });
});

describe('<lih-casco-quote> casco rules', () => {
  it('more instalments than months of cover: the contract’s message on the instalments field, and no step further', async () => {
    const el = await mountCasco();
    await fillVehicle(el);
    await choose(el, motor('installmentCount'), '12');
    await choose(el, motor('termTime'), '6');
    await click(el, c.next);
    expect(heading(el)).to.equal(c['step.cover']);
    expect(errorOf(el, motor('installmentCount'))).to.equal(validationMessage('casco.installmentsOverTerm', { count: 12, term: 6 }).en);
    await choose(el, motor('installmentCount'), '6');
    await click(el, c.next);
    await waitForStep(el, c['step.policyholder']);
  });

  it('a version at one insurer at least: "none of these" everywhere is refused', async () => {
    const el = await mountCasco();
    await click(el, c.next);
    await waitForStep(el, c['step.identification']);
    await pickVersions(el);
    // "None of these" is each group's last choice.
    for (const g of el.shadowRoot!.querySelectorAll('fieldset.insurer')) [...g.querySelectorAll<HTMLInputElement>('input[type=radio]')].at(-1)!.click();
    await settle(el);
    await click(el, c.next);
    expect(heading(el)).to.equal(c['step.identification']);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(c['id.pickOne']);
  });
});

describe('<lih-casco-quote> the vehicle’s user', () => {
  it('another person: asked on the policyholder’s step, checked, quoted with, and kept out of web storage', async () => {
    const el = await mountCasco();
    await fillVehicle(el);
    await click(el, c.next);
    await fillPolicyholder(el);
    expect(() => control(el, 'user.lastName'), 'asked only when another person').to.throw();
    await tick(el, '$user.other');
    await click(el, c.getOffers);
    expect(heading(el)).to.equal(c['step.policyholder']);
    expect(errorOf(el, 'user.lastName')).to.equal(validationMessage('required').en);
    expect(errorOf(el, 'user.address.county')).to.equal(validationMessage('required').en);
    await type(el, 'user.lastName', 'Ionescu');
    await type(el, 'user.firstName', 'Maria');
    await type(el, 'user.taxId', '1630615123458');
    expect(errorOf(el, 'user.taxId')).to.equal(validationMessage('cnp.checksum').en);
    await type(el, 'user.taxId', PERSON.cnp);
    await type(el, 'user.identification.idNumber', 'CJ654321');
    await type(el, 'user.email', 'maria.ionescu@example.ro');
    await type(el, 'user.mobileNumber', '0744123456');
    await pick(el, 'user.address.county', 'Cluj');
    await pick(el, 'user.address.cityCode', 'Cluj-Napoca');
    await type(el, 'user.address.street', 'Horea');
    await type(el, 'user.address.houseNumber', '3');
    await click(el, c.getOffers);
    await waitForStep(el, c['step.offers']);
    await waitUntil(() => rows(el).length > 0, 'no offers with the vehicle’s user');
    for (const secret of ['Ionescu', 'CJ654321', 'maria.ionescu@example.ro', '0744123456', 'Horea']) expect(stored()).not.to.contain(secret);
  });
});

describe('<lih-casco-quote> the dealer’s prefill', () => {
  const shown = (el: Element) => Object.fromEntries(['vin', 'yearOfConstruction', 'fuelType', 'enginePower', 'engineDisplacement', 'currentMileage'].map((k) => [k, control(el, car(k)).value]));
  const expected = { vin: CASCO_PREFILL.vin, yearOfConstruction: CASCO_PREFILL.year, fuelType: 'petrol', enginePower: '110', engineDisplacement: '1498', currentMileage: '30000' };

  it('fills the vehicle from attributes', async () => {
    const el = await mountCasco();
    expect(shown(el)).to.deep.equal(expected);
    expect(control(el, car('brand')).value).to.equal('Volkswagen');
    expect(control(el, car('model')).value).to.equal('Golf');
  });

  it('fills the vehicle from the `vehicle` property, and follows a change of it', async () => {
    const el = await mountCasco({ prefill: false });
    el.vehicle = { make: 'Volkswagen', model: 'Golf', vin: CASCO_PREFILL.vin, year: thisYear() - 2, fuel: 'petrol', enginePower: 110, engineCapacity: 1498, mileage: 30000 };
    await settle(el);
    expect(shown(el)).to.deep.equal(expected);
    el.vehicle = { ...el.vehicle, mileage: 41000 };
    await settle(el);
    expect(control(el, car('currentMileage')).value).to.equal('41000');
  });
});
