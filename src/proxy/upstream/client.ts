/**
 * Calls to one upstream API with the operator's JWT. Owns the rules the issue
 * sets for talking to the insurer: a timeout on every call (504), 502 for an
 * unreachable, failing or garbled upstream, one retry after a 401 with a fresh
 * login (a 401 means the call was not processed), and one more retry only for
 * calls that are safe to repeat. Upstream refusals become ProxyErrors with the
 * insurer's messages, scrubbed, at paths the caller maps to its public body.
 */
import { CORRELATION_HEADER } from '../../contract/public-api.js';
import type { Locale } from '../../contract/i18n/format.js';
import { TOKEN_HEADER } from '../../contract/auth.js';
import { upstreamError } from '../../contract/envelope.js';
import type { UpstreamConfig } from '../config.js';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Params } from '../../contract/i18n/format.js';
import { ProxyError, type WordedError } from '../errors.js';
import type { MessageKey } from '../messages.js';
import type { Redactor } from '../redact.js';
import type { TokenManager } from './tokens.js';
import { upstreamUrl } from './url.js';

/** One upstream call as the request log line shows it: no bodies, no headers. */
export interface CallSummary {
  call: string;
  status: number | 'timeout' | 'unreachable';
  ms: number;
  attempt: number;
  upstreamCorrelationId?: string;
}

export interface UpstreamRequest {
  method: 'GET' | 'POST';
  /** Path below the base URL (`/offer`); the route template for logs comes from `route`. */
  path: string;
  /** How logs name the call (`GET /offer/:id`), so ids and parameters stay out of summaries. */
  route: string;
  body?: unknown;
  locale: Locale;
  correlationId: string;
  /** GETs: a second try after a network error or a 5xx cannot do harm. */
  retrySafe: boolean;
  timeoutMs?: number;
  /** Maps an upstream error path to the public body's (`product.tire.startDate` → `tire.startDate`). */
  mapPath?: (upstreamPath: string) => string;
  /** Where the call summaries go (the request's log line). */
  trace?: CallSummary[];
  /** Abandons the call (a multi-insurer quote past its deadline): it fails as unreachable and is not retried. */
  signal?: AbortSignal;
}

