/**
 * Vehicle identification, the sandbox's way (the doc says only "mechanical
 * data → identification code"): each insurer knows two versions of a model,
 * a base and a top trim, each with its own identifier, model name,
 * production years and market value. Everything is a function of the
 * mechanical data, so the same vehicle always gets the same answer and an
 * offer's identifier can be checked without remembering it.
 *
 * SANDBOX VALUATION MODEL (not any insurer's): a reference value in RON —
 * the market value sent, else 60,000 RON + 400 RON per kW (85 kW when not
 * sent), less 8% a year of age down to a floor of 20% —, times the insurer's
 * valuation factor and the trim's (base 0.95, top 1.08), rounded to 10 RON.
 */
import { createHash } from 'node:crypto';
import { thisYear } from '../../contract/clock.js';
import type { VehicleCandidate, VehicleIdentificationRequest } from '../../contract/casco/index.js';
import { findCascoInsurer } from './insurers.js';

/** What identifies a version: the fields an insurer's catalogue is keyed by (not mileage, colour or VIN). */
export type Mechanics = Pick<VehicleIdentificationRequest, 'vehicleType' | 'brand' | 'model' | 'yearOfConstruction' | 'fuelType' | 'enginePower' | 'engineDisplacement' | 'marketValue'>;

const TRIMS = [
  { code: 'base', name: 'Comfort', factor: 0.95 },
  { code: 'top', name: 'Prestige', factor: 1.08 },
] as const;

const DEFAULT_POWER_KW = 85;

function referenceValue(v: Mechanics): number {
  if (v.marketValue !== undefined) return v.marketValue;
  const age = Math.max(0, thisYear() - v.yearOfConstruction);
  const newValue = 60_000 + 400 * (v.enginePower ?? DEFAULT_POWER_KW);
  return newValue * Math.max(0.2, 1 - 0.08 * age);
}

/** 16 bytes of a hash, base64: the shape of the doc's "F9bcVXsC3Zu7PDagZcLfCw==". */
function identifierOf(insurer: string, v: Mechanics, trim: string): string {
  const key = [insurer, v.vehicleType, v.brand.toLowerCase(), v.model.toLowerCase(), v.yearOfConstruction, v.fuelType ?? '', v.enginePower ?? '', v.engineDisplacement ?? '', trim].join('|');
  return createHash('sha256').update(key).digest().subarray(0, 16).toString('base64');
}

const month = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;

/** The insurer's candidate versions of this vehicle; none for an insurer the sandbox does not know. */
export function candidatesFor(insurerName: string, v: Mechanics): VehicleCandidate[] {
  const insurer = findCascoInsurer(insurerName);
  if (!insurer) return [];
  const engine = [v.engineDisplacement && `${(v.engineDisplacement / 1000).toFixed(1)}`, v.fuelType, v.enginePower && `${v.enginePower} kW`].filter(Boolean).join(' ');
  // A generation runs from two years before the vehicle's to three after; one still running has no end.
  const endYear = v.yearOfConstruction + 3;
  return TRIMS.map((t) => ({
    identifier: identifierOf(insurerName, v, t.code),
    modelName: [v.model, engine, t.name].filter(Boolean).join(' '),
    productionStartDate: month(v.yearOfConstruction - 2, 3),
    productionEndDate: endYear < thisYear() ? month(endYear, 1) : null,
    marketValue: Math.round((referenceValue(v) * insurer.valuationFactor * t.factor) / 10) * 10,
    additionalData: { trim: t.code },
  }));
}

/** The candidate an identifier names for this insurer and vehicle, if it is one of its own. */
export const findCandidate = (insurer: string, v: Mechanics, identifier: string): VehicleCandidate | undefined =>
  candidatesFor(insurer, v).find((c) => c.identifier === identifier);
