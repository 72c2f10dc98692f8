import * as z from 'zod/mini';
import { bool, mustBeTrue } from '../fields.js';

/** Michelin's agreement flags, shared by tire and tireFleet. */
export const michelinAgreements = z.object({
  purchased4Tires: mustBeTrue(),
  customerAgreement: mustBeTrue(),
  michelinDataAgreement: z.optional(bool()),
  marketingConsent: z.optional(bool()),
});