/** An upstream failure: `definitive` when the insurer answered and refused (the call certainly did nothing). */
export class UpstreamError extends ProxyError {
  constructor(
    status: ContentfulStatusCode,
    key: MessageKey | undefined,
    readonly upstreamStatus: number | 'timeout' | 'unreachable' | 'malformed',
    readonly definitive: boolean,
    opts: { params?: Params; worded?: WordedError[] } = {},
  ) {
    super(status, key, opts);
    this.name = 'UpstreamError';
  }
}


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class UpstreamClient {
  private readonly fetch: typeof fetch;

  constructor(
    readonly name: string,
    private readonly config: UpstreamConfig,
    private readonly tokens: TokenManager,
    private readonly redactor: Redactor,
    fetchImpl?: typeof fetch,
  ) {
    this.fetch = fetchImpl ?? globalThis.fetch;
  }

  /** The parsed JSON of a 2xx answer; anything else throws an UpstreamError. */
  async json(req: UpstreamRequest): Promise<unknown> {
    let token = await this.tokens.token();
    let attempt = 1;
    let retriedAuth = false;
    let retriedSafe = false;
    for (;;) {
      const r = await this.once(req, token, attempt);
      if (r.kind === 'ok') return r.json;
      if (r.kind === 'unauthorized' && !retriedAuth) {
        retriedAuth = true;
        token = await this.tokens.afterUnauthorized(token);
      } else if (r.kind === 'transient' && req.retrySafe && !retriedSafe && !req.signal?.aborted) {
        retriedSafe = true;
        await sleep(this.config.retryDelayMs);
      } else {
        throw r.error;
      }
      attempt++;
    }
  }

  private async once(
    req: UpstreamRequest,
    token: string,
    attempt: number,
  ): Promise<{ kind: 'ok'; json: unknown } | { kind: 'unauthorized' | 'transient' | 'final'; error: UpstreamError }> {
    const started = Date.now();
    const summary: CallSummary = { call: `${req.method} ${req.route}`, status: 'unreachable', ms: 0, attempt };
    req.trace?.push(summary);
    let res: Response;
    let text: string;
    try {
      res = await this.fetch(upstreamUrl(this.config.baseUrl, req.path), {
        method: req.method,
        headers: {
          [TOKEN_HEADER]: token,
          Accept: 'application/json',
          'Content-Language': req.locale,
          [CORRELATION_HEADER]: req.correlationId,
          ...(req.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: req.body === undefined ? null : JSON.stringify(req.body),
        signal: req.signal
          ? AbortSignal.any([req.signal, AbortSignal.timeout(req.timeoutMs ?? this.config.timeoutMs)])
          : AbortSignal.timeout(req.timeoutMs ?? this.config.timeoutMs),
      });
      text = await res.text();
    } catch (err) {
      summary.ms = Date.now() - started;
      if ((err as Error).name === 'TimeoutError') {
        summary.status = 'timeout';
        return { kind: 'final', error: new UpstreamError(504, 'upstream.timeout', 'timeout', false) };
      }
      return { kind: 'transient', error: new UpstreamError(502, 'upstream.unavailable', 'unreachable', false) };
    }
    summary.ms = Date.now() - started;
    summary.status = res.status;
    let json: unknown;
    let parsed = true;
    try {
      json = JSON.parse(text);
    } catch {
      parsed = false;
    }
    const envelope = parsed ? upstreamError.safeParse(json) : null;
    if (envelope?.success && envelope.data.correlation_id) summary.upstreamCorrelationId = envelope.data.correlation_id;

    if (res.ok) {
      if (!parsed) return { kind: 'final', error: new UpstreamError(502, 'upstream.malformed', 'malformed', false) };
      return { kind: 'ok', json };
    }
    if (res.status === 401) return { kind: 'unauthorized', error: new UpstreamError(502, 'upstream.rejected', 401, true) };
    if (res.status >= 500 || res.status === 429) {
      const status = res.status === 504 ? 504 : 502;
      const error = new UpstreamError(status, status === 504 ? 'upstream.timeout' : 'upstream.unavailable', res.status, false);
      // Any 5xx may pass; a 429 asks us to slow down, so it is not retried at once.
      return { kind: res.status >= 500 ? 'transient' : 'final', error };
    }
    return { kind: 'final', error: this.refusal(res.status, envelope?.success ? envelope.data.errors : [], req) };
  }

  /** The insurer answered 4xx: say what it said, in the language we asked for, at public paths. */
  private refusal(status: number, errors: readonly (string | { path?: string | undefined; message: string })[], req: UpstreamRequest): UpstreamError {
    const worded: WordedError[] = errors.map((e) => {
      const raw = typeof e === 'string' ? { path: '', message: e } : { path: e.path ?? '', message: e.message };
      const text = this.redactor.scrub(raw.message);
      return { path: req.mapPath ? req.mapPath(raw.path) : '', message: { en: text, ro: text } };
    });
    if (status === 400 || status === 422) {
      return worded.length ? new UpstreamError(422, undefined, status, true, { worded }) : new UpstreamError(422, 'upstream.rejected', status, true);
    }
    if (status === 404) return new UpstreamError(404, 'upstream.notFound', status, true);
    if (status === 409 || status === 410) {
      const code = status === 410 ? 410 : 409;
      return worded.length
        ? new UpstreamError(code, undefined, status, true, { worded })
        : new UpstreamError(code, 'upstream.conflict', status, true, { params: { detail: '' } });
    }
    // 403 and the rest: our credentials or our request are wrong — the customer cannot fix that.
    return new UpstreamError(502, 'upstream.rejected', status, true);
  }
}
