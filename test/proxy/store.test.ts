/**
 * SqliteStore: the Store contract every store must meet (store-contract.ts,
 * also run for PostgresStore), plus what is SQLite's own — the file's
 * migrations and WAL, and the unique indexes checked in raw SQL.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/proxy/store/sqlite.js';
import type { Store } from '../../src/proxy/store/store.js';
import { PUBLIC_ID } from '../../src/contract/public-api.js';
import { offer, ref, storeContract } from './store-contract.js';

const files = mkdtempSync(join(tmpdir(), 'lih-store-contract-'));
after(() => rmSync(files, { recursive: true, force: true }));
const paths = new WeakMap<Store, string>();
let n = 0;
storeContract('SqliteStore', {
  async fresh() {
    const path = join(files, `${++n}.sqlite`);
    const s = new SqliteStore(path);
    paths.set(s, path);
    return s;
  },
  async another(s) {
    return new SqliteStore(paths.get(s)!);
  },
});

describe('proxy: SqliteStore on its own', () => {
  it('migrates a new file to the current schema and reopens it unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-store-'));
    const path = join(dir, 'nested', 'proxy.sqlite');
    try {
      const s = new SqliteStore(path);
      const saved = offer(1);
      await s.saveOffers([saved]);
      await s.close();
      const raw = new Database(path);
      assert.equal(raw.pragma('user_version', { simple: true }), 4);
      assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
      raw.close();
      const again = new SqliteStore(path);
      assert.deepEqual(await again.offerByRef(saved.publicId), saved);
      assert.deepEqual(await again.offerByUpstreamId('assets', 1), saved);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('moves a version-1 file on: old offers and policies get random capabilities and keep their insurer ids', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-store-'));
    const path = join(dir, 'v1.sqlite');
    try {
      const v1 = new Database(path);
      v1.exec(`CREATE TABLE offers (upstream TEXT NOT NULL, offer_id INTEGER NOT NULL, site TEXT NOT NULL, product TEXT NOT NULL, insurer TEXT NOT NULL,
          premium_amount REAL NOT NULL, currency TEXT NOT NULL, expires_on TEXT NOT NULL, start_date TEXT, end_date TEXT, package TEXT, term_time INTEGER,
          created_at TEXT NOT NULL, PRIMARY KEY (upstream, offer_id));
        CREATE TABLE policies (upstream TEXT NOT NULL, policy_id INTEGER NOT NULL, offer_id INTEGER NOT NULL, site TEXT NOT NULL, product TEXT NOT NULL,
          series TEXT NOT NULL, number TEXT NOT NULL, premium_amount REAL NOT NULL, currency TEXT NOT NULL, start_date TEXT, end_date TEXT,
          created_at TEXT NOT NULL, PRIMARY KEY (upstream, policy_id), UNIQUE (upstream, offer_id));
        CREATE TABLE issuance_attempts (site TEXT NOT NULL, idempotency_key TEXT NOT NULL, request_hash TEXT NOT NULL, offer_id INTEGER NOT NULL,
          state TEXT NOT NULL, outcome TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (site, idempotency_key));
        INSERT INTO offers VALUES ('assets', 41, 'demo', 'tire', 'michelin', 144, 'RON', '2099-12-31', NULL, NULL, NULL, 12, 'then');
        INSERT INTO policies VALUES ('assets', 7, 41, 'demo', 'tire', 'SBX-MTR', '100007', 144, 'RON', NULL, NULL, 'then');
        INSERT INTO issuance_attempts VALUES ('demo', 'k', 'h', 41, 'succeeded', NULL, 'then', 'then');
        PRAGMA user_version = 1;`);
      v1.close();
      const s = new SqliteStore(path);
      const o = await s.offerByUpstreamId('assets', 41);
      assert.match(o!.publicId, PUBLIC_ID);
      const p = await s.policyForOffer('assets', 41);
      assert.match(p!.policyId, PUBLIC_ID);
      assert.equal(p!.offerId, o!.publicId);
      assert.equal(p!.upstreamPolicyId, 7);
      assert.equal((await s.getAttempt('demo', 'k'))?.state, 'succeeded');
      await s.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('moves a version-3 file on: old attempts take their upstream from their offer, else assets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-store-'));
    const path = join(dir, 'v3.sqlite');
    try {
      const s = new SqliteStore(path);
      await s.saveOffers([offer(41, 'demo', 'q-assets'), { ...offer(41, 'demo', 'q-casco'), upstream: 'casco', product: 'casco', publicId: ref(1041) }]);
      await s.saveOffers([{ ...offer(42, 'demo', 'q-42'), upstream: 'casco', product: 'casco' }]);
      await s.close();
      // Back to version 3 as it was: attempts without upstream, one live attempt per insurer id.
      const v3 = new Database(path);
      v3.exec(`DROP TABLE issuance_attempts;
        CREATE TABLE issuance_attempts (site TEXT NOT NULL, idempotency_key TEXT NOT NULL, request_hash TEXT NOT NULL, upstream_offer_id INTEGER NOT NULL,
          quote_id TEXT NOT NULL, state TEXT NOT NULL CHECK (state IN ('pending', 'unknown', 'succeeded', 'failed')), outcome TEXT,
          created_at TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (site, idempotency_key));
        CREATE UNIQUE INDEX issuance_one_live_attempt_per_offer ON issuance_attempts (upstream_offer_id) WHERE state IN ('pending', 'unknown', 'succeeded');
        CREATE INDEX issuance_attempts_by_quote ON issuance_attempts (quote_id) WHERE state IN ('pending', 'unknown');
        INSERT INTO issuance_attempts VALUES ('demo', 'on-casco-41', 'h', 41, 'q-casco', 'unknown', NULL, 'then', 'then');
        INSERT INTO issuance_attempts VALUES ('demo', 'on-assets-41', 'h', 41, 'q-assets', 'failed', NULL, 'then', 'then');
        INSERT INTO issuance_attempts VALUES ('demo', 'on-42', 'h', 42, 'q-42', 'pending', NULL, 'then', 'then');
        INSERT INTO issuance_attempts VALUES ('demo', 'offer-gone', 'h', 43, 'legacy-43', 'failed', NULL, 'then', 'then');
        PRAGMA user_version = 3;`);
      v3.close();
      const again = new SqliteStore(path);
      const upstreamOf = async (key: string) => (await again.getAttempt('demo', key))?.upstream;
      assert.equal(await upstreamOf('on-casco-41'), 'casco', 'the offer of its own quote, of two with its id');
      assert.equal(await upstreamOf('on-assets-41'), 'assets');
      assert.equal(await upstreamOf('on-42'), 'casco');
      assert.equal(await upstreamOf('offer-gone'), 'assets');
      assert.equal((await again.liveAttemptForOffer('casco', 41))?.key, 'on-casco-41');
      // The new index: the Assets offer 41 is free to issue beside the unknown Casco one.
      assert.equal((await again.beginAttempt({ site: 'demo', key: 'new', requestHash: 'h', upstream: 'assets', upstreamOfferId: 41, quoteId: 'q-assets' })).kind, 'started');
      await again.close();
      const raw = new Database(path);
      assert.equal(raw.pragma('user_version', { simple: true }), 4);
      raw.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a second live attempt, a second policy for one offer, or one policy twice at the database level', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-store-'));
    try {
      const path = join(dir, 'p.sqlite');
      void new SqliteStore(path).close();
      const db = new Database(path);
      const insert = db.prepare(
        `INSERT INTO issuance_attempts (site, idempotency_key, request_hash, upstream, upstream_offer_id, quote_id, state, created_at, updated_at)
         VALUES ('demo', ?, 'h', ?, 9, 'q', ?, 'now', 'now')`,
      );
      insert.run('x', 'assets', 'unknown');
      assert.throws(() => insert.run('y', 'assets', 'pending'), /UNIQUE/);
      // The same insurer id in another API is another offer.
      insert.run('z', 'casco', 'pending');
      const policyRow = db.prepare("INSERT INTO policies VALUES (?, 'assets', NULL, ?, 'ofr_x', 'demo', 'tire', 'SBX-MTR', ?, 1, 'RON', NULL, NULL, 'now')");
      policyRow.run('pol_a', 9, '1');
      assert.throws(() => policyRow.run('pol_b', 9, '2'), /UNIQUE/);
      assert.throws(() => policyRow.run('pol_c', 10, '1'), /UNIQUE/);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
