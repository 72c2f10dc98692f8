/**
 * The default Store: one embedded SQLite file (better-sqlite3, WAL), migrated
 * at open. better-sqlite3 is synchronous, so each method is atomic within the
 * process; the transactions also make them atomic across processes sharing
 * the file. The partial unique index is what makes "an offer is issued at most
 * once" a property of the data, not only of the code.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ProductKey } from '../../contract/products/index.js';
import type { AttemptOutcome, BeginResult, IssuanceAttempt, OfferRecord, PolicyRecord, Store } from './store.js';

/** Each entry moves the schema one version on; `PRAGMA user_version` says where a file stands. */
const MIGRATIONS: string[] = [
  `CREATE TABLE offers (
     upstream TEXT NOT NULL,
     offer_id INTEGER NOT NULL,
     site TEXT NOT NULL,
     product TEXT NOT NULL,
     insurer TEXT NOT NULL,
     premium_amount REAL NOT NULL,
     currency TEXT NOT NULL,
     expires_on TEXT NOT NULL,
     start_date TEXT,
     end_date TEXT,
     package TEXT,
     term_time INTEGER,
     created_at TEXT NOT NULL,
     PRIMARY KEY (upstream, offer_id)
   );
   CREATE TABLE policies (
     upstream TEXT NOT NULL,
     policy_id INTEGER NOT NULL,
     offer_id INTEGER NOT NULL,
     site TEXT NOT NULL,
     product TEXT NOT NULL,
     series TEXT NOT NULL,
     number TEXT NOT NULL,
     premium_amount REAL NOT NULL,
     currency TEXT NOT NULL,
     start_date TEXT,
     end_date TEXT,
     created_at TEXT NOT NULL,
     PRIMARY KEY (upstream, policy_id),
     UNIQUE (upstream, offer_id)
   );
   CREATE TABLE issuance_attempts (
     site TEXT NOT NULL,
     idempotency_key TEXT NOT NULL,
     request_hash TEXT NOT NULL,
     offer_id INTEGER NOT NULL,
     state TEXT NOT NULL CHECK (state IN ('pending', 'succeeded', 'failed')),
     outcome TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     PRIMARY KEY (site, idempotency_key)
   );
   CREATE UNIQUE INDEX issuance_one_live_attempt_per_offer ON issuance_attempts (offer_id) WHERE state IN ('pending', 'succeeded');`,
];

type Row = Record<string, unknown>;
const opt = <T>(v: unknown): T | undefined => (v === null || v === undefined ? undefined : (v as T));

function offerFromRow(r: Row): OfferRecord {
  const o: OfferRecord = {
    upstream: r.upstream as string,
    offerId: r.offer_id as number,
    site: r.site as string,
    product: r.product as ProductKey,
    insurer: r.insurer as string,
    premiumAmount: r.premium_amount as number,
    currency: r.currency as string,
    expiresOn: r.expires_on as string,
    createdAt: r.created_at as string,
  };
  const startDate = opt<string>(r.start_date);
  if (startDate) o.startDate = startDate;
  const endDate = opt<string>(r.end_date);
  if (endDate) o.endDate = endDate;
  const pkg = opt<string>(r.package);
  if (pkg) o.package = pkg;
  const term = opt<number>(r.term_time);
  if (term !== undefined) o.termTime = term;
  return o;
}

function policyFromRow(r: Row): PolicyRecord {
  const p: PolicyRecord = {
    upstream: r.upstream as string,
    policyId: r.policy_id as number,
    offerId: r.offer_id as number,
    site: r.site as string,
    product: r.product as ProductKey,
    series: r.series as string,
    number: r.number as string,
    premiumAmount: r.premium_amount as number,
    currency: r.currency as string,
    createdAt: r.created_at as string,
  };
  const startDate = opt<string>(r.start_date);
  if (startDate) p.startDate = startDate;
  const endDate = opt<string>(r.end_date);
  if (endDate) p.endDate = endDate;
  return p;
}

