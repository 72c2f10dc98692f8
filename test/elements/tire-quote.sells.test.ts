/**
 * The tyre widget as a customer judges it (issue 10, "a tyre widget that sells"): offer cards,
 * the stepper, placeholders while quoting, hover and pressed states, the success step, the
 * layout at phone and desktop widths, failures that do not contradict themselves, prefills that
 * stay visible, no request asked twice, and the brand's colour readable in both themes. Checked
 * through what a customer meets: rendered text, accessible names, focus, computed styles, and
 * the requests counted by the sandbox or the browser.
 */
import { describe, it, afterEach } from '../support/bdd.js';
import { waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { en } from '../../src/kit/i18n/en.js';
import { ro } from '../../src/kit/i18n/ro.js';
import { tireStrings } from '../../src/elements/tire-quote/strings.js';
import type { LihTireQuote } from '../../src/elements/tire-quote/tire-quote.js';
import {
  banner,
  clearFaults,
  click,
  control,
  expect,
  fillPolicyholder,
  heading,
  mountElement,
  proxyUrl,
  sandbox,
  settle,
  toIssue,
  type,
  waitForStep,
} from './support/driver.js';
import { TIRE_PREFILL, fillDetails, mountTire } from './support/tire.js';

const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => root(el).querySelector<T & Element>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...root(el).querySelectorAll<T & Element>(sel)];
const text = (e: Node | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const posts = async () => (await sandbox<Record<string, number>>('counters'))['POST /offer'] ?? 0;
const cards = (el: Element) => $$(el, '.offer');
const radios = (el: Element) => $$<HTMLInputElement>(el, '.offer input[type=radio]');
/** The radio's accessible name, from what aria-labelledby points at. */
const nameOf = (el: Element, r: Element) => r.getAttribute('aria-labelledby')!.split(' ').map((id) => text(root(el).getElementById(id))).join(' ');
const describedBy = (el: Element, r: Element) => r.getAttribute('aria-describedby')!.split(' ').map((id) => text(root(el).getElementById(id))).join(' ');
const center = (e: Element) => {
  const r = e.getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] as [number, number];
};
/** A proxy and sandbox of their own (a cold list cache at the proxy and in the page), by site id. */
const ownStack = async (id: string) => ({ endpoint: await proxyUrl({ id }), faults: (faults: Record<string, unknown>) => sandbox('faults', { site: { id }, faults }) });
const listRequests = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/v1/nomenclature/')).map((e) => e.name);

async function toOffers(el: LihTireQuote): Promise<void> {
  await fillDetails(el);
  await click(el, en.next);
  await fillPolicyholder(el);
  await click(el, en.getOffers);
  await waitForStep(el, en['step.offers']);
  await waitUntil(() => radios(el).length === 2, 'the offers did not come', { timeout: 8000 });
}

// ——— colours, as the screen shows them ———
const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
/** A CSS colour as the sRGB bytes drawn on screen (oklch and color-mix included, gamut-mapped as painted). */
function rgb(color: string): [number, number, number] {
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = '#000';
  canvas.fillStyle = color;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}
const luminance = (c: string) => {
  const [r, g, b] = rgb(c).map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};

