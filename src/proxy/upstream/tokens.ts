/**
 * One operator session per upstream API. Logs in once, hands the same JWT to
 * every call, renews it with the refresh token shortly before `expires_at`,
 * logs in again when renewal fails or a call is answered 401, and revokes it
 * on close. Every login or renewal is single-flight: concurrent callers share
 * one upstream call, so 100 parallel requests cause one POST /auth.
 *
 * When to renew is judged by an injectable clock (`now`, by default the
 * contract's clock, which the sandbox also judges expiry by), so a test moves
 * time instead of waiting for it; durations in logs are real elapsed time.
 */
import { upstreamUrl } from './url.js';
import { now as contractNow } from '../../contract/clock.js';
import { expiresAtMs, refreshHeaderValue, tokenResponse, TOKEN_HEADER } from '../../contract/auth.js';
import { ProxyError } from '../errors.js';
import type { Logger } from '../logging.js';
import type { Redactor } from '../redact.js';

export interface TokenManagerOptions {
  /** The upstream's name, for logs (`assets`). */
  name: string;
  baseUrl: string;
  account: string;
  password: string;
  /** Renew this long before `expires_at`. */
  renewBeforeMs: number;
  timeoutMs: number;
  log: Logger;
  redactor: Redactor;
  fetch?: typeof fetch;
  /** Epoch ms for the session schedule (renew at, expires at). Default: the contract's clock (`setClock`). */
  now?: () => number;
}

const elapsed = (since: number) => Math.round(performance.now() - since);

interface Session {
  token: string;
  refreshToken: string;
  expiresAt: number;
  /** When to renew: `renewBefore` ahead of expiry, but never in the first half of the token's life. */
  renewAt: number;
}

export class TokenManager {
  private session: Session | null = null;
  private pending: Promise<Session> | null = null;
  private closed = false;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;

  constructor(private readonly opts: TokenManagerOptions) {
    this.fetch = opts.fetch ?? globalThis.fetch;
    this.now = opts.now ?? (() => contractNow().getTime());
  }

  /** A JWT good for the next call: the current one, or a renewed or new one. */
  async token(): Promise<string> {
    const s = this.session;
    if (s && this.now() < s.renewAt) return s.token;
    return (await this.shared()).token;
  }

  /**
   * A call with `stale` was answered 401: log in again, unless another caller
   * already replaced that token (then use theirs).
   */
  async afterUnauthorized(stale: string): Promise<string> {
    if (this.pending) return (await this.pending).token;
    if (this.session && this.session.token !== stale) return this.session.token;
    this.session = null; // a 401 means the refresh token is no better: log in afresh
    return (await this.shared()).token;
  }

  /** Revokes the current JWT (DELETE /auth). Best effort: shutdown must not hang on it. */
  async close(): Promise<void> {
    this.closed = true;
    await this.pending?.catch(() => undefined);
    const s = this.session;
    this.session = null;
    if (!s) return;
    const started = performance.now();
    try {
      const res = await this.fetch(upstreamUrl(this.opts.baseUrl, '/auth'), {
        method: 'DELETE',
        headers: { [TOKEN_HEADER]: s.token, Accept: 'application/json' },
        signal: AbortSignal.timeout(Math.min(this.opts.timeoutMs, 5000)),
      });
      await res.arrayBuffer().catch(() => undefined);
      this.opts.log.info('upstream token revoked', { upstream: this.opts.name, call: 'DELETE /auth', status: res.status, ms: elapsed(started) });
    } catch (err) {
      this.opts.log.warn('upstream token revocation failed', { upstream: this.opts.name, call: 'DELETE /auth', error: (err as Error).name });
    }
  }

  private shared(): Promise<Session> {
    if (this.closed) return Promise.reject(new ProxyError(502, 'upstream.unavailable'));
    if (!this.pending) {
      this.pending = this.obtain().finally(() => {
        this.pending = null;
      });
    }
    return this.pending;
  }

  private async obtain(): Promise<Session> {
    const s = this.session;
    if (s) {
      try {
        return this.accept(await this.authCall('PATCH', { [TOKEN_HEADER]: refreshHeaderValue(s.refreshToken) }));
      } catch (err) {
        this.opts.log.warn('upstream token renewal failed; logging in again', { upstream: this.opts.name, error: (err as Error).message });
        this.session = null;
      }
    }
    return this.accept(await this.authCall('POST', {}, { account: this.opts.account, password: this.opts.password }));
  }

  private accept(session: Session): Session {
    this.opts.redactor.addToken(session.token);
    this.opts.redactor.addToken(session.refreshToken);
    this.session = session;
    return session;
  }

  /** POST /auth (login) or PATCH /auth (renew); both answer `{data: {token, expires_at, refresh_token}}`. */
  private async authCall(method: 'POST' | 'PATCH', headers: Record<string, string>, body?: unknown): Promise<Session> {
    const call = `${method} /auth`;
    const started = performance.now();
    let res: Response;
    try {
      res = await this.fetch(upstreamUrl(this.opts.baseUrl, '/auth'), {
        method,
        headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
        body: body ? JSON.stringify(body) : null,
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
    } catch (err) {
      const timeout = (err as Error).name === 'TimeoutError';
      this.opts.log.error('upstream auth call failed', { upstream: this.opts.name, call, error: timeout ? 'timeout' : 'unreachable', ms: elapsed(started) });
      throw new ProxyError(timeout ? 504 : 502, timeout ? 'upstream.timeout' : 'upstream.unavailable', { cause: err });
    }
    let json: unknown;
    try {
      json = JSON.parse(await res.text());
    } catch {
      json = undefined;
    }
    const ms = elapsed(started);
    const parsed = res.ok ? tokenResponse.safeParse(json) : null;
    if (!parsed?.success) {
      this.opts.log[res.status >= 500 || res.ok ? 'error' : 'warn']('upstream auth call refused', { upstream: this.opts.name, call, status: res.status, ms });
      const status = res.status === 504 ? 504 : 502;
      throw new ProxyError(status, res.ok ? 'upstream.malformed' : status === 504 ? 'upstream.timeout' : 'upstream.unavailable');
    }
    const d = parsed.data.data;
    const expiresAt = expiresAtMs(d.expires_at);
    this.opts.log.info('upstream session ready', { upstream: this.opts.name, call, status: res.status, ms, expiresAt: new Date(expiresAt).toISOString() });
    const received = this.now();
    const expires = Number.isFinite(expiresAt) ? expiresAt : received;
    // A margin longer than the token's life would renew on every call; halfway is the earliest we renew.
    const renewAt = Math.max(expires - this.opts.renewBeforeMs, received + (expires - received) / 2);
    return { token: d.token, refreshToken: d.refresh_token, expiresAt: expires, renewAt };
  }
}
