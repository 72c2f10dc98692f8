import * as z from 'zod/mini';
import { optionalText, positiveInt, rule, text } from './fields.js';
import { isCountyCode } from '../validators/counties.js';
import './i18n/messages/person.js';

/** ISO 3166-1 alpha-2, as /nomenclature/country lists them. */
export const countryCode = () =>
  z.string().check(
    z.trim(),
    z.toUpperCase(),
    rule<string>((v) => (v === '' ? { key: 'required' } : /^[A-Z]{2}$/.test(v) ? undefined : { key: 'format' })),
  );

/**
 * A Romanian address. `county` is a code from /nomenclature/county; `city`
 * and `cityCode` (SIRUTA) come from /nomenclature/locality/{county}. Whether
 * the locality really lies in that county is the insurer's nomenclature check.
 */
export const address = z.object({
  country: z.optional(countryCode()),
  county: z.string().check(
    z.trim(),
    z.toUpperCase(),
    rule<string>((v) => (v === '' ? { key: 'required' } : isCountyCode(v) ? undefined : { key: 'address.county' })),
  ),
  city: text(),
  // SIRUTA codes have at most six digits.
  cityCode: positiveInt(999_999),
  street: text(),
  houseNumber: text(),
  building: optionalText(),
  staircase: optionalText(),
  apartment: optionalText(),
  floor: optionalText(),
  postcode: optionalText(),
});

export type Address = z.output<typeof address>;
