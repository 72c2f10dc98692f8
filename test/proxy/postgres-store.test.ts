/**
 * PostgresStore against a real PostgreSQL server (a throwaway cluster,
 * test/support/postgres.ts): the same Store contract SqliteStore meets, then
 * what is PostgreSQL's own — migrations run once when instances start
 * together, the constraints in raw SQL, rate-limit counters shared by two
 * connection pools, and how the proxy chooses PostgreSQL from its
 * configuration.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { ConfigError, loadConfig } from '../../src/proxy/config.js';
import { postgresCounters, RateLimiter } from '../../src/proxy/rate-limit.js';
import { startProxy } from '../../src/proxy/server.js';
import { PostgresStore, RATE_LIMIT_TABLE, SCHEMA_VERSION } from '../../src/proxy/store/postgres.js';
import { SqliteStore } from '../../src/proxy/store/sqlite.js';
import type { Store } from '../../src/proxy/store/store.js';
import { startPostgres, type RunningPostgres } from '../support/postgres.js';
import { ENV, testConfig } from './harness.js';
import { offer, ref, storeContract } from './store-contract.js';

let server: RunningPostgres;
before(async () => {
  server = await startPostgres();
});
after(() => server?.stop());

/** Each store gets its own schema: a new, empty database as far as it can tell, in a few milliseconds. */
let schemas = 0;
const newSchemaUrl = () => server.createSchema(`contract_${++schemas}`);
const urls = new WeakMap<Store, string>();
const open = async (url: string) => {
  const s = await PostgresStore.open(url);
  urls.set(s, url);
  return s;
};

storeContract('PostgresStore', {
  fresh: async () => open(await newSchemaUrl()),
  another: (s) => open(urls.get(s)!),
});

const raw = async <T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
};

