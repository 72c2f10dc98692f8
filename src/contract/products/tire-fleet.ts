import * as z from 'zod/mini';
import { dateWithin, int, isoDate, list, MAX_AMOUNT_RON, num, optionalText, rule, text } from '../fields.js';
import { person } from '../person.js';
import { michelinAgreements, TIRE_MAX_RIM_INCHES } from './michelin.js';
// Its DOT rule and its list of vehicles speak in shape keys (length, minItems): their words come with it.
import '../i18n/messages/shapes.js';

export const TIRE_FLEET_MAX_VEHICLES = 1000;

/** One vehicle of a fleet, with its set of four tyres. */
export const fleetVehicle = z.object({
  vehicleBrand: text(),
  vehicleModel: text(),
  purchaseDate: isoDate(),
  purchasePrice: num().check(z.gte(1), z.lte(MAX_AMOUNT_RON)),
  tireMake: text(),
  tireModel: text(),
  tireWidth: int().check(z.gte(1), z.lte(TIRE_MAX_RIM_INCHES)),
  // Four characters, counted as a person counts them (code points).
  dot: z.string().check(z.trim(), rule<string>((v) => ([...v].length === 4 ? undefined : { key: 'length', params: { n: 4 } }))),
});

/** Michelin tyre cover for a fleet: one policy over many vehicles. */
export const tireFleet = z.object({
  startDate: dateWithin(0, null),
  // One policy, one PDF: a fleet larger than this is several policies.
  vehicles: list(fleetVehicle, 1, TIRE_FLEET_MAX_VEHICLES),
});

export const tireFleetProduct = z.object({
  tireFleet,
  policyholder: person(),
  additionalData: z.object({ agreements: michelinAgreements, notes: optionalText() }),
});

export type TireFleetProduct = z.output<typeof tireFleetProduct>;