describe('<lih-tire-quote> that sells: the offers', () => {
  afterEach(async () => void (await clearFaults()));

  it('each card names its term and price in its radio, shows the price per month, marks the best value and says how long the offer holds', async () => {
    const el = await mountTire();
    await toOffers(el);
    const [r12, r24] = radios(el);
    // The term is in the card's title and in the radio's accessible name, with the price.
    expect(text($(el, '#offer-0-n'))).to.contain('12 months');
    expect(nameOf(el, r12!)).to.match(/Michelin tyre protection, 12 months RON \d+\.\d\d$/);
    expect(nameOf(el, r24!)).to.match(/24 months RON \d+\.\d\d$/);
    // The price per month, worked out from the premium.
    const prices = [0, 1].map((i) => Number(text($(el, `#offer-${i}-p`)).replace(/[^\d.]/g, '')));
    for (const [i, months] of [12, 24].entries()) {
      expect(text($(el, `#offer-${i}-m`))).to.equal(`RON ${(prices[i]! / months).toFixed(2)} a month`);
      expect(describedBy(el, radios(el)[i]!)).to.contain('a month').and.contain('Offer valid until');
    }
    // "Best value" on the lowest price per month, and only there.
    const best = prices[0]! / 12 <= prices[1]! / 24 ? 0 : 1;
    expect(cards(el).map((c) => text(c).includes(en['offers.best']))).to.deep.equal([best === 0, best === 1]);
    expect(describedBy(el, radios(el)[best]!)).to.contain(en['offers.best']);
  });

  it('in Romanian, prices are in lei ("143,76 lei")', async () => {
    const el = await mountTire({ locale: 'ro' });
    await fillDetails(el);
    await click(el, ro.next);
    await fillPolicyholder(el);
    await click(el, ro.getOffers);
    await waitUntil(() => radios(el).length === 2, 'the offers did not come', { timeout: 8000 });
    expect(text($(el, '#offer-0-p'))).to.match(/^\d{1,3}(\.\d{3})*,\d\d lei$/);
    expect(text($(el, '#offer-1-m'))).to.match(/^\d+,\d\d lei pe lună$/);
    expect(nameOf(el, radios(el)[1]!)).to.match(/Protecție anvelope Michelin, 24 luni [\d.,]+ lei$/);
    expect(text(root(el))).not.to.contain('RON');
  });

  it('a click anywhere on a card picks it; the picked card stands out and the focused one has a ring', async () => {
    const el = await mountTire();
    await toOffers(el);
    const before = getComputedStyle(cards(el)[1]!);
    const plain = { shadow: before.boxShadow, bg: before.backgroundColor };
    // The cover's words, far from the radio.
    $(el, '#offer-1-d').lastElementChild!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    expect(radios(el)[1]!.checked).to.equal(true);
    const on = getComputedStyle(cards(el)[1]!);
    expect(cards(el)[1]!.getAttribute('part')).to.contain('offer-selected');
    expect(on.boxShadow).not.to.equal(plain.shadow);
    expect(on.backgroundColor).not.to.equal(plain.bg);
    expect(on.borderColor).to.equal(getComputedStyle($(el, 'button.primary')).backgroundColor);
    // Arrow keys move the choice; the card holding focus shows the ring.
    radios(el)[1]!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(radios(el)[0]!.checked).to.equal(true);
    const ring = getComputedStyle(cards(el)[0]!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    expect(getComputedStyle(cards(el)[1]!).outlineStyle).to.equal('none');
  });
});

describe('<lih-tire-quote> that sells: the stepper, placeholders, states', () => {
  afterEach(async () => {
    await clearFaults();
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  it('names every step in an ordered list, the current one marked aria-current="step"', async () => {
    const el = await mountTire();
    const steps = () => $$(el, 'ol.steps li');
    const names = [tireStrings.en['step.details'], en['step.policyholder'], en['step.offers'], en['step.issue'], en['step.documents']];
    expect(steps().map(text)).to.deep.equal(names);
    expect(steps().map((li) => li.getAttribute('aria-current'))).to.deep.equal(['step', null, null, null, null]);
    expect($(el, 'ol.steps').getAttribute('aria-label')).to.equal('Step 1 of 5');
    await fillDetails(el);
    await click(el, en.next);
    expect(steps().map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, 'step', null, null, null]);
    // In Romanian too, from the first load's words.
    el.locale = 'ro';
    await settle(el);
    expect(text(steps()[1])).to.equal(ro['step.policyholder']);
  });

  it('while quoting, placeholder cards keep the panel about as tall as the step that asked', async () => {
    await setViewport({ width: 375, height: 800 });
    const el = await mountTire();
    await fillDetails(el);
    await click(el, en.next);
    await fillPolicyholder(el);
    const tall = $(el, '[part=panel]').offsetHeight;
    await sandbox('faults', { faults: { latencyMs: 2500, routes: ['POST /offer'] } });
    control(el, 'policyholder.lastName').closest('form')!.requestSubmit();
    await waitUntil(() => heading(el) === en['step.offers'], 'not on the offers');
    await el.updateComplete;
    expect($$(el, '.skeleton').length).to.equal(2);
    expect(text($(el, '[role=status].status'))).to.equal(en['offers.loading']);
    expect($(el, '[part=panel]').offsetHeight).to.be.at.least(tall * 0.9);
    await waitUntil(() => radios(el).length === 2, 'the offers did not come', { timeout: 10000 });
  });

  it('buttons answer the pointer: hover and pressed look different from at rest', async () => {
    const el = await mountTire();
    const primary = $(el, 'button.primary');
    primary.scrollIntoView({ block: 'center' });
    const rest = getComputedStyle(primary);
    const still = { bg: rest.backgroundColor, shadow: rest.boxShadow, translate: rest.translate };
    await sendMouse({ type: 'move', position: center(primary) });
    expect(getComputedStyle(primary).backgroundColor).not.to.equal(still.bg);
    await sendMouse({ type: 'down' });
    const pressed = getComputedStyle(primary);
    expect([pressed.boxShadow, pressed.translate]).not.to.deep.equal([still.shadow, still.translate]);
    await sendMouse({ type: 'up' });
  });
});

describe('<lih-tire-quote> that sells: issuing and the success step', () => {
  afterEach(async () => void (await clearFaults()));

  it('before issuing it says what issuing does — no payment it did not take; after, a summary and what happens next', async () => {
    const el = await mountTire();
    await toIssue(el, fillDetails, 1);
    const before = text(root(el));
    expect(before).not.to.match(/confirm the payment/i);
    expect(before).to.contain('No payment is taken here');
    const premium = text($(el, '.summary .price'));
    await click(el, en['issue.button']);
    await waitForStep(el, en['step.documents']);
    const summary = text($(el, '.summary'));
    expect(summary).to.match(/Policy [A-Z-]+ \d+/);
    expect(summary).to.contain(en['issue.period']).and.contain(premium);
    expect(summary).to.contain('24 months');
    const h3 = $$(el, 'h3').map(text);
    expect(h3).to.deep.equal([en['docs.files'], en['docs.next']]);
    expect(text(root(el))).to.contain('Your cover starts on').and.contain(en['docs.keep']);
    expect($$(el, 'button').map(text)).to.include.members([en['docs.policy'], en['docs.offer'], en['docs.again']]);
  });
});

describe('<lih-tire-quote> that sells: layout', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('at 1280 px, fields go two to a row — never a third, empty column', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mountTire();
    for (const g of $$(el, '.grid')) expect(getComputedStyle(g).gridTemplateColumns.split(' ')).to.have.length(2);
  });

  it('at 375 px the main button spans the step; at 320 px the address is compact', async () => {
    await setViewport({ width: 375, height: 800 });
    const el = await mountTire();
    const form = $(el, 'form');
    expect($(el, 'button.primary').offsetWidth).to.be.closeTo(form.clientWidth, 1);
    for (const g of $$(el, '.grid')) expect(getComputedStyle(g).gridTemplateColumns.split(' ')).to.have.length(1);
    await setViewport({ width: 320, height: 800 });
    await fillDetails(el);
    await click(el, en.next);
    // Street and number share a row; the optional parts two or more to a row.
    const left = (path: string) => control(el, path).getBoundingClientRect();
    expect(left('policyholder.address.houseNumber').top).to.equal(left('policyholder.address.street').top);
    expect(left('policyholder.address.staircase').top).to.equal(left('policyholder.address.building').top);
    // Was ~1650 px with every part on its own row (issue 10); ~1470 now, the person's fields one to a row.
    expect($(el, '[part=panel]').offsetHeight).to.be.below(1500);
  });
});

