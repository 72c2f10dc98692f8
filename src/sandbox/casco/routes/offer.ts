/**
 * The Casco offer: one insurer per request (`provider.organization.businessName`),
 * its credentials, the body checked by the contract in wire mode, then what
 * only that insurer knows (its identifier for the vehicle, its deductibles
 * and coverages, the nomenclatures), then priced: `data.offers[]`.
 */
import { cascoProduct } from '../../../contract/casco/index.js';
import { offerRequest } from '../../../contract/provider.js';
import { checkWire } from '../../../contract/wire.js';
import { readJson } from '../../body.js';
import { SandboxError, fail, prefixed } from '../../errors.js';
import { route } from '../../middleware.js';
import { credentialsAccepted } from '../../routes/offer.js';
import type { Deps, SandboxApp } from '../../context.js';
import { cascoInsurerErrors } from '../checks.js';
import { CASCO_INSURER_NAMES, cascoCredentials, findCascoInsurer } from '../insurers.js';
import { offerRequestInsurer } from '../fault-targets.js';
import { CASCO_PATHS } from '../paths.js';
import { quoteCasco } from '../quote.js';

export function cascoOfferRoutes(app: SandboxApp, deps: Deps): void {
  route(app, deps, 'POST', CASCO_PATHS.offer, { auth: true, insurer: offerRequestInsurer }, async (c) => {
    const envelope = checkWire(offerRequest, await readJson(c));
    if (!envelope.ok) throw new SandboxError(400, prefixed('', envelope.errors));
    const { provider, product } = envelope.data;

    const insurerName = provider.organization.businessName;
    const insurer = findCascoInsurer(insurerName);
    if (!insurer) throw fail(400, 'provider.organization.businessName', 'insurer.notForProduct', { values: CASCO_INSURER_NAMES });
    const config = { ...deps.config, insurers: cascoCredentials(deps.config.insurers) };
    if (!credentialsAccepted(config, provider)) throw fail(403, 'provider.authentication', 'insurer.credentials');

    const checked = checkWire(cascoProduct, product);
    if (!checked.ok) throw new SandboxError(400, prefixed('product', checked.errors));
    const errors = cascoInsurerErrors(insurerName, insurer, checked.data);
    if (errors.length) throw new SandboxError(400, errors);

    const stored = quoteCasco({ config: deps.config, state: deps.state, insurerName, insurer, product: checked.data, locale: c.get('locale') });
    return c.json({
      data: {
        provider: { organization: { businessName: insurerName } },
        product: { name: 'casco' },
        offers: stored.map((s) => s.offer),
      },
    });
  });
}
