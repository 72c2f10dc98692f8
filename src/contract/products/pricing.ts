/**
 * The two price tables the docs give (tireFleet and electronics are priced by
 * the API itself, "computed locally"). Only the sandbox insurer prices with
 * them; they live in the contract because they are documented rules.
 */
import type { ElectronicsCategory } from './electronics.js';

/** Commission on both locally priced products. */
export const LOCAL_COMMISSION_PERCENT = 30;
/** VAT already included in the tireFleet unit prices. */
export const TIRE_FLEET_VAT_PERCENT = 21;

/** tireFleet: RON per vehicle, by package and term (months). */
export const TIRE_FLEET_UNIT_PRICES = {
  var_1: { name: 'Varianta 1', 12: 80, 24: 125 },
  var_2: { name: 'Varianta 2', 12: 90, 24: 145 },
} as const;

/**
 * electronics: premium percent of the purchase price, by category, package
 * and term. The insurer's table names categories in English (tv, refrigerator…);
 * the API takes the Romanian values, so the table is keyed by those, and
 * `ELECTRONICS_PRICE_TABLE_NAMES` maps the English names onto them.
 */
export const ELECTRONICS_PERCENT: Record<ElectronicsCategory, { daf: Record<12 | 24 | 36, number>; ge: Record<12 | 24, number> }> = {
  audio_video: { daf: { 12: 5.0, 24: 8.5, 36: 12.0 }, ge: { 12: 5.0, 24: 9.5 } },
  televizor: { daf: { 12: 5.0, 24: 8.5, 36: 12.0 }, ge: { 12: 5.0, 24: 9.5 } },
  frigider: { daf: { 12: 3.0, 24: 5.5, 36: 8.0 }, ge: { 12: 5.0, 24: 9.5 } },
  masina_spalat: { daf: { 12: 3.0, 24: 5.5, 36: 8.0 }, ge: { 12: 5.0, 24: 9.5 } },
  monitor: { daf: { 12: 4.0, 24: 7.0, 36: 10.0 }, ge: { 12: 5.0, 24: 9.5 } },
  aer_conditionat: { daf: { 12: 3.0, 24: 5.5, 36: 8.0 }, ge: { 12: 5.0, 24: 9.5 } },
};

export const ELECTRONICS_PRICE_TABLE_NAMES: Record<string, ElectronicsCategory> = {
  audio_video: 'audio_video',
  tv: 'televizor',
  refrigerator: 'frigider',
  washing_machine: 'masina_spalat',
  monitor: 'monitor',
  air_conditioning: 'aer_conditionat',
};

/** The five electronics offers, in the documented order. */
export const ELECTRONICS_OFFERS = [
  { package: 'daf', termTime: 12 },
  { package: 'daf', termTime: 24 },
  { package: 'daf', termTime: 36 },
  { package: 'ge', termTime: 12 },
  { package: 'ge', termTime: 24 },
] as const;

/**
 * EW/GE starts when the maker's warranty ends: purchase + 2 years for an
 * individual, + 1 year for a legal entity. ADT/DAF starts on the quote day.
 */
export const MAKER_WARRANTY_YEARS = { individual: 2, legalEntity: 1 } as const;

/** `{package}:{termTime}:{uuid}` — lets issuance rebuild the offer without a lookup. */
export const offerCode = (pkg: string, termTime: number, uuid: string): string => `${pkg}:${termTime}:${uuid}`;

const CODE = /^([a-z0-9_]+):(\d+):([0-9a-f-]{36})$/i;
export function parseOfferCode(code: string | undefined): { package: string; termTime: number; uuid: string } | null {
  const m = code ? CODE.exec(code) : null;
  return m ? { package: m[1]!, termTime: Number(m[2]), uuid: m[3]! } : null;
}
