/**
 * The documented error envelope, `{errors, correlation_id, status}`, with the
 * HTTP status equal to `status`; each item `{path, message}` is ours (the docs
 * say "Array of error messages"). Handlers throw a SandboxError; the app's
 * error handler writes it in the caller's language.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Bilingual, Locale, Params } from '../contract/i18n/format.js';
import type { FieldError } from '../contract/issues.js';
import { sandboxMessage, type SandboxMessageKey } from './messages.js';

/** One error before it is put into a language: a field path ('' for the request as a whole) and both messages. */
export interface ApiError {
  path: string;
  message: Bilingual;
}

export class SandboxError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly errors: ApiError[],
  ) {
    super(errors.map((e) => `${e.path}: ${e.message.en}`).join('; '));
  }
}

/** A sandbox-worded error at one path. */
export const apiError = (path: string, key: SandboxMessageKey, params?: Params): ApiError => ({ path, message: sandboxMessage(key, params) });

/** Throwable shorthand: one sandbox error with its status. */
export const fail = (status: ContentfulStatusCode, path: string, key: SandboxMessageKey, params?: Params): SandboxError =>
  new SandboxError(status, [apiError(path, key, params)]);

/** Contract field errors under a prefix (`tire.startDate` → `product.tire.startDate`). */
export function prefixed(prefix: string, errors: readonly FieldError[]): ApiError[] {
  return errors.map((e) => ({ path: [prefix, e.path].filter(Boolean).join('.'), message: e.message }));
}

export interface ErrorEnvelope {
  errors: { path: string; message: string }[];
  correlation_id: string;
  status: number;
}

export function errorEnvelope(correlationId: string, status: number, errors: readonly ApiError[], locale: Locale): ErrorEnvelope {
  return { errors: errors.map((e) => ({ path: e.path, message: e.message[locale] })), correlation_id: correlationId, status };
}

/** Writes the envelope for this request (its correlation id and language). */
export function sendError(c: Context, status: ContentfulStatusCode, errors: readonly ApiError[]): Response {
  const correlationId = (c.get('correlationId') as string | undefined) ?? crypto.randomUUID();
  const locale = (c.get('locale') as Locale | undefined) ?? 'en';
  return c.json(errorEnvelope(correlationId, status, errors, locale), status);
}
