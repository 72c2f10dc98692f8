/**
 * Every error the proxy answers has one shape, `{errors: [{path, message, key}],
 * correlationId}` (the contract's ErrorResponse). Handlers throw a ProxyError;
 * the app's error handler words it in the caller's language.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Locale, Params } from '../contract/i18n/format.js';
import type { FieldError } from '../contract/issues.js';
import type { ErrorResponse, PublicError } from '../contract/public-api.js';
import { message, type MessageKey } from './messages.js';

/** A problem already worded in both languages (field validation, the insurer's own messages). */
export interface WordedError {
  path: string;
  key?: string;
  message: Record<Locale, string>;
}

export class ProxyError extends Error {
  readonly status: ContentfulStatusCode;
  readonly key: MessageKey | undefined;
  readonly params: Params | undefined;
  readonly path: string;
  /** Field errors already worded; when set they are the answer's errors. */
  readonly worded: WordedError[] | undefined;
  /** Extra headers for the answer (Retry-After). */
  readonly headers: Record<string, string>;
  /** Extra public data for the answer (the existing policy of an issued offer). */
  readonly data: unknown;

  constructor(
    status: ContentfulStatusCode,
    key: MessageKey | undefined,
    opts: { params?: Params; path?: string; worded?: WordedError[]; headers?: Record<string, string>; data?: unknown; cause?: unknown } = {},
  ) {
    super(key ?? 'validation', opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'ProxyError';
    this.status = status;
    this.key = key;
    this.params = opts.params;
    this.path = opts.path ?? '';
    this.worded = opts.worded;
    this.headers = opts.headers ?? {};
    this.data = opts.data;
  }

  /** The public errors, in one language. */
  toPublic(locale: Locale): PublicError[] {
    if (this.worded) return this.worded.map((w) => (w.key ? { path: w.path, message: w.message[locale], key: w.key } : { path: w.path, message: w.message[locale] }));
    const key = this.key ?? 'server.error';
    return [{ path: this.path, message: message(key, locale, this.params), key }];
  }
}

/** 422 with the contract's field errors (message in both languages, chosen later). */
export const validationError = (errors: FieldError[], prefix = ''): ProxyError =>
  new ProxyError(422, undefined, {
    worded: errors.map((e) => ({ path: prefix && e.path ? `${prefix}.${e.path}` : prefix || e.path, key: e.key, message: e.message })),
  });

export function errorBody(err: ProxyError, locale: Locale, correlationId: string): ErrorResponse {
  const body: ErrorResponse = { errors: err.toPublic(locale), correlationId };
  if (err.data) body.data = err.data as ErrorResponse['data'];
  return body;
}
