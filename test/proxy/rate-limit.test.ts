/** The token bucket and the nomenclature cache on their own, with a hand-turned clock. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { etagMatches, NomenclatureCache } from '../../src/proxy/nomenclature-cache.js';
import { RateLimiter } from '../../src/proxy/rate-limit.js';

describe('proxy: RateLimiter', () => {
  it('allows a burst, then refills at the configured rate and says when to retry', () => {
    let t = 0;
    const limiter = new RateLimiter(() => t);
    const spec = { burst: 2, perMinute: 6 }; // one token every 10 s
    assert.ok(limiter.take('a', spec).ok);
    assert.ok(limiter.take('a', spec).ok);
    const refused = limiter.take('a', spec);
    assert.deepEqual(refused, { ok: false, retryAfterSeconds: 10 });
    assert.ok(limiter.take('b', spec).ok, 'buckets are per key');
    t += 10_000;
    assert.ok(limiter.take('a', spec).ok);
    assert.equal(limiter.take('a', spec).ok, false);
  });
});

describe('proxy: NomenclatureCache', () => {
  it('loads once per key within the TTL, shares concurrent loads, and reloads after expiry', async () => {
    let t = 0;
    let loads = 0;
    const cache = new NomenclatureCache(1000, 10, () => t);
    const load = async () => ({ items: [{ code: 'CJ', name: 'Cluj' }], n: ++loads });
    const [a, b] = await Promise.all([cache.get('county', load), cache.get('county', load)]);
    assert.equal(loads, 1);
    assert.equal(a.list.etag, b.list.etag);
    assert.equal((await cache.get('county', load)).hit, true);
    t = 1001;
    assert.equal((await cache.get('county', load)).hit, false);
    assert.equal(loads, 2);
  });

  it('keeps at most maxEntries lists', async () => {
    const cache = new NomenclatureCache(60_000, 2);
    let loads = 0;
    const load = async () => ++loads;
    await cache.get('a', load);
    await cache.get('b', load);
    await cache.get('c', load);
    assert.equal((await cache.get('a', load)).hit, false, 'the oldest was dropped');
  });

  it('matches If-None-Match lists, weak tags and *', () => {
    assert.ok(etagMatches('"x", W/"abc"', '"abc"'));
    assert.ok(etagMatches('*', '"abc"'));
    assert.ok(!etagMatches('"abd"', '"abc"'));
    assert.ok(!etagMatches(undefined, '"abc"'));
  });
});
