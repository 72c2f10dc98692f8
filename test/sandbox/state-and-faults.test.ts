import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { upstreamError } from '../../src/contract/envelope.js';
import { normaliseOffers } from '../../src/contract/offer.js';
import { resolveConfig } from '../../src/sandbox/config.js';
import { startSandbox } from '../../src/sandbox/server.js';
import { BODIES } from '../support/fixtures.js';
import { SandboxClient, paymentFor, useSandbox } from './support/client.js';

const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
};

describe('sandbox state: counters and reset', () => {
  const ctx = useSandbox();

  it('counts calls per route pattern and in total (unknown routes in the total only)', async () => {
    const { state } = ctx.sb;
    state.reset();
    await ctx.client.offersFor('tire');
    await ctx.client.offersFor('electronics');
    await ctx.client.call('GET', '/nomenclature/locality/CJ');
    await ctx.client.call('GET', '/nomenclature/locality/AB');
    await ctx.client.call('GET', '/nomenclature/vehicle-model/michelin');
    await ctx.client.call('GET', '/no/such/route');
    assert.deepEqual(state.counters, {
      'POST /offer': 2,
      'GET /nomenclature/locality/:county': 2,
      'GET /nomenclature/vehicle-model/:param': 1,
    });
    assert.equal(state.count('POST /offer'), 2);
    assert.equal(state.totalCalls, 6);
  });

  it('calls refused for their token or body are counted too (they reached the insurer)', async () => {
    ctx.sb.state.reset();
    await ctx.client.call('POST', '/offer', { token: null, body: {} });
    await ctx.client.call('POST', '/auth', { body: { account: 'x', password: 'y' } });
    assert.deepEqual(ctx.sb.state.counters, { 'POST /offer': 1, 'POST /auth': 1 });
  });

  it('reset() forgets offers, policies and counts but never reuses an id; sessions survive unless asked', async () => {
    const { state } = ctx.sb;
    const [offer] = await ctx.client.offersFor('tire');
    const first = offer.offerId;
    await ctx.client.policy(offer.offerId, paymentFor(offer));
    state.reset();
    assert.equal(state.offers.size, 0);
    assert.equal(state.policies.size, 0);
    assert.equal(state.totalCalls, 0);
    assert.deepEqual(state.counters, {});
    assert.equal((await ctx.client.call('GET', `/offer/${offer.offerId}`)).status, 404);
    const [again] = await ctx.client.offersFor('tire');
    assert.ok(again.offerId > first, 'a reset sandbox does not give an id again');
    state.reset({ tokens: true });
    assert.equal((await ctx.client.call('GET', '/nomenclature/county')).status, 401);
    await ctx.client.login();
  });

  it('admin routes are off by default: /__sandbox/… is a 404 like any unknown route', async () => {
    for (const [method, path] of [
      ['POST', '/__sandbox/reset'],
      ['GET', '/__sandbox/counters'],
      ['PUT', '/__sandbox/faults'],
      ['POST', '/__sandbox/tokens/expire'],
      ['POST', '/__sandbox/offers/1/expire'],
    ] as const) {
      const r = await ctx.client.call(method, path, method === 'GET' ? {} : { body: {} });
      assert.equal(r.status, 404, `${method} ${path}`);
      assert.ok(upstreamError.safeParse(r.body).success);
    }
  });
});

