/** <lih-tire-fleet-quote> passes the behaviour suite every quote element runs, then its own: the table of vehicles and the documented premiums. */
import { describe, it } from '../support/bdd.js';
import { oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { validationMessage } from '../../src/contract/i18n/validation.js';
import { en } from '../../src/kit/i18n/en.js';
import { fleetEn } from '../../src/elements/tire-fleet-quote/strings.en.js';
import type { LihOffersLoadedEvent, LihPolicyIssuedEvent } from '../../src/kit/events.js';
import type { LihQuoteElement } from '../../src/kit/quote-element.js';
import { runQuoteElementSuite } from './support/quote-element.suite.js';
import { button, captureDownloads, click, control, errorOf, expect, pick, settle, type, waitForStep } from './support/driver.js';
import { ROW, V, companyHolder, fillVehicles, fleetSuite, mountFleet, paste, tsv } from './support/fleet.js';

runQuoteElementSuite(fleetSuite);

const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('.rows tbody tr')];
const said = (el: Element) => el.shadowRoot!.querySelector('[role="status"][aria-live]')!.textContent!.trim();
/** A card's text as read (Intl writes a no-break space between the currency and the amount). */
const text = (e: Element) => e.textContent!.replace(/\u00a0/g, ' ');
const value = (el: Element, path: string) => (control(el, path) as HTMLInputElement).value;

/** The offers for the pasted fleet, as the element shows and announces them. */
async function quote(el: LihQuoteElement, n: number): Promise<LihOffersLoadedEvent> {
  await fillVehicles(el, n);
  await click(el, en.next);
  await waitForStep(el, en['step.policyholder']);
  await companyHolder.fill(el);
  const loaded = oneEvent(el, 'lih-offers-loaded') as Promise<LihOffersLoadedEvent>;
  await click(el, en.getOffers);
  const e = await loaded;
  await waitForStep(el, en['step.offers']);
  return e;
}

describe('<lih-tire-fleet-quote> premiums', () => {
  it('one vehicle: 80 / 125 / 90 / 145 RON, each card with its unit price and the number of vehicles', async () => {
    const el = await mountFleet();
    const e = await quote(el, 1);
    expect(e.detail.offers.map((o) => [o.package, o.termTime, o.premiumAmount])).to.deep.equal([
      ['var_1', 12, 80],
      ['var_1', 24, 125],
      ['var_2', 12, 90],
      ['var_2', 24, 145],
    ]);
    expect(text(el.shadowRoot!.querySelector('.offer')!)).to.contain('RON 80.00 per vehicle · vehicles: 1 · total RON 80.00');
  });

  it('three vehicles: 240 / 375 / 270 / 435 RON, then the whole flow to an issued policy and its PDF', async () => {
    const el = await mountFleet();
    const e = await quote(el, 3);
    expect(e.detail.offers.map((o) => o.premiumAmount)).to.deep.equal([240, 375, 270, 435]);
    const cards = [...el.shadowRoot!.querySelectorAll('.offer')];
    expect(text(cards[3]!)).to.contain('RON 145.00 per vehicle · vehicles: 3 · total RON 435.00');
    (cards[3]!.querySelector('input') as HTMLInputElement).click();
    await click(el, en.next);
    await waitForStep(el, en['step.issue']);
    const issued = oneEvent(el, 'lih-policy-issued') as Promise<LihPolicyIssuedEvent>;
    await click(el, en['issue.button']);
    expect((await issued).detail).to.include({ premiumAmount: 435, termTime: 24 });
    await waitForStep(el, en['step.documents']);
    const downloads = captureDownloads();
    try {
      await click(el, en['docs.policy']);
      await waitUntil(() => downloads.blobs.length === 1, 'the policy PDF did not download', { timeout: 8000 });
      expect(new TextDecoder().decode(new Uint8Array(await downloads.blobs[0]!.slice(0, 5).arrayBuffer()))).to.equal('%PDF-');
    } finally {
      downloads.restore();
    }
  });
});

