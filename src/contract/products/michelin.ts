import * as z from 'zod/mini';
import { bool, mustBeTrue } from '../fields.js';

/** The largest rim Michelin's tyre nomenclature lists, in inches (tire and tireFleet). */
export const TIRE_MAX_RIM_INCHES = 30;

/** Michelin's agreement flags, shared by tire and tireFleet. */
export const michelinAgreements = z.object({
  purchased4Tires: mustBeTrue(),
  customerAgreement: mustBeTrue(),
  michelinDataAgreement: z.optional(bool()),
  marketingConsent: z.optional(bool()),
});