describe('<lih-tire-quote> that sells: failures that say one thing', () => {
  afterEach(async () => void (await clearFaults()));

  it('a quote that fails on the network shows the banner with retry — no "no offers", no Continue', async () => {
    const el = await mountTire();
    await fillDetails(el);
    await click(el, en.next);
    await fillPolicyholder(el);
    const realFetch = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      await click(el, en.getOffers);
      await waitUntil(() => banner(el)?.includes(en['err.network']), 'no network banner');
    } finally {
      window.fetch = realFetch;
    }
    expect(text(root(el))).not.to.contain(en['offers.none']);
    expect($$(el, 'button').map(text)).to.deep.equal([en.retry, en.back]);
  });

  it('the banner counts the fields it marks', async () => {
    const el = await mountTire();
    await fillDetails(el);
    await click(el, en.next);
    await click(el, en.getOffers);
    const marked = $$(el, '.error[id$="-err"]').length;
    expect(marked).to.be.above(1);
    expect(banner(el)).to.equal(en['err.fields'].replace('{n}', String(marked)));
  });

  it('prefilled fields show their values while the lists load, and keep them if the lists fail', async () => {
    const lists = ['GET /nomenclature/vehicle-brand', 'GET /nomenclature/vehicle-model/:param', 'GET /nomenclature/tire-size'];
    const shown = (el: LihTireQuote) => ['tire.vehicleBrand', 'tire.vehicleModel', 'tire.tireModel', 'tire.tireWidth'].map((p) => (control(el, p) as HTMLInputElement).value);
    const want = [TIRE_PREFILL['vehicle-brand'], TIRE_PREFILL['vehicle-model'], TIRE_PREFILL['tire-model'], TIRE_PREFILL['rim-size']];
    const slow = await ownStack('slow-lists');
    await slow.faults({ latencyMs: 4000, routes: lists });
    const waiting = await mountElement<LihTireQuote>('lih-tire-quote', { endpoint: slow.endpoint, locale: 'en', ...TIRE_PREFILL });
    expect(control(waiting, 'tire.vehicleBrand').getAttribute('aria-busy')).to.equal('true');
    expect(shown(waiting)).to.deep.equal(want);
    const failing = await ownStack('failing-lists');
    await failing.faults({ errorRate: 1, routes: lists });
    const failed = await mountElement<LihTireQuote>('lih-tire-quote', { endpoint: failing.endpoint, locale: 'en', ...TIRE_PREFILL });
    await waitUntil(() => text(root(failed)).includes(en.listFailed), 'the lists did not fail', { timeout: 8000 });
    expect(shown(failed)).to.deep.equal(want);
  });
});

