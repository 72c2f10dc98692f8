/**
 * <lih-electronics-quote> passes the behaviour suite every quote element runs, and its own rules:
 * the five documented offers of a 5000 RON television as two choices with their start dates, the
 * extended warranty's start for a person and a company, and its place in a checkout's <form>.
 */
import { describe, it } from '../support/bdd.js';
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { addYears, addDays, today } from '../../src/contract/clock.js';
import { formatParam } from '../../src/contract/i18n/format.js';
import { en } from '../../src/kit/i18n/en.js';
import { ro as roKit } from '../../src/kit/i18n/ro.js';
import { electronicsStrings } from '../../src/elements/electronics-quote/strings.js';
import type { LihElectronicsQuote } from '../../src/elements/electronics-quote/electronics-quote.js';
import type { LihOfferSelectedEvent, LihOffersLoadedEvent } from '../../src/kit/events.js';
import { runQuoteElementSuite } from './support/quote-element.suite.js';
import { TV_PREFILL, electronicsSuite, fillDevice, mountElectronics } from './support/electronics.js';
import { chooseKind, click, expect, fillAddress, fillPolicyholder, heading, proxyUrl, settle, type, waitForStep } from './support/driver.js';

runQuoteElementSuite(electronicsSuite);

const w = { ...en, ...electronicsStrings.en };
const SERVER_SITE = { id: 'server-shop', issuance: 'server', secretEnv: 'LIH_TEST_SITE_SECRET' };
const date = (iso: string) => formatParam(iso, 'en');

/** The offers step's groups as the customer reads them: title, note, and each card's text. */
const groups = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.offer-group')].map((g) => ({
    title: g.querySelector('legend')!.textContent!.trim(),
    note: g.querySelector(':scope > .hint')?.textContent?.trim() ?? '',
    cards: [...g.querySelectorAll('.offer')].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
  }));

async function toOffers(el: LihElectronicsQuote, company = false): Promise<LihOffersLoadedEvent> {
  await fillDevice(el);
  await click(el, w.next);
  await waitForStep(el, w['step.policyholder']);
  if (company) {
    await chooseKind(el, w['ph.company']);
    await type(el, 'policyholder.businessName', 'Life is Hard SA');
    await type(el, 'policyholder.companyRegistryNumber', 'J12/1403/2004');
    await type(el, 'policyholder.taxId', 'RO18547290');
    await type(el, 'policyholder.email', 'office@example.ro');
    await type(el, 'policyholder.mobileNumber', '0722123456');
    await fillAddress(el);
  } else await fillPolicyholder(el);
  const loaded = oneEvent(el, 'lih-offers-loaded') as Promise<LihOffersLoadedEvent>;
  await click(el, w.getOffers);
  const event = await loaded;
  await waitForStep(el, w['step.offers']);
  return event;
}

describe('<lih-electronics-quote> offers for a 5000 RON television', () => {
  it('shows the five documented offers as two choices: damage and theft 250 / 425 / 600 RON from today, extended warranty 250 / 475 RON from purchase + 2 years', async () => {
    const el = await mountElectronics();
    const purchase = addDays(today(), -5);
    el.purchaseDate = purchase;
    await settle(el);
    const event = await toOffers(el);
    expect(event.detail.offers.map((o) => [o.package, o.termTime, o.premiumAmount])).to.deep.equal([
      ['daf', 12, 250],
      ['daf', 24, 425],
      ['daf', 36, 600],
      ['ge', 12, 250],
      ['ge', 24, 475],
    ]);
    const ewStart = addYears(purchase, 2);
    const [daf, ew] = groups(el);
    expect(groups(el)).to.have.length(2);
    expect(daf!.title).to.equal(w['daf.title']);
    expect(daf!.note).to.equal(w['daf.note'].replace('{date}', date(today())));
    expect(ew!.title).to.equal(w['ge.title']);
    expect(ew!.note).to.equal(w['ge.noteIndividual'].replace('{date}', date(ewStart)));
    const premiums = (cards: string[]) => cards.map((c) => /RON\s?([\d.,]+)/.exec(c)?.[1]);
    expect(premiums(daf!.cards)).to.deep.equal(['250.00', '425.00', '600.00']);
    expect(premiums(ew!.cards)).to.deep.equal(['250.00', '475.00']);
    // Each card names its term and starts on its group's date.
    const term = (n: number) => w['offers.term'].replace('{n}', String(n));
    [12, 24, 36].forEach((n, i) => expect(daf!.cards[i]).to.contain(w['daf.title']).and.contain(term(n)).and.contain(`${date(today())} –`));
    [12, 24].forEach((n, i) => expect(ew!.cards[i]).to.contain(w['ge.title']).and.contain(term(n)).and.contain(`${date(ewStart)} –`));
    await expect(el).to.be.accessible();
  });

  it('in Romanian: the same two choices, in lei amounts and Romanian dates', async () => {
    const el = await mountElectronics({ locale: 'ro' });
    await fillDevice(el);
    await click(el, roKit.next);
    await fillPolicyholder(el);
    await click(el, roKit.getOffers);
    await waitUntil(() => groups(el).length === 2, 'the offers did not come', { timeout: 8000 });
    const ro = electronicsStrings.ro;
    expect(groups(el).map((g) => g.title)).to.deep.equal([ro['daf.title'], ro['ge.title']]);
    expect(groups(el)[0]!.note).to.equal(ro['daf.note'].replace('{date}', formatParam(today(), 'ro')));
  });

  it('a company’s extended warranty starts when the maker’s 1-year warranty ends, and the page says so', async () => {
    const el = await mountElectronics();
    const purchase = addDays(today(), -3);
    el.purchaseDate = purchase;
    await settle(el);
    const event = await toOffers(el, true);
    const ewStart = addYears(purchase, 1);
    expect(event.detail.offers.filter((o) => o.package === 'ge').map((o) => o.startDate)).to.deep.equal([ewStart, ewStart]);
    expect(event.detail.offers.filter((o) => o.package === 'daf').map((o) => o.startDate)).to.deep.equal([today(), today(), today()]);
    expect(groups(el)[1]!.note).to.equal(w['ge.noteCompany'].replace('{date}', date(ewStart)));
  });

  it('takes the price table’s English category name from the cart (`tv`) as the API’s `televizor`', async () => {
    const el = await mountElectronics();
    el.category = 'tv';
    await settle(el);
    await waitUntil(() => (el.shadowRoot!.getElementById('f-electronics-productCategory') as HTMLSelectElement).value === 'televizor');
  });
});