describe('proxy: PostgresStore on its own', () => {
  it('six instances starting together on an empty database migrate it once; a newer schema is refused', async () => {
    const url = await newSchemaUrl();
    const stores = await Promise.all(Array.from({ length: 6 }, () => PostgresStore.open(url)));
    const migrations = await raw(url, (c) => c.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version'));
    assert.deepEqual(
      migrations.rows.map((r) => r.version),
      Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
    );
    const tables = await raw(url, (c) =>
      c.query<{ table_name: string }>('SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name'),
    );
    assert.deepEqual(
      tables.rows.map((r) => r.table_name),
      ['issuance_attempts', 'offers', 'policies', RATE_LIMIT_TABLE, 'schema_migrations'],
    );
    await Promise.all(stores.map((s) => s.close()));
    // Opening again applies nothing.
    await (await PostgresStore.open(url)).close();
    assert.equal((await raw(url, (c) => c.query('SELECT * FROM schema_migrations'))).rowCount, SCHEMA_VERSION);

    await raw(url, (c) => c.query('INSERT INTO schema_migrations (version) VALUES ($1)', [SCHEMA_VERSION + 1]));
    await assert.rejects(PostgresStore.open(url), /newer than this proxy/);
  });

  it('moves a version-2 database on: old attempts take their upstream from their offer, else assets', async () => {
    const url = await newSchemaUrl();
    const s = await PostgresStore.open(url);
    await s.saveOffers([offer(41, 'demo', 'q-assets'), { ...offer(41, 'demo', 'q-casco'), upstream: 'casco', product: 'casco', publicId: ref(1041) }]);
    await s.saveOffers([{ ...offer(42, 'demo', 'q-42'), upstream: 'casco', product: 'casco' }]);
    await s.close();
    // Back to version 2 as it was: attempts without upstream, one live attempt per insurer id.
    await raw(url, (c) =>
      c.query(`ALTER TABLE issuance_attempts DROP COLUMN upstream;
        CREATE UNIQUE INDEX issuance_one_live_attempt_per_offer ON issuance_attempts (upstream_offer_id) WHERE state IN ('pending', 'unknown', 'succeeded');
        INSERT INTO issuance_attempts VALUES ('demo', 'on-casco-41', 'h', 41, 'q-casco', 'unknown', NULL, now(), now());
        INSERT INTO issuance_attempts VALUES ('demo', 'on-assets-41', 'h', 41, 'q-assets', 'failed', NULL, now(), now());
        INSERT INTO issuance_attempts VALUES ('demo', 'on-42', 'h', 42, 'q-42', 'pending', NULL, now(), now());
        INSERT INTO issuance_attempts VALUES ('demo', 'offer-gone', 'h', 43, 'legacy-43', 'failed', NULL, now(), now());
        DELETE FROM schema_migrations WHERE version > 2;`),
    );
    const again = await PostgresStore.open(url);
    try {
      const upstreamOf = async (key: string) => (await again.getAttempt('demo', key))?.upstream;
      assert.equal(await upstreamOf('on-casco-41'), 'casco', 'the offer of its own quote, of two with its id');
      assert.equal(await upstreamOf('on-assets-41'), 'assets');
      assert.equal(await upstreamOf('on-42'), 'casco');
      assert.equal(await upstreamOf('offer-gone'), 'assets');
      assert.equal((await again.liveAttemptForOffer('casco', 41))?.key, 'on-casco-41');
      // The new index: the Assets offer 41 is free to issue beside the unknown Casco one.
      assert.equal((await again.beginAttempt({ site: 'demo', key: 'new', requestHash: 'h', upstream: 'assets', upstreamOfferId: 41, quoteId: 'q-assets' })).kind, 'started');
      assert.equal((await raw(url, (c) => c.query('SELECT max(version) AS v FROM schema_migrations'))).rows[0].v, SCHEMA_VERSION);
    } finally {
      await again.close();
    }
  });

  it('refuses a second live attempt, a second policy for one offer, or one policy twice at the database level', async () => {
    const url = await newSchemaUrl();
    await (await PostgresStore.open(url)).close();
    await raw(url, async (c) => {
      const attempt = (key: string, state: string, upstream = 'assets') =>
        c.query(
          `INSERT INTO issuance_attempts (site, idempotency_key, request_hash, upstream, upstream_offer_id, quote_id, state, created_at, updated_at)
           VALUES ('demo', $1, 'h', $3, 9, 'q', $2, now(), now())`,
          [key, state, upstream],
        );
      await attempt('x', 'unknown');
      await assert.rejects(attempt('y', 'pending'), /issuance_one_live_attempt_per_offer/);
      // The same insurer id in another API is another offer.
      await attempt('v', 'pending', 'casco');
      await assert.rejects(
        c.query("INSERT INTO issuance_attempts (site, idempotency_key, request_hash, upstream_offer_id, quote_id, state, created_at, updated_at) VALUES ('demo', 'u', 'h', 8, 'q', 'failed', now(), now())"),
        /not-null/,
      );
      await attempt('z', 'failed');
      await assert.rejects(attempt('w', 'lost'), /check constraint/);
      const policyRow = (id: string, offer: number, number: string) =>
        c.query("INSERT INTO policies VALUES ($1, 'assets', NULL, $2, 'ofr_x', 'demo', 'tire', 'SBX-MTR', $3, 1, 'RON', NULL, NULL, now())", [id, offer, number]);
      await policyRow('pol_a', 9, '1');
      await assert.rejects(policyRow('pol_b', 9, '2'), /duplicate key/);
      await assert.rejects(policyRow('pol_c', 10, '1'), /duplicate key/);
    });
  });

  it('two instances count one rate limit: requests on one pool use up the window on the other', async () => {
    const url = await newSchemaUrl();
    const [a, b] = await Promise.all([PostgresStore.open(url), PostgresStore.open(url)]);
    try {
      const limits = {
        perClient: { requests: 4, windowSeconds: 60 },
        perNetwork: { requests: 100, windowSeconds: 60 },
        perSite: { requests: 100, windowSeconds: 60, lightClientRequests: 30 },
        failedSecrets: { failures: 2, windowSeconds: 60 },
      };
      const onA = new RateLimiter(limits, {}, postgresCounters(a.pool, RATE_LIMIT_TABLE));
      const onB = new RateLimiter(limits, {}, postgresCounters(b.pool, RATE_LIMIT_TABLE));
      const verdicts = await Promise.all([1, 2, 3, 4].map((i) => (i % 2 ? onA : onB).take('demo', '203.0.113.7')));
      assert.ok(verdicts.every((v) => v.ok));
      const refused = await onB.take('demo', '203.0.113.7');
      assert.equal(refused.ok, false);
      assert.equal(!refused.ok && refused.limit, 'client');
      assert.ok(!refused.ok && refused.retryAfterSeconds > 0 && refused.retryAfterSeconds <= 60);
      assert.deepEqual(await onA.take('demo', '203.0.113.8'), { ok: true }, 'another address has its own count');

      await onA.secretFailed('198.51.100.1');
      assert.equal(await onB.secretBlockedFor('198.51.100.1'), undefined);
      await onB.secretFailed('198.51.100.1');
      assert.ok((await onA.secretBlockedFor('198.51.100.1'))! > 0, 'the second wrong secret, on the other instance, blocks');
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe('proxy: choosing PostgreSQL', () => {
  // Nothing is asked of the insurer at start, so no sandbox is needed to see which store a proxy opens.
  const config = (postgresUrl?: string) =>
    testConfig('http://127.0.0.1:9', (c) => {
      if (postgresUrl) c.storage = { postgresUrl };
    });

  it('DATABASE_URL or storage.postgresUrl selects PostgreSQL; an explicit SQLite path, or neither, keeps SQLite', async () => {
    const url = await server.createDatabase('choosing');
    const cases: { name: string; opts: Parameters<typeof startProxy>[0]; expected: 'postgresql' | 'sqlite' }[] = [
      { name: 'DATABASE_URL', opts: { config: config(), env: { ...ENV, DATABASE_URL: url } }, expected: 'postgresql' },
      { name: 'storage.postgresUrl', opts: { config: config(url), env: ENV }, expected: 'postgresql' },
      { name: 'dbPath', opts: { config: config(url), env: { ...ENV, DATABASE_URL: url }, dbPath: ':memory:' }, expected: 'sqlite' },
      { name: 'neither', opts: { config: config(), env: ENV, dbPath: ':memory:' }, expected: 'sqlite' },
    ];
    for (const { name, opts, expected } of cases) {
      const logs: string[] = [];
      const proxy = await startProxy({ ...opts, port: 0, logger: (l) => logs.push(l) });
      try {
        assert.equal(proxy.store instanceof PostgresStore, expected === 'postgresql', name);
        assert.equal(proxy.store instanceof SqliteStore, expected === 'sqlite', name);
        const listening = logs.map((l) => JSON.parse(l) as { msg: string; storage?: string }).find((l) => l.msg === 'proxy listening');
        assert.equal(listening?.storage, expected, name);
        const res = await fetch(`${proxy.url}/v1/config`, { headers: { Origin: 'http://localhost:5173' } });
        assert.equal(res.status, 200, `${name}: the rate limits count in the chosen store`);
      } finally {
        await proxy.close();
      }
    }
  });

  it('an unreachable database stops the start, saying why', async () => {
    const nowhere = 'postgresql://postgres@localhost/postgres?host=/nonexistent-lih-socket-dir';
    await assert.rejects(startProxy({ config: config(), env: { ...ENV, DATABASE_URL: nowhere }, port: 0, logger: () => {} }), /ENOENT|connect/);
  });

  it('refuses a postgresUrl that is not one, or holds a password (secrets live in the environment)', () => {
    const problems = (postgresUrl: string) => {
      try {
        loadConfig(config(postgresUrl), ENV);
        return [];
      } catch (err) {
        return (err as ConfigError).problems;
      }
    };
    assert.deepEqual(problems('postgresql://lih@db.internal:5432/lih'), []);
    assert.deepEqual(problems('postgres://lih@localhost/lih?host=/run/postgresql'), []);
    assert.match(problems('postgresql://lih:hunter2@db.internal/lih').join('\n'), /storage\.postgresUrl.*password/);
    assert.match(problems('postgresql://lih@db.internal/lih?password=hunter2').join('\n'), /storage\.postgresUrl.*password/);
    assert.match(problems('mysql://lih@db.internal/lih').join('\n'), /storage\.postgresUrl.*postgresql:\/\//);
    assert.ok(!problems('postgresql://lih:hunter2@db.internal/lih').join('\n').includes('hunter2'), 'the message does not repeat the password');
  });
});
