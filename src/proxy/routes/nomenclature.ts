/**
 * GET /v1/nomenclature/{list}[/{param}] — the upstream lists as `{items:
 * [{code, name, hint?}]}`, through the contract's one table (NOMENCLATURES),
 * cached with Cache-Control and an ETag.
 */
import type { Hono } from 'hono';
import { NOMENCLATURES, isNomenclatureList, nomenclatureResponse, type NomenclatureItem } from '../../contract/nomenclature.js';
import { callContext, type Deps, type ProxyContext, type ProxyEnv } from '../context.js';
import { ProxyError } from '../errors.js';
import { etagMatches } from '../nomenclature-cache.js';

/** Parameters are county codes, brand ids, tyre makes: letters, digits, spaces and a few marks. */
const PARAM = /^[\p{L}\p{N}][\p{L}\p{N} _.'-]{0,63}$/u;
const EXAMPLE_PARAM: Record<string, string> = { locality: 'CJ', 'vehicle-model': '1', 'tire-model': 'michelin' };

export function registerNomenclature(app: Hono<ProxyEnv>, deps: Deps): void {
  const handler = async (c: ProxyContext) => {
    const list = c.req.param('list') ?? '';
    const param = c.req.param('param');
    if (!isNomenclatureList(list)) throw new ProxyError(404, 'nomenclature.unknown', { params: { list } });
    const def = NOMENCLATURES[list];
    if (def.param && param === undefined)
      throw new ProxyError(404, 'nomenclature.paramRequired', { params: { list, example: EXAMPLE_PARAM[list] ?? 'X' } });
    if (!def.param && param !== undefined) throw new ProxyError(404, 'nomenclature.paramUnexpected', { params: { list } });
    if (param !== undefined && !PARAM.test(param)) throw new ProxyError(400, 'nomenclature.param', { path: 'param' });

    const locale = c.get('locale');
    const cacheKey = `${list}\u0000${param ?? ''}\u0000${locale}`;
    // Nomenclatures belong to the API, not to an insurer: read them from Assets.
    const upstream = deps.upstreams.assets;
    if (!upstream) throw new ProxyError(502, 'upstream.unavailable');
    const { list: cached, hit } = await deps.nomenclature.get(cacheKey, async () => {
      const json = await upstream.json({
        method: 'GET',
        path: def.path(param),
        route: def.param ? def.path(':param').replace('%3Aparam', ':param') : def.path(),
        retrySafe: true,
        ...callContext(c),
      });
      const parsed = nomenclatureResponse(def.item).safeParse(json);
      if (!parsed.success) throw new ProxyError(502, 'upstream.malformed');
      const toPublic = def.toPublic as (i: unknown) => NomenclatureItem;
      return { items: parsed.data.data.map((i) => toPublic(i)) };
    });

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
