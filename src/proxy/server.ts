/**
 * The proxy, started in-process: reads and checks the configuration, opens the
 * store, builds one session (TokenManager) and client per upstream, and serves
 * the app with Node's HTTP server. `close()` stops listening, revokes the
 * upstream sessions and closes the store — what a graceful shutdown needs.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import { loadConfig, readConfigFile, readSecrets, UPSTREAM_NAMES, type ProxyConfig, type ProxyConfigInput, type UpstreamName } from './config.js';
import { upstreamFor, type Deps, type ProxyEnv } from './context.js';
import { Issuer } from './issuance.js';
import { createLogger, stdoutWriter } from './logging.js';
import { NomenclatureCache } from './nomenclature-cache.js';
import { RateLimiter } from './rate-limit.js';
import { Redactor } from './redact.js';
import { Sites } from './sites.js';
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
  /** SQLite file; ':memory:' in tests. Default: the configuration's storage.sqlitePath. */
  dbPath?: string;
  /** Another Store implementation (PostgreSQL later); when given, dbPath is not used. */
  store?: Store;
  /** Receives each JSON log line. Default: stdout. */
  logger?: (line: string) => void;
  /** The fetch used for upstream calls (tests wrap it to see what crosses the wire). Default: global fetch. */
  upstreamFetch?: typeof fetch;
}

export interface RunningProxy {
  url: string;
  app: Hono<ProxyEnv>;
  config: ProxyConfig;
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
  const store = opts.store ?? new SqliteStore(opts.dbPath ?? config.storage.sqlitePath);

  const tokens: TokenManager[] = [];
  const upstreams: Partial<Record<UpstreamName, UpstreamClient>> = {};
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
    upstreams[name] = new UpstreamClient(name, u, manager, redactor, opts.upstreamFetch);
  }

  // A process that stopped mid-issuance left its attempts pending; no call can outlive its timeouts.
  // (Checked again before each issuance, for a process restarted sooner than that.)
  const staleAfterMs = 3 * config.upstreams.assets.timeoutMs + 60_000;
  const released = await store.releaseStaleAttempts(new Date(Date.now() - staleAfterMs).toISOString());
  if (released) log.warn('released issuance attempts left pending by an earlier process', { count: released });

  const deps: Deps = {
    config,
    secrets,
    sites: new Sites(config, secrets),
    store,
    upstreams,
    nomenclature: new NomenclatureCache(config.nomenclature.cacheSeconds * 1000, config.nomenclature.maxEntries),
    limiter: new RateLimiter(),
    redactor,
    log,
    issuer: new Issuer(store, (insurer) => upstreamFor(deps, insurer), staleAfterMs),
  };
  const app = createApp(deps);

  const host = opts.host ?? DEFAULT_HOST;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port ?? DEFAULT_PORT, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  log.info('proxy listening', { url, sites: config.sites.map((s) => s.id), upstreams: Object.keys(upstreams) });

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

  return { url, app, config, close };
}
