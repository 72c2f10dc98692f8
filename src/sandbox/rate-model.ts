/**
 * THE SANDBOX'S OWN RATES — NOT ANY INSURER'S.
 *
 * The Assets API docs give prices for tireFleet and electronics only (see
 * pricing/documented.ts). For every other product the real premium comes from
 * the insurer's own tariff, which is not public. So that the sandbox can still
 * quote, this file invents a simple, deterministic rate model: the same input
 * always gives the same premium, premiums move in a plausible direction with
 * the inputs (bigger house, more cover → dearer), and nothing here claims to
 * match Michelin, Porsche, Colonnade, Pointer, Allianz or LevIns. Do not use
 * these numbers for anything but tests and demos.
 */
import { today } from '../contract/clock.js';
import type { ProductBody } from '../contract/products/index.js';
import { roundMoney } from './pricing/money.js';

/** A priced package of one product: the caller adds dates, ids and codes. */
export interface RatedPackage {
  package: string;
  termTime: number;
  premium: number;
  commissionPercent: number;
  installmentCount: number;
}

/** Commission percent per product — sandbox values. */
export const RATE_MODEL_COMMISSION_PERCENT = {
  tire: 25,
  extendedWarranty: 20,
  solarPanel: 20,
  gap: 20,
  houseAssistance: 25,
  digitalProtection: 25,
  businessCyberProtection: 20,
} as const;

export type RatedProduct = keyof typeof RATE_MODEL_COMMISSION_PERCENT;

/** EUR → RON for businessCyberProtection's insured amount (a fixed sandbox rate, not the BNR rate). */
export const SANDBOX_EUR_RON = 5;

/** houseAssistance packages (the docs name `packageCodes` but not the codes): sandbox packages. */
export const HOUSE_ASSISTANCE_PACKAGES = { basic: 0.8, standard: 1.1, premium: 1.5 } as const;
export type HouseAssistancePackage = keyof typeof HOUSE_ASSISTANCE_PACKAGES;
export const isHouseAssistancePackage = (code: string): code is HouseAssistancePackage => Object.hasOwn(HOUSE_ASSISTANCE_PACKAGES, code);

const one = (key: RatedProduct, termTime: number, premium: number, installmentCount = 1, pkg = 'standard'): RatedPackage => ({
  package: pkg,
  termTime,
  premium: roundMoney(premium),
  commissionPercent: RATE_MODEL_COMMISSION_PERCENT[key],
  installmentCount,
});

/** Michelin tyre: 6 % of the tyres' price for 12 months, 10 % for 24; at least 60 RON. */
function tire(p: ProductBody<'tire'>): RatedPackage[] {
  const { purchasePrice, termTime } = p.tire;
  return [one('tire', termTime, Math.max(60, (purchasePrice * (termTime === 24 ? 10 : 6)) / 100))];
}

/** Porsche extended warranty: 600 RON a year, more for power, mileage and age; 5 % off for a first owner. */
function extendedWarranty(p: ProductBody<'extendedWarranty'>): RatedPackage[] {
  const { termTime, vehicle } = p.extendedWarranty;
  const age = Math.max(0, Number(today().slice(0, 4)) - Number(vehicle.yearOfConstruction));
  const power = 1 + Math.max(0, vehicle.enginePower - 100) / 200;
  const mileage = 1 + vehicle.currentMileage / 180_000;
  const ageFactor = 1 + 0.08 * age;
  const owner = vehicle.isFirstOwner ? 0.95 : 1;
  return [one('extendedWarranty', termTime, 600 * (termTime / 12) * power * mileage * ageFactor * owner)];
}

/** Colonnade solar panels: 0.4 % of the purchase price a year, 5 % off per extra year (at most 20 %); at least 150 RON. */
function solarPanel(p: ProductBody<'solarPanel'>): RatedPackage[] {
  const { termTime } = p.solarPanel;
  const years = termTime / 12;
  const discount = Math.min(0.2, 0.05 * (years - 1));
  return [one('solarPanel', termTime, Math.max(150, p.additionalData.purchasePrice * 0.004 * years * (1 - discount)))];
}

/** Colonnade GAP: 350 RON, plus weight, seats and age. */
function gap(p: ProductBody<'gap'>): RatedPackage[] {
  const { termTime, vehicle } = p.gap;
  const age = Math.max(0, Number(today().slice(0, 4)) - vehicle.yearOfConstruction);
  return [one('gap', termTime, 350 + vehicle.totalWeight * 0.05 + vehicle.seats * 10 + age * 20)];
}

/** Pointer / Allianz home assistance: RON per m² built a year by package, at least 99 RON a year; Allianz 5 % dearer. */
function houseAssistance(p: ProductBody<'houseAssistance'>, insurer: string): RatedPackage[] {
  const { termTime, builtArea } = p.houseAssistance;
  const asked = p.additionalData?.packageCodes ?? [];
  const codes: HouseAssistancePackage[] = asked.length ? asked.filter(isHouseAssistancePackage) : ['standard'];
  const insurerFactor = insurer === 'allianz' ? 1.05 : 1;
  return codes.map((code) =>
    one('houseAssistance', termTime, Math.max(99, builtArea * HOUSE_ASSISTANCE_PACKAGES[code]) * (termTime / 12) * insurerFactor, 1, code),
  );
}

/** LevIns digital protection: a flat 149 RON for the 12 months. */
function digitalProtection(p: ProductBody<'digitalProtection'>): RatedPackage[] {
  return [one('digitalProtection', p.digitalProtection.termTime, 149)];
}

const TURNOVER_RATE = { less_than_100k: 0.006, less_than_500k: 0.008, less_than_1m: 0.01 } as const;

/**
 * LevIns business cyber: a share of the insured amount by turnover, plus per
 * insured machine and per EDR/endpoint option; 5 % off each for a firewall and
 * an antivirus. Paid in `installmentCount` parts.
 */
function businessCyberProtection(p: ProductBody<'businessCyberProtection'>): RatedPackage[] {
  const b = p.businessCyberProtection;
  let premium = b.insuredAmount * SANDBOX_EUR_RON * TURNOVER_RATE[b.turnover];
  premium += b.numberOfInsuredComputers * 30 + b.numberOfInsuredServers * 120;
  if (b.wantsEndpointSoftware) premium += b.numberOfInsuredComputers * 15;
  if (b.wantsEdrForComputers) premium += b.numberOfInsuredComputers * 40;
  if (b.wantsEdrForServers) premium += b.numberOfInsuredServers * 90;
  if (b.hasFirewall) premium *= 0.95;
  if (b.hasAntivirus) premium *= 0.95;
  return [one('businessCyberProtection', b.termTime, premium, b.installmentCount ?? 1)];
}

/** The sandbox's premium for a product the docs give no prices for. */
export function ratePackages(key: RatedProduct, body: ProductBody, insurer: string): RatedPackage[] {
  switch (key) {
    case 'tire':
      return tire(body as ProductBody<'tire'>);
    case 'extendedWarranty':
      return extendedWarranty(body as ProductBody<'extendedWarranty'>);
    case 'solarPanel':
      return solarPanel(body as ProductBody<'solarPanel'>);
    case 'gap':
      return gap(body as ProductBody<'gap'>);
    case 'houseAssistance':
      return houseAssistance(body as ProductBody<'houseAssistance'>, insurer);
    case 'digitalProtection':
      return digitalProtection(body as ProductBody<'digitalProtection'>);
    case 'businessCyberProtection':
      return businessCyberProtection(body as ProductBody<'businessCyberProtection'>);
  }
}
