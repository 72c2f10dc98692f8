/**
 * The sandbox is as strict as the API's docs: it refuses the friendly forms
 * the contract reads for a person (and the proxy normalises before sending),
 * each at the field's documented path. The same bodies in canonical form pass.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BODIES, VALID, company } from '../support/fixtures.js';
import { paymentFor, provider, useSandbox, type Reply } from './support/client.js';
import { isEnglish, isRomanian } from './support/language.js';

type Body = any;
const PH = 'product.policyholder';

/** A 400 whose errors name `path` (and say what is wrong in a sentence). */
function refusedAt(r: Reply, path: string): void {
  assert.equal(r.status, 400, `expected 400 at ${path}, got ${r.status}: ${r.text}`);
  const e = r.body.errors.find((x: any) => x.path === path);
  assert.ok(e, `an error at ${path} in ${JSON.stringify(r.body.errors)}`);
  assert.ok(typeof e.message === 'string' && e.message.length > 10, e.message);
}

interface Case {
  what: string;
  key: keyof typeof BODIES;
  path: string;
  change: (b: Body) => void;
}

const cases: Case[] = [
  // "mobileNumber string: Exactly 10 digits (without prefix)."
  { what: 'mobileNumber with +40', key: 'tire', path: `${PH}.mobileNumber`, change: (b) => (b.policyholder.mobileNumber = '+40722123456') },
  { what: 'mobileNumber with 0040', key: 'tire', path: `${PH}.mobileNumber`, change: (b) => (b.policyholder.mobileNumber = '0040722123456') },
  { what: 'mobileNumber with spaces', key: 'tire', path: `${PH}.mobileNumber`, change: (b) => (b.policyholder.mobileNumber = '0722 123 456') },
  { what: 'mobileNumber +40 with spaces', key: 'tire', path: `${PH}.mobileNumber`, change: (b) => (b.policyholder.mobileNumber = '+40 722 123 456') },
  // "purchasePrice number", "termTime integer", agreements "boolean".
  { what: 'purchasePrice "5.000" (Romanian thousands)', key: 'tire', path: 'product.tire.purchasePrice', change: (b) => (b.tire.purchasePrice = '5.000') },
  { what: 'purchasePrice "2.396,50" (Romanian decimals)', key: 'tire', path: 'product.tire.purchasePrice', change: (b) => (b.tire.purchasePrice = '2.396,50') },
  { what: 'purchasePrice "2400" (a number as text)', key: 'tire', path: 'product.tire.purchasePrice', change: (b) => (b.tire.purchasePrice = '2400') },
  { what: 'termTime "12"', key: 'tire', path: 'product.tire.termTime', change: (b) => (b.tire.termTime = '12') },
  { what: 'tireWidth "17"', key: 'tire', path: 'product.tire.tireWidth', change: (b) => (b.tire.tireWidth = '17') },
  { what: 'purchased4Tires "true"', key: 'tire', path: 'product.additionalData.agreements.purchased4Tires', change: (b) => (b.additionalData.agreements.purchased4Tires = 'true') },
  { what: 'marketingConsent "false"', key: 'tire', path: 'product.additionalData.agreements.marketingConsent', change: (b) => (b.additionalData.agreements.marketingConsent = 'false') },
  { what: 'hasFirewall "true"', key: 'businessCyberProtection', path: 'product.businessCyberProtection.hasFirewall', change: (b) => (b.businessCyberProtection.hasFirewall = 'true') },
  { what: 'installmentCount "3"', key: 'businessCyberProtection', path: 'product.businessCyberProtection.installmentCount', change: (b) => (b.businessCyberProtection.installmentCount = '3') },
  { what: 'electronics purchasePrice "5000"', key: 'electronics', path: 'product.electronics.purchasePrice', change: (b) => (b.electronics.purchasePrice = '5000') },
  // "cityCode number".
  { what: 'cityCode "54984"', key: 'tire', path: `${PH}.address.cityCode`, change: (b) => (b.policyholder.address.cityCode = '54984') },
  // Codes as their nomenclature or list writes them.
  { what: 'tireMake "Michelin" (the nomenclature code is "michelin")', key: 'tire', path: 'product.tire.tireMake', change: (b) => (b.tire.tireMake = 'Michelin') },
  { what: 'tireFleet tireMake "MICHELIN"', key: 'tireFleet', path: 'product.tireFleet.vehicles.1.tireMake', change: (b) => (b.tireFleet.vehicles[1].tireMake = 'MICHELIN') },
  { what: 'county "cj" (the code is "CJ")', key: 'tire', path: `${PH}.address.county`, change: (b) => (b.policyholder.address.county = 'cj') },
  { what: 'country "ro" (ISO2 is "RO")', key: 'tire', path: `${PH}.address.country`, change: (b) => (b.policyholder.address.country = 'ro') },
  // "taxId: Must be a valid Romanian CNP" — thirteen digits, no spaces.
  { what: 'CNP with spaces', key: 'tire', path: `${PH}.taxId`, change: (b) => (b.policyholder.taxId = '1630615 123457') },
  // "GAP yearOfConstruction integer" but "extendedWarranty yearOfConstruction string", "solarPanel power string".
  { what: 'GAP yearOfConstruction "2022"', key: 'gap', path: 'product.gap.vehicle.yearOfConstruction', change: (b) => (b.gap.vehicle.yearOfConstruction = String(b.gap.vehicle.yearOfConstruction)) },
  { what: 'extendedWarranty yearOfConstruction as a number', key: 'extendedWarranty', path: 'product.extendedWarranty.vehicle.yearOfConstruction', change: (b) => (b.extendedWarranty.vehicle.yearOfConstruction = Number(b.extendedWarranty.vehicle.yearOfConstruction)) },
  { what: 'solarPanel power as a number', key: 'solarPanel', path: 'product.solarPanel.solarPanelItems.0.power', change: (b) => (b.solarPanel.solarPanelItems[0].power = Number(b.solarPanel.solarPanelItems[0].power)) },
];

