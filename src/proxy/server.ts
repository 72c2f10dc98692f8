/**
 * The proxy, started in-process: reads and checks the configuration, opens the
 * store, builds one session (TokenManager) and client per upstream, and serves
 * the app with Node's HTTP server. `close()` stops listening, revokes the
 * upstream sessions and closes the store — what a graceful shutdown needs.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { loadConfig, readConfigFile, readSecrets, UPSTREAM_NAMES, type ProxyConfig, type ProxyConfigInput, type UpstreamName } from './config.js';
import { adapterOf, type Deps, type ProxyEnv } from './context.js';
import { AssetsUpstream } from './upstreams/assets.js';
import { CascoUpstream } from './upstreams/casco.js';
import { Issuer } from './issuance.js';
import { createLogger, stdoutWriter, type Logger } from './logging.js';
import { NomenclatureCache } from './nomenclature-cache.js';
import { memoryCounters, postgresCounters, RateLimiter } from './rate-limit.js';
import { Redactor } from './redact.js';
import { Sites } from './sites.js';
import { PostgresStore, RATE_LIMIT_TABLE } from './store/postgres.js';
import { SqliteStore } from './store/sqlite.js';
import type { Store } from './store/store.js';
import { UpstreamClient } from './upstream/client.js';
import { TokenManager } from './upstream/tokens.js';

export { ConfigError, loadConfig } from './config.js';
export type { ProxyConfig, ProxyConfigInput } from './config.js';

export interface StartProxyOptions {
  /**
   * The configuration (the JSON file's shape, e.g. parsed from it and changed),
   * or the path of its JSON file. Validated at start either way.
   */
  config: ProxyConfigInput | ProxyConfig | Record<string, unknown> | string;
  /** 0 picks a free port. Default 4000. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Where the secrets the configuration names are read. Default process.env. */
  env?: Record<string, string | undefined>;
  /**
   * SQLite file; ':memory:' in tests. When given, SQLite is used whatever else is configured. Default: PostgreSQL when
   * `DATABASE_URL` (in `env`) or storage.postgresUrl is set, else storage.sqlitePath.
   */
  dbPath?: string;
  /** Another Store implementation; when given, dbPath is not used. A PostgresStore also holds the rate limits. */
  store?: Store;
  /**
   * How long an attempt may stay pending before it counts as left by a stopped process (its outcome then unknown).
   * Default: three upstream timeouts plus a minute, more than any call can take. Tests shorten it.
   */
  staleAfterMs?: number;
  /** Receives each JSON log line. Default: stdout. */
  logger?: (line: string) => void;
  /** The fetch used for upstream calls (tests wrap it to see what crosses the wire). Default: global fetch. */
  upstreamFetch?: typeof fetch;
}

export interface RunningProxy {
  url: string;
  app: Hono<ProxyEnv>;
  config: ProxyConfig;
  /** Its record (tests look up what a public id maps to). */
  store: Store;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4000;
export const DEFAULT_HOST = '127.0.0.1';

export async function startProxy(opts: StartProxyOptions): Promise<RunningProxy> {
  const env = opts.env ?? process.env;
  const config = loadConfig(typeof opts.config === 'string' ? readConfigFile(opts.config) : opts.config, env);
  const secrets = readSecrets(config, env);
  const redactor = new Redactor(secrets.all());
  const log = createLogger(opts.logger ?? stdoutWriter, redactor);
  const store = await openStore(opts, config, env, redactor, log);
  try {
    return await serveWith(opts, config, secrets, redactor, log, store);
  } catch (err) {
    if (!opts.store) await store.close();
    throw err;
  }
}

/** The store the options and configuration choose: an explicit store or SQLite file, else PostgreSQL when configured, else SQLite. */
async function openStore(opts: StartProxyOptions, config: ProxyConfig, env: Record<string, string | undefined>, redactor: Redactor, log: Logger): Promise<Store> {
  if (opts.store) return opts.store;
  if (opts.dbPath) return new SqliteStore(opts.dbPath);
  const url = env.DATABASE_URL || config.storage.postgresUrl;
  if (!url) return new SqliteStore(config.storage.sqlitePath);
  redactor.addSecret(databasePassword(url));
  return PostgresStore.open(url, { onIdleError: (err) => log.error('database connection lost while idle', { error: err.message }) });
}

/** The password a DATABASE_URL may carry, so no log line can show it. */
function databasePassword(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.password ? decodeURIComponent(u.password) : (u.searchParams.get('password') ?? undefined);
  } catch {
    return undefined;
  }
}