describe('<lih-tire-fleet-quote> table of vehicles', () => {
  it('accepts 200 pasted rows in one paste, validated row by row: a bad DOT in row 137 shows on that row only', async function (this: { timeout(ms: number): void }) {
    this.timeout(60_000);
    const el = await mountFleet();
    const lines = Array.from({ length: 200 }, (_, i) => (i === 136 ? ROW.map((c, k) => (k === 4 ? '37245' : c)) : ROW));
    // With the header row a spreadsheet copies too: it is left out.
    await paste(el, `${V}.0.vehicleBrand`, `Make\tModel\tTyre\tRim\tDOT\tPrice\tDate\n${tsv(lines)}`);
    await waitUntil(() => rows(el).length === 200, 'the 200 rows did not come');
    expect(said(el)).to.equal('200 vehicles pasted from Vehicle 1. 200 vehicles in all.');
    await waitUntil(() => errorOf(el, `${V}.136.dot`) !== undefined, 'no error on row 137');
    expect(errorOf(el, `${V}.136.dot`)).to.equal('Use exactly 4 characters.');
    expect(el.shadowRoot!.querySelectorAll('.rows .error').length, 'errors elsewhere').to.equal(1);
    expect(value(el, `${V}.199.purchasePrice`)).to.equal('2396');
    // Fixed in its cell, the row is fine.
    await type(el, `${V}.136.dot`, '3724');
    expect(errorOf(el, `${V}.136.dot`)).to.equal(undefined);
  });

  it('reads Romanian dates and prices, and pastes from the row pasted into', async () => {
    const el = await mountFleet();
    await click(el, fleetEn['rows.add']);
    await paste(el, `${V}.1.vehicleBrand`, 'Dacia\tLogan\tCrossClimate 2\t16\t0125\t1.234,50\t03.11.2026');
    expect(rows(el)).to.have.length(2);
    expect(value(el, `${V}.0.vehicleBrand`)).to.equal('');
    expect(value(el, `${V}.1.purchaseDate`)).to.equal('2026-11-03');
    // Kept as written: the contract reads 1.234,50 as 1234.50.
    expect(value(el, `${V}.1.purchasePrice`)).to.equal('1.234,50');
    expect(errorOf(el, `${V}.1.purchasePrice`)).to.equal(undefined);
    expect(errorOf(el, `${V}.1.purchaseDate`)).to.equal(undefined);
  });

  it('adds, duplicates and removes rows, says so, and keeps each row’s values with it', async () => {
    const el = await mountFleet();
    await paste(el, `${V}.0.vehicleBrand`, tsv([ROW]));
    await click(el, fleetEn['rows.add']);
    expect(rows(el)).to.have.length(2);
    expect(said(el)).to.equal('Vehicle 2 added. 2 vehicles in all.');
    expect(el.shadowRoot!.activeElement?.id).to.equal(`f-tireFleet-vehicles-1-vehicleBrand`);
    await type(el, `${V}.1.dot`, '0126');

    await click(el, 'Duplicate Vehicle 1');
    expect(rows(el)).to.have.length(3);
    expect(said(el)).to.equal('Vehicle 2 added. 3 vehicles in all.');
    expect(value(el, `${V}.1.dot`)).to.equal('3724');
    expect(value(el, `${V}.1.purchasePrice`)).to.equal('2396');
    expect(value(el, `${V}.2.dot`)).to.equal('0126');

    await click(el, 'Remove Vehicle 1');
    expect(rows(el)).to.have.length(2);
    expect(said(el)).to.equal('Vehicle 1 removed. 2 vehicles in all.');
    expect(value(el, `${V}.1.dot`)).to.equal('0126');
    expect(el.shadowRoot!.activeElement?.id).to.equal(`f-tireFleet-vehicles-0-vehicleBrand`);
    // The last row cannot be removed: a fleet has at least one vehicle.
    await click(el, 'Remove Vehicle 2');
    expect(() => button(el, 'Remove Vehicle 1')).to.throw();
  });

  it('a row untouched since the table grew still counts right, and a new make in one row lists that make’s models there only', async () => {
    const el = await mountFleet();
    await paste(el, `${V}.0.vehicleBrand`, tsv([ROW, ROW, ROW]));
    await click(el, fleetEn['rows.add']);
    await click(el, fleetEn['rows.add']);
    // Vehicle 3's buttons were drawn when the fleet had three vehicles; it has five now.
    await click(el, 'Duplicate Vehicle 3');
    expect(said(el)).to.equal('Vehicle 4 added. 6 vehicles in all.');
    await click(el, 'Remove Vehicle 1');
    expect(said(el)).to.equal('Vehicle 1 removed. 5 vehicles in all.');

    await pick(el, `${V}.1.vehicleBrand`, 'Renault');
    expect(value(el, `${V}.1.vehicleBrand`)).to.equal('Renault');
    expect(value(el, `${V}.1.vehicleModel`), 'the old make’s model goes').to.equal('');
    await pick(el, `${V}.1.vehicleModel`, 'Clio');
    expect(value(el, `${V}.1.vehicleModel`)).to.equal('Clio');
    for (const row of [0, 2]) expect(value(el, `${V}.${row}.vehicleModel`), `row ${row + 1}`).to.equal('Duster');
    expect(errorOf(el, `${V}.1.vehicleModel`)).to.equal(undefined);
  });

  it('a list opened in the last row shows whole, over what follows the table, which still takes clicks', async () => {
    await setViewport({ width: 1280, height: 900 });
    try {
      const el = await mountFleet();
      await paste(el, `${V}.0.vehicleBrand`, tsv([ROW]));
      const model = control(el, `${V}.0.vehicleModel`) as HTMLInputElement;
      await waitUntil(() => !model.disabled && model.getAttribute('aria-busy') === 'false', 'the model list did not load');
      model.focus();
      model.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
      await settle(el);
      const root = el.shadowRoot!;
      const list = root.getElementById(`${model.id}-list`)!;
      await waitUntil(() => !list.hidden, 'the list did not open');
      const scroller = root.querySelector('.rows')!.getBoundingClientRect();
      const shown = list.getBoundingClientRect();
      expect(shown.height, 'the list is empty').to.be.above(100);
      expect(shown.bottom, 'cut at the table’s foot').to.be.at.most(scroller.bottom + 1);
      expect(shown.bottom, 'the list reaches past the table into what follows').to.be.above(root.querySelector('#rows-add')!.getBoundingClientRect().bottom);
      // What lies beside the list, under the room made for it, is reached by a click.
      const start = control(el, 'tireFleet.startDate').getBoundingClientRect();
      const x = start.left + 10;
      const y = start.top + start.height / 2;
      expect(shown.left, 'the point tried is under the list').to.be.above(x);
      expect(root.elementFromPoint(x, y)?.id).to.equal(control(el, 'tireFleet.startDate').id);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('has a caption, column headers and a row header per vehicle; each field is named; axe passes with rows', async () => {
    const el = await mountFleet();
    await paste(el, `${V}.0.vehicleBrand`, tsv([ROW, ROW, ROW]));
    const table = el.shadowRoot!.querySelector('.rows table')!;
    expect(table.querySelector('caption')!.textContent).to.equal(fleetEn['fleet.vehicles']);
    const cols = [...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent!.trim());
    expect(cols.slice(0, 7)).to.deep.equal(['fleet.make', 'fleet.model', 'fleet.tireModel', 'fleet.rim', 'fleet.dot', 'fleet.price', 'fleet.purchaseDate'].map((k) => fleetEn[k as keyof typeof fleetEn]));
    expect([...table.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent)).to.deep.equal(['Vehicle 1', 'Vehicle 2', 'Vehicle 3']);
    expect(el.shadowRoot!.querySelector(`label[for="f-tireFleet-vehicles-2-dot"]`)!.textContent).to.contain(fleetEn['fleet.dot']);
    await expect(el).to.be.accessible();
  });

  it('on a phone each vehicle is a card with its fields labelled', async () => {
    await setViewport({ width: 375, height: 800 });
    try {
      const el = await mountFleet();
      await paste(el, `${V}.0.vehicleBrand`, tsv([ROW, ROW]));
      const row = rows(el)[0] as HTMLElement;
      expect(getComputedStyle(row).display).to.equal('block');
      const label = el.shadowRoot!.querySelector('label[for="f-tireFleet-vehicles-0-dot"]') as HTMLElement;
      expect(label.getBoundingClientRect().width).to.be.above(10);
      expect(el.scrollWidth).to.be.at.most(375);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('the body asks for Michelin tyres for every row, and a fleet with an empty row is stopped on that row', async () => {
    const el = await mountFleet();
    await fillVehicles(el, 2);
    await click(el, fleetEn['rows.add']);
    await click(el, en.next);
    expect(errorOf(el, `${V}.2.vehicleBrand`)).to.equal(validationMessage('required').en);
    expect(errorOf(el, `${V}.1.vehicleBrand`)).to.equal(undefined);
    const body = el.body() as { tireFleet: { vehicles: { tireMake?: string }[] } };
    expect(body.tireFleet.vehicles.map((v) => v.tireMake)).to.deep.equal(['michelin', 'michelin', 'michelin']);
    await settle(el);
  });
});
