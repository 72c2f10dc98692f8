import * as z from 'zod/mini';
import { text } from './fields.js';
import { upstreamSuccess } from './envelope.js';

/** POST /auth — the operator account. */
export const loginRequest = z.object({ account: text(), password: text() });
export type LoginRequest = z.output<typeof loginRequest>;

/** `expires_at` is "YYYY-MM-DD HH:MM:SS" — read as UTC (see `expiresAtMs`). */
export const EXPIRES_AT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

export const tokenData = z.object({
  token: z.string().check(z.minLength(1)),
  expires_at: z.string().check(z.regex(EXPIRES_AT)),
  refresh_token: z.string().check(z.minLength(1)),
});
export type TokenData = z.output<typeof tokenData>;

/** POST /auth and PATCH /auth (renew with `Token: Refresh <refresh_token>`) answer the same. */
export const tokenResponse = upstreamSuccess(tokenData);
export type TokenResponse = z.output<typeof tokenResponse>;

/** The docs don't give a zone for expires_at; we read and write it as UTC. */
export const expiresAtMs = (expiresAt: string): number => Date.parse(`${expiresAt.replace(' ', 'T')}Z`);
export const formatExpiresAt = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** Header names: the JWT travels in `Token`, not `Authorization`. */
export const TOKEN_HEADER = 'Token';
export const refreshHeaderValue = (refreshToken: string) => `Refresh ${refreshToken}`;