describe('sandbox wire mode: each friendly form is refused at its documented path', () => {
  const ctx = useSandbox();

  it('the canonical bodies pass (the control)', async () => {
    for (const key of ['tire', 'tireFleet', 'electronics', 'gap', 'extendedWarranty', 'solarPanel', 'businessCyberProtection'] as const) {
      const r = await ctx.client.offer(BODIES[key](), { key });
      assert.equal(r.status, 200, `${key}: ${r.text}`);
    }
  });

  for (const c of cases) {
    it(`${c.what} → 400 at ${c.path}`, async () => {
      const body = BODIES[c.key]();
      c.change(body);
      refusedAt(await ctx.client.offer(body, { key: c.key }), c.path);
    });
  }

  it('the provider: businessName "Michelin" (the docs: use "colonnade", lower case) → 400 at provider.organization.businessName', async () => {
    const r = await ctx.client.call('POST', '/offer', { body: { provider: provider('Michelin'), product: BODIES.tire() } });
    refusedAt(r, 'provider.organization.businessName');
  });

  it('every friendly form in one body comes back in one answer, in English and in Romanian', async () => {
    const body = BODIES.tire() as Body;
    body.policyholder.mobileNumber = '+40 722 123 456';
    body.tire.termTime = '12';
    body.tire.tireMake = 'Michelin';
    body.policyholder.email = 'not-an-email';
    const paths = [`${PH}.mobileNumber`, 'product.tire.termTime', 'product.tire.tireMake', `${PH}.email`];
    for (const lang of ['en', 'ro'] as const) {
      const r = await ctx.client.offer(body, { lang });
      for (const p of paths) refusedAt(r, p);
      for (const e of r.body.errors) assert.ok(lang === 'en' ? isEnglish(e.message) : isRomanian(e.message), `${lang}: ${e.message}`);
    }
  });

  it('surrounding whitespace is not a different form: " 0722123456 " passes (the docs say nothing of it)', async () => {
    const body = BODIES.tire() as Body;
    body.policyholder.mobileNumber = ` ${VALID.phone} `;
    assert.equal((await ctx.client.offer(body)).status, 200);
  });

  it('a legal entity’s CUI is sent without RO, as the contract hands it on', async () => {
    const body = BODIES.tire() as Body;
    body.policyholder = { ...company(), taxId: VALID.cuiWithPrefix };
    refusedAt(await ctx.client.offer(body), `${PH}.taxId`);
  });
});

describe('sandbox wire mode: POST /policy takes numbers as numbers', () => {
  const ctx = useSandbox();

  it('offerId and payment.amount as text → 400 at their paths; the same as numbers issue the policy', async () => {
    const [offer] = await ctx.client.offersFor('tire');
    const payment = paymentFor(offer);
    refusedAt(await ctx.client.call('POST', '/policy', { body: { offerId: String(offer.offerId), payment } }), 'offerId');
    refusedAt(await ctx.client.policy(offer.offerId, { ...payment, amount: String(offer.premiumAmount) }), 'payment.amount');
    const r = await ctx.client.policy(offer.offerId, payment);
    assert.equal(r.status, 200, r.text);
  });
});
