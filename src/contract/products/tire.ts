import * as z from 'zod/mini';
import { dateWithin, identifier, intOneOf, num, positiveInt, rule, text } from '../fields.js';
import { person } from '../person.js';
import { today } from '../clock.js';
import { checkTireDot } from '../../validators/tire-dot.js';
import { michelinAgreements, TIRE_MAX_RIM_INCHES } from './michelin.js';
import '../i18n/messages/tire.js';

export { TIRE_MAX_RIM_INCHES };

/** Michelin tyre cover: one set of four tyres on one vehicle. */
export const tire = z.object({
  startDate: dateWithin(0, 60),
  termTime: intOneOf([12, 24]),
  purchaseDate: dateWithin(-30, 0),
  purchasePrice: num().check(z.positive(), z.maximum(8000)),
  vehicleBrand: text(),
  vehicleModel: text(),
  // "As of 01.08.2025 only michelin is accepted" — the nomenclature's code.
  tireMake: z.string().check(
    z.trim(),
    z.toLowerCase(),
    rule<string>((v) => (v === '' ? { key: 'required' } : v === 'michelin' ? undefined : { key: 'tire.michelinOnly' })),
  ),
  tireModel: text(),
  // A rim diameter in inches (the nomenclature lists 13–22); the bound only keeps it sane.
  tireWidth: positiveInt(TIRE_MAX_RIM_INCHES),
  dot: identifier('dot', (v) => checkTireDot(v, { today: today() })),
});

/** `product` of a tire offer request: `{ tire, policyholder, additionalData }`. */
export const tireProduct = z.object({
  tire,
  policyholder: person(),
  additionalData: z.object({ agreements: michelinAgreements }),
});

export type TireProduct = z.output<typeof tireProduct>;
export type TireProductInput = z.input<typeof tireProduct>;
