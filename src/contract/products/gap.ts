import * as z from 'zod/mini';
import { address } from '../address.js';
import { crossRule, filled, intOneOf, isoDate, positiveInt, text } from '../fields.js';
import { GAP_MAX_SEATS, GAP_MAX_TOTAL_WEIGHT_KG, constructionYear } from '../vehicle-year.js';
import { REGISTRATION_TYPES, normalisePlateAndVin, plateAndVinRules } from '../vehicle.js';
import { colonnadeAgreements, colonnadePolicyholder } from './colonnade.js';

export { GAP_MAX_SEATS, GAP_MAX_TOTAL_WEIGHT_KG, constructionYear };

// Here, not in vehicle.ts: zod keeps every schema a module builds, so the extended warranty's
// element would carry GAP's vehicle (and z.literal) had it stayed beside the shared plate and VIN rules.
const upper = () => z.string().check(z.trim(), z.toUpperCase(), filled());

/** GAP (Colonnade) vehicle. */
export const gapVehicle = z
  .object({
    licensePlate: upper(),
    registrationType: z.enum(REGISTRATION_TYPES),
    vin: upper(),
    vehicleType: text(),
    brand: text(),
    model: text(),
    yearOfConstruction: constructionYear(),
    // Gross weight in kg and seats: not bounded by the docs; these are above any road vehicle's.
    totalWeight: positiveInt(GAP_MAX_TOTAL_WEIGHT_KG),
    seats: positiveInt(GAP_MAX_SEATS),
    usageType: z.literal('personal'),
    address,
  })
  .check(crossRule(plateAndVinRules()), z.overwrite(normalisePlateAndVin));

/** Colonnade GAP: covers the gap between a total loss payout and the vehicle's value. */
export const gap = z.object({
  startDate: isoDate(),
  termTime: intOneOf([12]),
  vehicle: gapVehicle,
});

export const gapProduct = z.object({
  gap,
  policyholder: colonnadePolicyholder(),
  additionalData: z.object({ agreements: colonnadeAgreements }),
});

export type GapProduct = z.output<typeof gapProduct>;