async function serveWith(
  opts: StartProxyOptions,
  config: ProxyConfig,
  secrets: ReturnType<typeof readSecrets>,
  redactor: Redactor,
  log: Logger,
  store: Store,
): Promise<RunningProxy> {
  const tokens: TokenManager[] = [];
  const clients: Partial<Record<UpstreamName, UpstreamClient>> = {};
  for (const name of UPSTREAM_NAMES) {
    const u = config.upstreams[name];
    if (!u) continue;
    const manager = new TokenManager({
      name,
      baseUrl: u.baseUrl,
      account: u.operator.account,
      password: secrets.operatorPassword(name),
      renewBeforeMs: u.renewBeforeSeconds * 1000,
      timeoutMs: u.timeoutMs,
      log,
      redactor,
      ...(opts.upstreamFetch ? { fetch: opts.upstreamFetch } : {}),
    });
    tokens.push(manager);
    clients[name] = new UpstreamClient(name, u, manager, redactor, opts.upstreamFetch);
  }
  // The APIs the proxy speaks; a configured upstream without an adapter (liability, rotr) serves nothing yet.
  const upstreams: Deps['upstreams'] = {};
  if (clients.assets) upstreams.assets = new AssetsUpstream(clients.assets, config.upstreams.assets, secrets);
  if (clients.casco && config.upstreams.casco) upstreams.casco = new CascoUpstream(clients.casco, config.upstreams.casco, secrets);

  // A process that stopped mid-issuance left its attempts pending; no call can outlive its timeouts.
  // (Checked again before each issuance, for a process restarted sooner than that.)
  const staleAfterMs = opts.staleAfterMs ?? 3 * config.upstreams.assets.timeoutMs + 60_000;
  const released = await store.releaseStaleAttempts(new Date(Date.now() - staleAfterMs).toISOString());
  if (released) log.warn('released issuance attempts left pending by an earlier process', { count: released });

  const deps: Deps = {
    config,
    secrets,
    sites: new Sites(config, secrets),
    store,
    upstreams,
    nomenclature: new NomenclatureCache(config.nomenclature.cacheSeconds * 1000, config.nomenclature.maxEntries),
    // With PostgreSQL every instance counts in the same table, so a limit holds across instances.
    limiter: RateLimiter.fromConfig(config, store instanceof PostgresStore ? postgresCounters(store.pool, RATE_LIMIT_TABLE) : memoryCounters),
    redactor,
    log,
    issuer: new Issuer(store, (name) => adapterOf(deps, name), staleAfterMs),
  };
  const app = createApp(deps);

  const host = opts.host ?? DEFAULT_HOST;
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs, maxConnections } = config.server;
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: opts.port ?? DEFAULT_PORT,
        hostname: host,
        serverOptions: {
          headersTimeout: headersTimeoutMs,
          requestTimeout: requestTimeoutMs,
          // Node checks both timeouts only this often (default 30 s, which would let a slow request run far past them).
          connectionsCheckingInterval: Math.min(1000, Math.max(10, Math.floor(headersTimeoutMs / 10))),
        },
      },
      () => resolve(s as Server),
    );
    s.once('error', reject);
  });
  server.keepAliveTimeout = keepAliveTimeoutMs;
  server.maxConnections = maxConnections;
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  log.info('proxy listening', {
    url,
    sites: config.sites.map((s) => s.id),
    upstreams: Object.keys(upstreams),
    storage: store instanceof PostgresStore ? 'postgresql' : store instanceof SqliteStore ? 'sqlite' : 'custom',
  });

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets would hold close() open; in-flight requests get a grace period.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
        setTimeout(() => {
          if ('closeAllConnections' in server) server.closeAllConnections();
        }, 5000).unref();
      });
      await Promise.all(tokens.map((t) => t.close()));
      await store.close();
      log.info('proxy stopped');
    })());

  return { url, app, config, store, close };
}
