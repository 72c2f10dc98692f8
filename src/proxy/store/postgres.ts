/**
 * The Store in PostgreSQL, for several proxy instances behind a load balancer
 * (`storage.postgresUrl` or `DATABASE_URL`). Same tables, constraints and
 * answers as SqliteStore; what SQLite gets from one writer at a time, this
 * gets from the database itself, so it holds across processes and machines:
 *
 * - "one live attempt per offer", "one policy per offer" and "one policy per
 *   series/number" are unique indexes, as in SQLite;
 * - `beginAttempt` reads and inserts in one transaction that first takes a
 *   transaction-scoped advisory lock on the quote, so two instances cannot
 *   both see an offer or a quote free (an offer belongs to one quote, so the
 *   lock covers the offer too); a unique violation that still slips through
 *   (the same key on two quotes) re-runs the transaction, which then sees the
 *   winner's row;
 * - every other change is one statement (row locks) or one transaction.
 *
 * No transaction or lock spans an upstream call: an instance killed mid-call
 * leaves a `pending` row and nothing locked; `releaseStaleAttempts` makes it
 * `unknown` and the next request with its key resolves it.
 *
 * Migrations run at open under a session advisory lock, recorded in
 * `schema_migrations`, so instances starting together apply each one once.
 * Migration 1 also creates rate-limiter-flexible's table, so the limiters
 * (src/proxy/rate-limit.ts) can count from the first request.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { attemptFromRow, offerFromRow, policyFromRow, type Row } from './rows.js';
import type { AttemptOutcome, BeginAttempt, BeginResult, IssuanceAttempt, OfferRecord, PolicyRecord, Store } from './store.js';

/** rate-limiter-flexible's RateLimiterPostgres table (its own layout), shared by every limiter of every instance. */
export const RATE_LIMIT_TABLE = 'rate_limits';

/** Advisory locks take (namespace, key); ours are in this namespace ("LIH" + 1), apart from anyone else's on the database. */
const LOCK_NAMESPACE = 0x4c494801;
/** Key 0 in the namespace: migrations. Quotes hash to other keys (a collision only serialises two quotes' begins). */
const MIGRATION_LOCK = 0;

/** Each entry moves the schema one version on; `schema_migrations` says where a database stands. */
const MIGRATIONS: string[] = [
  // Insurer-given dates stay text, as in SQLite (the insurer's format, unparsed); our own instants are timestamptz.
  `CREATE TABLE offers (
     public_id text PRIMARY KEY,
     upstream text NOT NULL,
     upstream_offer_id bigint NOT NULL,
     quote_id text NOT NULL,
     site text NOT NULL,
     product text NOT NULL,
     insurer text NOT NULL,
     premium_amount double precision NOT NULL,
     currency text NOT NULL,
     expires_on text NOT NULL,
     start_date text,
     end_date text,
     package text,
     term_time integer,
     created_at timestamptz NOT NULL,
     UNIQUE (upstream, upstream_offer_id)
   );
   CREATE INDEX offers_by_quote ON offers (quote_id);
   CREATE TABLE policies (
     public_id text PRIMARY KEY,
     upstream text NOT NULL,
     upstream_policy_id bigint,
     upstream_offer_id bigint NOT NULL,
     offer_public_id text NOT NULL,
     site text NOT NULL,
     product text NOT NULL,
     series text NOT NULL,
     number text NOT NULL,
     premium_amount double precision NOT NULL,
     currency text NOT NULL,
     start_date text,
     end_date text,
     created_at timestamptz NOT NULL,
     UNIQUE (upstream, upstream_offer_id),
     UNIQUE (upstream, series, number)
   );
   CREATE TABLE issuance_attempts (
     site text NOT NULL,
     idempotency_key text NOT NULL,
     request_hash text NOT NULL,
     upstream_offer_id bigint NOT NULL,
     quote_id text NOT NULL,
     state text NOT NULL CHECK (state IN ('pending', 'unknown', 'succeeded', 'failed')),
     outcome jsonb,
     created_at timestamptz NOT NULL,
     updated_at timestamptz NOT NULL,
     PRIMARY KEY (site, idempotency_key)
   );
   CREATE UNIQUE INDEX issuance_one_live_attempt_per_offer ON issuance_attempts (upstream_offer_id) WHERE state IN ('pending', 'unknown', 'succeeded');
   CREATE INDEX issuance_attempts_by_quote ON issuance_attempts (quote_id) WHERE state IN ('pending', 'unknown');
   CREATE INDEX issuance_attempts_pending ON issuance_attempts (updated_at) WHERE state = 'pending';
   CREATE TABLE ${RATE_LIMIT_TABLE} (
     key varchar(255) PRIMARY KEY,
     points integer NOT NULL DEFAULT 0,
     expire bigint
   );`,
  // 2: what issuance pays when the insurer names it apart from the premium (casco: the first instalment, in RON).
  `ALTER TABLE offers ADD COLUMN payment_amount double precision;
   ALTER TABLE offers ADD COLUMN payment_currency text;`,
  // 3: attempts name their offer by upstream and insurer id, as offers and policies do: two APIs may give the same id.
  // No default, so an insert that forgets the upstream fails. An old attempt takes its upstream from its offer
  // (the one of its own quote first), else 'assets', the only API before casco.
  `ALTER TABLE issuance_attempts ADD COLUMN upstream text;
   UPDATE issuance_attempts a SET upstream = coalesce((SELECT o.upstream FROM offers o WHERE o.upstream_offer_id = a.upstream_offer_id
     ORDER BY o.quote_id = a.quote_id DESC, o.upstream LIMIT 1), 'assets');
   ALTER TABLE issuance_attempts ALTER COLUMN upstream SET NOT NULL;
   DROP INDEX issuance_one_live_attempt_per_offer;
   CREATE UNIQUE INDEX issuance_one_live_attempt_per_offer ON issuance_attempts (upstream, upstream_offer_id)
     WHERE state IN ('pending', 'unknown', 'succeeded');`,
];

