/**
 * What a host page relies on: events it can hear from anywhere, theming
 * through tokens and parts only, no styles in or out, any width from 320 px,
 * late or moved elements, language from the page, strings it can override,
 * and both issuance modes.
 */
import { describe, it } from '../support/bdd.js';
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport, sendKeys } from '@web/test-runner-commands';
import { en } from '../../src/kit/i18n/en.js';
import { ro } from '../../src/kit/i18n/ro.js';
import { tireStrings } from '../../src/elements/tire-quote/strings.js';
import type { LihOfferSelectedEvent, LihOffersLoadedEvent, LihPolicyIssuedEvent } from '../../src/kit/events.js';
import type { LihTireQuote } from '../../src/elements/tire-quote/tire-quote.js';
import { validationMessage } from '../../src/contract/i18n/validation.js';
import { today } from '../../src/contract/clock.js';
import {
  PERSON,
  banner,
  button,
  click,
  control,
  errorOf,
  expect,
  fillDetails,
  fillPolicyholder,
  heading,
  mountTire,
  options,
  chooseKind,
  pick,
  fillAddress,
  tick,
  proxyUrl,
  sandbox,
  settle,
  type,
  waitForStep,
} from './support/driver.js';

async function toOffers(el: LihTireQuote) {
  await fillDetails(el);
  await click(el, en.next);
  await fillPolicyholder(el);
  await click(el, en.getOffers);
  await waitForStep(el, en['step.offers']);
}

