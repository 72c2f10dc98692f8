/**
 * The default Store: one embedded SQLite file (better-sqlite3, WAL), migrated
 * at open. better-sqlite3 is synchronous, so each method is atomic within the
 * process; the transactions also make them atomic across processes sharing
 * the file. The partial unique indexes are what make "an offer is issued at
 * most once" and "a policy is recorded once" properties of the data, not only
 * of the code.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { attemptFromRow, offerFromRow, policyFromRow, type Row } from './rows.js';
import type { AttemptOutcome, BeginAttempt, BeginResult, IssuanceAttempt, OfferRecord, PolicyRecord, Store } from './store.js';

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
  // 2: public ids are random capabilities (issue 9); the insurer's ids stay inside. Policies may be known by
  // series and number only (found again after a lost answer); attempts may be 'unknown' and belong to a quote.
  `CREATE TABLE offers_v2 (
     public_id TEXT PRIMARY KEY,
     upstream TEXT NOT NULL,
     upstream_offer_id INTEGER NOT NULL,
     quote_id TEXT NOT NULL,
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
     UNIQUE (upstream, upstream_offer_id)
   );
   INSERT INTO offers_v2 SELECT 'ofr_' || lower(hex(randomblob(16))), upstream, offer_id, 'legacy-' || offer_id, site, product, insurer,
     premium_amount, currency, expires_on, start_date, end_date, package, term_time, created_at FROM offers;
   CREATE TABLE policies_v2 (
     public_id TEXT PRIMARY KEY,
     upstream TEXT NOT NULL,
     upstream_policy_id INTEGER,
     upstream_offer_id INTEGER NOT NULL,
     offer_public_id TEXT NOT NULL,
     site TEXT NOT NULL,
     product TEXT NOT NULL,
     series TEXT NOT NULL,
     number TEXT NOT NULL,
     premium_amount REAL NOT NULL,
     currency TEXT NOT NULL,
     start_date TEXT,
     end_date TEXT,
     created_at TEXT NOT NULL,
     UNIQUE (upstream, upstream_offer_id),
     UNIQUE (upstream, series, number)
   );
   INSERT INTO policies_v2 SELECT 'pol_' || lower(hex(randomblob(16))), p.upstream, p.policy_id, p.offer_id, o.public_id, p.site, p.product,
     p.series, p.number, p.premium_amount, p.currency, p.start_date, p.end_date, p.created_at
     FROM policies p JOIN offers_v2 o ON o.upstream = p.upstream AND o.upstream_offer_id = p.offer_id;
   CREATE TABLE attempts_v2 (
     site TEXT NOT NULL,
     idempotency_key TEXT NOT NULL,
     request_hash TEXT NOT NULL,
     upstream_offer_id INTEGER NOT NULL,
     quote_id TEXT NOT NULL,
     state TEXT NOT NULL CHECK (state IN ('pending', 'unknown', 'succeeded', 'failed')),
     outcome TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     PRIMARY KEY (site, idempotency_key)
   );
   INSERT INTO attempts_v2 SELECT site, idempotency_key, request_hash, offer_id, 'legacy-' || offer_id,
     state, outcome, created_at, updated_at FROM issuance_attempts;
   DROP TABLE issuance_attempts;
   DROP TABLE policies;
   DROP TABLE offers;
   ALTER TABLE offers_v2 RENAME TO offers;
   ALTER TABLE policies_v2 RENAME TO policies;
   ALTER TABLE attempts_v2 RENAME TO issuance_attempts;
   CREATE UNIQUE INDEX issuance_one_live_attempt_per_offer ON issuance_attempts (upstream_offer_id) WHERE state IN ('pending', 'unknown', 'succeeded');
   CREATE INDEX offers_by_quote ON offers (quote_id);
   CREATE INDEX issuance_attempts_by_quote ON issuance_attempts (quote_id) WHERE state IN ('pending', 'unknown');`,
  // 3: what issuance pays when the insurer names it apart from the premium (casco: the first instalment, in RON).
  `ALTER TABLE offers ADD COLUMN payment_amount REAL;
   ALTER TABLE offers ADD COLUMN payment_currency TEXT;`,
  // 4: attempts name their offer by upstream and insurer id, as offers and policies do: two APIs may give the same id.
  // Rebuilt rather than altered, so the column has no default to hide an insert that forgets it. An old attempt takes
  // its upstream from its offer (the one of its own quote first), else 'assets', the only API before casco.
  `CREATE TABLE attempts_v4 (
     site TEXT NOT NULL,
     idempotency_key TEXT NOT NULL,
     request_hash TEXT NOT NULL,
     upstream TEXT NOT NULL,
     upstream_offer_id INTEGER NOT NULL,
     quote_id TEXT NOT NULL,
     state TEXT NOT NULL CHECK (state IN ('pending', 'unknown', 'succeeded', 'failed')),
     outcome TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     PRIMARY KEY (site, idempotency_key)
   );
   INSERT INTO attempts_v4 SELECT a.site, a.idempotency_key, a.request_hash,
     coalesce((SELECT o.upstream FROM offers o WHERE o.upstream_offer_id = a.upstream_offer_id
       ORDER BY o.quote_id = a.quote_id DESC, o.upstream LIMIT 1), 'assets'),
     a.upstream_offer_id, a.quote_id, a.state, a.outcome, a.created_at, a.updated_at FROM issuance_attempts a;
   DROP TABLE issuance_attempts;
   ALTER TABLE attempts_v4 RENAME TO issuance_attempts;
   CREATE UNIQUE INDEX issuance_one_live_attempt_per_offer ON issuance_attempts (upstream, upstream_offer_id)
     WHERE state IN ('pending', 'unknown', 'succeeded');
   CREATE INDEX issuance_attempts_by_quote ON issuance_attempts (quote_id) WHERE state IN ('pending', 'unknown');`,
];

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
    // An insurer id already recorded is refused: an id the insurer gave twice must never move an offer
    // between sites or quotes, nor hand a second capability to the same offer.
    const insert = this.sql(
      `INSERT INTO offers (public_id, upstream, upstream_offer_id, quote_id, site, product, insurer, premium_amount, currency, expires_on,
         start_date, end_date, package, term_time, payment_amount, payment_currency, created_at)
       VALUES (@publicId, @upstream, @upstreamOfferId, @quoteId, @site, @product, @insurer, @premiumAmount, @currency, @expiresOn,
         @startDate, @endDate, @package, @termTime, @paymentAmount, @paymentCurrency, @createdAt)
       ON CONFLICT DO NOTHING`,
    );
    this.db.transaction(() => {
      for (const o of offers) {
        const { payment, ...row } = o;
        const { changes } = insert.run({
          startDate: null, endDate: null, package: null, termTime: null, ...row,
          paymentAmount: payment?.amount ?? null, paymentCurrency: payment?.currency ?? null,
        });
        if (changes === 0) throw new Error(`offer ${o.upstreamOfferId} of ${o.upstream} is already recorded`);
      }
    })();
  }

  async offerByRef(publicId: string): Promise<OfferRecord | undefined> {
    const r = this.sql('SELECT * FROM offers WHERE public_id = ?').get(publicId) as Row | undefined;
    return r && offerFromRow(r);
  }

  async offerByUpstreamId(upstream: string, upstreamOfferId: number): Promise<OfferRecord | undefined> {
    const r = this.sql('SELECT * FROM offers WHERE upstream = ? AND upstream_offer_id = ?').get(upstream, upstreamOfferId) as Row | undefined;
    return r && offerFromRow(r);
  }

  async quoteSite(quoteId: string): Promise<string | undefined> {
    const r = this.sql('SELECT site FROM offers WHERE quote_id = ? LIMIT 1').get(quoteId) as Row | undefined;
    return r?.site as string | undefined;
  }

  async policyByRef(publicId: string): Promise<PolicyRecord | undefined> {
    const r = this.sql('SELECT * FROM policies WHERE public_id = ?').get(publicId) as Row | undefined;
    return r && policyFromRow(r);
  }

  async policyForOffer(upstream: string, upstreamOfferId: number): Promise<PolicyRecord | undefined> {
    const r = this.sql('SELECT * FROM policies WHERE upstream = ? AND upstream_offer_id = ?').get(upstream, upstreamOfferId) as Row | undefined;
    return r && policyFromRow(r);
  }

  async getAttempt(site: string, key: string): Promise<IssuanceAttempt | undefined> {
    const r = this.sql('SELECT * FROM issuance_attempts WHERE site = ? AND idempotency_key = ?').get(site, key) as Row | undefined;
    return r && attemptFromRow(r);
  }

  async liveAttemptForOffer(upstream: string, upstreamOfferId: number): Promise<IssuanceAttempt | undefined> {
    const r = this
      .sql("SELECT * FROM issuance_attempts WHERE upstream = ? AND upstream_offer_id = ? AND state IN ('pending', 'unknown', 'succeeded')")
      .get(upstream, upstreamOfferId) as Row | undefined;
    return r && attemptFromRow(r);
  }

  async beginAttempt(a: BeginAttempt): Promise<BeginResult> {
    // IMMEDIATE: take the write lock before reading, so two processes cannot both see "free".
    return this.db
      .transaction((): BeginResult => {
        const same = this.sql('SELECT * FROM issuance_attempts WHERE site = ? AND idempotency_key = ?').get(a.site, a.key) as Row | undefined;
        if (same) return { kind: 'existing', attempt: attemptFromRow(same) };
        const live = this
          .sql("SELECT * FROM issuance_attempts WHERE upstream = ? AND upstream_offer_id = ? AND state IN ('pending', 'unknown', 'succeeded')")
          .get(a.upstream, a.upstreamOfferId) as Row | undefined;
        if (live) return { kind: 'offerTaken', attempt: attemptFromRow(live) };
        const sibling = this
          .sql("SELECT * FROM issuance_attempts WHERE quote_id = ? AND state IN ('pending', 'unknown')")
          .get(a.quoteId) as Row | undefined;
        if (sibling) return { kind: 'quoteBusy', attempt: attemptFromRow(sibling) };
        const now = new Date().toISOString();
        this
          .sql(
            `INSERT INTO issuance_attempts (site, idempotency_key, request_hash, upstream, upstream_offer_id, quote_id, state, created_at, updated_at)
             VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
          )
          .run(a.site, a.key, a.requestHash, a.upstream, a.upstreamOfferId, a.quoteId, now, now);
        return { kind: 'started' };
      })
      .immediate();
  }

  async claimUnknown(site: string, key: string): Promise<boolean> {
    const { changes } = this
      .sql("UPDATE issuance_attempts SET state = 'pending', updated_at = ? WHERE site = ? AND idempotency_key = ? AND state = 'unknown'")
      .run(new Date().toISOString(), site, key);
    return changes === 1;
  }

  async finishAttempt(site: string, key: string, outcome: AttemptOutcome, policy?: PolicyRecord): Promise<void> {
    this.db.transaction(() => {
      if (policy) {
        this
          .sql(
            `INSERT INTO policies (public_id, upstream, upstream_policy_id, upstream_offer_id, offer_public_id, site, product, series, number,
               premium_amount, currency, start_date, end_date, created_at)
             VALUES (@policyId, @upstream, @upstreamPolicyId, @upstreamOfferId, @offerId, @site, @product, @series, @number,
               @premiumAmount, @currency, @startDate, @endDate, @createdAt)`,
          )
          .run({ startDate: null, endDate: null, upstreamPolicyId: null, ...policy });
      }
      this
        .sql('UPDATE issuance_attempts SET state = ?, outcome = ?, updated_at = ? WHERE site = ? AND idempotency_key = ?')
        .run(outcome.state, JSON.stringify(outcome), new Date().toISOString(), site, key);
    })();
  }

  async markUnknown(site: string, key: string): Promise<void> {
    this
      .sql("UPDATE issuance_attempts SET state = 'unknown', updated_at = ? WHERE site = ? AND idempotency_key = ? AND state = 'pending'")
      .run(new Date().toISOString(), site, key);
  }

  async abandonAttempt(site: string, key: string): Promise<void> {
    this.sql("DELETE FROM issuance_attempts WHERE site = ? AND idempotency_key = ? AND state = 'pending'").run(site, key);
  }

  async releaseStaleAttempts(before: string): Promise<number> {
    return this
      .sql("UPDATE issuance_attempts SET state = 'unknown', updated_at = ? WHERE state = 'pending' AND updated_at < ?")
      .run(new Date().toISOString(), before).changes;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
