/**
 * The kit's shell and controllers with a fake product declared here — no
 * product element involved: a flow of its own steps (a repeated section of
 * vehicles, two addresses), its schema, its words. Through the real proxy and
 * sandbox for the lookups and the site's configuration.
 */
import { describe, it } from '../support/bdd.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import * as z from 'zod/mini';
import { html as lit } from 'lit';
import { address } from '../../src/contract/address.js';
import { text } from '../../src/contract/fields.js';
import { validationMessage } from '../../src/contract/i18n/validation.js';
import { LihQuoteElement, type Step } from '../../src/kit/quote-element.js';
import { textField } from '../../src/kit/fields.js';
import { pick as pickValues, toBody } from '../../src/kit/form.js';
import { addRow, removeRow, rowCount, rowsBody } from '../../src/kit/rows.js';
import { renderAddress } from '../../src/kit/sections/address.js';
import { enFirst } from '../../src/kit/i18n/first.en.js';
import { roFirst } from '../../src/kit/i18n/first.ro.js';
import { en } from '../../src/kit/i18n/en.js';
import { defineOnce } from '../../src/kit/define.js';
import { LaterRules, pendingSchema } from '../../src/kit/later-rules.js';
import { banner, button, click, control, errorOf, heading, options, pick, proxyUrl, settle, type } from '../elements/support/driver.js';

const VEHICLES = 'fleet.vehicles';

const fakeSchema = z.object({
  fleet: z.object({ vehicles: z.array(z.object({ plate: text(), dot: text() })).check(z.minLength(1)) }),
  home: address,
  work: address,
});

const fakeEn = { ...enFirst, 'step.vehicles': 'Your vehicles', 'step.addresses': 'Addresses', 'step.done': 'All set', plate: 'Plate', dot: 'DOT', add: 'Add a vehicle', remove: 'Remove vehicle {n}', home: 'Home', work: 'Work' };
const fakeRo = { ...roFirst, 'step.vehicles': 'Vehiculele', 'step.addresses': 'Adrese', 'step.done': 'Gata', plate: 'Număr', dot: 'DOT', add: 'Adăugați un vehicul', remove: 'Ștergeți vehiculul {n}', home: 'Acasă', work: 'Birou' };

/** A repeated section: a row per vehicle, added and removed by index; its body part has one entry per row. */
const vehicles: Step = {
  id: 'vehicles',
  paths: [`${VEHICLES}.`],
  body: (h) => rowsBody(toBody(pickValues(h.form.values, [`${VEHICLES}.`])), h.form.values, VEHICLES),
  render: (h) =>
    lit`${Array.from({ length: rowCount(h.form, VEHICLES) }, (_, i) => {
      const p = (k: string) => `${VEHICLES}.${i}.${k}`;
      return lit`<fieldset>
        <legend>${i + 1}</legend>
        ${textField(h, p('plate'), h.t('plate'))} ${textField(h, p('dot'), h.t('dot'))}
        ${h.button(h.t('remove', { n: i + 1 }), () => removeRow(h.form, VEHICLES, i))}
      </fieldset>`;
    })}
    ${h.button(h.t('add'), () => addRow(h.form, VEHICLES))}`,
};

/** Two addresses, each with its own county → locality lookups (the kit's words for addresses load with the step). */
const addresses: Step = {
  id: 'addresses',
  paths: ['home.', 'work.'],
  words: (l) => (l === 'ro' ? import('../../src/kit/i18n/later.ro.js') : import('../../src/kit/i18n/later.en.js')),
  body: (h) => {
    const b = toBody(pickValues(h.form.values, ['home.', 'work.']));
    return { home: {}, work: {}, ...b };
  },
  render: (h) => lit`${renderAddress(h, 'home')} ${renderAddress(h, 'work')}`,
};

const done: Step = { id: 'done', render: (h) => lit`<p>${h.t('step.done')}</p>`, next: null };

class FakeQuote extends LihQuoteElement {
  readonly product = 'tire' as const;
  readonly schema = fakeSchema;
  readonly flow = [vehicles, addresses, done];
  protected words(l: 'en' | 'ro') {
    return Promise.resolve({ default: l === 'ro' ? fakeRo : fakeEn });
  }
}
defineOnce('fake-quote', FakeQuote);

