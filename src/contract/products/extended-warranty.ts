import * as z from 'zod/mini';
import { thisYear } from '../clock.js';
import { crossRule, bool, int, isoDate, pastOrToday, rule, text } from '../fields.js';
import { person } from '../person.js';
import { normalisePlateAndVin, plateAndVinRules } from '../vehicle.js';
import '../i18n/messages/vehicle.js';

/** The VAG brands Porsche's extended warranty covers. */
export const EXTENDED_WARRANTY_BRANDS = ['Volkswagen', 'Audi', 'Seat', 'Skoda', 'Cupra', 'Bentley', 'Lamborghini', 'Bugatti', 'Porsche'] as const;
export const EXTENDED_WARRANTY_MAX_MILEAGE_KM = 180_000;
/** "year of construction within the last 7 years". */
export const EXTENDED_WARRANTY_MAX_AGE_YEARS = 7;

// Brands are matched without regard to case ("SKODA", "skoda") and sent as the list writes them.
const brand = z.pipe(
  z.pipe(
    z.string().check(z.trim()),
    z.transform((v: string) => EXTENDED_WARRANTY_BRANDS.find((b) => b.toLowerCase() === v.toLowerCase()) ?? v),
  ),
  z.enum(EXTENDED_WARRANTY_BRANDS),
);

// The docs type yearOfConstruction as a string here (an integer for GAP): accept both, send a string.
const recentYear = z.pipe(
  z.union([z.string().check(z.trim(), z.regex(/^\d{4}$/)), z.pipe(z.int(), z.transform(String))]),
  z.string().check(
    rule<string>((y) => {
      const year = thisYear();
      const min = year - EXTENDED_WARRANTY_MAX_AGE_YEARS;
      if (+y > year) return { key: 'vehicle.futureYear' };
      return +y < min ? { key: 'vehicle.tooOld', params: { min: String(min) } } : undefined;
    }),
  ),
);

export const extendedWarrantyVehicle = z
  .object({
    licensePlate: z.string().check(z.trim(), z.toUpperCase(), z.minLength(1)),
    registrationType: z.literal('registered'),
    vin: z.string().check(z.trim(), z.toUpperCase(), z.minLength(1)),
    vehicleType: z.literal('M1'),
    brand,
    model: text(),
    enginePower: int().check(z.positive()),
    currentMileage: int().check(z.gte(0), z.lte(EXTENDED_WARRANTY_MAX_MILEAGE_KM)),
    usageType: z.literal('personal'),
    isFirstOwner: bool(),
    yearOfConstruction: recentYear,
    firstRegistration: pastOrToday(),
    deliveryDate: z.optional(isoDate()),
  })
  .check(crossRule(plateAndVinRules(['registered'])), z.overwrite(normalisePlateAndVin));

/** Porsche extended warranty for VAG cars. */
export const extendedWarranty = z.object({
  startDate: isoDate(),
  termTime: int().check(z.positive()),
  vehicle: extendedWarrantyVehicle,
});

export const extendedWarrantyProduct = z.object({
  extendedWarranty,
  policyholder: person(),
  additionalData: z.optional(z.record(z.string(), z.unknown())),
});

export type ExtendedWarrantyProduct = z.output<typeof extendedWarrantyProduct>;
