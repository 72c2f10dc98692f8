/**
 * SqliteStore on its own: migration at open, the attempt rules that make
 * issuance idempotent, and "an offer has at most one live attempt" enforced by
 * the data itself.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/proxy/store/sqlite.js';
import type { OfferRecord, PolicyRecord } from '../../src/proxy/store/store.js';

const offer = (offerId: number, site = 'demo'): OfferRecord => ({
  upstream: 'assets',
  offerId,
  site,
  product: 'tire',
  insurer: 'michelin',
  premiumAmount: 144,
  currency: 'RON',
  expiresOn: '2099-12-31',
  termTime: 12,
  createdAt: new Date().toISOString(),
});

const policy = (offerId: number, policyId: number): PolicyRecord => ({
  upstream: 'assets',
  policyId,
  offerId,
  site: 'demo',
  product: 'tire',
  series: 'SBX-MTR',
  number: String(100000 + policyId),
  premiumAmount: 144,
  currency: 'RON',
  createdAt: new Date().toISOString(),
});

describe('proxy: SqliteStore', () => {
  it('migrates a new file to the current schema and reopens it unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-store-'));
    const path = join(dir, 'nested', 'proxy.sqlite');
    try {
      const s = new SqliteStore(path);
      const saved = offer(1);
      await s.saveOffers([saved]);
      await s.close();
      const raw = new Database(path);
      assert.equal(raw.pragma('user_version', { simple: true }), 1);
      assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
      raw.close();
      const again = new SqliteStore(path);
      assert.deepEqual(await again.getOffer('assets', 1), saved);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts an attempt once per key; a second begin sees the first', async () => {
    const s = new SqliteStore(':memory:');
    await s.saveOffers([offer(1)]);
    assert.deepEqual(await s.beginAttempt({ site: 'demo', key: 'k', requestHash: 'h', offerId: 1 }), { kind: 'started' });
    const second = await s.beginAttempt({ site: 'demo', key: 'k', requestHash: 'other', offerId: 1 });
    assert.equal(second.kind, 'existing');
    assert.equal(second.kind === 'existing' && second.attempt.requestHash, 'h');
    // The same key on another site is another attempt — but the offer is taken.
    const other = await s.beginAttempt({ site: 'shop', key: 'k', requestHash: 'h', offerId: 1 });
    assert.equal(other.kind, 'offerTaken');
  });

  it('keeps an offer taken once issued, and frees it after a refusal or an abandoned attempt', async () => {
    const s = new SqliteStore(':memory:');
    await s.beginAttempt({ site: 'demo', key: 'a', requestHash: 'h', offerId: 7 });
    await s.finishAttempt('demo', 'a', { state: 'failed', status: 422, errors: [{ path: '', message: { en: 'no', ro: 'nu' } }] });
    assert.equal((await s.beginAttempt({ site: 'demo', key: 'b', requestHash: 'h', offerId: 7 })).kind, 'started');
    await s.abandonAttempt('demo', 'b');
    assert.equal(await s.getAttempt('demo', 'b'), undefined);
    assert.equal((await s.beginAttempt({ site: 'demo', key: 'c', requestHash: 'h', offerId: 7 })).kind, 'started');
    const p = policy(7, 3);
    await s.finishAttempt('demo', 'c', { state: 'succeeded', policy: { policyId: 3, offerId: 7, product: 'tire', series: p.series, number: p.number, premiumAmount: 144, currency: 'RON' } }, p);
    assert.equal((await s.policyForOffer('assets', 7))!.policyId, 3);
    assert.equal((await s.beginAttempt({ site: 'demo', key: 'd', requestHash: 'h', offerId: 7 })).kind, 'offerTaken');
  });

  it('refuses a second live attempt or a second policy for one offer at the database level', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lih-store-'));
    try {
      const path = join(dir, 'p.sqlite');
      void new SqliteStore(path).close();
      const db = new Database(path);
      const insert = db.prepare("INSERT INTO issuance_attempts VALUES (?, ?, 'h', 9, 'pending', NULL, 'now', 'now')");
      insert.run('demo', 'x');
      assert.throws(() => insert.run('demo', 'y'), /UNIQUE/);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('saving an offer again for its site updates it; an id another site holds is refused, never moved', async () => {
    const store = new SqliteStore(':memory:');
    await store.saveOffers([offer(7)]);
    await store.saveOffers([{ ...offer(7), expiresOn: '2030-01-01' }]);
    assert.equal((await store.getOffer('assets', 7))?.expiresOn, '2030-01-01');
    await assert.rejects(store.saveOffers([offer(7, 'other-shop')]), /another site/);
    assert.equal((await store.getOffer('assets', 7))?.site, 'demo');
    await store.close();
  });

  it('releases pending attempts left by a process that stopped', async () => {
    const s = new SqliteStore(':memory:');
    await s.beginAttempt({ site: 'demo', key: 'a', requestHash: 'h', offerId: 1 });
    assert.equal(await s.releaseStaleAttempts(new Date(Date.now() - 60_000).toISOString()), 0);
    assert.equal(await s.releaseStaleAttempts(new Date(Date.now() + 1000).toISOString()), 1);
    assert.equal(await s.getAttempt('demo', 'a'), undefined);
  });
});