/** The version this code writes; a database ahead of it is refused. */
export const SCHEMA_VERSION = MIGRATIONS.length;

const OID = { int8: 20, timestamptz: 1184 } as const;
const parseTimestamp = pg.types.getTypeParser(OID.timestamptz) as (v: string) => Date;
/**
 * Rows read as SqliteStore's do: bigint ids as numbers (the insurer's ids are far below 2^53)
 * and instants as ISO strings.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === OID.int8) return (v: string) => Number(v);
    if (oid === OID.timestamptz) return (v: string) => parseTimestamp(v).toISOString();
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (err: unknown) => (err as { code?: string } | null)?.code === UNIQUE_VIOLATION;

/** A stable 32-bit lock key for a quote, the same on every instance. */
const lockKey = (value: string) => createHash('sha256').update(value).digest().readInt32BE(0) || 1;

export interface PostgresStoreOptions {
  /** Connections per instance. Default 10; mind the server's max_connections across instances. */
  poolSize?: number;
  /** A pooled connection failed while idle (the server restarted): the pool drops it and reconnects on demand. */
  onIdleError?: (err: Error) => void;
}

export class PostgresStore implements Store {
  /** Also the rate limiters' connection pool (RateLimiterPostgres, `storeType: 'pool'`). */
  readonly pool: pg.Pool;
  private closed = false;

  private constructor(connectionString: string, opts: PostgresStoreOptions) {
    this.pool = new pg.Pool({
      connectionString,
      max: opts.poolSize ?? 10,
      types,
      application_name: 'lih-proxy',
      // An unreachable database fails the start or the request, rather than leaving it waiting for good.
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
      // Idle connections must not keep a process alive that has nothing else to do.
      allowExitOnIdle: true,
    });
    this.pool.on('error', (err) => opts.onIdleError?.(err));
  }

  /** Connects and brings the schema up to date (once, whichever instance gets there first). */
  static async open(connectionString: string, opts: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const store = new PostgresStore(connectionString, opts);
    try {
      await store.migrate();
    } catch (err) {
      await store.close();
      throw err;
    }
    return store;
  }

