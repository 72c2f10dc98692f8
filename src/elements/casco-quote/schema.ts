/**
 * The casco quote's rules in the browser: the contract's own pieces, composed as `cascoQuoteRequest`
 * composes them (src/contract/casco/public-api.ts) — without importing that module or product.ts,
 * whose module-level schemas would bring zod's record and literal classes into the runtime every
 * element shares. The leasing rule is left to the proxy: the element never says a vehicle is leased.
 */
import * as z from 'zod/mini';
import { num, text } from '../../contract/fields.js';
import { coverages, motor } from '../../contract/casco/motor.js';
import { cascoPerson } from '../../contract/casco/person.js';
import { CASCO_MAX_VEHICLE_VALUE, describedCascoVehicle } from '../../contract/casco/vehicle.js';
import type { CascoInsurerChoice } from '../../contract/casco/public-api.js';

/** One insurer's choice, with the contract's bounds of a sum insured. */
const choice = z.object({
  identifier: text(),
  insuredValue: z.optional(num().check(z.positive(), z.lte(CASCO_MAX_VEHICLE_VALUE))),
}) satisfies z.ZodMiniType<CascoInsurerChoice, unknown>;

// No additionalData: the element never asks for it nor sends it (the proxy checks it for the API's other clients).
const casco = z.object({ motor, coverages, vehicle: describedCascoVehicle });
const policyholder = cascoPerson();
const user = z.optional(cascoPerson());

/**
 * The policyholder and the vehicle's user as the element's steps build them (at the top, where their
 * fields' errors land), sent where the Casco API keeps them: in the product and its vehicle.
 */
const nest = <B extends { casco: { vehicle: object }; policyholder: unknown; user?: unknown }>({ policyholder, user, ...body }: B) => ({
  ...body,
  casco: { ...body.casco, policyholder, vehicle: user ? { ...body.casco.vehicle, user } : body.casco.vehicle },
});

// One schema per set of insurers asked, made once.
const made = new Map<string, z.ZodMiniType>();

/** The quote's schema for these insurers (those the customer chose a version at): the form's body in, the proxy's out. */
export function quoteSchema(insurers: readonly string[]): z.ZodMiniType {
  const key = insurers.join();
  let s = made.get(key);
  if (!s) made.set(key, (s = z.pipe(z.object({ casco, policyholder, user, insurers: z.object(Object.fromEntries(insurers.map((n) => [n, choice]))) }), z.transform(nest))));
  return s;
}
