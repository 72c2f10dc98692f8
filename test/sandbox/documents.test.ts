/**
 * Every document endpoint answers `{data: {files: [...]}}` with base64 PDFs
 * that pdf-lib loads and whose text (read back with pdfjs) shows the insurer,
 * the product, the premium, the dates and the policyholder.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { documentsResponse, OFFER_DOCUMENT_TYPES } from '../../src/contract/documents.js';
import { PRODUCT_KEYS, type ProductKey } from '../../src/contract/products/index.js';
import { BODIES } from '../support/fixtures.js';
import { paymentFor, useSandbox } from './support/client.js';
import { readPdf } from './support/pdf.js';

const INSURER: Record<ProductKey, string> = {
  tire: 'Michelin',
  tireFleet: 'Michelin',
  electronics: 'LG',
  extendedWarranty: 'Porsche',
  solarPanel: 'Colonnade',
  gap: 'Colonnade',
  houseAssistance: 'Pointer',
  digitalProtection: 'LevIns',
  businessCyberProtection: 'LevIns',
};
/** A word a reader would recognise the product by, in Romanian and English. */
const PRODUCT_WORD: Record<ProductKey, { ro: RegExp; en: RegExp }> = {
  tire: { ro: /asigurare anvelope/i, en: /tyre insurance/i },
  tireFleet: { ro: /anvelope pentru flote/i, en: /for fleets/i },
  electronics: { ro: /asigurare electronice/i, en: /electronics insurance/i },
  extendedWarranty: { ro: /garanție extinsă/i, en: /extended vehicle warranty/i },
  solarPanel: { ro: /panouri solare/i, en: /solar panel/i },
  gap: { ro: /Asigurare GAP/, en: /GAP insurance/ },
  houseAssistance: { ro: /asistență pentru locuință/i, en: /home assistance/i },
  digitalProtection: { ro: /protecție digitală/i, en: /digital protection/i },
  businessCyberProtection: { ro: /protecție cibernetică/i, en: /business cyber protection/i },
};

const roMoney = (n: number) => `${n.toLocaleString('ro-RO', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} RON`;
const enMoney = (n: number) => `${n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} RON`;
const roDate = (iso: string) => iso.split('-').reverse().join('.');
const enDate = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const holderName = (key: ProductKey) => {
  const p: any = BODIES[key]().policyholder;
  return p.businessName ?? `${p.firstName} ${p.lastName}`;
};

function assertShows(text: string, what: Record<string, string | RegExp>) {
  for (const [label, expected] of Object.entries(what)) {
    if (typeof expected === 'string') assert.ok(text.includes(expected), `${label} "${expected}" not in: ${text}`);
    else assert.match(text, expected, label);
  }
}

