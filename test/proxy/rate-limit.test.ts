/**
 * The limits on their own (rate-limiter-flexible counters under node:test's
 * mocked clock), the limits over HTTP (addresses from X-Forwarded-For), and
 * the nomenclature cache with a hand-turned clock.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it, mock } from 'node:test';
import { configSchema, type ProxyConfigInput } from '../../src/proxy/config.js';
import { etagMatches, NomenclatureCache } from '../../src/proxy/nomenclature-cache.js';
import { addressGroups, RateLimiter } from '../../src/proxy/rate-limit.js';
import { startProxy, type RunningProxy } from '../../src/proxy/server.js';
import { ENV, SHOP_ORIGIN, SHOP_SECRET, testConfig, type ErrorBody } from './harness.js';

type Limits = ProxyConfigInput['rateLimits'];
const limiter = (rateLimits: Limits) => new RateLimiter(configSchema.shape.rateLimits.parse(rateLimits));
const take = async (l: RateLimiter, address: string, times: number, site = 'demo') => {
  const out: string[] = [];
  for (let i = 0; i < times; i++) {
    const v = await l.take(site, address);
    out.push(v.ok ? 'ok' : v.limit);
  }
  return out;
};
const count = (verdicts: string[], what: string) => verdicts.filter((v) => v === what).length;

describe('proxy: addressGroups', () => {
  it('counts IPv4 by address and /24, IPv6 by /64 and /48, whatever the spelling', () => {
    assert.deepEqual(addressGroups('203.0.113.7'), { client: '203.0.113.7', network: '203.0.113.0/24' });
    assert.deepEqual(addressGroups('::ffff:203.0.113.7'), addressGroups('203.0.113.7'));
    const a = addressGroups('2001:db8:aa:1::1');
    assert.deepEqual(a, { client: '2001:db8:aa:1::/64', network: '2001:db8:aa::/48' });
    assert.deepEqual(addressGroups('2001:0DB8:00aa:0001:ffff:1:2:3%eth0'), a, 'another address of the same /64');
    assert.equal(addressGroups('2001:db8:aa:2::1').network, a.network);
    assert.notEqual(addressGroups('2001:db8:aa:2::1').client, a.client);
    assert.equal(addressGroups('::1').client, '0:0:0:0::/64');
    assert.equal(addressGroups('64:ff9b::192.0.2.33').client, '64:ff9b:0:0::/64');
    assert.deepEqual(addressGroups('unknown'), { client: 'unknown', network: 'unknown' });
  });
});

describe('proxy: RateLimiter', () => {
  beforeEach(() => mock.timers.enable({ apis: ['Date', 'setTimeout'], now: 0 }));
  afterEach(() => mock.timers.reset());

  it('refuses a client over its window, says when it resets, and allows it again then', async () => {
    const l = limiter({ perClient: { requests: 2, windowSeconds: 10 } });
    assert.deepEqual(await take(l, '198.51.100.1', 3), ['ok', 'ok', 'client']);
    mock.timers.tick(4_000);
    assert.deepEqual(await l.take('demo', '198.51.100.1'), { ok: false, limit: 'client', retryAfterSeconds: 6 });
    assert.deepEqual(await take(l, '198.51.100.2', 1), ['ok'], 'each address has its own count');
    assert.deepEqual(await take(l, '198.51.100.1', 1, 'shop'), ['ok'], 'and each site');
    mock.timers.tick(6_000);
    assert.deepEqual(await take(l, '198.51.100.1', 3), ['ok', 'ok', 'client']);
  });

  it('a client refused its own share spends none of the site budget', async () => {
    const l = limiter({ perClient: { requests: 3, windowSeconds: 60 }, perSite: { requests: 10, windowSeconds: 60, reservedRequests: 0 } });
    assert.equal(count(await take(l, '198.51.100.1', 500), 'ok'), 3);
    // The 7 left are the other clients' (one each, in other networks), not used up by the 497 refusals.
    for (let i = 1; i <= 7; i++) assert.deepEqual(await take(l, `192.0.${i}.1`, 1), ['ok']);
    assert.deepEqual(await take(l, '192.0.99.1', 1), ['site']);
  });

  it('one client spread over 25 addresses of a network (IPv4 /24, IPv6 /48) gets the network share, not the site', async () => {
    const l = limiter({
      perClient: { requests: 120, windowSeconds: 60 },
      perNetwork: { requests: 600, windowSeconds: 60 },
      perSite: { requests: 3000, windowSeconds: 60 },
    });
    const v4: string[] = [];
    for (let i = 1; i <= 25; i++) v4.push(...(await take(l, `203.0.113.${i}`, 120)));
    assert.equal(count(v4, 'ok'), 600);
    assert.equal(count(v4, 'network'), 2400);
    const v6: string[] = [];
    for (let i = 1; i <= 25; i++) v6.push(...(await take(l, `2001:db8:aa:${i.toString(16)}::1`, 120)));
    assert.equal(count(v6, 'ok'), 600);
    assert.deepEqual(await take(l, '198.51.100.1', 30), Array(30).fill('ok'), 'a customer elsewhere is not locked out');
  });

  it('clients over many networks can use up the shared part, but the reserve stays for light clients', async () => {
    const l = limiter({
      perClient: { requests: 100, windowSeconds: 60 },
      perNetwork: { requests: 100, windowSeconds: 60 },
      perSite: { requests: 50, windowSeconds: 60, reservedRequests: 10, lightClientRequests: 5 },
    });
    const heavy = await take(l, '203.0.113.1', 60);
    assert.equal(count(heavy, 'ok'), 40, 'the shared part');
    assert.equal(count(heavy, 'site'), 20, 'past its 5th request it is no longer light: no reserve for it');
    assert.deepEqual(await take(l, '198.51.100.1', 5), Array(5).fill('ok'));
    assert.deepEqual(await take(l, '192.0.2.1', 6), [...Array(5).fill('ok'), 'site'], 'light for 5, then refused');
    assert.deepEqual(await take(l, '198.51.100.99', 1), ['site'], 'the reserve is used up too');
    mock.timers.tick(60_000);
    assert.deepEqual(await take(l, '198.51.100.99', 1), ['ok'], 'a new window');
  });

  it('a site override replaces the global limits for that site only', async () => {
    const l = new RateLimiter(configSchema.shape.rateLimits.parse({}), { tiny: { perClient: { requests: 1, windowSeconds: 60 } } });
    assert.deepEqual(await take(l, '198.51.100.1', 2, 'tiny'), ['ok', 'client']);
    assert.equal(count(await take(l, '198.51.100.1', 120, 'demo'), 'ok'), 120);
  });

  it('blocks an address after too many wrong secrets, for the rest of the window', async () => {
    const l = limiter({ failedSecrets: { failures: 10, windowSeconds: 900 } });
    for (let i = 0; i < 9; i++) await l.secretFailed('198.51.100.1');
    assert.equal(await l.secretBlockedFor('198.51.100.1'), undefined, 'nine failures: may try again');
    await l.secretFailed('198.51.100.1');
    assert.equal(await l.secretBlockedFor('198.51.100.1'), 900);
    assert.equal(await l.secretBlockedFor('198.51.100.2'), undefined, 'per address');
    mock.timers.tick(600_000);
    assert.equal(await l.secretBlockedFor('198.51.100.1'), 300);
    mock.timers.tick(300_000);
    assert.equal(await l.secretBlockedFor('198.51.100.1'), undefined);
  });
});

describe('proxy: limits over HTTP', () => {
  let proxy: RunningProxy;
  before(async () => {
    proxy = await startProxy({
      config: testConfig('http://127.0.0.1:9', (c) => {
        c.server = { trustProxyHops: 1 };
        c.rateLimits = {
          perClient: { requests: 5, windowSeconds: 600 },
          perNetwork: { requests: 20, windowSeconds: 600 },
          perSite: { requests: 1000, windowSeconds: 600 },
          failedSecrets: { failures: 3, windowSeconds: 900 },
        };
      }),
      port: 0,
      env: ENV,
      dbPath: ':memory:',
      logger: () => {},
    });
  });
  after(() => proxy.close());

  const get = (from: string, headers: Record<string, string> = {}) =>
    fetch(`${proxy.url}/v1/config`, { headers: { 'X-Forwarded-For': from, 'Accept-Language': 'en', ...headers } });

  it('answers 429 in the error shape with Retry-After, per address, and per network for a spread client', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await get('203.0.113.1', { Origin: SHOP_ORIGIN })).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429]);
    const limited = await get('203.0.113.1', { Origin: SHOP_ORIGIN });
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('Retry-After')) > 500);
    const body = (await limited.json()) as ErrorBody;
    assert.equal(body.errors[0]!.key, 'rate.limited');
    assert.equal(body.correlationId, limited.headers.get('X-Correlation-Id'));
    assert.equal(limited.headers.get('Access-Control-Allow-Origin'), SHOP_ORIGIN, 'an element can read it');
    let ok = 0;
    for (let i = 2; i <= 25; i++) for (let j = 0; j < 5; j++) if ((await get(`203.0.113.${i}`, { Origin: SHOP_ORIGIN })).status === 200) ok++;
    assert.equal(ok, 15, 'the /24 had 20 in all');
    assert.equal((await get('198.51.100.1', { Origin: SHOP_ORIGIN })).status, 200, 'another network is not affected');
  });

  it('throttles wrong site secrets per address: 401 until the limit, then 429 before the secret is checked', async () => {
    const wrong = { Authorization: 'Bearer wrong-secret-0123456789-abcdefghij' };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await get('192.0.2.10', wrong)).status);
    assert.deepEqual(statuses, [401, 401, 401, 429]);
    const refused = await get('192.0.2.10', { Authorization: `Bearer ${SHOP_SECRET}` });
    assert.equal(refused.status, 429, 'even the right secret waits');
    assert.ok(Number(refused.headers.get('Retry-After')) > 800);
    const body = (await refused.json()) as ErrorBody;
    assert.deepEqual([body.errors[0]!.key, body.errors[0]!.path], ['rate.limited', 'Authorization']);
    assert.equal((await get('192.0.2.11', { Authorization: `Bearer ${SHOP_SECRET}` })).status, 200, 'another address may');
  });

  it('throttles guessed signed document links per address as it does wrong secrets: 403 until the limit, then 429', async () => {
    // A link's request carries no Origin and no secret: the site's limits cannot see it, so the route counts it.
    const guess = (from: string, n: number) =>
      fetch(`${proxy.url}/v1/policies/pol_${'A'.repeat(32)}/document?expires=${Math.floor(Date.now() / 1000) + 600}&signature=${'B'.repeat(43)}${n}`, {
        headers: { 'X-Forwarded-For': from },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await guess('192.0.2.20', i)).status);
    assert.deepEqual(statuses, [403, 403, 403, 429]);
    const refused = await guess('192.0.2.20', 9);
    assert.ok(Number(refused.headers.get('Retry-After')) > 800);
    assert.equal(((await refused.json()) as ErrorBody).errors[0]!.key, 'rate.limited');
    assert.equal((await guess('192.0.2.21', 0)).status, 403, 'another address is told the link is wrong, not to wait');
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
