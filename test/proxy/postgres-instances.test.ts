/**
 * Issue 11: several proxy instances on one PostgreSQL. Two proxy processes
 * (postgres-instance.ts, the real startProxy in its own node process) share a
 * throwaway PostgreSQL server and one real sandbox insurer, and the client
 * spreads its requests over both, as a load balancer would:
 *
 * - concurrent duplicate issuance requests, with one key and with many keys,
 *   leave exactly one policy per offer at the insurer;
 * - while one instance's call for an offer is in flight, the other refuses
 *   the same quote's other offer;
 * - a rate limit used up on one instance holds on the other;
 * - an instance killed (SIGKILL) in the middle of issuing leaves its attempt
 *   pending, and the next request with the same key, on another instance,
 *   resolves it into the one policy: no offer stays locked.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { QUOTE_HEADER, type IssueResponse, type OffersResponse, type PublicOffer } from '../../src/contract/public-api.js';
import type { ProxyConfigInput } from '../../src/proxy/config.js';
import { PostgresStore } from '../../src/proxy/store/postgres.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/server.js';
import { tireBody, VALID } from '../support/fixtures.js';
import { startPostgres, type RunningPostgres } from '../support/postgres.js';
import { DEMO_ORIGIN, ENV, INSURERS, OPERATOR_PASSWORD, SHOP_ORIGIN, SHOP_SECRET, testConfig, type ErrorBody } from './harness.js';

const INSTANCE = fileURLToPath(new URL('./postgres-instance.ts', import.meta.url));
/** The shop site's per-client limit, small enough to use up in a test; the demo site keeps the harness's generous ones. */
const SHOP_PER_CLIENT = 3;

interface Instance {
  name: string;
  url: string;
  child: ChildProcess;
  logs: string[];
  exited: Promise<void>;
}

/** Starts one proxy process on the database and waits until it listens. */
async function startInstance(name: string, config: ProxyConfigInput, databaseUrl: string, staleAfterMs?: number): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', INSTANCE], {
    env: { ...process.env, LIH_TEST_INSTANCE: JSON.stringify({ config, env: { ...ENV, DATABASE_URL: databaseUrl }, staleAfterMs }) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      logs.push(line);
      const entry = JSON.parse(line) as { msg?: string; url?: string; storage?: string };
      if (entry.msg === 'proxy listening') {
        if (entry.storage === 'postgresql') resolve(entry.url!);
        else reject(new Error(`${name} listens on ${entry.storage}, not PostgreSQL`));
      }
    });
    void exited.then(() => reject(new Error(`${name} exited before listening: ${stderr}`)));
  });
  return { name, url, child, logs, exited };
}

async function stopInstance(i: Instance | undefined): Promise<void> {
  if (!i || i.child.exitCode !== null || i.child.signalCode !== null) return;
  i.child.kill('SIGTERM');
  await i.exited;
}

