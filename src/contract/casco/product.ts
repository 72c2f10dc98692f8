import * as z from 'zod/mini';
import { crossRule, text, type Problem } from '../fields.js';
import { normalisePlateAndVin, plateAndVinRules } from '../vehicle.js';
import { provider } from '../provider.js';
import { cascoAdditionalData } from './additional-data.js';
import { coverages, motor } from './motor.js';
import { cascoPerson } from './person.js';
import { describedCascoVehicle, describedVehicleFields, plateNeedsType } from './vehicle.js';
import '../i18n/messages/casco.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A leased vehicle (`vehicle.isLeased`) names its leasing contract (`additionalData.motor`). */
const leasingNamed = (p: { vehicle?: unknown; additionalData?: unknown }): Problem | undefined => {
  if (!isObj(p.vehicle) || p.vehicle.isLeased !== true) return undefined;
  const m = isObj(p.additionalData) && isObj(p.additionalData.motor) ? p.additionalData.motor : {};
  const number = m.leasingContractNumber;
  return typeof number === 'string' && number.trim() !== ''
    ? undefined
    : { key: 'casco.leasingContract', path: ['additionalData', 'motor', 'leasingContractNumber'] };
};

// Here, not in vehicle.ts: the element never sends an insurer's identifier, and a schema a module
// builds as it loads is never left out of that module's chunk.
/** The offer request's vehicle: the described vehicle plus the insurer's `identifier` from identification (each insurer has its own). */
export const cascoVehicle = z
  .object({ ...describedVehicleFields, identifier: text() })
  .check(crossRule(plateAndVinRules()), crossRule(plateNeedsType), z.overwrite(normalisePlateAndVin));
export type CascoVehicle = z.output<typeof cascoVehicle>;

/** The Casco API's `product`: named by `name`, not by a key as in the Assets API. */
export const cascoProduct = z
  .object({
    name: z.literal('casco'),
    motor,
    coverages,
    policyholder: cascoPerson(),
    vehicle: cascoVehicle,
    additionalData: z.optional(cascoAdditionalData),
  })
  .check(crossRule(leasingNamed));
export type CascoProduct = z.output<typeof cascoProduct>;

/**
 * The product as one customer describes it to several insurers at once: the
 * same rules, without `name` and the vehicle's per-insurer `identifier`
 * (the proxy's public Casco API, `public-api.ts`).
 */
export const describedCascoProduct = z
  .object({
    motor,
    coverages,
    policyholder: cascoPerson(),
    vehicle: describedCascoVehicle,
    additionalData: z.optional(cascoAdditionalData),
  })
  .check(crossRule(leasingNamed));
export type DescribedCascoProduct = z.output<typeof describedCascoProduct>;

/** POST of a Casco offer: one insurer in `provider.organization.businessName`, its credentials, the product. */
export const cascoOfferRequest = z.object({ provider, product: cascoProduct });
export type CascoOfferRequest = z.output<typeof cascoOfferRequest>;
