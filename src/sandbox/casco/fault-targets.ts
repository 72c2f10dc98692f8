/**
 * Which insurer a Casco call is for, so the sandbox's faults can single one
 * out (`insurers` in the fault setting): the offer request names it; an
 * issuance or an offer download is for the insurer of its offer. A call
 * that names none (a body that is not JSON, an unknown offer) is for none.
 */
import type { Context } from 'hono';
import type { Deps, SandboxEnv } from '../context.js';
import type { InsurerOf } from '../middleware.js';
import { cascoStore } from './store.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;

async function jsonBody(c: Context<SandboxEnv>): Promise<unknown> {
  try {
    // Hono keeps the text, so the route's own readJson reads the same body again.
    return JSON.parse(await c.req.text()) as unknown;
  } catch {
    return undefined;
  }
}

/** `provider.organization.businessName`, as the contract reads it (trimmed, lower case). */
export const offerRequestInsurer: InsurerOf = async (c) => {
  const b = await jsonBody(c);
  const org = isObj(b) && isObj(b.provider) && isObj(b.provider.organization) ? b.provider.organization : undefined;
  return typeof org?.businessName === 'string' ? org.businessName.trim().toLowerCase() : undefined;
};

const insurerOfOffer = (deps: Deps, id: unknown): string | undefined =>
  typeof id === 'number' || (typeof id === 'string' && /^\d+$/.test(id)) ? cascoStore(deps.state).offers.get(Number(id))?.insurer : undefined;

/** The insurer of the offer a policy request names. */
export const policyRequestInsurer =
  (deps: Deps): InsurerOf =>
  async (c) => {
    const b = await jsonBody(c);
    return isObj(b) ? insurerOfOffer(deps, b.offerId) : undefined;
  };

/** The insurer of the offer in the path (`:offerId`). */
export const offerPathInsurer =
  (deps: Deps): InsurerOf =>
  async (c) =>
    insurerOfOffer(deps, c.req.param('offerId'));
