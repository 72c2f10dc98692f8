import * as z from 'zod/mini';
import { address } from '../address.js';
import { crossRule, isoDate, list, MAX_TERM_MONTHS, positiveInt } from '../fields.js';
import { person } from '../person.js';
import '../i18n/messages/house-assistance.js';

/** m², not documented: a home larger than this is not a home-assistance risk. */
export const HOUSE_MAX_AREA_M2 = 10_000;
/** packageCodes: a few packages per quote (each one is an offer). */
export const HOUSE_MAX_PACKAGE_CODES = 10;

/** Pointer / Allianz home assistance. */
export const houseAssistance = z
  .object({
    startDate: isoDate(),
    termTime: positiveInt(MAX_TERM_MONTHS),
    builtArea: positiveInt(HOUSE_MAX_AREA_M2),
    usableArea: positiveInt(HOUSE_MAX_AREA_M2),
    address,
  })
  // Usable area excludes walls and common parts (the docs' definitions), so it cannot exceed the built area.
  .check(
    crossRule((h: { builtArea?: unknown; usableArea?: unknown }) =>
      typeof h.builtArea === 'number' && typeof h.usableArea === 'number' && h.usableArea > h.builtArea
        ? { key: 'area.usableOverBuilt', path: ['usableArea'] }
        : undefined,
    ),
  );

export const houseAssistanceProduct = z.object({
  houseAssistance,
  policyholder: person(),
  additionalData: z.optional(z.object({ packageCodes: z.optional(list(z.string(), 0, HOUSE_MAX_PACKAGE_CODES)) })),
});

export type HouseAssistanceProduct = z.output<typeof houseAssistanceProduct>;