describe('sandbox admin routes (enabled)', () => {
  const ctx = useSandbox({ config: { admin: true } });
  const bearer = () => ({ Authorization: `Bearer ${ctx.sb.config.adminToken}` });
  const admin = (method: string, path: string, body?: unknown) =>
    ctx.client.call(method, `/__sandbox${path}`, { token: null, headers: bearer(), ...(body === undefined ? {} : { body }) });

  it('refuses a call without the admin token, or with another one (401), and changes nothing', async () => {
    const [offer] = await ctx.client.offersFor('tire');
    const wrong: Record<string, string>[] = [{}, { Authorization: 'Bearer not-the-admin-token' }, { Authorization: ctx.sb.config.adminToken }, { Token: ctx.client.token! }];
    for (const headers of wrong) {
      const r = await ctx.client.call('POST', '/__sandbox/reset', { token: null, headers, body: { tokens: true } });
      assert.equal(r.status, 401, JSON.stringify(Object.keys(headers)));
      assert.ok(upstreamError.safeParse(r.body).success);
    }
    assert.ok(ctx.sb.state.offers.has(offer.offerId), 'not reset');
    assert.equal((await ctx.client.call('GET', '/nomenclature/county')).status, 200, 'sessions not ended');
  });

  it('refuses what a web page sends (Origin, or Sec-Fetch-Site other than none/same-origin) with 403, even with the token', async () => {
    ctx.sb.state.faults = {};
    const refused: Record<string, string>[] = [
      // A cross-origin form or fetch POST: the browser adds Origin.
      { Origin: 'http://evil.example' },
      // A page on the sandbox's own address (DNS rebinding, or one it serves) still sends Origin on a POST.
      { Origin: ctx.sb.url },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
    ];
    for (const headers of refused) {
      const r = await ctx.client.call('PUT', '/__sandbox/faults', { token: null, headers: { ...bearer(), ...headers }, body: { errorRate: 1 } });
      assert.equal(r.status, 403, JSON.stringify(headers));
      assert.match(r.body.errors[0].message, /web page/);
    }
    assert.equal(ctx.sb.state.faults.errorRate, 0, 'faults unchanged');
    // What a test tool or curl sends: no Origin; Sec-Fetch-Site, if any, none or same-origin.
    for (const site of ['none', 'same-origin']) {
      const r = await ctx.client.call('GET', '/__sandbox/faults', { token: null, headers: { ...bearer(), 'Sec-Fetch-Site': site } });
      assert.equal(r.status, 200, site);
    }
  });

  it('GET /__sandbox/counters and POST /__sandbox/reset; admin calls are not counted', async () => {
    await admin('POST', '/reset');
    await ctx.client.offersFor('gap');
    const counters = await admin('GET', '/counters');
    assert.equal(counters.status, 200);
    assert.deepEqual(counters.body.data, { total: 1, routes: { 'POST /offer': 1 } });
    assert.equal((await admin('POST', '/reset')).status, 200);
    assert.deepEqual((await admin('GET', '/counters')).body.data, { total: 0, routes: {} });
    assert.equal(ctx.sb.state.offers.size, 0);
  });

  it('POST /__sandbox/reset with {tokens: true} also ends sessions', async () => {
    await admin('POST', '/reset', { tokens: true });
    assert.equal((await ctx.client.call('GET', '/nomenclature/county')).status, 401);
    await ctx.client.login();
  });

  it('PUT, GET and DELETE /__sandbox/faults; a bad setting is a 400 naming the knob', async () => {
    const put = await admin('PUT', '/faults', { errorRate: 1, errorStatus: 500, routes: ['GET /nomenclature/county'] });
    assert.equal(put.status, 200);
    assert.equal(put.body.data.errorRate, 1);
    assert.equal((await ctx.client.call('GET', '/nomenclature/county')).status, 500);
    assert.equal((await ctx.client.call('GET', '/nomenclature/tire-size')).status, 200, 'other routes untouched');
    assert.equal((await admin('GET', '/faults')).body.data.errorStatus, 500);
    const bad = await admin('PUT', '/faults', { errorRate: 2, latency: 5 });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors.map((e: any) => e.path).sort(), ['errorRate', 'latency']);
    assert.equal((await admin('DELETE', '/faults')).status, 200);
    assert.equal((await ctx.client.call('GET', '/nomenclature/county')).status, 200);
  });

  it('POST /__sandbox/tokens/expire and /tokens/revoke', async () => {
    await admin('POST', '/tokens/expire');
    const expired = await ctx.client.call('GET', '/nomenclature/county');
    assert.equal(expired.status, 401);
    assert.match(expired.body.errors[0].message, /expired/);
    await ctx.client.login();
    await admin('POST', '/tokens/revoke');
    assert.equal((await ctx.client.call('GET', '/nomenclature/county')).status, 401);
    await ctx.client.login();
  });

  it('POST /__sandbox/offers/{id}/expire makes POST /policy answer 410; an unknown offer is a 404', async () => {
    const [offer] = await ctx.client.offersFor('tire');
    assert.equal((await admin('POST', `/offers/${offer.offerId}/expire`)).status, 200);
    assert.equal((await ctx.client.policy(offer.offerId, paymentFor(offer))).status, 410);
    assert.equal((await admin('POST', '/offers/999999/expire')).status, 404);
  });
});

