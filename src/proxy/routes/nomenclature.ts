/**
 * GET /v1/nomenclature/{list}[/{param}] — the upstream lists as `{items:
 * [{code, name, hint?}]}`, through the contract's tables (NOMENCLATURES for
 * the Assets API, CASCO_NOMENCLATURES for Casco's vehicle makes and models),
 * cached with Cache-Control and an ETag.
 */
import type { Hono } from 'hono';
import { callContext, type Deps, type ProxyContext, type ProxyEnv } from '../context.js';
import { ProxyError } from '../errors.js';
import { etagMatches } from '../nomenclature-cache.js';
import type { UpstreamAdapter } from '../upstreams/adapter.js';

/** Parameters are county codes, brand ids, tyre makes: letters, digits, spaces and a few marks. */
const PARAM = /^[\p{L}\p{N}][\p{L}\p{N} _.'-]{0,63}$/u;
const EXAMPLE_PARAM: Record<string, string> = { locality: 'CJ', 'vehicle-model': '1', 'tire-model': 'michelin', 'casco-vehicle-model': 'alfa-romeo' };

/** The adapter that serves a list: Assets for the shared ones (counties, localities, countries…), Casco for its vehicle makes and models. */
function servedBy(deps: Deps, list: string): UpstreamAdapter | undefined {
  return [deps.upstreams.assets, deps.upstreams.casco].find((u) => u?.nomenclatureParam(list) !== undefined);
}

export function registerNomenclature(app: Hono<ProxyEnv>, deps: Deps): void {
  const handler = async (c: ProxyContext) => {
    const list = c.req.param('list') ?? '';
    const param = c.req.param('param');
    const upstream = servedBy(deps, list);
    if (!upstream) throw new ProxyError(404, 'nomenclature.unknown', { params: { list } });
    const needsParam = upstream.nomenclatureParam(list)!;
    if (needsParam && param === undefined)
      throw new ProxyError(404, 'nomenclature.paramRequired', { params: { list, example: EXAMPLE_PARAM[list] ?? 'X' } });
    if (!needsParam && param !== undefined) throw new ProxyError(404, 'nomenclature.paramUnexpected', { params: { list } });
    if (param !== undefined && !PARAM.test(param)) throw new ProxyError(400, 'nomenclature.param', { path: 'param' });

    const locale = c.get('locale');
    const cacheKey = `${list}\u0000${param ?? ''}\u0000${locale}`;
    const { list: cached, hit } = await deps.nomenclature.get(cacheKey, async () => ({ items: await upstream.nomenclature(list, param, callContext(c)) }));

    const maxAge = Math.max(0, Math.floor((cached.expiresAt - Date.now()) / 1000));
    c.header('Cache-Control', `public, max-age=${maxAge}`);
    c.header('ETag', cached.etag);
    c.header('Vary', 'Accept-Language', { append: true });
    c.header('X-Cache', hit ? 'hit' : 'miss');
    if (etagMatches(c.req.header('If-None-Match'), cached.etag)) return c.body(null, 304);
    return c.body(cached.body, 200, { 'Content-Type': 'application/json; charset=UTF-8' });
  };
  app.get('/v1/nomenclature/:list', handler);
  app.get('/v1/nomenclature/:list/:param', handler);
}
