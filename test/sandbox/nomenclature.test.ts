import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NOMENCLATURES, nomenclatureResponse, type NomenclatureList } from '../../src/contract/nomenclature.js';
import { ELECTRONICS_CATEGORIES } from '../../src/contract/products/electronics.js';
import { useSandbox } from './support/client.js';

/** A parameter for each list that takes one. */
const PARAM: Partial<Record<NomenclatureList, string>> = { locality: 'CJ', 'vehicle-model': '12', 'tire-model': 'michelin' };

describe('sandbox nomenclatures', () => {
  const ctx = useSandbox();
  const get = (path: string, lang?: 'en' | 'ro') => ctx.client.call('GET', path, lang ? { lang } : {});

  it('serves every path of the contract’s NOMENCLATURES table, in its item shape', async () => {
    for (const [name, def] of Object.entries(NOMENCLATURES) as [NomenclatureList, (typeof NOMENCLATURES)[NomenclatureList]][]) {
      const r = await get(def.path(PARAM[name]));
      assert.equal(r.status, 200, `${name}: ${r.text}`);
      const parsed = nomenclatureResponse(def.item).safeParse(r.body);
      assert.ok(parsed.success, `${name} items parse`);
      assert.ok(r.body.data.length > 0, `${name} not empty`);
      // What the proxy will hand the browser: a code and a name for every item.
      for (const item of parsed.data!.data) {
        const pub = (def.toPublic as (i: unknown) => { code: string; name: string })(item);
        assert.ok(pub.code && pub.name, `${name}: ${JSON.stringify(item)}`);
      }
    }
  });

  it('answers in the keys and JSON types of the Casco and Liability docs’ examples, where they give one', async () => {
    // Their examples: country {id: "1", name, iso2, iso3}; county {county_code: "CJ", name, siruta: "127"};
    // locality {error: "false", status: "200", data: [{nume, cod_judet: "CJ", cod_siruta: "54984"}]};
    // vehicle make {name}; model {name: "750"}. Ours add `uat` (locality) and `id` (brand): docs/sandbox.md.
    const types = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v]));
    const country = (await get('/nomenclature/country')).body.data.find((c: any) => c.iso2 === 'GR');
    assert.deepEqual(types(country), { id: 'string', name: 'string', iso2: 'string', iso3: 'string' });
    assert.equal(country.iso3, 'GRC');
    const county = (await get('/nomenclature/county')).body;
    assert.deepEqual(Object.keys(county), ['data']);
    assert.deepEqual(types(county.data.find((c: any) => c.county_code === 'CJ')), { county_code: 'string', name: 'string', siruta: 'string' });
    const locality = (await get('/nomenclature/locality/CJ')).body;
    assert.equal(locality.error, 'false');
    assert.equal(locality.status, '200');
    const cluj = locality.data.find((l: any) => l.cod_siruta === '54984');
    assert.deepEqual(types(cluj), { nume: 'string', cod_judet: 'string', cod_siruta: 'string', uat: 'string' });
    const brand = (await get('/nomenclature/vehicle-brand')).body.data[0];
    assert.deepEqual(types(brand), { id: 'string', name: 'string' });
    const model = (await get(`/nomenclature/vehicle-model/${brand.id}`)).body.data[0];
    assert.deepEqual(types(model), { name: 'string' });
  });

  it('needs a token', async () => {
    assert.equal((await ctx.client.call('GET', '/nomenclature/county', { token: null })).status, 401);
  });

  it('counties: the 41 counties and Bucharest, with codes, diacritics and SIRUTA codes', async () => {
    const { body } = await get('/nomenclature/county');
    assert.equal(body.data.length, 42);
    assert.equal(new Set(body.data.map((c: any) => c.county_code)).size, 42);
    assert.deepEqual(body.data.find((c: any) => c.county_code === 'CJ'), { county_code: 'CJ', name: 'Cluj', siruta: '127' });
    assert.equal(body.data.find((c: any) => c.county_code === 'B').name, 'București');
    assert.equal(body.data.find((c: any) => c.county_code === 'BN').name, 'Bistrița-Năsăud');
  });

  it('localities of Cluj include 54984 Cluj-Napoca, each with its county and administrative unit', async () => {
    const { body } = await get('/nomenclature/locality/CJ');
    assert.ok(body.data.length > 400);
    assert.deepEqual(body.data.find((l: any) => l.cod_siruta === '54984'), { nume: 'Cluj-Napoca', cod_judet: 'CJ', cod_siruta: '54984', uat: 'Municipiul Cluj-Napoca' });
    assert.ok(body.data.every((l: any) => l.cod_judet === 'CJ'));
    assert.ok(body.data.some((l: any) => /[ăâîșț]/i.test(l.nume)), 'names keep their diacritics');
    assert.ok(!body.data.some((l: any) => /[şţŞŢ]/.test(l.nume)), 'comma-below letters, not cedillas');
  });

  it('Bucharest lists its six sectors; the county code is read case-insensitively', async () => {
    const { body } = await get('/nomenclature/locality/b');
    assert.deepEqual(
      body.data.map((l: any) => [l.cod_siruta, l.nume]),
      [
        ['179141', 'București Sectorul 1'],
        ['179150', 'București Sectorul 2'],
        ['179169', 'București Sectorul 3'],
        ['179178', 'București Sectorul 4'],
        ['179187', 'București Sectorul 5'],
        ['179196', 'București Sectorul 6'],
      ],
    );
  });

  it('every county has localities', async () => {
    const { body } = await get('/nomenclature/county');
    for (const c of body.data) {
      const r = await get(`/nomenclature/locality/${c.county_code}`);
      assert.equal(r.status, 200);
      assert.ok(r.body.data.length >= 6, c.county_code);
    }
  });

  it('an unknown county → 404', async () => {
    assert.equal((await get('/nomenclature/locality/XX')).status, 404);
  });

  it('countries: ISO2 and ISO3 codes, names in English by default and in Romanian with Content-Language: ro', async () => {
    const en = await get('/nomenclature/country');
    const ro = await get('/nomenclature/country', 'ro');
    assert.ok(en.body.data.length >= 249);
    const pick = (r: any, iso2: string) => r.body.data.find((c: any) => c.iso2 === iso2);
    assert.equal(pick(en, 'RO').name, 'Romania');
    assert.equal(pick(ro, 'RO').name, 'România');
    assert.equal(pick(en, 'DE').name, 'Germany');
    assert.equal(pick(ro, 'DE').name, 'Germania');
    assert.equal(pick(en, 'GR').iso3, 'GRC');
    assert.equal(pick(en, 'RO').id, pick(ro, 'RO').id, 'ids do not depend on the language');
  });

  it('vehicle brands, and a brand’s models by its id', async () => {
    const brands = (await get('/nomenclature/vehicle-brand')).body.data;
    const dacia = brands.find((b: any) => b.name === 'Dacia');
    // An id like the docs' other ids (country "1", SIRUTA "54984"): a string of digits.
    assert.match(dacia.id, /^\d+$/);
    const models = (await get(`/nomenclature/vehicle-model/${dacia.id}`)).body.data.map((m: any) => m.name);
    assert.ok(models.includes('Logan') && models.includes('Duster'));
    for (const vag of ['Volkswagen', 'Audi', 'Seat', 'Skoda', 'Cupra', 'Bentley', 'Lamborghini', 'Bugatti', 'Porsche']) {
      assert.ok(brands.some((b: any) => b.name === vag), vag);
    }
    assert.equal((await get('/nomenclature/vehicle-model/99999')).status, 404);
  });

  it('tyre brands, and tyre models by make through vehicle-model/{tireMakeCode}', async () => {
    const makes = (await get('/nomenclature/tire-brand')).body.data;
    assert.deepEqual(makes[0], { code: 'michelin', name: 'Michelin' });
    const models = (await get('/nomenclature/vehicle-model/michelin')).body.data.map((m: any) => m.name);
    assert.ok(models.includes('Primacy 4+') && models.includes('Alpin 6'));
    const pirelli = (await get('/nomenclature/vehicle-model/pirelli')).body.data.map((m: any) => m.name);
    assert.ok(pirelli.includes('P Zero'));
    assert.ok(!pirelli.includes('Alpin 6'));
    assert.equal((await get('/nomenclature/vehicle-model/acme')).status, 404);
  });

  it('tyre sizes are rim diameters in inches', async () => {
    const sizes = (await get('/nomenclature/tire-size')).body.data.map((s: any) => s.size);
    assert.ok(sizes.includes(13) && sizes.includes(17) && sizes.includes(22));
    assert.ok(sizes.every((s: unknown) => Number.isInteger(s)));
  });

  it('electronics categories: the accepted Romanian codes, labelled per language', async () => {
    const en = (await get('/nomenclature/electronics-product-category')).body.data;
    const ro = (await get('/nomenclature/electronics-product-category', 'ro')).body.data;
    assert.deepEqual(en.map((c: any) => c.code), [...ELECTRONICS_CATEGORIES]);
    assert.equal(en.find((c: any) => c.code === 'televizor').name, 'TV');
    assert.equal(ro.find((c: any) => c.code === 'masina_spalat').name, 'Mașină de spălat');
  });
});