describe('sandbox fault knobs', () => {
  const ctx = useSandbox({ config: { maxHangMs: 10_000 } });
  const clear = () => {
    ctx.sb.state.faults = {};
  };

  it('latency adds delay to the routes it covers', async () => {
    clear();
    const [, before] = await timed(() => ctx.client.call('GET', '/nomenclature/tire-size'));
    ctx.sb.state.faults = { latencyMs: 400, routes: ['GET /nomenclature/tire-size'] };
    const [slow, after] = await timed(() => ctx.client.call('GET', '/nomenclature/tire-size'));
    assert.equal(slow.status, 200);
    assert.ok(after >= 390, `took ${after} ms`);
    const [, other] = await timed(() => ctx.client.call('GET', '/nomenclature/county'));
    assert.ok(other < 390, `an uncovered route took ${other} ms (before: ${before})`);
    clear();
  });

  it('a share of 5xx answers: 1 fails every call, 0.5 exactly every second one, in the error envelope', async () => {
    ctx.sb.state.faults = { errorRate: 1 };
    const all = await Promise.all([1, 2, 3].map(() => ctx.client.call('GET', '/nomenclature/county')));
    assert.deepEqual(all.map((r) => r.status), [503, 503, 503]);
    assert.ok(upstreamError.safeParse(all[0]!.body).success);
    assert.equal(all[0]!.body.status, 503);
    ctx.sb.state.faults = { errorRate: 0.5, errorStatus: 500 };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await ctx.client.call('GET', '/nomenclature/county')).status);
    assert.deepEqual(statuses, [200, 500, 200, 500, 200, 500]);
    ctx.sb.state.faults = { errorRate: 0.25 };
    let failures = 0;
    for (let i = 0; i < 20; i++) if ((await ctx.client.call('GET', '/nomenclature/tire-size')).status === 503) failures++;
    assert.equal(failures, 5);
    clear();
  });

  it('a failed POST /offer creates no offer', async () => {
    ctx.sb.state.faults = { errorRate: 1, routes: ['POST /offer'] };
    const before = ctx.sb.state.offers.size;
    assert.equal((await ctx.client.offer(BODIES.tire())).status, 503);
    assert.equal(ctx.sb.state.offers.size, before);
    clear();
  });

  it('timeout: the call is never answered; it ends when the client aborts', async () => {
    ctx.sb.state.faults = { timeoutRate: 1, routes: ['POST /offer'] };
    const abort = new AbortController();
    let settled = false;
    const pending = ctx.client
      .call('POST', '/offer', { body: { provider: {}, product: BODIES.tire() }, signal: abort.signal })
      .then(
        (r) => `answered ${r.status}`,
        (err: Error) => err.name,
      )
      .finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 600));
    assert.equal(settled, false, 'still waiting after 600 ms');
    abort.abort();
    assert.equal(await pending, 'AbortError');
    clear();
  });

  it('timeout with a client deadline: the client gives up, nothing is answered', async () => {
    ctx.sb.state.faults = { timeoutRate: 1, routes: ['GET /nomenclature/county'] };
    const [outcome, took] = await timed(() =>
      ctx.client.call('GET', '/nomenclature/county', { signal: AbortSignal.timeout(300) }).then(
        (r) => `answered ${r.status}`,
        (err: Error) => err.name,
      ),
    );
    assert.equal(outcome, 'TimeoutError');
    assert.ok(took >= 290 && took < 5000, `took ${took} ms`);
    clear();
    assert.equal((await ctx.client.call('GET', '/nomenclature/county')).status, 200);
  });

  it('malformed JSON: the answer keeps its status and JSON content type but does not parse', async () => {
    ctx.sb.state.faults = { malformedRate: 1, routes: ['POST /offer'] };
    const r = await ctx.client.offer(BODIES.electronics());
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /json/);
    assert.equal(r.body, undefined, 'body is not JSON');
    assert.throws(() => JSON.parse(r.text));
    assert.ok(r.text.startsWith('{"data":'), r.text.slice(0, 40));
    assert.equal(normaliseOffers(r.body).ok, false);
    clear();
  });

  it('dropped connection: the route runs (the policy is issued) and the caller gets a socket error, no answer', async () => {
    const offered = await ctx.client.offer(BODIES.electronics());
    const offer = offered.body.data.offers[0];
    ctx.sb.state.faults = { dropRate: 1, routes: ['POST /policy'] };
    await assert.rejects(ctx.client.call('POST', '/policy', { body: { offerId: offer.offerId, payment: paymentFor(offer) } }), /fetch failed|socket|terminated/i);
    clear();
    const issued = [...ctx.sb.state.policies.values()].filter((p) => p.offerId === offer.offerId);
    assert.equal(issued.length, 1, 'the work was done');
    const again = await ctx.client.call('POST', '/policy', { body: { offerId: offer.offerId, payment: paymentFor(offer) } });
    assert.equal(again.status, 409, 'and stays done');
  });

  it('token expiry: the presented token expires on the spot (401), and stays expired; renewing works', async () => {
    ctx.sb.state.faults = { tokenExpiryRate: 1 };
    const r = await ctx.client.call('GET', '/nomenclature/county');
    assert.equal(r.status, 401);
    assert.match(r.body.errors[0].message, /expired/);
    clear();
    assert.equal((await ctx.client.call('GET', '/nomenclature/county')).status, 401, 'still expired after the knob is off');
    const renewed = await ctx.client.call('PATCH', '/auth', { token: `Refresh ${ctx.client.refreshToken}` });
    assert.equal(renewed.status, 200);
    ctx.client.token = renewed.body.data.token;
    ctx.client.refreshToken = renewed.body.data.refresh_token;
    assert.equal((await ctx.client.call('GET', '/nomenclature/county')).status, 200);
  });
});