describe('<lih-electronics-quote> in a checkout <form> (server issuance)', () => {
  async function mountInForm(): Promise<{ form: HTMLFormElement; el: LihElectronicsQuote }> {
    const endpoint = await proxyUrl(SERVER_SITE);
    sessionStorage.clear();
    const form = await fixture<HTMLFormElement>(html`<form><input name="order" value="LG-1001" /></form>`);
    const el = document.createElement('lih-electronics-quote') as LihElectronicsQuote;
    for (const [k, v] of Object.entries({ ...TV_PREFILL, endpoint, locale: 'en', name: 'insurance-offer', required: '' })) el.setAttribute(k, v);
    form.append(el);
    await settle(el);
    return { form, el };
  }

  it('the form carries the chosen offer’s id, is invalid with a message until a choice, and :state() follows the progress', async () => {
    const { form, el } = await mountInForm();
    expect(heading(el)).to.equal(w['step.details']);
    expect(form.checkValidity(), 'invalid before a choice').to.equal(false);
    expect(el.control.internals!.validationMessage).to.equal(w['form.required']);
    expect(new FormData(form).has('insurance-offer')).to.equal(false);
    expect(el.matches(':state(chosen)')).to.equal(false);

    await fillDevice(el);
    await click(el, w.next);
    await fillPolicyholder(el);
    // Busy while the proxy quotes.
    const loaded = oneEvent(el, 'lih-offers-loaded');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
    expect(el.matches(':state(busy)'), 'busy while quoting').to.equal(true);
    await loaded;
    await waitForStep(el, w['step.offers']);
    expect(el.matches(':state(busy)')).to.equal(false);
    expect(form.checkValidity()).to.equal(false);

    const selected = oneEvent(el, 'lih-offer-selected') as Promise<LihOfferSelectedEvent>;
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('.offer input')[4]!.click();
    const { detail } = await selected;
    await el.updateComplete;
    expect(detail).to.include({ premiumAmount: 475, package: 'ge', termTime: 24 });
    expect(detail.offerId).to.match(/^ofr_[A-Za-z0-9_-]{32}$/);
    const data = new FormData(form);
    expect(data.get('insurance-offer')).to.equal(detail.offerId);
    expect(data.get('order')).to.equal('LG-1001');
    expect(form.checkValidity(), 'valid once chosen').to.equal(true);
    expect(el.matches(':state(chosen)')).to.equal(true);
    expect(el.matches(':state(issued)')).to.equal(false);

    // Another choice replaces the value.
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('.offer input')[0]!.click();
    await el.updateComplete;
    const again = new FormData(form).get('insurance-offer') as string;
    expect(again).to.match(/^ofr_/);
    expect(again).not.to.equal(detail.offerId);
    await click(el, w.next);
    expect(el.shadowRoot!.textContent).to.contain(w['issue.server']);
    expect(new FormData(form).get('insurance-offer')).to.match(/^ofr_/);
  });

  it('without `required` the form may be sent with no insurance chosen', async () => {
    const { form, el } = await mountInForm();
    el.required = false;
    await settle(el);
    expect(form.checkValidity()).to.equal(true);
  });

  it('in browser issuance it shows :state(issued) once the policy is issued, and the form no longer carries the offer', async () => {
    const endpoint = await proxyUrl();
    sessionStorage.clear();
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    const el = document.createElement('lih-electronics-quote') as LihElectronicsQuote;
    for (const [k, v] of Object.entries({ ...TV_PREFILL, endpoint, locale: 'en', name: 'insurance-offer' })) el.setAttribute(k, v);
    form.append(el);
    await settle(el);
    await toOffers(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('.offer input')!.click();
    await click(el, w.next);
    expect(new FormData(form).get('insurance-offer')).to.match(/^ofr_/);
    const issued = oneEvent(el, 'lih-policy-issued');
    await click(el, w['issue.button']);
    await issued;
    await waitForStep(el, w['step.documents']);
    expect(el.matches(':state(issued)')).to.equal(true);
    expect(new FormData(form).has('insurance-offer')).to.equal(false);
  });
});
