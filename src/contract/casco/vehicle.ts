import * as z from 'zod/mini';
import { bool, crossRule, filled, int, isoDate, num, optionalText, pastOrToday, positiveInt, text, type Problem } from '../fields.js';
import { REGISTRATION_TYPES, normalisePlateAndVin, plateAndVinRules } from '../vehicle.js';
import { GAP_MAX_SEATS, GAP_MAX_TOTAL_WEIGHT_KG, constructionYear } from '../vehicle-year.js';
import { CASCO_COLORS, CASCO_FUEL_TYPES, CASCO_VEHICLE_TYPES } from './enums.js';
import { cascoPerson } from './person.js';
import '../i18n/messages/vehicle.js';

// Bounds the doc does not give: above any road vehicle, far below overflow.
export const CASCO_MAX_ENGINE_CC = 20_000;
export const CASCO_MAX_ENGINE_KW = 2_000;
export const CASCO_MAX_MILEAGE_KM = 3_000_000;
export const CASCO_MAX_VEHICLE_VALUE = 10_000_000;
/**
 * The least sum a casco insures (in the quote's currency): below it the
 * premium rounds to nothing (a 5e-324 insured sum was quoted at 0, found by
 * the fuzz), and no vehicle worth insuring is worth less.
 */
export const CASCO_MIN_INSURED_SUM = 1_000;
export const CASCO_MAX_KEYS = 20;

const upper = () => z.string().check(z.trim(), z.toUpperCase(), filled());

/**
 * The mechanical data, shared by vehicle identification and the offer's
 * vehicle; required as the identification request marks them.
 */
const mechanics = {
  vin: z.optional(upper()),
  motorSeries: optionalText(),
  vehicleType: z.enum(CASCO_VEHICLE_TYPES),
  brand: text(),
  model: text(),
  yearOfConstruction: constructionYear(),
  engineDisplacement: z.optional(positiveInt(CASCO_MAX_ENGINE_CC)),
  enginePower: z.optional(positiveInt(CASCO_MAX_ENGINE_KW)),
  totalWeight: z.optional(positiveInt(GAP_MAX_TOTAL_WEIGHT_KG)),
  seats: z.optional(positiveInt(GAP_MAX_SEATS)),
  fuelType: z.optional(z.enum(CASCO_FUEL_TYPES)),
  currentMileage: z.optional(int().check(z.gte(0), z.lte(CASCO_MAX_MILEAGE_KM))),
  color: z.optional(z.enum(CASCO_COLORS)),
  marketValue: z.optional(num().check(z.positive(), z.lte(CASCO_MAX_VEHICLE_VALUE))),
};

/** Vehicle identification: mechanical data in, per-insurer candidate versions out (responses.ts). */
export const vehicleIdentificationRequest = z
  .object(mechanics)
  .check(crossRule(plateAndVinRules()), z.overwrite(normalisePlateAndVin));
export type VehicleIdentificationRequest = z.output<typeof vehicleIdentificationRequest>;

/** A plate is read by its registration type, so a plate without one cannot be checked. */
export const plateNeedsType = (v: { licensePlate?: unknown; registrationType?: unknown }): Problem | undefined =>
  typeof v.licensePlate === 'string' && v.licensePlate !== '' && v.registrationType === undefined ? { key: 'required', path: ['registrationType'] } : undefined;

/**
 * The offer's vehicle as the customer describes it: the mechanical data, the
 * VIN (a casco covers one chassis), its user, registration (CIV number in
 * `identification`), keys, inspection (ITP) and vignette dates, and the
 * leasing and ownership flags — everything but the insurer's `identifier`,
 * which differs per insurer (the proxy's multi-insurer quote adds it).
 */
export const describedVehicleFields = {
  ...mechanics,
  vin: upper(),
  user: z.optional(cascoPerson()),
  licensePlate: z.optional(upper()),
  registrationType: z.optional(z.enum(REGISTRATION_TYPES)),
  firstRegistration: z.optional(pastOrToday()),
  usageType: optionalText(),
  identification: z.optional(z.object({ idNumber: upper() })),
  keyNumber: z.optional(positiveInt(CASCO_MAX_KEYS)),
  ptiExpiryDate: z.optional(isoDate()),
  vignetteExpiryDate: z.optional(isoDate()),
  hasMobilityModifications: z.optional(bool()),
  isLeased: z.optional(bool()),
  isNew: z.optional(bool()),
  isOwnerTransfer: z.optional(bool()),
};

export const describedCascoVehicle = z
  .object(describedVehicleFields)
  .check(crossRule(plateAndVinRules()), crossRule(plateNeedsType), z.overwrite(normalisePlateAndVin));
export type DescribedCascoVehicle = z.output<typeof describedCascoVehicle>;
