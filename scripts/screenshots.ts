/**
 * `npm run screenshots`: what a customer sees, step by step, at 375 px and
 * 1280 px, in Romanian and English, with errors shown where a careless
 * customer would get them, a failed issuance and one whose outcome is
 * unknown ("checking your policy"). PNGs go to screenshots/ (not committed):
 * open them and look.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { startDemo } from './demo.js';
import { launchChromium } from '../test/e2e/browser.js';
import { en } from '../src/kit/i18n/en.js';
import { ro } from '../src/kit/i18n/ro.js';
import { tireStrings } from '../src/elements/tire-quote/strings.js';
import { electronicsStrings } from '../src/elements/electronics-quote/strings.js';
import { warrantyStrings } from '../src/elements/extended-warranty-quote/strings.js';
import { fleetStrings } from '../src/elements/tire-fleet-quote/strings.js';
import { cascoStrings } from '../src/elements/casco-quote/strings.js';

const out = 'screenshots';
mkdirSync(out, { recursive: true });
// One robot walks every widget of every page, a day of customers in minutes, from one address: the
// proxy's per-address limit (120 requests a minute) would turn its lists away.
const base = JSON.parse(readFileSync(new URL('../config/proxy.config.json', import.meta.url), 'utf8')) as { rateLimits: Record<string, unknown> };
const demo = await startDemo({ proxy: { rateLimits: { ...base.rateLimits, perClient: { requests: 100_000, windowSeconds: 60 } } } });
const browser = await launchChromium();

async function shoot(page: Page, w: Locator, name: string) {
  await page.waitForTimeout(250);
  await w.screenshot({ path: `${out}/${name}.png` });
  console.log(`${out}/${name}.png`);
}

/** Words by key, as an element shows them. */
type Words = Record<string, string>;

/** The county and locality from their lists, then the street and number. */
async function fillAddress(w: Locator, t: Words, a: { county: string; city: string; street: string; houseNumber: string }) {
  await w.getByRole('combobox', { name: t['addr.county'] }).fill(a.county);
  await w.getByRole('option').first().click();
  await w.getByRole('combobox', { name: t['addr.city'] }).fill(a.city);
  await w.getByRole('option').first().click();
  await w.getByLabel(t['addr.street']!, { exact: true }).fill(a.street);
  await w.getByLabel(t['addr.houseNumber']!, { exact: true }).fill(a.houseNumber);
}

/** Ion Popescu of Cluj-Napoca, a person the sandbox insures. */
async function fillPerson(w: Locator, t: Words, street: string) {
  const label = (s: string) => w.getByLabel(s, { exact: true });
  await label(t['ph.lastName']!).fill('Popescu');
  await label(t['ph.firstName']!).fill('Ion');
  await label(t['ph.cnp']!).fill('1630615123457');
  await label(t['ph.idNumber']!).fill('CJ123456');
  await label(t['ph.email']!).fill('ion@example.ro');
  await label(t['ph.phone']!).fill('0722123456');
  await fillAddress(w, t, { county: 'Cluj', city: 'Cluj-Napoca', street, houseNumber: '28' });
}

/** `SCREENSHOTS=electronics` (or `tire`): one element's steps only. */
const only = process.env.SCREENSHOTS;

