/**
 * Issue 5, points 3 and 5: who may call, how much, how big; security headers;
 * upstream timeouts and failures; the public config showing nothing secret;
 * and, at the end, a search of every log line and response for secrets.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PublicSiteConfig } from '../../src/contract/public-api.js';
import { tireBody } from '../support/fixtures.js';
import { assertNoLeaks, DEMO_ORIGIN, forbiddenStrings, json, SHOP_ORIGIN, startHarness, type ErrorBody, type Harness } from './harness.js';

const FOREIGN = 'https://evil.example.com';

describe('proxy: sites, origins and CORS', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({
      config: (c) => {
        c.upstreams.assets.timeoutMs = 400;
        c.sites.push({
          id: 'tiny',
          origins: ['https://tiny.example.ro'],
          products: ['tire'],
          payment: { method: 'pos' },
          rateLimits: { perClient: { requests: 3, windowSeconds: 60 } },
        });
      },
    });
  });
  after(() => h.close());

  it('GET /health answers without an Origin', async () => {
    const res = await h.call('/health', { origin: null });
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });

  it('refuses a foreign origin with 403 and no CORS allow header', async () => {
    for (const [method, path] of [
      ['GET', '/v1/config'],
      ['POST', '/v1/offers'],
      ['GET', '/v1/nomenclature/county'],
    ] as const) {
      const before = h.sandbox.state.totalCalls;
      const res =
        method === 'POST' ? await h.post(path, tireBody(), { origin: FOREIGN }) : await h.call(path, { origin: FOREIGN });
      assert.equal(res.status, 403, path);
      assert.equal(res.headers.get('Access-Control-Allow-Origin'), null);
      const body = await json<ErrorBody>(res);
      assert.equal(body.errors[0]!.key, 'site.origin');
      assert.equal(body.correlationId, res.headers.get('X-Correlation-Id'));
      assert.equal(h.sandbox.state.totalCalls, before, 'nothing reached the insurer');
    }
  });

  it('refuses a call with neither Origin nor site secret (403), and the null origin', async () => {
    assert.equal((await h.call('/v1/config', { origin: null })).status, 403);
    assert.equal((await h.call('/v1/config', { origin: 'null' })).status, 403);
  });

  it('answers a preflight for an allowed origin with exactly the allowed methods and headers', async () => {
    const res = await h.call('/v1/policies', {
      method: 'OPTIONS',
      headers: { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('Access-Control-Allow-Origin'), DEMO_ORIGIN);
    assert.match(res.headers.get('Access-Control-Allow-Methods') ?? '', /POST/);
    const allowed = (res.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
    for (const header of ['content-type', 'accept-language', 'idempotency-key']) assert.ok(allowed.includes(header), header);
    assert.ok(!allowed.includes('authorization'), 'the site secret can never be sent from a browser');
    assert.ok(Number(res.headers.get('Access-Control-Max-Age')) > 0);
  });

  it('refuses a preflight from a foreign origin without CORS headers', async () => {
    const res = await h.call('/v1/offers', { method: 'OPTIONS', origin: FOREIGN, headers: { 'Access-Control-Request-Method': 'POST' } });
    assert.equal(res.status, 403);
    assert.equal(res.headers.get('Access-Control-Allow-Origin'), null);
    assert.equal(res.headers.get('Access-Control-Allow-Methods'), null);
  });

  it('gives an allowed origin its own origin back and exposes the headers the elements read', async () => {
    const res = await h.call('/v1/config', { origin: 'http://127.0.0.1:5173' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('Access-Control-Allow-Origin'), 'http://127.0.0.1:5173');
    assert.match(res.headers.get('Vary') ?? '', /Origin/);
    const exposed = res.headers.get('Access-Control-Expose-Headers') ?? '';
    for (const header of ['X-Correlation-Id', 'Content-Disposition', 'Retry-After']) assert.ok(exposed.includes(header), header);
  });

  it('GET /v1/config tells the site what it may use, and nothing secret', async () => {
    const demo = await json<PublicSiteConfig>(await h.call('/v1/config'));
    assert.deepEqual(Object.keys(demo).sort(), ['issuance', 'locale', 'payment', 'products', 'site']);
    assert.equal(demo.site, 'demo');
    assert.equal(demo.products.length, 9);
    assert.equal(demo.locale, 'ro');
    assert.equal(demo.issuance, 'browser');
    const shop = await json<PublicSiteConfig>(await h.call('/v1/config', { origin: SHOP_ORIGIN }));
    assert.deepEqual(shop, {
      site: 'shop',
      products: ['tire', 'electronics'],
      locale: 'en',
      issuance: 'server',
      payment: { method: 'broker payment order', documentNumberRequired: true },
    });
    const text = JSON.stringify([demo, shop]);
    for (const s of [...forbiddenStrings(h).secrets, 'sandbox', 'LIH_', 'michelin', 'pointer', 'http']) assert.ok(!text.includes(s), s);
  });

  it('sets security headers on every answer, errors included', async () => {
    for (const res of [await h.call('/v1/config'), await h.call('/v1/nope'), await h.call('/health', { origin: null })]) {
      assert.equal(res.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.equal(res.headers.get('Referrer-Policy'), 'no-referrer');
      assert.equal(res.headers.get('X-Frame-Options'), 'DENY');
      assert.match(res.headers.get('Content-Security-Policy') ?? '', /default-src 'none'.*frame-ancestors 'none'/);
      assert.ok(res.headers.get('X-Correlation-Id'));
      assert.equal(res.headers.get('Strict-Transport-Security'), null, 'only when configured behind https');
    }
    assert.equal((await h.call('/v1/config')).headers.get('Cache-Control'), 'no-store');
  });

  it('answers an unknown path with 404 in the error shape', async () => {
    const res = await h.call('/v1/nope');
    assert.equal(res.status, 404);
    const body = await json<ErrorBody>(res);
    assert.equal(body.errors[0]!.key, 'request.notFound');
    assert.ok(body.correlationId);
  });

  it('rate-limits per client and site: 429 with Retry-After, other sites unaffected', async () => {
    const origin = 'https://tiny.example.ro';
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 5; i++) {
      const res = await h.call('/v1/config', { origin, headers: { 'Accept-Language': 'en' } });
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
    assert.ok(Number(limited!.headers.get('Retry-After')) >= 1);
    assert.equal((await json<ErrorBody>(limited!)).errors[0]!.key, 'rate.limited');
    assert.equal(limited!.headers.get('Access-Control-Allow-Origin'), origin, 'the element can read the 429');
    assert.equal((await h.call('/v1/config')).status, 200, 'the demo site has its own buckets');
  });

  it('refuses a body over the limit with 413 before reading it all', async () => {
    const before = h.count('POST /offer');
    const b = tireBody() as ReturnType<typeof tireBody> & { padding?: string };
    b.padding = 'x'.repeat(70 * 1024);
    const res = await h.post('/v1/offers', b);
    assert.equal(res.status, 413);
    assert.equal((await json<ErrorBody>(res)).errors[0]!.key, 'request.tooLarge');
    assert.equal(h.count('POST /offer'), before);
  });

  describe('upstream failures', () => {
    after(() => {
      h.sandbox.state.faults = {};
    });

    it('answers 504 when the insurer is slower than the configured timeout', async () => {
      h.sandbox.state.faults = { latencyMs: 1500, routes: ['POST /offer'] };
      const started = Date.now();
      const res = await h.post('/v1/offers', tireBody(), { headers: { 'Accept-Language': 'ro' } });
      assert.equal(res.status, 504);
      assert.ok(Date.now() - started < 1400, 'gave up at the timeout');
      const body = await json<ErrorBody>(res);
      assert.equal(body.errors[0]!.key, 'upstream.timeout');
      assert.match(body.errors[0]!.message, /la timp/);
    });

    it('answers 502 when the insurer fails with a 5xx, and does not repeat POST /offer', async () => {
      h.sandbox.state.faults = { errorRate: 1, errorStatus: 500, routes: ['POST /offer'] };
      const before = h.count('POST /offer');
      const res = await h.post('/v1/offers', tireBody());
      assert.equal(res.status, 502);
      assert.equal((await json<ErrorBody>(res)).errors[0]!.key, 'upstream.unavailable');
      assert.equal(h.count('POST /offer'), before + 1);
    });

    it('answers 502 when the insurer sends malformed JSON', async () => {
      h.sandbox.state.faults = { malformedRate: 1, routes: ['POST /offer'] };
      const res = await h.post('/v1/offers', tireBody());
      assert.equal(res.status, 502);
      assert.equal((await json<ErrorBody>(res)).errors[0]!.key, 'upstream.malformed');
    });

    it('answers 502 when the insurer cannot be reached at all', async () => {
      h.sandbox.state.faults = {};
      await h.restartProxy({
        config: { ...h.proxy.config, upstreams: { assets: { ...h.proxy.config.upstreams.assets, baseUrl: 'http://127.0.0.1:9' } } },
      });
      const res = await h.post('/v1/offers', tireBody());
      assert.equal(res.status, 502);
      assert.equal((await json<ErrorBody>(res)).errors[0]!.key, 'upstream.unavailable');
      await h.restartProxy();
    });
  });

  it('logs one JSON line per request with correlation id, site, method, path, status, time and upstream calls', async () => {
    const res = await h.post('/v1/offers', tireBody(), { headers: { 'X-Correlation-Id': 'test-correlation-0001' } });
    assert.equal(res.headers.get('X-Correlation-Id'), 'test-correlation-0001');
    const line = h.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.correlationId === 'test-correlation-0001' && l.msg === 'request');
    assert.ok(line);
    assert.equal(line.site, 'demo');
    assert.equal(line.method, 'POST');
    assert.equal(line.path, '/v1/offers');
    assert.equal(line.status, 200);
    assert.equal(typeof line.ms, 'number');
    assert.ok(typeof line.ts === 'string' && line.level === 'info');
    assert.deepEqual(
      (line.upstream as { call: string }[]).map((u) => u.call),
      ['POST /offer'],
    );
  });

  it('no log line or response carries a password, a token or personal data', () => {
    assertNoLeaks(h);
  });
});
