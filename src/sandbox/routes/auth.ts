/**
 * POST /auth (log in), PATCH /auth (renew with `Token: Refresh <refresh_token>`),
 * DELETE /auth (log out). Answers carry `error: "false", status: "200"` as the
 * Casco, Liability and Rotr docs' examples show (the Assets export shows none).
 */
import { TOKEN_HEADER, loginRequest } from '../../contract/auth.js';
import { checkWith } from '../../contract/issues.js';
import { issueTokens, renewTokens, revokeToken } from '../auth/tokens.js';
import { SandboxError, fail, prefixed } from '../errors.js';
import { readJson } from '../body.js';
import { route } from '../middleware.js';
import type { Deps, SandboxApp } from '../context.js';

const ok = <T>(data: T) => ({ error: 'false', status: '200', data });

/** Under `base` for another API on the same sandbox (Casco: '/casco/v1'); the Assets API's at the root. */
export function authRoutes(app: SandboxApp, deps: Deps, base = ''): void {
  route(app, deps, 'POST', `${base}/auth`, { auth: false }, async (c) => {
    const r = checkWith(loginRequest, await readJson(c));
    if (!r.ok) throw new SandboxError(400, prefixed('', r.errors));
    const known = deps.config.operators.some((o) => o.account === r.data.account && o.password === r.data.password);
    if (!known) throw fail(401, '', 'auth.badCredentials');
    return c.json(ok(await issueTokens(deps.config, deps.state, r.data.account)));
  });

  route(app, deps, 'PATCH', `${base}/auth`, { auth: false }, async (c) => {
    const m = /^Refresh\s+(\S+)$/.exec(c.req.header(TOKEN_HEADER)?.trim() ?? '');
    const renewed = m ? await renewTokens(deps.config, deps.state, m[1]!) : null;
    if (!renewed) throw fail(401, '', 'auth.badRefresh');
    return c.json(ok(renewed));
  });

  route(app, deps, 'DELETE', `${base}/auth`, { auth: true }, (c) => {
    revokeToken(deps.state, c.get('jti'));
    return c.json(ok({}));
  });
}
