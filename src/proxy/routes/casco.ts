/**
 * POST /v1/casco/identification — the vehicle's mechanical data, checked by
 * the contract, sent once to the Casco API, and its answer split per insurer
 * the site enables for casco: each insurer's versions of the vehicle (the
 * `identifier` the customer's choice sends back in the quote), or why there
 * are none.
 */
import type { Hono } from 'hono';
import { CASCO_IDENTIFICATION_PATH, CASCO_PRODUCT, vehicleIdentificationRequest, type CascoIdentificationResponse, type CascoVehicleVersion } from '../../contract/casco/public-api.js';
import type { VehicleCandidate } from '../../contract/casco/responses.js';
import { checkWith } from '../../contract/issues.js';
import { publicInsurer } from '../config.js';
import { callContext, readJson, siteOf, type Deps, type ProxyEnv } from '../context.js';
import { ProxyError, validationError } from '../errors.js';

/** A version as the customer may see it: the insurer's extra data stays here. */
const toVersion = (v: VehicleCandidate): CascoVehicleVersion => ({
  identifier: v.identifier,
  modelName: v.modelName,
  productionStartDate: v.productionStartDate,
  ...(v.productionEndDate ? { productionEndDate: v.productionEndDate } : {}),
  marketValue: v.marketValue,
});

export function registerCasco(app: Hono<ProxyEnv>, deps: Deps): void {
  app.post(CASCO_IDENTIFICATION_PATH, async (c) => {
    const site = siteOf(c);
    const upstream = deps.upstreams.casco;
    if (!site.casco || !upstream) throw new ProxyError(403, 'site.product', { params: { product: CASCO_PRODUCT } });
    const checked = checkWith(vehicleIdentificationRequest, await readJson(c));
    if (!checked.ok) throw validationError(checked.errors);

    // The identification body is the public body: the insurer's paths are the caller's.
    const data = await upstream.identify(checked.data, { mapPath: (p) => p, ...callContext(c) });
    const locale = c.get('locale');
    const answer: CascoIdentificationResponse = {
      insurers: site.casco.insurers.map((name) => {
        const insurer = publicInsurer(deps.config, name);
        const versions = data[name];
        if (versions) return { insurer, status: 'ok', versions: versions.map(toVersion) };
        const why = new ProxyError(404, 'casco.notIdentified').toPublic(locale)[0]!;
        return { insurer, status: 'failed', message: why.message, key: 'casco.notIdentified', versions: [] };
      }),
      correlationId: c.get('correlationId'),
    };
    return c.json(answer);
  });
}