describe('<lih-tire-quote> on a host page', () => {
  it('events bubble out of another component’s shadow root, typed, with no personal data', async () => {
    const endpoint = await proxyUrl();
    sessionStorage.clear();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('lih-tire-quote');
    Object.assign(el, { endpoint, locale: 'en', tireModel: 'Primacy 4+', rimSize: '17', purchasePrice: '2396', purchaseDate: today(), vehicleBrand: 'Dacia', vehicleModel: 'Duster' });
    shadow.append(el);
    await settle(el);
    await fillDetails(el);
    await click(el, en.next);
    await fillPolicyholder(el);
    const loaded = oneEvent(document, 'lih-offers-loaded') as Promise<LihOffersLoadedEvent>;
    await click(el, en.getOffers);
    const e = await loaded;
    expect(e.bubbles && e.composed).to.equal(true);
    expect(e.detail.product).to.equal('tire');
    await waitForStep(el, en['step.offers']);
    const selected = oneEvent(document, 'lih-offer-selected') as Promise<LihOfferSelectedEvent>;
    (el.shadowRoot!.querySelector('.offer input') as HTMLInputElement).click();
    const s = await selected;
    expect(s.detail.offerId).to.equal(e.detail.offers[0]!.offerId);
    expect(s.detail.premiumAmount).to.be.above(0);
    const everything = JSON.stringify([e.detail, s.detail]);
    for (const personal of [...Object.values(PERSON), 'Eroilor', 'Cluj']) expect(everything).not.to.contain(personal);
  });

  it('takes the brand through --lih-* tokens and ::part, and the page’s own styles neither leak in nor out', async () => {
    const style = document.createElement('style');
    style.textContent = `
      button { background: rgb(255, 0, 0) !important; }
      .field { display: none !important; }
      lih-tire-quote.brand { --lih-color-primary: rgb(0, 128, 0); --lih-font-family: Georgia, serif; }
      lih-tire-quote.brand::part(panel) { border-color: rgb(0, 0, 255); }`;
    document.head.append(style);
    try {
      const el = await mountTire();
      el.classList.add('brand');
      await settle(el);
      const primary = button(el, en.next);
      expect(getComputedStyle(primary).backgroundColor).to.equal('rgb(0, 128, 0)');
      expect(getComputedStyle(el.shadowRoot!.querySelector('section')!).borderTopColor).to.equal('rgb(0, 0, 255)');
      expect(getComputedStyle(el).fontFamily).to.contain('Georgia');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.field')!).display).not.to.equal('none');
      // …and nothing of ours restyles the page.
      const outside = await fixture<HTMLElement>(html`<div class="field"><button>page</button></div>`);
      expect(getComputedStyle(outside).display).to.equal('none');
    } finally {
      style.remove();
    }
  });

  it('fits 320 px without sideways scrolling, and 1280 px', async () => {
    for (const width of [320, 1280]) {
      await setViewport({ width, height: 800 });
      const el = await mountTire();
      const fits = (what: string) => {
        expect(el.scrollWidth, `${width}px ${what}`).to.be.at.most(el.clientWidth + 1);
        expect(el.getBoundingClientRect().right, `${width}px ${what}`).to.be.at.most(width);
      };
      fits('tyre step');
      await fillDetails(el);
      await click(el, en.next);
      expect(heading(el)).to.equal(en['step.policyholder']);
      fits('policyholder step');
    }
    await setViewport({ width: 800, height: 600 });
  });

  it('works when defined after it is in the page, and keeps its state when moved (SPA re-render)', async () => {
    const endpoint = await proxyUrl();
    sessionStorage.clear();
    // A tag the browser does not know yet upgrades when defined; ours is defined already, so use a fresh name.
    const { LihTireQuote } = await import('../../src/elements/tire-quote/tire-quote.js');
    const wrap = await fixture<HTMLElement>(html`<div><late-tire-quote endpoint=${endpoint} locale="en"></late-tire-quote></div>`);
    customElements.define('late-tire-quote', class extends LihTireQuote {});
    const el = wrap.querySelector('late-tire-quote') as LihTireQuote;
    await settle(el);
    expect(heading(el)).to.equal(tireStrings.en['step.details']);
    await type(el, 'tire.dot', '3724');
    const other = await fixture<HTMLElement>(html`<section></section>`);
    other.append(el);
    await settle(el);
    expect((control(el, 'tire.dot') as HTMLInputElement).value).to.equal('3724');
  });

  it('speaks the page’s language, follows a change of <html lang>, and takes the host’s own words', async () => {
    const endpoint = await proxyUrl();
    sessionStorage.clear();
    const before = document.documentElement.lang;
    document.documentElement.lang = 'ro';
    try {
      const el = await fixture<LihTireQuote>(html`<lih-tire-quote endpoint=${endpoint}></lih-tire-quote>`);
      await settle(el);
      expect(heading(el)).to.equal(tireStrings.ro['step.details']);
      expect(button(el, ro.next)).to.exist;
      document.documentElement.lang = 'en';
      await settle(el);
      expect(heading(el)).to.equal(tireStrings.en['step.details']);
      el.strings = { next: 'Next step' };
      await settle(el);
      expect(button(el, 'Next step')).to.exist;
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('a change to a prefill attribute (a SPA switching product) updates the field', async () => {
    const el = await mountTire();
    el.setAttribute('purchase-price', '3100');
    await settle(el);
    expect((control(el, 'tire.purchasePrice') as HTMLInputElement).value).to.equal('3100');
  });
});

describe('<lih-tire-quote> issuance modes', () => {
  it('server mode: the customer picks, the host is told, and the element never issues', async () => {
    const el = await mountTire({ site: { id: 'server-shop', issuance: 'server', secretEnv: 'LIH_TEST_SITE_SECRET' } });
    await toOffers(el);
    const selected = oneEvent(el, 'lih-offer-selected') as Promise<LihOfferSelectedEvent>;
    (el.shadowRoot!.querySelector('.offer input') as HTMLInputElement).click();
    expect((await selected).detail.offerId).to.be.a('number');
    await click(el, en.next);
    expect(el.shadowRoot!.textContent).to.contain(en['issue.server']);
    expect(() => button(el, en['issue.button'])).to.throw();
  });

  it('a site that needs the payment document number asks for it and sends it', async () => {
    const site = { id: 'receipt-shop', payment: { method: 'receipt', documentNumberRequired: true } };
    const el = await mountTire({ site });
    await toOffers(el);
    (el.shadowRoot!.querySelector('.offer input') as HTMLInputElement).click();
    await click(el, en.next);
    await click(el, en['issue.button']);
    expect(errorOf(el, 'payment.documentNumber')).to.equal(validationMessage('required').en);
    await type(el, 'payment.documentNumber', 'CH-2026-0042');
    const issued = oneEvent(el, 'lih-policy-issued') as Promise<LihPolicyIssuedEvent>;
    await click(el, en['issue.button']);
    const { offerId } = (await issued).detail;
    await waitForStep(el, en['step.documents']);
    expect(banner(el)).to.equal(undefined);
    const payments = await sandbox<{ offerId: number; documentNumber: string; method: string }[]>('payments', { site });
    expect(payments.find((p) => p.offerId === offerId)).to.include({ documentNumber: 'CH-2026-0042', method: 'receipt' });
  });
});

describe('<lih-tire-quote> with the keyboard only', () => {
  it('goes from the first field to an issued policy with Tab, typing, Space, arrows and Enter', async () => {
    const el = await mountTire();
    const press = (key: string) => sendKeys({ press: key });
    const typeKeys = (text: string) => sendKeys({ type: text });
    const focused = () => el.shadowRoot!.activeElement;
    const tabTo = async (match: (e: Element) => boolean, max = 40) => {
      for (let i = 0; i < max && !(focused() && match(focused()!)); i++) await press('Tab');
      expect(focused() && match(focused()!), 'focus did not reach the control').to.equal(true);
    };
    (control(el, 'tire.dot') as HTMLInputElement).focus();
    await typeKeys('3724');
    await tabTo((e) => e.id === 'f-additionalData-agreements-purchased4Tires');
    await press('Space');
    await press('Tab');
    await tabTo((e) => e.id === 'f-additionalData-agreements-customerAgreement');
    await press('Space');
    await press('Enter'); // submits the step's form
    await waitForStep(el, en['step.policyholder']);
    // Heading got focus; Tab moves into the form.
    (control(el, 'policyholder.lastName') as HTMLInputElement).focus();
    await typeKeys(PERSON.lastName);
    await press('Tab');
    await typeKeys(PERSON.firstName);
    await press('Tab'); // foreign-person checkbox: leave it
    await press('Tab');
    await typeKeys(PERSON.cnp);
    await press('Tab');
    await typeKeys(PERSON.idNumber);
    await press('Tab');
    await typeKeys(PERSON.email);
    await press('Tab');
    await typeKeys(PERSON.phone);
    await press('Tab'); // the county's searchable list
    await typeKeys('Cluj');
    await waitUntil(() => options(el, 'policyholder.address.county').length > 0, 'counties did not load');
    await press('ArrowDown');
    await press('Enter');
    await settle(el);
    await press('Tab'); // locality
    await waitUntil(() => !(control(el, 'policyholder.address.cityCode') as HTMLInputElement).disabled, 'locality stayed disabled');
    await typeKeys('Cluj-Napoca');
    await waitUntil(() => options(el, 'policyholder.address.cityCode').length > 0, 'localities did not load');
    await press('Enter');
    await press('Tab');
    await typeKeys('Eroilor');
    await press('Tab');
    await typeKeys('10');
    await press('Enter');
    await waitForStep(el, en['step.offers']);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.offer input').length === 2);
    (el.shadowRoot!.querySelector('.offer input') as HTMLInputElement).focus();
    await press('ArrowDown'); // radio group: the 24-month offer
    await press('Enter');
    await waitForStep(el, en['step.issue']);
    await tabTo((e) => e.textContent!.trim() === en['issue.button']);
    const issued = oneEvent(el, 'lih-policy-issued') as Promise<LihPolicyIssuedEvent>;
    await press('Enter');
    expect((await issued).detail.termTime, 'the arrow key picked the 24-month offer').to.equal(24);
    await waitForStep(el, en['step.documents']);
  });
});

describe('<lih-tire-quote> person or company', () => {
  it('switching to a company and back keeps each kind’s own tax id and never sends the CNP as a CUI', async () => {
    const el = await mountTire();
    await fillDetails(el);
    await click(el, en.next);
    await type(el, 'policyholder.taxId', PERSON.cnp);
    await chooseKind(el, en['ph.company']);
    expect((control(el, 'policyholder.taxId') as HTMLInputElement).value).to.equal('');
    await type(el, 'policyholder.taxId', 'RO18547290');
    await chooseKind(el, en['ph.individual']);
    expect((control(el, 'policyholder.taxId') as HTMLInputElement).value).to.equal(PERSON.cnp);
    await chooseKind(el, en['ph.company']);
    expect((control(el, 'policyholder.taxId') as HTMLInputElement).value).to.equal('RO18547290');
  });
});

describe('<lih-tire-quote> misconfigured by its host', () => {
  it('without an endpoint it says the insurance is not available here, instead of a form that cannot work', async () => {
    sessionStorage.clear();
    const el = await fixture<LihTireQuote>(html`<lih-tire-quote locale="en"></lih-tire-quote>`);
    await settle(el);
    expect(banner(el)).to.equal(en['err.config']);
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
  });

  it('on a site that does not sell tyre cover it says so too', async () => {
    const el = await mountTire({ site: { id: 'electronics-only', products: ['electronics'] } });
    await waitUntil(() => banner(el) === en['err.config'], 'no banner for a product the site does not sell');
  });
});

describe('<lih-tire-quote> review findings', () => {
  it('a company whose name is left blank is told to fill in the name, not asked for a CNP', async () => {
    const el = await mountTire();
    await fillDetails(el);
    await click(el, en.next);
    await chooseKind(el, en['ph.company']);
    await type(el, 'policyholder.taxId', 'RO18547290');
    await type(el, 'policyholder.companyRegistryNumber', 'J12/1403/2004');
    await type(el, 'policyholder.email', PERSON.email);
    await type(el, 'policyholder.mobileNumber', PERSON.phone);
    await fillAddress(el);
    await click(el, en.getOffers);
    expect(errorOf(el, 'policyholder.businessName')).to.equal(validationMessage('required').en);
    expect(errorOf(el, 'policyholder.taxId')).to.equal(undefined);
    expect(banner(el)).to.equal(en['err.field']);
    expect(el.shadowRoot!.activeElement).to.equal(control(el, 'policyholder.businessName'));
  });

  it('an address left empty marks each of its required fields', async () => {
    const el = await mountTire();
    await fillDetails(el);
    await click(el, en.next);
    await click(el, en.getOffers);
    for (const f of ['county', 'cityCode', 'city', 'street', 'houseNumber'].filter((x) => x !== 'city')) {
      expect(errorOf(el, `policyholder.address.${f}`), f).to.equal(validationMessage('required').en);
    }
  });

  it('a locale the element does not speak (en-GB, RO) is read as the nearest one it does', async () => {
    const el = await mountTire();
    el.locale = 'en-GB' as 'en';
    await settle(el);
    expect(heading(el)).to.equal(tireStrings.en['step.details']);
    el.locale = 'RO' as 'ro';
    await settle(el);
    expect(heading(el)).to.equal(tireStrings.ro['step.details']);
  });

  it('changing the make clears the model shown as well as the model sent', async () => {
    const el = await mountTire();
    await pick(el, 'tire.vehicleBrand', 'BMW');
    expect((control(el, 'tire.vehicleModel') as HTMLInputElement).value).to.equal('');
  });

  it('the banner follows a change of language', async () => {
    const el = await mountTire({ locale: 'ro' });
    await tick(el, 'additionalData.agreements.purchased4Tires', false);
    await click(el, ro.next);
    expect(banner(el)).to.contain(ro['err.fields'].split('{n}')[0]!.trim());
    el.locale = 'en';
    await settle(el);
    expect(banner(el)).to.contain(en['err.fields'].split('{n}')[0]!.trim());
  });

  it('with server issuance, nothing personal stays in the draft once the offer is chosen', async () => {
    const el = await mountTire({ site: { id: 'server-shop', issuance: 'server', secretEnv: 'LIH_TEST_SITE_SECRET' } });
    await toOffers(el);
    (el.shadowRoot!.querySelector('.offer input') as HTMLInputElement).click();
    await click(el, en.next);
    const stored = Object.values({ ...sessionStorage }).join();
    for (const personal of Object.values(PERSON)) expect(stored).not.to.contain(personal);
  });
});
