/**
 * Issue 5, point 3: GET /v1/nomenclature/{list}[/{param}] through the
 * contract's table, cached with Cache-Control and an ETag: a repeat call
 * within the cache time makes no upstream call, If-None-Match gets a 304.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { NomenclatureItem } from '../../src/contract/nomenclature.js';
import { assertNoLeaks, json, startHarness, type ErrorBody, type Harness } from './harness.js';

describe('proxy: nomenclatures', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  it('answers {items: [{code, name}]} and caches it: the second call makes no upstream call', async () => {
    const first = await h.call('/v1/nomenclature/county');
    assert.equal(first.status, 200);
    const { items } = await json<{ items: NomenclatureItem[] }>(first);
    assert.ok(items.some((i) => i.code === 'CJ' && i.name === 'Cluj'));
    assert.match(first.headers.get('Cache-Control') ?? '', /^public, max-age=\d+$/);
    const etag = first.headers.get('ETag');
    assert.ok(etag);
    assert.equal(h.count('GET /nomenclature/county'), 1);

    const second = await h.call('/v1/nomenclature/county');
    assert.equal(second.status, 200);
    assert.equal(second.headers.get('ETag'), etag);
    assert.deepEqual((await json<{ items: NomenclatureItem[] }>(second)).items, items);
    assert.equal(h.count('GET /nomenclature/county'), 1, 'served from the cache');

    const revalidated = await h.call('/v1/nomenclature/county', { headers: { 'If-None-Match': etag } });
    assert.equal(revalidated.status, 304);
    assert.equal(revalidated.headers.get('ETag'), etag);
    assert.equal(h.count('GET /nomenclature/county'), 1);
  });

  it('takes a parameter where the list needs one (localities of a county, with the commune as hint)', async () => {
    const res = await h.call('/v1/nomenclature/locality/CJ');
    assert.equal(res.status, 200);
    const { items } = await json<{ items: NomenclatureItem[] }>(res);
    const cluj = items.find((i) => i.name === 'Cluj-Napoca');
    assert.ok(cluj && /^\d+$/.test(cluj.code));
    assert.ok(items.some((i) => i.hint));
    await h.call('/v1/nomenclature/locality/CJ');
    assert.equal(h.count('GET /nomenclature/locality/:county'), 1);
  });

  it('caches per language: country names in English and in Romanian', async () => {
    const en = await json<{ items: NomenclatureItem[] }>(await h.call('/v1/nomenclature/country', { headers: { 'Accept-Language': 'en' } }));
    const ro = await json<{ items: NomenclatureItem[] }>(await h.call('/v1/nomenclature/country', { headers: { 'Accept-Language': 'ro' } }));
    assert.equal(en.items.find((i) => i.code === 'DE')?.name, 'Germany');
    assert.equal(ro.items.find((i) => i.code === 'DE')?.name, 'Germania');
  });

  it('serves every list in the contract table', async () => {
    for (const path of ['vehicle-brand', 'tire-brand', 'tire-size', 'electronics-product-category', 'tire-model/michelin']) {
      const res = await h.call(`/v1/nomenclature/${path}`);
      assert.equal(res.status, 200, path);
      assert.ok((await json<{ items: NomenclatureItem[] }>(res)).items.length > 0, path);
    }
  });

  it('answers 404 for an unknown list, a missing or an unexpected parameter, and 400 for a strange one', async () => {
    const unknown = await h.call('/v1/nomenclature/planets');
    assert.equal(unknown.status, 404);
    assert.equal((await json<ErrorBody>(unknown)).errors[0]!.key, 'nomenclature.unknown');
    assert.equal((await h.call('/v1/nomenclature/locality')).status, 404);
    assert.equal((await h.call('/v1/nomenclature/county/CJ')).status, 404);
    assert.equal((await h.call('/v1/nomenclature/locality/%3Cscript%3E')).status, 400);
  });

  it('retries a nomenclature call once when the insurer fails, and does not cache a failure', async () => {
    h.sandbox.state.faults = { errorRate: 1, errorStatus: 500, routes: ['GET /nomenclature/tire-brand'] };
    try {
      await h.restartProxy(); // empty cache
      const calls = h.count('GET /nomenclature/tire-brand');
      const res = await h.call('/v1/nomenclature/tire-brand');
      assert.equal(res.status, 502);
      assert.equal(h.count('GET /nomenclature/tire-brand'), calls + 2, 'one retry');
      h.sandbox.state.faults = {};
      assert.equal((await h.call('/v1/nomenclature/tire-brand')).status, 200);
    } finally {
      h.sandbox.state.faults = {};
    }
  });

  it('no log line or response carries a password, a token or personal data', () => {
    assertNoLeaks(h);
  });
});
