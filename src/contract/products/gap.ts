import * as z from 'zod/mini';
import { intOneOf, isoDate } from '../fields.js';
import { gapVehicle } from '../vehicle.js';
import { colonnadeAgreements, colonnadePolicyholder } from './colonnade.js';

/** Colonnade GAP: covers the gap between a total loss payout and the vehicle's value. */
export const gap = z.object({
  startDate: isoDate(),
  termTime: intOneOf([12]),
  vehicle: gapVehicle,
});

export const gapProduct = z.object({
  gap,
  policyholder: colonnadePolicyholder(),
  additionalData: z.object({ agreements: colonnadeAgreements }),
});

export type GapProduct = z.output<typeof gapProduct>;
