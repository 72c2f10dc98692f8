/**
 * Sessions: a real HS256 JWT (so a client that decodes it sees `exp`), an
 * opaque refresh token that works once (renewing rotates it), and revocation.
 * Expiry is judged by the injectable clock, not the wall clock, so tests can
 * move time; the state's record is the truth, the JWT's signature proves the
 * token came from this sandbox.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { sign, verify } from 'hono/jwt';
import { now } from '../../contract/clock.js';
import { formatExpiresAt, type TokenData } from '../../contract/auth.js';
import type { SandboxConfig } from '../config.js';
import type { SandboxState } from '../state.js';

export const JWT_ISSUER = 'lih-sandbox-insurer';

export async function issueTokens(config: SandboxConfig, state: SandboxState, account: string): Promise<TokenData> {
  pruneExpired(state);
  const issuedMs = now().getTime();
  const expiresAtMs = issuedMs + config.tokenTtlSeconds * 1000;
  const jti = randomUUID();
  const refreshToken = randomBytes(32).toString('base64url');
  const token = await sign(
    { sub: account, jti, iss: JWT_ISSUER, iat: Math.floor(issuedMs / 1000), exp: Math.ceil(expiresAtMs / 1000) },
    config.jwtSecret,
    'HS256',
  );
  state.tokens.set(jti, { account, expiresAtMs, revoked: false, refreshToken });
  state.refreshTokens.set(refreshToken, { account, jti, expiresAtMs: issuedMs + config.refreshTokenTtlSeconds * 1000 });
  return { token, expires_at: formatExpiresAt(expiresAtMs), refresh_token: refreshToken };
}

export type TokenCheck = { ok: true; account: string; jti: string } | { ok: false; reason: 'missing' | 'invalid' | 'expired' | 'revoked' };

/** Checks the `Token` header's JWT: signed here, known, not revoked, not expired. */
export async function checkAccessToken(config: SandboxConfig, state: SandboxState, raw: string | undefined): Promise<TokenCheck> {
  const token = raw?.trim();
  if (!token) return { ok: false, reason: 'missing' };
  let payload: Record<string, unknown>;
  try {
    // Expiry is checked below against the sandbox clock, so hono's wall-clock checks are off.
    payload = await verify(token, config.jwtSecret, { alg: 'HS256', exp: false, iat: false, nbf: false, iss: JWT_ISSUER });
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const jti = typeof payload.jti === 'string' ? payload.jti : '';
  const record = state.tokens.get(jti);
  if (!record) return { ok: false, reason: 'invalid' };
  if (record.revoked) return { ok: false, reason: 'revoked' };
  if (now().getTime() >= record.expiresAtMs) return { ok: false, reason: 'expired' };
  return { ok: true, account: record.account, jti };
}

/** PATCH /auth: a valid refresh token gives a new pair and stops working itself. */
export async function renewTokens(config: SandboxConfig, state: SandboxState, refreshToken: string): Promise<TokenData | null> {
  const record = state.refreshTokens.get(refreshToken);
  if (!record) return null;
  state.refreshTokens.delete(refreshToken);
  if (now().getTime() >= record.expiresAtMs) return null;
  return issueTokens(config, state, record.account);
}

/** DELETE /auth: this token and its refresh token stop working. */
export function revokeToken(state: SandboxState, jti: string): void {
  const record = state.tokens.get(jti);
  if (!record) return;
  record.revoked = true;
  state.refreshTokens.delete(record.refreshToken);
}

/** How long a dead token is still remembered, so it is refused as "expired" or "revoked" rather than "invalid". */
const REMEMBER_DEAD_MS = 24 * 3600_000;

/** Forgets long-dead sessions, so a long benchmark does not grow memory. */
function pruneExpired(state: SandboxState): void {
  const t = now().getTime();
  for (const [refresh, r] of state.refreshTokens) if (t >= r.expiresAtMs) state.refreshTokens.delete(refresh);
  for (const [jti, r] of state.tokens) {
    if (t - r.expiresAtMs > REMEMBER_DEAD_MS && !state.refreshTokens.has(r.refreshToken)) state.tokens.delete(jti);
  }
}
