import * as z from 'zod/mini';
import { thisYear } from '../clock.js';
import { crossRule, bool, filled, int, isoDate, MAX_TERM_MONTHS, pastOrToday, positiveInt, rule, text, textOneOf } from '../fields.js';
import { person } from '../person.js';
import { normalisePlateAndVin, plateAndVinRules } from '../vehicle.js';
// For an element that loads this module alone (its registration choices).
export { REGISTRATION_TYPES } from '../vehicle.js';
import '../i18n/messages/vehicle.js';
import '../i18n/messages/extended-warranty.js';
import type { EligibilityRule } from '../eligibility.js';

/** The VAG brands Porsche's extended warranty covers. */
export const EXTENDED_WARRANTY_BRANDS = ['Volkswagen', 'Audi', 'Seat', 'Skoda', 'Cupra', 'Bentley', 'Lamborghini', 'Bugatti', 'Porsche'] as const;
export const EXTENDED_WARRANTY_MAX_MILEAGE_KM = 180_000;
/** "year of construction within the last 7 years". */
export const EXTENDED_WARRANTY_MAX_AGE_YEARS = 7;
/** Not documented (nor its unit, kW or hp): the most powerful VAG car has about 1,600 hp. */
export const EXTENDED_WARRANTY_MAX_ENGINE_POWER = 2000;

// Brands are matched without regard to case ("SKODA", "skoda") and sent as the list writes them.
// textOneOf rather than z.enum, z.literal, z.union or z.record here: each zod construct an element
// needs that the others do not weighs on every element's shared first load.
const brand = z.pipe(
  z.transform((v: unknown) => (typeof v === 'string' ? (EXTENDED_WARRANTY_BRANDS.find((b) => b.toLowerCase() === v.trim().toLowerCase()) ?? v.trim()) : v)),
  textOneOf(EXTENDED_WARRANTY_BRANDS),
);

// The docs type yearOfConstruction as a string here (an integer for GAP): accept both, send a string.
const recentYear = z.pipe(
  z.transform((v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v)),
  z.string().check(
    z.trim(),
    rule<string>((y) => {
      if (!/^\d{4}$/.test(y)) return { key: 'format' };
      const year = thisYear();
      const min = year - EXTENDED_WARRANTY_MAX_AGE_YEARS;
      if (+y > year) return { key: 'vehicle.futureYear' };
      return +y < min ? { key: 'vehicle.tooOld', params: { min: String(min) } } : undefined;
    }),
  ),
);

export const extendedWarrantyVehicle = z
  .object({
    licensePlate: z.string().check(z.trim(), z.toUpperCase(), filled()),
    registrationType: textOneOf(['registered']),
    vin: z.string().check(z.trim(), z.toUpperCase(), filled()),
    vehicleType: textOneOf(['M1']),
    brand,
    model: text(),
    enginePower: positiveInt(EXTENDED_WARRANTY_MAX_ENGINE_POWER),
    currentMileage: int().check(z.gte(0), z.lte(EXTENDED_WARRANTY_MAX_MILEAGE_KM)),
    usageType: textOneOf(['personal']),
    isFirstOwner: bool(),
    yearOfConstruction: recentYear,
    firstRegistration: pastOrToday(),
    deliveryDate: z.optional(isoDate()),
  })
  .check(crossRule(plateAndVinRules(['registered'])), z.overwrite(normalisePlateAndVin));

/** Porsche extended warranty for VAG cars. */
export const extendedWarranty = z.object({
  startDate: isoDate(),
  termTime: positiveInt(MAX_TERM_MONTHS),
  vehicle: extendedWarrantyVehicle,
});

// Any object, passed on as it is (not documented for this product): a rule over a transform rather
// than z.record or z.looseObject, which no other element needs.
const anyObject = z
  .transform((v: unknown) => v)
  .check(rule<unknown>((v) => (v && typeof v === 'object' && !Array.isArray(v) ? undefined : { key: 'invalid' }))) as unknown as z.ZodMiniType<Record<string, unknown>, unknown>;

export const extendedWarrantyProduct = z.object({
  extendedWarranty,
  policyholder: person(),
  additionalData: z.optional(anyObject),
});

export type ExtendedWarrantyProduct = z.output<typeof extendedWarrantyProduct>;

/**
 * The terms offered, in months: the docs bound none (the schema takes any whole number of months up
 * to MAX_TERM_MONTHS); one quote asks for each.
 */
export const EXTENDED_WARRANTY_TERMS = [12, 24, 36] as const;

const car = (f: string) => `extendedWarranty.vehicle.${f}`;

/**
 * Which of the schema's refusals mean "this car cannot be covered" (rather than "this field is
 * mistyped"), and the plain words that say why and what would make it so.
 */
export const EXTENDED_WARRANTY_ELIGIBILITY: readonly EligibilityRule[] = [
  { path: car('brand'), broken: ['oneOf'], key: 'warranty.brand', params: { brands: EXTENDED_WARRANTY_BRANDS.join(', ') } },
  { path: car('vehicleType'), broken: ['oneOf'], key: 'warranty.category' },
  { path: car('registrationType'), broken: ['oneOf'], key: 'warranty.registered' },
  { path: car('usageType'), broken: ['oneOf'], key: 'warranty.use' },
  { path: car('currentMileage'), broken: ['max'], key: 'warranty.mileage' },
  { path: car('yearOfConstruction'), broken: ['vehicle.tooOld'], key: 'warranty.age', params: { years: EXTENDED_WARRANTY_MAX_AGE_YEARS } },
];