describe('sandbox documents: GET /offer/{offerId}', () => {
  const ctx = useSandbox();

  for (const key of PRODUCT_KEYS) {
    it(`${key}: the five documented offer files are PDFs showing insurer, product, premium, dates and policyholder`, async () => {
      const [offer] = await ctx.client.offersFor(key);
      const r = await ctx.client.call('GET', `/offer/${offer.offerId}`);
      assert.equal(r.status, 200);
      assert.ok(documentsResponse.safeParse(r.body).success);
      const files = r.body.data.files;
      assert.deepEqual(files.map((f: any) => f.type), [...OFFER_DOCUMENT_TYPES]);
      for (const f of files) {
        assert.equal(f.mimeType, 'application/pdf');
        assert.match(f.name, /\.pdf$/);
        const pdf = await readPdf(f.content);
        assert.ok(pdf.pages >= 1);
        assertShows(pdf.text, {
          insurer: INSURER[key],
          product: PRODUCT_WORD[key].ro,
          premium: roMoney(offer.premiumAmount),
          start: roDate(offer.startDate),
          end: roDate(offer.endDate),
          policyholder: holderName(key),
          offerId: String(offer.offerId),
        });
      }
    });
  }

  it('with Content-Language: en the documents are in English', async () => {
    const [offer] = await ctx.client.offersFor('electronics');
    const r = await ctx.client.call('GET', `/offer/${offer.offerId}`, { lang: 'en' });
    const pdf = await readPdf(r.body.data.files[0].content);
    assertShows(pdf.text, {
      title: 'Insurance offer',
      product: PRODUCT_WORD.electronics.en,
      premium: enMoney(offer.premiumAmount),
      start: enDate(offer.startDate),
      end: enDate(offer.endDate),
    });
    assert.doesNotMatch(pdf.text, /Ofertă de asigurare/);
  });

  it('Romanian diacritics survive in the PDF text', async () => {
    const [offer] = await ctx.client.offersFor('tire');
    const pdf = await readPdf((await ctx.client.call('GET', `/offer/${offer.offerId}`)).body.data.files[0].content);
    assertShows(pdf.text, { title: 'Ofertă de asigurare', holder: 'Contractant', banner: 'valoare juridică' });
  });

  it('an unknown or malformed offer id → 404; no token → 401', async () => {
    assert.equal((await ctx.client.call('GET', '/offer/999999')).status, 404);
    assert.equal((await ctx.client.call('GET', '/offer/abc')).status, 404);
    assert.equal((await ctx.client.call('GET', '/offer/1', { token: null })).status, 401);
  });
});

describe('sandbox documents: GET /policy/{policyId} and GET /policy?series=&number=', () => {
  const ctx = useSandbox();

  for (const key of ['tireFleet', 'electronics', 'businessCyberProtection'] as const) {
    it(`${key}: both endpoints return the policy PDF with its series, number and data`, async () => {
      const [offer] = await ctx.client.offersFor(key);
      const issued = await ctx.client.policy(offer.offerId, paymentFor(offer, { documentNumber: 'OP-778' }));
      const policy = issued.body.data.policies[0];
      const byId = await ctx.client.call('GET', `/policy/${policy.policyId}`);
      const byNumber = await ctx.client.call('GET', `/policy?series=${encodeURIComponent(policy.series)}&number=${policy.number}`);
      for (const r of [byId, byNumber]) {
        assert.equal(r.status, 200, r.text);
        assert.ok(documentsResponse.safeParse(r.body).success);
        assert.equal(r.body.data.files.length, 1);
        const [f] = r.body.data.files;
        assert.equal(f.type, 'policy');
        assert.equal(f.mimeType, 'application/pdf');
        const pdf = await readPdf(f.content);
        assertShows(pdf.text, {
          series: `${policy.series} ${policy.number}`,
          insurer: INSURER[key],
          product: PRODUCT_WORD[key].ro,
          premium: roMoney(policy.premiumAmount),
          start: roDate(policy.startDate),
          end: roDate(policy.endDate),
          policyholder: holderName(key),
          payment: 'OP-778',
        });
      }
      const en = await readPdf((await ctx.client.call('GET', `/policy/${policy.policyId}`, { lang: 'en' })).body.data.files[0].content);
      assertShows(en.text, { title: 'Insurance policy', premium: enMoney(policy.premiumAmount), start: enDate(policy.startDate) });
    });
  }

  it('unknown policies → 404; a missing series or number → 400 naming it', async () => {
    assert.equal((await ctx.client.call('GET', '/policy/999999')).status, 404);
    assert.equal((await ctx.client.call('GET', '/policy?series=SBX-MTR&number=1')).status, 404);
    const missing = await ctx.client.call('GET', '/policy?series=SBX-MTR');
    assert.equal(missing.status, 400);
    assert.deepEqual(missing.body.errors.map((e: any) => e.path), ['number']);
    const neither = await ctx.client.call('GET', '/policy');
    assert.deepEqual(neither.body.errors.map((e: any) => e.path), ['series', 'number']);
  });

  it('an offer that never became a policy has no policy document', async () => {
    const [offer] = await ctx.client.offersFor('tire');
    assert.equal((await ctx.client.call('GET', `/policy/${offer.offerId}`)).status, 404);
  });
});
