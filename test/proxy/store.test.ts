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
import { offer, storeContract } from './store-contract.js';

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
      assert.equal(raw.pragma('user_version', { simple: true }), 3);
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

  it('refuses a second live attempt, a second policy for one offer, or one policy twice at the database level', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-store-'));
    try {
      const path = join(dir, 'p.sqlite');
      void new SqliteStore(path).close();
      const db = new Database(path);
      const insert = db.prepare("INSERT INTO issuance_attempts VALUES (?, ?, 'h', 9, 'q', ?, NULL, 'now', 'now')");
      insert.run('demo', 'x', 'unknown');
      assert.throws(() => insert.run('demo', 'y', 'pending'), /UNIQUE/);
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