/** The same product with its rules fetched beside the words, from a network that fails the first time. */
class FakeLaterQuote extends LihQuoteElement {
  static attempts = 0;
  readonly product = 'tire' as const;
  readonly flow = [vehicles, addresses, done];
  protected override readonly rules = new LaterRules(this, () =>
    ++FakeLaterQuote.attempts === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : Promise.resolve({ fakeSchema }),
  );
  get schema() {
    return this.rules.value?.fakeSchema ?? pendingSchema;
  }
  protected words(l: 'en' | 'ro') {
    return Promise.resolve({ default: l === 'ro' ? fakeRo : fakeEn });
  }
}
defineOnce('fake-later-quote', FakeLaterQuote);

async function mountFake(attrs: Record<string, string> = {}): Promise<FakeQuote> {
  sessionStorage.clear();
  const endpoint = await proxyUrl();
  const el = await fixture<FakeQuote>(html`<fake-quote endpoint=${endpoint} locale=${attrs.locale ?? 'en'}></fake-quote>`);
  await settle(el);
  return el;
}

describe('kit: a product whose rules come beside the words', () => {
  it('rules that could not be fetched: Continue says so, and its Try again fetches them; then the step is checked and passes', async () => {
    const endpoint = await proxyUrl();
    const el = await fixture<FakeLaterQuote>(html`<fake-later-quote endpoint=${endpoint} locale="en"></fake-later-quote>`);
    await settle(el);
    await click(el, 'Add a vehicle');
    await type(el, `${VEHICLES}.0.plate`, 'CJ-01-ABC');
    await click(el, en.next);
    expect(banner(el)).to.contain(en['err.network']);
    expect(heading(el)).to.equal('Your vehicles');
    await click(el, en.retry);
    await waitUntil(() => el.schema !== pendingSchema, 'the rules were not fetched again');
    await click(el, en.next);
    // Checked now: the DOT the rules ask for is missing, on its field.
    expect(errorOf(el, `${VEHICLES}.0.dot`)).to.equal(validationMessage('required').en);
    expect(FakeLaterQuote.attempts).to.equal(2);
  });
});

describe('kit: the form model', () => {
  it('serialises numeric path segments as arrays, not objects keyed "0"', () => {
    expect(toBody({ 'tireFleet.vehicles.0.dot': '3724', 'tireFleet.vehicles.3.dot': '0125', 'tireFleet.name': 'A' })).to.deep.equal({
      tireFleet: { vehicles: [{ dot: '3724' }, undefined, undefined, { dot: '0125' }], name: 'A' },
    });
  });

  it('a repeated section has one entry per row, an empty row an empty object (never a hole)', () => {
    const values = { [`${VEHICLES}.2.dot`]: '3724', '$rows:fleet.vehicles': '4' };
    expect(rowsBody(toBody(values), values, VEHICLES)).to.deep.equal({ fleet: { vehicles: [{}, {}, { dot: '3724' }, {}] } });
  });
});