  /** Applies the migrations this database has not seen, each in its own transaction, under a lock every instance takes. */
  private async migrate(): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query('SELECT pg_advisory_lock($1, $2)', [LOCK_NAMESPACE, MIGRATION_LOCK]);
      try {
        await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
        const { rows } = await c.query<{ v: number }>('SELECT coalesce(max(version), 0)::integer AS v FROM schema_migrations');
        const version = rows[0]!.v;
        if (version > MIGRATIONS.length) throw new Error(`The database schema (version ${version}) is newer than this proxy (${MIGRATIONS.length}).`);
        for (let v = version; v < MIGRATIONS.length; v++) {
          await c.query('BEGIN');
          try {
            await c.query(MIGRATIONS[v]!);
            await c.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
            await c.query('COMMIT');
          } catch (err) {
            await c.query('ROLLBACK');
            throw err;
          }
        }
      } finally {
        await c.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_NAMESPACE, MIGRATION_LOCK]);
      }
    } finally {
      c.release();
    }
  }

  /** Runs `fn` in a transaction on one connection; rolls back on any error. */
  private async transaction<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const result = await fn(c);
      await c.query('COMMIT');
      return result;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  private async one(text: string, values: unknown[]): Promise<Row | undefined> {
    return (await this.pool.query<Row>(text, values)).rows[0];
  }

  async saveOffers(offers: readonly OfferRecord[]): Promise<void> {
    if (offers.length === 0) return;
    // One statement for the whole answer (all or nothing); no ON CONFLICT: an insurer id already recorded is refused,
    // so an id the insurer gave twice never moves an offer between sites or quotes, nor gets a second capability.
    const col = <K extends keyof OfferRecord>(k: K) => offers.map((o) => o[k] ?? null);
    try {
      await this.pool.query(
        `INSERT INTO offers (public_id, upstream, upstream_offer_id, quote_id, site, product, insurer, premium_amount, currency, expires_on,
           start_date, end_date, package, term_time, created_at, payment_amount, payment_currency)
         SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::float8[], $9::text[],
           $10::text[], $11::text[], $12::text[], $13::text[], $14::integer[], $15::timestamptz[], $16::float8[], $17::text[])`,
        [
          col('publicId'), col('upstream'), col('upstreamOfferId'), col('quoteId'), col('site'), col('product'), col('insurer'),
          col('premiumAmount'), col('currency'), col('expiresOn'), col('startDate'), col('endDate'), col('package'), col('termTime'), col('createdAt'),
          offers.map((o) => o.payment?.amount ?? null), offers.map((o) => o.payment?.currency ?? null),
        ],
      );
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const taken = await this.pool.query<{ upstream: string; upstream_offer_id: number }>(
        'SELECT upstream, upstream_offer_id FROM offers WHERE (upstream, upstream_offer_id) IN (SELECT * FROM unnest($1::text[], $2::bigint[]))',
        [col('upstream'), col('upstreamOfferId')],
      );
      // None recorded before: the same insurer id twice in this one answer.
      const o = taken.rows[0] ?? { upstream: offers[0]!.upstream, upstream_offer_id: offers[0]!.upstreamOfferId };
      throw new Error(`offer ${o.upstream_offer_id} of ${o.upstream} is already recorded`);
    }
  }

  async offerByRef(publicId: string): Promise<OfferRecord | undefined> {
    const r = await this.one('SELECT * FROM offers WHERE public_id = $1', [publicId]);
    return r && offerFromRow(r);
  }

  async offerByUpstreamId(upstream: string, upstreamOfferId: number): Promise<OfferRecord | undefined> {
    const r = await this.one('SELECT * FROM offers WHERE upstream = $1 AND upstream_offer_id = $2', [upstream, upstreamOfferId]);
    return r && offerFromRow(r);
  }

  async quoteSite(quoteId: string): Promise<string | undefined> {
    const r = await this.one('SELECT site FROM offers WHERE quote_id = $1 LIMIT 1', [quoteId]);
    return r?.site as string | undefined;
  }

  async policyByRef(publicId: string): Promise<PolicyRecord | undefined> {
    const r = await this.one('SELECT * FROM policies WHERE public_id = $1', [publicId]);
    return r && policyFromRow(r);
  }

  async policyForOffer(upstream: string, upstreamOfferId: number): Promise<PolicyRecord | undefined> {
    const r = await this.one('SELECT * FROM policies WHERE upstream = $1 AND upstream_offer_id = $2', [upstream, upstreamOfferId]);
    return r && policyFromRow(r);
  }

  async getAttempt(site: string, key: string): Promise<IssuanceAttempt | undefined> {
    const r = await this.one('SELECT * FROM issuance_attempts WHERE site = $1 AND idempotency_key = $2', [site, key]);
    return r && attemptFromRow(r);
  }

  async liveAttemptForOffer(upstream: string, upstreamOfferId: number): Promise<IssuanceAttempt | undefined> {
    const r = await this.one(
      "SELECT * FROM issuance_attempts WHERE upstream = $1 AND upstream_offer_id = $2 AND state IN ('pending', 'unknown', 'succeeded')",
      [upstream, upstreamOfferId],
    );
    return r && attemptFromRow(r);
  }

  async beginAttempt(a: BeginAttempt): Promise<BeginResult> {
    for (let tries = 1; ; tries++) {
      try {
        return await this.transaction(async (c): Promise<BeginResult> => {
          // Held until commit, on every instance: no other begin for this quote (so for this offer) reads until we are done.
          // Taken before the reads, so they see whatever the previous holder committed.
          await c.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_NAMESPACE, lockKey(a.quoteId)]);
          const same = await c.query<Row>('SELECT * FROM issuance_attempts WHERE site = $1 AND idempotency_key = $2', [a.site, a.key]);
          if (same.rows[0]) return { kind: 'existing', attempt: attemptFromRow(same.rows[0]) };
          const live = await c.query<Row>(
            "SELECT * FROM issuance_attempts WHERE upstream = $1 AND upstream_offer_id = $2 AND state IN ('pending', 'unknown', 'succeeded')",
            [a.upstream, a.upstreamOfferId],
          );
          if (live.rows[0]) return { kind: 'offerTaken', attempt: attemptFromRow(live.rows[0]) };
          const sibling = await c.query<Row>("SELECT * FROM issuance_attempts WHERE quote_id = $1 AND state IN ('pending', 'unknown') LIMIT 1", [a.quoteId]);
          if (sibling.rows[0]) return { kind: 'quoteBusy', attempt: attemptFromRow(sibling.rows[0]) };
          const now = new Date().toISOString();
          await c.query(
            `INSERT INTO issuance_attempts (site, idempotency_key, request_hash, upstream, upstream_offer_id, quote_id, state, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $7)`,
            [a.site, a.key, a.requestHash, a.upstream, a.upstreamOfferId, a.quoteId, now],
          );
          return { kind: 'started' };
        });
      } catch (err) {
        // Another transaction inserted this key (under another quote) or this offer's live attempt first; the next try reads it.
        if (!isUniqueViolation(err) || tries >= 3) throw err;
      }
    }
  }

  async claimUnknown(site: string, key: string): Promise<boolean> {
    // One statement: the row lock makes a second claimer wait, then find the state no longer 'unknown'.
    const { rowCount } = await this.pool.query(
      "UPDATE issuance_attempts SET state = 'pending', updated_at = $1 WHERE site = $2 AND idempotency_key = $3 AND state = 'unknown'",
      [new Date().toISOString(), site, key],
    );
    return rowCount === 1;
  }

  async finishAttempt(site: string, key: string, outcome: AttemptOutcome, policy?: PolicyRecord): Promise<void> {
    await this.transaction(async (c) => {
      if (policy) {
        await c.query(
          `INSERT INTO policies (public_id, upstream, upstream_policy_id, upstream_offer_id, offer_public_id, site, product, series, number,
             premium_amount, currency, start_date, end_date, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
          [
            policy.policyId, policy.upstream, policy.upstreamPolicyId ?? null, policy.upstreamOfferId, policy.offerId, policy.site, policy.product,
            policy.series, policy.number, policy.premiumAmount, policy.currency, policy.startDate ?? null, policy.endDate ?? null, policy.createdAt,
          ],
        );
      }
      await c.query('UPDATE issuance_attempts SET state = $1, outcome = $2, updated_at = $3 WHERE site = $4 AND idempotency_key = $5', [
        outcome.state,
        JSON.stringify(outcome),
        new Date().toISOString(),
        site,
        key,
      ]);
    });
  }

  async markUnknown(site: string, key: string): Promise<void> {
    await this.pool.query("UPDATE issuance_attempts SET state = 'unknown', updated_at = $1 WHERE site = $2 AND idempotency_key = $3 AND state = 'pending'", [
      new Date().toISOString(),
      site,
      key,
    ]);
  }

  async abandonAttempt(site: string, key: string): Promise<void> {
    await this.pool.query("DELETE FROM issuance_attempts WHERE site = $1 AND idempotency_key = $2 AND state = 'pending'", [site, key]);
  }

  async releaseStaleAttempts(before: string): Promise<number> {
    const { rowCount } = await this.pool.query("UPDATE issuance_attempts SET state = 'unknown', updated_at = $1 WHERE state = 'pending' AND updated_at < $2", [
      new Date().toISOString(),
      before,
    ]);
    return rowCount ?? 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