function attemptFromRow(r: Row): IssuanceAttempt {
  const a: IssuanceAttempt = {
    site: r.site as string,
    key: r.idempotency_key as string,
    requestHash: r.request_hash as string,
    offerId: r.offer_id as number,
    state: r.state as IssuanceAttempt['state'],
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
  };
  if (typeof r.outcome === 'string') a.outcome = JSON.parse(r.outcome) as AttemptOutcome;
  return a;
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  // Statements are compiled once and reused: preparing one per call cost more than running it.
  private readonly statements = new Map<string, Database.Statement>();
  private sql(text: string): Database.Statement {
    let s = this.statements.get(text);
    if (!s) this.statements.set(text, (s = this.db.prepare(text)));
    return s;
  }

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  /** Applies the migrations this file has not seen yet, each in its own transaction. */
  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > MIGRATIONS.length) throw new Error(`The database schema (version ${version}) is newer than this proxy (${MIGRATIONS.length}).`);
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  async saveOffers(offers: readonly OfferRecord[]): Promise<void> {
    // Saving an offer again for its own site updates it; an id held by another site is refused:
    // an id the insurer gave twice must never move an offer between sites.
    const upsert = this.sql(
      `INSERT INTO offers (upstream, offer_id, site, product, insurer, premium_amount, currency, expires_on, start_date, end_date, package, term_time, created_at)
       VALUES (@upstream, @offerId, @site, @product, @insurer, @premiumAmount, @currency, @expiresOn, @startDate, @endDate, @package, @termTime, @createdAt)
       ON CONFLICT (upstream, offer_id) DO UPDATE SET
         product = excluded.product, insurer = excluded.insurer, premium_amount = excluded.premium_amount, currency = excluded.currency,
         expires_on = excluded.expires_on, start_date = excluded.start_date, end_date = excluded.end_date, package = excluded.package,
         term_time = excluded.term_time
       WHERE offers.site = excluded.site`,
    );
    this.db.transaction(() => {
      for (const o of offers) {
        const { changes } = upsert.run({ startDate: null, endDate: null, package: null, termTime: null, ...o });
        if (changes === 0) throw new Error(`offer ${o.offerId} of ${o.upstream} belongs to another site`);
      }
    })();
  }

  async getOffer(upstream: string, offerId: number): Promise<OfferRecord | undefined> {
    const r = this.sql('SELECT * FROM offers WHERE upstream = ? AND offer_id = ?').get(upstream, offerId) as Row | undefined;
    return r && offerFromRow(r);
  }

  async getPolicy(upstream: string, policyId: number): Promise<PolicyRecord | undefined> {
    const r = this.sql('SELECT * FROM policies WHERE upstream = ? AND policy_id = ?').get(upstream, policyId) as Row | undefined;
    return r && policyFromRow(r);
  }

  async policyForOffer(upstream: string, offerId: number): Promise<PolicyRecord | undefined> {
    const r = this.sql('SELECT * FROM policies WHERE upstream = ? AND offer_id = ?').get(upstream, offerId) as Row | undefined;
    return r && policyFromRow(r);
  }

  async getAttempt(site: string, key: string): Promise<IssuanceAttempt | undefined> {
    const r = this.sql('SELECT * FROM issuance_attempts WHERE site = ? AND idempotency_key = ?').get(site, key) as Row | undefined;
    return r && attemptFromRow(r);
  }

  async beginAttempt(a: { site: string; key: string; requestHash: string; offerId: number }): Promise<BeginResult> {
    // IMMEDIATE: take the write lock before reading, so two processes cannot both see "free".
    return this.db
      .transaction((): BeginResult => {
        const same = this.sql('SELECT * FROM issuance_attempts WHERE site = ? AND idempotency_key = ?').get(a.site, a.key) as Row | undefined;
        if (same) return { kind: 'existing', attempt: attemptFromRow(same) };
        const live = this
          .sql("SELECT * FROM issuance_attempts WHERE offer_id = ? AND state IN ('pending', 'succeeded')")
          .get(a.offerId) as Row | undefined;
        if (live) return { kind: 'offerTaken', attempt: attemptFromRow(live) };
        const now = new Date().toISOString();
        this
          .sql(
            `INSERT INTO issuance_attempts (site, idempotency_key, request_hash, offer_id, state, created_at, updated_at)
             VALUES (?, ?, ?, ?, 'pending', ?, ?)`,
          )
          .run(a.site, a.key, a.requestHash, a.offerId, now, now);
        return { kind: 'started' };
      })
      .immediate();
  }

  async finishAttempt(site: string, key: string, outcome: AttemptOutcome, policy?: PolicyRecord): Promise<void> {
    this.db.transaction(() => {
      if (policy) {
        this
          .sql(
            `INSERT INTO policies (upstream, policy_id, offer_id, site, product, series, number, premium_amount, currency, start_date, end_date, created_at)
             VALUES (@upstream, @policyId, @offerId, @site, @product, @series, @number, @premiumAmount, @currency, @startDate, @endDate, @createdAt)`,
          )
          .run({ startDate: null, endDate: null, ...policy });
      }
      this
        .sql('UPDATE issuance_attempts SET state = ?, outcome = ?, updated_at = ? WHERE site = ? AND idempotency_key = ?')
        .run(outcome.state, JSON.stringify(outcome), new Date().toISOString(), site, key);
    })();
  }

  async abandonAttempt(site: string, key: string): Promise<void> {
    this.sql("DELETE FROM issuance_attempts WHERE site = ? AND idempotency_key = ? AND state = 'pending'").run(site, key);
  }

  async releaseStaleAttempts(before: string): Promise<number> {
    return this.sql("DELETE FROM issuance_attempts WHERE state = 'pending' AND updated_at < ?").run(before).changes;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
