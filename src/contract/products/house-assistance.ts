import * as z from 'zod/mini';
import { address } from '../address.js';
import { crossRule, int, isoDate, rule } from '../fields.js';
import { person } from '../person.js';
import '../i18n/messages/house-assistance.js';

/** Pointer / Allianz home assistance. */
export const houseAssistance = z
  .object({
    startDate: isoDate(),
    termTime: int().check(z.positive()),
    builtArea: int().check(z.positive()),
    usableArea: int().check(z.positive()),
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
  additionalData: z.optional(z.object({ packageCodes: z.optional(z.array(z.string())) })),
});

export type HouseAssistanceProduct = z.output<typeof houseAssistanceProduct>;
