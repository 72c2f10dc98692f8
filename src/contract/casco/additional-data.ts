import * as z from 'zod/mini';
import { bool, int, MAX_AMOUNT_RON, num, optionalText, pastOrToday } from '../fields.js';
import { BONUS_MALUS_CLASSES } from './enums.js';

/** Claims on record: a count, bounded where the doc gives no bound. */
export const CASCO_MAX_CLAIMS = 50;

/**
 * `product.additionalData`: the insurers' extra questions. All optional (the
 * doc marks none required); `filterPackages: true` asks only for the package
 * the request describes (docs/sandbox.md, Casco).
 */
export const cascoAdditionalData = z.object({
  rafCode: optionalText(),
  filterPackages: z.optional(bool()),
  motor: z.optional(
    z.object({
      contractType: optionalText(),
      leasingContractNumber: optionalText(),
    }),
  ),
  vehicle: z.optional(
    z.object({
      user: z.optional(
        z.object({
          bonusMalusClass: z.optional(z.enum(BONUS_MALUS_CLASSES)),
          bonusMalusClaims: z.optional(int().check(z.gte(0), z.lte(CASCO_MAX_CLAIMS))),
          noYoungDrivers: z.optional(bool()),
        }),
      ),
      isAtv: z.optional(bool()),
      equipmentDescription: optionalText(),
      equipmentValue: z.optional(num().check(z.gte(0), z.lte(MAX_AMOUNT_RON))),
      acquisitionDate: z.optional(pastOrToday()),
      isFirstOwner: z.optional(bool()),
      stolenVehicle: z.optional(bool()),
      hasConstructionChanges: z.optional(bool()),
      wheelOnTheRightSide: z.optional(bool()),
    }),
  ),
  specialAccordCashOnHand: z.optional(bool()),
  partnerNetworkRepairAgreement: z.optional(bool()),
  coversMinorChildren: z.optional(bool()),
  personAccidentsPlan: optionalText(),
});
export type CascoAdditionalData = z.output<typeof cascoAdditionalData>;