describe('kit: the shell with a fake product (flow as data)', () => {
  it('renders the first step of its flow, with progress over its own steps and its own words', async () => {
    const el = await mountFake();
    expect(heading(el)).to.equal('Your vehicles');
    // The stepper: the product's own steps by name, the first current.
    const steps = el.shadowRoot!.querySelector('ol.steps')!;
    expect(steps.getAttribute('aria-label')).to.equal('Step 1 of 3');
    expect([...steps.children].map((li) => li.getAttribute('aria-current'))).to.deep.equal(['step', null, null]);
    el.locale = 'ro';
    await settle(el);
    expect(heading(el)).to.equal('Vehiculele');
  });

  it('a repeated section adds, validates and removes rows by index; the body holds an array', async () => {
    const el = await mountFake();
    await click(el, 'Add a vehicle');
    await click(el, 'Add a vehicle');
    await click(el, 'Add a vehicle');
    await type(el, `${VEHICLES}.1.plate`, 'CJ-01-ABC');
    await type(el, `${VEHICLES}.2.plate`, 'B-99-XYZ');
    await type(el, `${VEHICLES}.2.dot`, '3724');
    expect((el.body().fleet as { vehicles: unknown[] }).vehicles).to.deep.equal([{}, { plate: 'CJ-01-ABC' }, { plate: 'B-99-XYZ', dot: '3724' }]);
    // Nothing said about the untouched first row until the customer tries to go on.
    expect(errorOf(el, `${VEHICLES}.0.plate`)).to.equal(undefined);
    await click(el, en.next);
    expect(heading(el)).to.equal('Your vehicles');
    const required = validationMessage('required').en;
    expect(errorOf(el, `${VEHICLES}.0.plate`)).to.equal(required);
    expect(errorOf(el, `${VEHICLES}.1.dot`)).to.equal(required);
    expect(errorOf(el, `${VEHICLES}.2.dot`)).to.equal(undefined);
    expect(banner(el)).to.equal(en['err.fields'].replace('{n}', '3'));
    expect(el.shadowRoot!.activeElement).to.equal(control(el, `${VEHICLES}.0.plate`));

    // Removing the first row moves the others up, with what was typed in them.
    await click(el, 'Remove vehicle 1');
    expect(rowCount(el.form, VEHICLES)).to.equal(2);
    expect((control(el, `${VEHICLES}.0.plate`) as HTMLInputElement).value).to.equal('CJ-01-ABC');
    expect((control(el, `${VEHICLES}.1.dot`) as HTMLInputElement).value).to.equal('3724');
    expect(() => control(el, `${VEHICLES}.2.plate`)).to.throw();
    await type(el, `${VEHICLES}.0.dot`, '0125');
    await click(el, en.next);
    expect(heading(el)).to.equal('Addresses');
    expect(el.body().fleet).to.deep.equal({ vehicles: [{ plate: 'CJ-01-ABC', dot: '0125' }, { plate: 'B-99-XYZ', dot: '3724' }] });
  });

  it('two addresses each list the localities of their own county', async () => {
    const el = await mountFake();
    await click(el, 'Add a vehicle');
    await type(el, `${VEHICLES}.0.plate`, 'CJ-01-ABC');
    await type(el, `${VEHICLES}.0.dot`, '3724');
    await click(el, en.next);
    await waitUntil(() => heading(el) === 'Addresses', 'the addresses step did not come');
    await pick(el, 'home.county', 'Cluj');
    await pick(el, 'work.county', 'Alba');
    // Each locality list follows its own county.
    await pick(el, 'home.cityCode', 'Cluj-Napoca');
    await pick(el, 'work.cityCode', 'Alba Iulia');
    expect(el.val('home.city')).to.equal('Cluj-Napoca');
    expect(el.val('work.city')).to.equal('Alba Iulia');
    const input = control(el, 'work.cityCode') as HTMLInputElement;
    input.focus();
    input.value = 'Cluj-Napoca';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(options(el, 'work.cityCode').map((o) => o.textContent!.trim())).not.to.include('Cluj-Napoca');
    input.blur();
    await settle(el);
    // Changing one county clears its own locality only.
    await pick(el, 'work.county', 'Bihor');
    expect(el.val('work.cityCode')).to.equal('');
    expect(el.val('home.cityCode')).to.not.equal('');
    await type(el, 'home.street', 'Eroilor');
    await type(el, 'home.houseNumber', '10');
    await pick(el, 'work.cityCode', 'Oradea');
    await type(el, 'work.street', 'Republicii');
    await type(el, 'work.houseNumber', '2');
    await click(el, en.next);
    expect(heading(el)).to.equal('All set');
    expect(() => button(el, en.next)).to.throw();
  });

  it('its draft keeps its steps’ answers and its step across a reload, per instance', async () => {
    const el = await mountFake();
    await click(el, 'Add a vehicle');
    await type(el, `${VEHICLES}.0.plate`, 'CJ-01-ABC');
    const again = el.cloneNode(false) as FakeQuote;
    const parent = el.parentElement!;
    el.remove();
    parent.append(again);
    await settle(again);
    expect((control(again, `${VEHICLES}.0.plate`) as HTMLInputElement).value).to.equal('CJ-01-ABC');
  });
});