describe('sandbox faults from config and environment', () => {
  it('faults given in config are active from the start and come back after reset()', async () => {
    const sb = await startSandbox({ port: 0, env: {}, config: { faults: { errorRate: 1, latencyMs: 0, errorStatus: 503, timeoutRate: 0, malformedRate: 0, dropRate: 0, tokenExpiryRate: 0, routes: ['GET /nomenclature/county'] } } });
    try {
      const c = new SandboxClient(sb.url);
      await c.login();
      assert.equal((await c.call('GET', '/nomenclature/county')).status, 503);
      sb.state.faults = {};
      assert.equal((await c.call('GET', '/nomenclature/county')).status, 200);
      sb.state.reset();
      assert.equal((await c.call('GET', '/nomenclature/county')).status, 503);
    } finally {
      await sb.close();
    }
  });

  it('SANDBOX_* variables configure credentials, TTLs, admin routes and faults; explicit config wins', () => {
    const config = resolveConfig(
      { offerValidityDays: 3 },
      {
        SANDBOX_OPERATOR_ACCOUNT: 'env-op',
        SANDBOX_OPERATOR_PASSWORD: 'env-pass',
        SANDBOX_TOKEN_TTL_SECONDS: '5',
        SANDBOX_OFFER_VALIDITY_DAYS: '10',
        SANDBOX_ADMIN: '1',
        SANDBOX_ADMIN_TOKEN: 'env-admin-token',
        SANDBOX_INSURER_LG_PASSWORD: 'lg-env',
        SANDBOX_FAULT_LATENCY_MS: '25',
        SANDBOX_FAULT_ERROR_RATE: '0.1',
        SANDBOX_FAULT_DROP_RATE: '0.25',
        SANDBOX_JWT_SECRET: 'fixed-secret',
      },
    );
    assert.deepEqual(config.operators, [{ account: 'env-op', password: 'env-pass' }]);
    assert.equal(config.tokenTtlSeconds, 5);
    assert.equal(config.offerValidityDays, 3);
    assert.equal(config.admin, true);
    assert.equal(config.adminToken, 'env-admin-token');
    assert.notEqual(resolveConfig({}, {}).adminToken, resolveConfig({}, {}).adminToken, 'random per start unless set');
    assert.deepEqual(config.insurers.lg, { account: 'lg-sandbox', password: 'lg-env' });
    assert.deepEqual(config.insurers.michelin, { account: 'michelin-sandbox', password: 'michelin-sandbox-secret' });
    assert.equal(config.faults.latencyMs, 25);
    assert.equal(config.faults.errorRate, 0.1);
    assert.equal(config.faults.dropRate, 0.25);
    assert.equal(config.jwtSecret, 'fixed-secret');
    assert.throws(() => resolveConfig({}, { SANDBOX_TOKEN_TTL_SECONDS: 'soon' }));
    assert.throws(() => resolveConfig({}, { SANDBOX_FAULT_ERROR_RATE: '3' }));
  });

  it('the JWT secret is random per start: a token from one sandbox is refused by another', async () => {
    const a = await startSandbox({ port: 0, env: {} });
    const b = await startSandbox({ port: 0, env: {} });
    try {
      const ca = new SandboxClient(a.url);
      await ca.login();
      const cb = new SandboxClient(b.url);
      assert.equal((await cb.call('GET', '/nomenclature/county', { token: ca.token! })).status, 401);
      assert.notEqual(a.config.jwtSecret, b.config.jwtSecret);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('close() returns promptly even while a request is held by the timeout knob', async () => {
    const sb = await startSandbox({ port: 0, env: {} });
    const c = new SandboxClient(sb.url);
    await c.login();
    sb.state.faults = { timeoutRate: 1 };
    const pending = c.call('GET', '/nomenclature/county').then(
      (r) => r.status,
      () => 'failed',
    );
    await new Promise((r) => setTimeout(r, 100));
    const [, took] = await timed(() => sb.close());
    assert.ok(took < 2000, `close took ${took} ms`);
    assert.ok([504, 'failed'].includes(await pending));
  });
});

describe('ids across restarts', () => {
  it('a restarted sandbox never gives an id an earlier start gave (the proxy keeps its record across restarts)', async () => {
    const ids: number[] = [];
    for (let run = 0; run < 2; run++) {
      const sb = await startSandbox({ port: 0, env: {} });
      try {
        const client = new SandboxClient(sb.url);
        await client.login();
        for (const offer of await client.offersFor('electronics')) ids.push(offer.offerId);
      } finally {
        await sb.close();
      }
    }
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids[5]! > ids[4]!, 'the second start begins past the first');
  });
});