describe('<lih-tire-quote> that sells: nothing asked twice', () => {
  afterEach(async () => void (await clearFaults()));

  it('Back and forth with nothing changed asks for no new offers and keeps the one chosen; a change asks again', async () => {
    const el = await mountTire();
    await toOffers(el);
    radios(el)[1]!.click();
    await settle(el);
    const asked = await posts();
    await click(el, en.next);
    await waitForStep(el, en['step.issue']);
    await click(el, en.back);
    await click(el, en.back);
    await waitForStep(el, en['step.policyholder']);
    await click(el, en.getOffers);
    await waitForStep(el, en['step.offers']);
    expect(await posts()).to.equal(asked);
    expect(radios(el)[1]!.checked).to.equal(true);
    await click(el, en.back);
    await type(el, 'policyholder.address.houseNumber', '12');
    await click(el, en.getOffers);
    await waitUntil(() => radios(el).length === 2, 'no new offers', { timeout: 8000 });
    // One new quote: both terms.
    expect(await posts()).to.equal(asked + 2);
    expect(radios(el).some((r) => r.checked)).to.equal(false);
  });

  it('two elements on a page ask for each list once, and a switch of language asks for none again', async () => {
    performance.setResourceTimingBufferSize(5000);
    performance.clearResourceTimings();
    const { endpoint } = await ownStack('two-widgets');
    const a = await mountElement<LihTireQuote>('lih-tire-quote', { id: 'a', endpoint, locale: 'en', ...TIRE_PREFILL });
    const b = document.createElement('lih-tire-quote') as LihTireQuote;
    for (const [k, v] of Object.entries({ id: 'b', endpoint, locale: 'en', ...TIRE_PREFILL })) b.setAttribute(k, v);
    a.after(b);
    await settle(b);
    await waitUntil(() => ['tire.vehicleBrand', 'tire.tireModel'].every((p) => control(b, p).getAttribute('aria-busy') === 'false'), 'lists not loaded');
    const first = listRequests();
    expect(first.length).to.be.at.least(3);
    expect(new Set(first).size, first.join('\n')).to.equal(first.length);
    a.locale = 'ro';
    b.locale = 'ro';
    await settle(a);
    await settle(b);
    expect(listRequests()).to.deep.equal(first);
    b.remove();
  });
});

describe('<lih-tire-quote> that sells: a host’s brand colour keeps 4.5:1', () => {
  // Michelin's blue and yellow, a red, an orange, a green, a pale blue, the sRGB extremes: light and dark brand colours alike.
  const brands = ['#27509b', '#fce500', '#e30613', '#ff6600', '#00a651', '#7cacf8', '#ffff00', '#00ff00', '#ff00ff', '#00ffff', '#0000ff', '#000000', '#ffffff'];
  for (const theme of ['light', 'dark'] as const) {
    it(`${theme} theme: the main button's text on the brand colour, and the brand colour as text on the panel`, async () => {
      const el = await mountTire();
      el.theme = theme;
      for (const brand of [undefined, ...brands]) {
        if (brand) el.style.setProperty('--lih-color-primary', brand);
        await el.updateComplete;
        const button = getComputedStyle($(el, 'button.primary'));
        const back = getComputedStyle($(el, '[part=panel]')).backgroundColor;
        const link = getComputedStyle($(el, 'a')).color;
        expect(contrast(button.color, button.backgroundColor), `${theme} ${brand}: text on the button`).to.be.at.least(4.5);
        expect(contrast(link, back), `${theme} ${brand}: a link on the panel`).to.be.at.least(4.5);
      }
    });
  }
});