const call = (i: Instance, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; origin?: string } = {}) =>
  fetch(`${i.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { Origin: init.origin ?? DEMO_ORIGIN, ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });

interface Answer {
  status: number;
  body: IssueResponse & ErrorBody & { data?: { policy?: IssueResponse['policy'] } };
  replayed: boolean;
}
const issue = async (i: Instance, offerId: string, key: string): Promise<Answer> => {
  const res = await call(i, '/v1/policies', { body: { offerId }, headers: { 'Idempotency-Key': key } });
  return { status: res.status, body: (await res.json()) as Answer['body'], replayed: res.headers.get('Idempotent-Replayed') === 'true' };
};
const describeAnswer = (a: Answer) => `${a.status} ${a.body.errors?.[0]?.key ?? a.body.policy?.policyId ?? ''}`;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(20);
  }
}

let keySeq = 0;
const newKey = (label: string) => `pg-${label}-${process.pid}-${++keySeq}`;

describe('proxy: two instances on one PostgreSQL', () => {
  let postgres: RunningPostgres;
  let sandbox: RunningSandbox;
  let databaseUrl: string;
  let config: ProxyConfigInput;
  let store: PostgresStore;
  let a: Instance;
  let b: Instance;
  let survivor: Instance | undefined;

  before(async () => {
    [postgres, sandbox] = await Promise.all([startPostgres(), startSandbox({ port: 0, env: {}, config: { admin: true } })]);
    databaseUrl = await postgres.createDatabase('instances');
    config = testConfig(sandbox.url, (c) => {
      c.sites[1]!.rateLimits = { perClient: { requests: SHOP_PER_CLIENT, windowSeconds: 60 } };
    });
    // Both at once: they race to migrate the empty database, as instances of one deployment do.
    [a, b] = await Promise.all([startInstance('A', config, databaseUrl), startInstance('B', config, databaseUrl)]);
    // The test's own view of the record, as a third client of the database.
    store = await PostgresStore.open(databaseUrl);
  });

  after(async () => {
    await Promise.all([stopInstance(a), stopInstance(b), stopInstance(survivor)]);
    await store?.close();
    await sandbox?.close();
    await postgres?.stop();
  });

  /** A tyre quote as the element asks it: 12 months on one instance, then 24 months in the same quote on the other. */
  const quote = async (): Promise<PublicOffer[]> => {
    const first = (await (await call(a, '/v1/offers', { body: tireBody() })).json()) as OffersResponse;
    const res = await call(b, '/v1/offers', { body: { ...tireBody(), tire: { ...tireBody().tire, termTime: 24 } }, headers: { [QUOTE_HEADER]: first.quoteId } });
    assert.equal(res.status, 200);
    const second = (await res.json()) as OffersResponse;
    assert.equal(second.quoteId, first.quoteId, 'the other instance knows the quote');
    return [...first.offers, ...second.offers];
  };
  /** The insurer takes a moment to issue, as a real one does, so the duplicates overlap the first call rather than follow it. */
  const slowInsurer = async <T>(fn: () => Promise<T>): Promise<T> => {
    sandbox.state.faults = { latencyMs: 200, routes: ['POST /policy'] };
    try {
      return await fn();
    } finally {
      sandbox.state.faults = {};
    }
  };
  const policiesAtInsurer = async (offer: PublicOffer) => {
    const id = (await store.offerByRef(offer.offerId))!.upstreamOfferId;
    return [...sandbox.state.policies.values()].filter((p) => p.offerId === id);
  };

  it('concurrent duplicates of one request (one key) split across both: one policy at the insurer, and every answer is it or "in progress"', async () => {
    const offers = (await Promise.all([quote(), quote(), quote()])).map((q) => q[0]!);
    const keys = offers.map(() => newKey('same'));
    const calls = sandbox.state.count('POST /policy');
    const answers = await slowInsurer(() =>
      Promise.all(offers.flatMap((o, n) => Array.from({ length: 8 }, (_, i) => issue(i % 2 ? b : a, o.offerId, keys[n]!)))),
    );
    for (const [n, o] of offers.entries()) {
      const mine = answers.slice(n * 8, n * 8 + 8);
      const issued = mine.filter((x) => x.status === 201);
      assert.ok(issued.length >= 1, mine.map(describeAnswer).join(', '));
      for (const x of mine) {
        if (x.status === 201) assert.deepEqual(x.body.policy, issued[0]!.body.policy);
        // The other instance saw the key pending in the database: ask again later.
        else assert.equal(`${x.status} ${x.body.errors[0]!.key}`, '409 idempotency.inProgress');
      }
      // Settled: both instances answer the stored policy without asking the insurer.
      for (const i of [a, b]) {
        const again = await issue(i, o.offerId, keys[n]!);
        assert.equal(again.status, 201);
        assert.ok(again.replayed);
        assert.deepEqual(again.body.policy, issued[0]!.body.policy);
      }
      const atInsurer = await policiesAtInsurer(o);
      assert.equal(atInsurer.length, 1, 'exactly one policy at the insurer');
      assert.equal(`${atInsurer[0]!.policy.series} ${atInsurer[0]!.policy.number}`, `${issued[0]!.body.policy.series} ${issued[0]!.body.policy.number}`);
    }
    assert.equal(sandbox.state.count('POST /policy') - calls, offers.length, 'one upstream call per offer');
  });

  it('concurrent requests for one offer under many keys split across both: one policy, the others refused with it or as "being issued"', async () => {
    const offers = (await Promise.all([quote(), quote(), quote()])).map((q) => q[0]!);
    const calls = sandbox.state.count('POST /policy');
    const answers = await slowInsurer(() =>
      Promise.all(offers.flatMap((o) => Array.from({ length: 8 }, (_, i) => issue(i % 2 ? b : a, o.offerId, newKey('many'))))),
    );
    for (const [n, o] of offers.entries()) {
      const mine = answers.slice(n * 8, n * 8 + 8);
      const issued = mine.filter((x) => x.status === 201);
      assert.equal(issued.length, 1, mine.map(describeAnswer).join(', '));
      const policy = issued[0]!.body.policy;
      for (const x of mine.filter((y) => y.status !== 201)) {
        const key = `${x.status} ${x.body.errors[0]!.key}`;
        if (key === '409 offer.issued') assert.deepEqual(x.body.data?.policy, policy);
        else assert.equal(key, '409 offer.issuing');
      }
      // Later, with yet another key, on either instance: the policy it became.
      const later = await issue(b, o.offerId, newKey('later'));
      assert.equal(`${later.status} ${later.body.errors[0]!.key}`, '409 offer.issued');
      assert.deepEqual(later.body.data?.policy, policy);
      assert.equal((await policiesAtInsurer(o)).length, 1, 'exactly one policy at the insurer');
    }
    assert.equal(sandbox.state.count('POST /policy') - calls, offers.length, 'one upstream call per offer');
  });

  it('while one instance is issuing an offer, the other refuses the same quote\'s other offer', async () => {
    const [twelve, twentyFour] = await quote();
    const calls = sandbox.state.count('POST /policy');
    // The insurer holds the call: A's attempt stays pending in the database for as long as the test needs.
    sandbox.state.faults = { timeoutRate: 1, routes: ['POST /policy'] };
    const first = issue(a, twelve!.offerId, newKey('held'));
    await until('the insurer has the call', () => sandbox.state.count('POST /policy') > calls);
    const sibling = await issue(b, twentyFour!.offerId, newKey('sibling'));
    assert.equal(`${sibling.status} ${sibling.body.errors[0]!.key}`, '409 quote.issuing');
    assert.equal(sandbox.state.count('POST /policy'), calls + 1, 'B did not call the insurer');
    // Let go: the held call fails at once (a 5xx, outcome unknown), A asks again and gets the policy.
    sandbox.state.faults = {};
    sandbox.state.releaseHangs();
    const answer = await first;
    assert.equal(answer.status, 201, describeAnswer(answer));
    assert.equal((await policiesAtInsurer(twelve!)).length, 1);
    assert.equal((await policiesAtInsurer(twentyFour!)).length, 0);
  });

  it('a rate limit used up on one instance holds on the other', async () => {
    // The shop site allows SHOP_PER_CLIENT requests a minute per client; this test's client is 127.0.0.1 on both.
    const statuses: number[] = [];
    for (let n = 0; n < SHOP_PER_CLIENT; n++) statuses.push((await call(n % 2 ? b : a, '/v1/config', { origin: SHOP_ORIGIN })).status);
    assert.deepEqual(statuses, Array(SHOP_PER_CLIENT).fill(200));
    for (const i of [b, a]) {
      const res = await call(i, '/v1/config', { origin: SHOP_ORIGIN });
      assert.equal(res.status, 429, `${i.name} counts what the other one let through`);
      const retryAfter = Number(res.headers.get('Retry-After'));
      assert.ok(retryAfter >= 1 && retryAfter <= 60, String(retryAfter));
      assert.equal(((await res.json()) as ErrorBody).errors[0]!.key, 'rate.limited');
    }
    // Another site's budget is its own.
    assert.equal((await call(a, '/v1/config')).status, 200);
  });

  it('an instance killed mid-issuance leaves the attempt pending, and the same key on another instance resolves it into the one policy', async () => {
    const [offer, sibling] = await quote();
    const key = newKey('killed');
    const calls = sandbox.state.count('POST /policy');
    // Slow enough that A is still waiting when it dies.
    sandbox.state.faults = { latencyMs: 800, routes: ['POST /policy'] };
    issue(a, offer!.offerId, key).catch(() => {}); // its connection dies with A
    await until('the insurer has A\'s call', () => sandbox.state.count('POST /policy') > calls);
    a.child.kill('SIGKILL');
    await a.exited;

    // What A left: a pending attempt, no lock (nothing spans the call), the offer and its quote taken meanwhile.
    assert.equal((await store.getAttempt('demo', key))?.state, 'pending');
    const meanwhile = await issue(b, offer!.offerId, key);
    assert.equal(`${meanwhile.status} ${meanwhile.body.errors[0]!.key}`, '409 idempotency.inProgress');
    const siblingMeanwhile = await issue(b, sibling!.offerId, newKey('sibling'));
    assert.equal(`${siblingMeanwhile.status} ${siblingMeanwhile.body.errors[0]!.key}`, '409 quote.issuing');

    // An instance whose idea of "left by a stopped process" is one second (the default is minutes: 3 timeouts + 1 min).
    sandbox.state.faults = {};
    const staleAfterMs = 1000;
    survivor = await startInstance('C', config, databaseUrl, staleAfterMs);
    const pending = await store.getAttempt('demo', key);
    if (pending?.state === 'pending') await until('A\'s attempt is stale', () => Date.now() - Date.parse(pending.updatedAt) > staleAfterMs, 5000);

    const resolved = await issue(survivor, offer!.offerId, key);
    assert.equal(resolved.status, 201, describeAnswer(resolved));
    assert.equal(resolved.body.policy.offerId, offer!.offerId);
    const atInsurer = await policiesAtInsurer(offer!);
    assert.equal(atInsurer.length, 1, 'exactly one policy at the insurer, whichever call issued it');
    assert.equal(`${atInsurer[0]!.policy.series} ${atInsurer[0]!.policy.number}`, `${resolved.body.policy.series} ${resolved.body.policy.number}`);
    assert.equal((await store.getAttempt('demo', key))?.state, 'succeeded');

    // Nothing stays locked: the key replays on B, another key learns the policy, the quote's other offer may be issued.
    const replay = await issue(b, offer!.offerId, key);
    assert.equal(replay.status, 201);
    assert.deepEqual(replay.body.policy, resolved.body.policy);
    const other = await issue(b, offer!.offerId, newKey('other'));
    assert.equal(`${other.status} ${other.body.errors[0]!.key}`, '409 offer.issued');
    assert.deepEqual(other.body.data?.policy, resolved.body.policy);
    assert.equal((await issue(b, sibling!.offerId, newKey('sibling-after'))).status, 201);
  });

  it('no instance logged a secret or personal data', () => {
    const secrets = [OPERATOR_PASSWORD, SHOP_SECRET, ...INSURERS.map((n) => `${n}-sandbox-secret`)];
    const personal = [VALID.cnp, VALID.idCard, VALID.phone];
    const lines = [a, b, survivor].flatMap((i) => i?.logs ?? []);
    assert.ok(lines.length > 0);
    for (const line of lines) for (const s of [...secrets, ...personal]) assert.ok(!line.includes(s), `a log line leaks ${s.slice(0, 6)}…`);
  });
});