try {
  for (const lang of only && only !== 'tire' ? [] : (['ro', 'en'] as const)) {
    const t = { ...(lang === 'ro' ? ro : en), ...tireStrings[lang] };
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(demo.pageUrl);
      if (lang === 'en') await page.getByRole('button', { name: 'EN' }).click();
      const w = page.locator('lih-tire-quote');
      const label = (s: string) => w.getByLabel(s, { exact: true });
      const tag = `${lang}-${width}`;
      await w.getByRole('heading', { name: t['step.details'] }).waitFor();
      await shoot(page, w, `${tag}-1-details`);
      await w.getByRole('button', { name: t.next }).click();
      await shoot(page, w, `${tag}-1-details-errors`);
      await label(t['tire.dot']).fill('3725');
      await label(t['tire.purchased4Tires']).check();
      await w.getByRole('checkbox').nth(1).check();
      await w.getByRole('button', { name: t.next }).click();
      await w.getByRole('heading', { name: t['step.policyholder'] }).waitFor();
      await label(t['ph.lastName']).fill('Popescu');
      await label(t['ph.firstName']).fill('Ion');
      await label(t['ph.cnp']).fill('1630615123458');
      await label(t['ph.cnp']).blur();
      await w.getByRole('combobox', { name: t['addr.county'] }).fill('brasov');
      await shoot(page, w, `${tag}-2-policyholder-list`);
      await w.getByRole('option').first().click();
      await shoot(page, w, `${tag}-2-policyholder-error`);
      await label(t['ph.cnp']).fill('1630615123457');
      await label(t['ph.idNumber']).fill('BV123456');
      await label(t['ph.email']).fill('ion@example.ro');
      await label(t['ph.phone']).fill('0722123456');
      await w.getByRole('combobox', { name: t['addr.city'] }).fill('Brașov');
      await w.getByRole('option').first().click();
      await label(t['addr.street']).fill('Republicii');
      await label(t['addr.houseNumber']).fill('5');
      await w.getByRole('radio', { name: t['ph.company'] }).check();
      await shoot(page, w, `${tag}-2-company`);
      await w.getByRole('radio', { name: t['ph.individual'] }).check();
      await w.getByRole('button', { name: t.getOffers }).click();
      await w.getByRole('radio', { name: new RegExp(t['offer.name']) }).first().waitFor();
      await w.getByRole('radio', { name: new RegExp(t['offer.name']) }).first().check();
      await shoot(page, w, `${tag}-3-offers`);
      await w.getByRole('button', { name: t.next }).click();
      await shoot(page, w, `${tag}-4-issue`);
      // An offer that expired meanwhile: a failure the customer can act on.
      const offerId = await w.evaluate((el) => (el as unknown as { session: { selected: string } }).session.selected);
      const record = await demo.stack.proxy.store.offerByRef(offerId);
      demo.stack.sandbox.state.expireOffer(record!.upstreamOfferId);
      await w.getByRole('button', { name: t['issue.button'] }).click();
      await w.getByRole('alert').waitFor();
      await shoot(page, w, `${tag}-4-issue-failed`);
      await w.getByRole('button', { name: t.getOffers }).click();
      await w.getByRole('radio', { name: new RegExp(t['offer.name']) }).first().check();
      await w.getByRole('button', { name: t.next }).click();
      // The insurer fails mid-answer: the outcome is unknown, the element checks (and says not to pay again).
      demo.stack.sandbox.state.faults = { errorRate: 1, routes: ['POST /policy'] };
      await w.getByRole('button', { name: t['issue.button'] }).click();
      await w.getByRole('heading', { name: t['check.title'] }).waitFor();
      await shoot(page, w, `${tag}-4-issue-checking`);
      demo.stack.sandbox.state.faults = {};
      // Its next question, by itself a few seconds later, learns the policy.
      await w.getByRole('heading', { name: t['step.documents'] }).waitFor({ timeout: 30_000 });
      await shoot(page, w, `${tag}-5-documents`);
      if (width === 375) await page.screenshot({ path: `${out}/${tag}-page.png`, fullPage: true });
      await page.close();
    }
  }
  // <lih-electronics-quote> in the LG checkout's order form (server issuance), every step, then the paid order.
  for (const lang of only && only !== 'electronics' ? [] : (['ro', 'en'] as const)) {
    const t = { ...(lang === 'ro' ? ro : en), ...electronicsStrings[lang] };
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(demo.checkoutUrl);
      if (lang === 'en') await page.getByRole('button', { name: 'EN' }).click();
      const w = page.locator('lih-electronics-quote');
      const label = (s: string) => w.getByLabel(s, { exact: true });
      const tag = `electronics-${lang}-${width}`;
      await w.getByRole('heading', { name: t['step.details'] }).waitFor();
      await shoot(page, w, `${tag}-1-details`);
      await label(t['device.invoice']).fill('');
      await w.getByRole('button', { name: t.next }).click();
      await shoot(page, w, `${tag}-1-details-errors`);
      await label(t['device.invoice']).fill('LG-2026-0042');
      await w.getByRole('checkbox').nth(0).check();
      await w.getByRole('checkbox').nth(1).check();
      await w.getByRole('button', { name: t.next }).click();
      await w.getByRole('heading', { name: t['step.policyholder'] }).waitFor();
      await shoot(page, w, `${tag}-2-policyholder`);
      await label(t['ph.cnp']).fill('1630615123457');
      await label(t['ph.idNumber']).fill('CJ123456');
      await w.getByRole('button', { name: t.getOffers }).click();
      await w.locator('.offer input').first().waitFor();
      await shoot(page, w, `${tag}-3-offers`);
      await w.locator('.offer input').nth(4).check();
      await shoot(page, w, `${tag}-3-offers-chosen`);
      await w.getByRole('button', { name: t.next }).click();
      await shoot(page, w, `${tag}-4-issue-server`);
      await page.screenshot({ path: `${out}/${tag}-page.png`, fullPage: true });
      // The shop's page is Romanian whatever the widget speaks.
      await page.getByRole('button', { name: 'Plătiți' }).click();
      await page.getByRole('link', { name: /Descărcați polița/ }).waitFor({ timeout: 30_000 });
      await page.screenshot({ path: `${out}/${tag}-5-paid.png`, fullPage: true });
      console.log(`${out}/${tag}-5-paid.png`);
      await page.close();
    }
  }
  // <lih-tire-fleet-quote> on a fleet manager's portal: rows pasted from a spreadsheet (one bad DOT), the company, four offers, the policy.
  for (const lang of only && only !== 'fleet' ? [] : (['ro', 'en'] as const)) {
    const t = { ...(lang === 'ro' ? ro : en), ...fleetStrings[lang] };
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${demo.pageUrl}fleet.html`);
      if (lang === 'en') await page.getByRole('button', { name: 'EN' }).click();
      const w = page.locator('lih-tire-fleet-quote');
      const label = (s: string) => w.getByLabel(s, { exact: true });
      const tag = `fleet-${lang}-${width}`;
      await w.getByRole('heading', { name: t['step.details'] }).waitFor();
      await shoot(page, w, `${tag}-1-vehicles`);
      const day = new Date().toISOString().slice(0, 10);
      const rows = [
        ['Dacia', 'Duster', 'Primacy 4+', '17', '3724', '2396', day],
        ['Dacia', 'Logan', 'CrossClimate 2', '16', '37245', '1980', day],
        ['Dacia', 'Duster', 'Primacy 4+', '17', '0125', '2396', day],
      ];
      // A spreadsheet's Ctrl+V into the first cell.
      await w.evaluate((el, text) => {
        const cell = el.shadowRoot!.querySelector('input')!;
        const data = new DataTransfer();
        data.setData('text/plain', text);
        cell.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true }));
      }, rows.map((r) => r.join('\t')).join('\n'));
      await shoot(page, w, `${tag}-1-vehicles-pasted`);
      await w.locator('#f-tireFleet-vehicles-1-dot').fill('3725');
      await label(t['fleet.purchased4Tires']).check();
      await w.getByRole('checkbox').nth(1).check();
      await w.getByRole('button', { name: t.next }).click();
      await w.getByRole('heading', { name: t['step.policyholder'] }).waitFor();
      await label(t['ph.businessName']).fill('Transflota Nord SRL');
      await label(t['ph.cui']).fill('RO18547290');
      await label(t['ph.registry']).fill('J12/1403/2004');
      await label(t['ph.email']).fill('flota@transflota.example.ro');
      await label(t['ph.phone']).fill('0744123456');
      await fillAddress(w, t, { county: 'Cluj', city: 'Cluj-Napoca', street: 'Eroilor', houseNumber: '10' });
      await shoot(page, w, `${tag}-2-company`);
      await w.getByRole('button', { name: t.getOffers }).click();
      await w.locator('.offer input').first().waitFor();
      await shoot(page, w, `${tag}-3-offers`);
      await w.locator('.offer input').nth(3).check();
      await w.getByRole('button', { name: t.next }).click();
      await w.getByRole('button', { name: t['issue.button'] }).click();
      await w.getByRole('heading', { name: t['step.documents'] }).waitFor();
      await shoot(page, w, `${tag}-4-documents`);
      await page.screenshot({ path: `${out}/${tag}-page.png`, fullPage: true });
      await page.close();
    }
  }
  // <lih-extended-warranty-quote> on a car dealer's vehicle page: an eligible car, ineligible ones explained, offers, the policy.
  for (const lang of only && only !== 'dealer' ? [] : (['ro', 'en'] as const)) {
    const t = { ...(lang === 'ro' ? ro : en), ...warrantyStrings[lang] };
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${demo.pageUrl}dealer.html`);
      if (lang === 'en') await page.getByRole('button', { name: 'EN', exact: true }).click();
      const w = page.locator('lih-extended-warranty-quote');
      const label = (s: string) => w.getByLabel(s, { exact: true });
      const tag = `dealer-${lang}-${width}`;
      await w.getByRole('heading', { name: t['step.details'] }).waitFor();
      await page.screenshot({ path: `${out}/${tag}-page.png`, fullPage: true });
      await shoot(page, w, `${tag}-1-car`);
      // A taxi past 180,000 km, then a car too old: each explained before any quote.
      await page.getByRole('button', { name: /Octavia/ }).click();
      await w.locator('[part="eligibility"]').waitFor();
      await shoot(page, w, `${tag}-1-not-covered`);
      await page.getByRole('button', { name: /Audi/ }).click();
      await shoot(page, w, `${tag}-1-too-old`);
      await page.getByRole('button', { name: /Golf/ }).click();
      await label(t['car.plate']).fill('CJ59LIH');
      await w.getByRole('button', { name: t.next }).click();
      await w.getByRole('heading', { name: t['step.policyholder'] }).waitFor();
      await fillPerson(w, t, 'Memorandumului');
      await w.getByRole('button', { name: t.getOffers }).click();
      await w.locator('.offer input').first().waitFor();
      await w.locator('.offer input').nth(1).check();
      await shoot(page, w, `${tag}-3-offers`);
      await w.getByRole('button', { name: t.next }).click();
      await w.getByRole('button', { name: t['issue.button'] }).click();
      await w.getByRole('heading', { name: t['step.documents'] }).waitFor();
      await shoot(page, w, `${tag}-4-documents`);
      await page.close();
    }
  }
  // <lih-casco-quote> beside it: the car, its version at each insurer, the cover, the offers side by side, the policy —
  // and a comparison where one insurer fails and another is too slow.
  for (const lang of only && only !== 'casco' ? [] : (['ro', 'en'] as const)) {
    const t = { ...(lang === 'ro' ? ro : en), ...cascoStrings[lang] };
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${demo.pageUrl}dealer.html`);
      if (lang === 'en') await page.getByRole('button', { name: 'EN', exact: true }).click();
      const w = page.locator('lih-casco-quote');
      const label = (s: string) => w.getByLabel(s, { exact: true });
      const tag = `casco-${lang}-${width}`;
      await w.getByRole('heading', { name: t['step.details'] }).waitFor();
      await shoot(page, w, `${tag}-1-vehicle`);
      await label(t['car.vin']).fill('');
      await w.getByRole('button', { name: t.next }).click();
      await shoot(page, w, `${tag}-1-vehicle-errors`);
      await label(t['car.vin']).fill('WVWZZZCDZPW123456');
      await w.locator('#f-casco-vehicle-licensePlate').fill('CJ59LIH');
      await w.getByRole('button', { name: t.next }).click();
      await w.locator('fieldset.insurer').nth(2).waitFor();
      await w.getByRole('button', { name: t.next }).click();
      await shoot(page, w, `${tag}-2-versions-errors`);
      for (const g of await w.locator('fieldset.insurer').all()) await g.getByRole('radio').first().check();
      await shoot(page, w, `${tag}-2-versions`);
      await w.getByRole('button', { name: t.next }).click();
      await w.getByRole('heading', { name: t['step.cover'] }).waitFor();
      await shoot(page, w, `${tag}-3-cover`);
      await w.getByRole('button', { name: t.next }).click();
      await w.getByRole('heading', { name: t['step.policyholder'] }).waitFor();
      await fillPerson(w, t, 'Memorandumului');
      // One insurer refuses, another answers after the proxy's deadline: the third's offers and the two named.
      demo.stack.sandbox.state.faults = {
        ...demo.stack.sandbox.state.faults,
        errorRate: 1,
        errorStatus: 503,
        routes: ['POST /casco/v1/offer'],
        insurers: ['allianz'],
        also: [{ latencyMs: 12_000, routes: ['POST /casco/v1/offer'], insurers: ['omniasig'] }],
      };
      await w.getByRole('button', { name: t.getOffers }).click();
      await shoot(page, w, `${tag}-5-offers-asking`);
      await w.locator('.offer input').first().waitFor({ timeout: 20_000 });
      await shoot(page, w, `${tag}-5-offers-missing`);
      demo.stack.sandbox.state.faults = { ...demo.stack.sandbox.state.faults, errorRate: 0, latencyMs: 0, routes: [], insurers: [], also: [] };
      await w.getByRole('button', { name: t.back }).click();
      await w.getByRole('button', { name: t.back }).click();
      // Broken glass too: Omniasig does not sell it and says so beside the others' offers.
      await w.getByLabel(t['coverage.glass']).check();
      await w.getByRole('button', { name: t.next }).click();
      await w.getByRole('button', { name: t.getOffers }).click();
      await w.locator('.offer input').first().waitFor();
      await w.locator('.offer input').nth(0).check();
      await w.getByRole('button', { name: t['compare.sort'] }).click();
      await shoot(page, w, `${tag}-5-offers`);
      await w.getByRole('button', { name: t.next }).click();
      await shoot(page, w, `${tag}-6-issue`);
      await w.getByRole('button', { name: t['issue.button'] }).click();
      await w.getByRole('heading', { name: t['step.documents'] }).waitFor();
      await shoot(page, w, `${tag}-7-documents`);
      await page.screenshot({ path: `${out}/${tag}-page.png`, fullPage: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
  await demo.close();
}
