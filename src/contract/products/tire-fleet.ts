import * as z from 'zod/mini';
import { dateWithin, int, isoDate, num, optionalText, text } from '../fields.js';
import { person } from '../person.js';
import { michelinAgreements } from './michelin.js';

/** One vehicle of a fleet, with its set of four tyres. */
export const fleetVehicle = z.object({
  vehicleBrand: text(),
  vehicleModel: text(),
  purchaseDate: isoDate(),
  purchasePrice: num().check(z.gte(1)),
  tireMake: text(),
  tireModel: text(),
  tireWidth: int().check(z.gte(1)),
  dot: z.string().check(z.trim(), z.length(4)),
});

/** Michelin tyre cover for a fleet: one policy over many vehicles. */
export const tireFleet = z.object({
  startDate: dateWithin(0, null),
  vehicles: z.array(fleetVehicle).check(z.minLength(1)),
});

export const tireFleetProduct = z.object({
  tireFleet,
  policyholder: person(),
  additionalData: z.object({ agreements: michelinAgreements, notes: optionalText() }),
});

export type TireFleetProduct = z.output<typeof tireFleetProduct>;
