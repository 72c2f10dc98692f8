import type { Problem } from './fields.js';
import { checkLicensePlate } from '../validators/license-plate.js';
import { checkVin } from '../validators/vin.js';
import './i18n/messages/vehicle.js';

import { REGISTRATION_TYPES, type RegistrationType } from './registration.js';

export { REGISTRATION_TYPES, type RegistrationType };

/** The year as a number, or NaN; never Number() on an object, whose own toString may throw. */
const yearOf = (y: unknown): number => (typeof y === 'number' || typeof y === 'string' ? Number(y) : NaN);

/** The plate is read by its registration type, the VIN by its year: both cross-field. */
export const plateAndVinRules =
  (types: readonly RegistrationType[] = REGISTRATION_TYPES) =>
  (v: { licensePlate?: unknown; registrationType?: unknown; vin?: unknown; yearOfConstruction?: unknown }): Problem[] => {
  const out: Problem[] = [];
  // The plate is read by a registration type the product accepts; any other is the type's own error.
  if (typeof v.licensePlate === 'string' && v.licensePlate && (types as readonly unknown[]).includes(v.registrationType)) {
    const r = checkLicensePlate(v.licensePlate, v.registrationType as RegistrationType);
    if (!r.ok) out.push({ key: `plate.${r.reason}` as Problem['key'], path: ['licensePlate'] });
  }
  if (typeof v.vin === 'string' && v.vin) {
    const year = yearOf(v.yearOfConstruction);
    const r = checkVin(v.vin, Number.isInteger(year) ? year : undefined);
    if (!r.ok) out.push({ key: `vin.${r.reason}` as Problem['key'], path: ['vin'] });
  }
  return out;
};

/**
 * The plate and the VIN as they go upstream (compact, upper-case: 'cj-59-lih'
 * → 'CJ59LIH'), set once `plateAndVinRules` hold.
 */
export function normalisePlateAndVin<T extends { licensePlate?: unknown; registrationType?: unknown; vin?: unknown; yearOfConstruction?: unknown }>(v: T): T {
  const out = { ...v };
  if (typeof v.licensePlate === 'string' && (REGISTRATION_TYPES as readonly unknown[]).includes(v.registrationType)) {
    const r = checkLicensePlate(v.licensePlate, v.registrationType as RegistrationType);
    if (r.ok) out.licensePlate = r.value;
  }
  if (typeof v.vin === 'string') {
    const year = yearOf(v.yearOfConstruction);
    const r = checkVin(v.vin, Number.isInteger(year) ? year : undefined);
    if (r.ok) out.vin = r.value;
  }
  return out;
}
