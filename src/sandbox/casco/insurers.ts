/**
 * The Casco insurers the sandbox answers for, and what each one offers. None
 * of this is documented: it is the sandbox's own catalogue (docs/sandbox.md,
 * Casco), deliberately different per insurer so a comparison shows it.
 */
import type { Bilingual } from '../../contract/i18n/format.js';
import type { Deductibles } from '../../contract/casco/index.js';
import type { InsurerCredentials } from '../config.js';

export interface CascoCoverageTerms {
  /** Rate added to the base rate when the coverage is included, in % of the insured sum a year. */
  ratePercent: number;
  notes: Bilingual;
}

export interface CascoInsurer {
  display: string;
  /** Policy series; SBX marks a sandbox policy. */
  series: string;
  /** Its valuation against the sandbox's reference value (identification). */
  valuationFactor: number;
  /** Base rate for the `vehicle` coverage, in % of the insured sum a year. */
  baseRatePercent: number;
  /** The deductible packages it sells; a request must ask for one of them. */
  deductibles: Deductibles[];
  /** Its coverages by code; `vehicle` is the main one every request includes. */
  coverages: Record<string, CascoCoverageTerms>;
  notes: Bilingual;
}

const vehicleNote: Bilingual = {
  en: 'Coverage insured sum is covered in the main insurance sum.',
  ro: 'Suma asigurată a acoperirii este inclusă în suma asigurată principală.',
};

export const CASCO_INSURERS: Record<string, CascoInsurer> = {
  groupama: {
    display: 'Groupama Asigurări',
    series: 'SBX-GRC',
    valuationFactor: 1,
    baseRatePercent: 4.2,
    deductibles: [
      { partialDamage: 0, totalDamage: 0 },
      { partialDamage: 250, totalDamage: 10 },
      { partialDamage: 500, totalDamage: 20 },
    ],
    coverages: {
      vehicle: { ratePercent: 0, notes: vehicleNote },
      glass: { ratePercent: 0.3, notes: { en: 'Glass breakage without deductible.', ro: 'Spargere de geamuri fără franșiză.' } },
      assistance: { ratePercent: 0.2, notes: { en: 'Roadside assistance in Europe.', ro: 'Asistență rutieră în Europa.' } },
    },
    notes: { en: 'Repairs in Groupama partner workshops.', ro: 'Reparații în service-urile partenere Groupama.' },
  },
  allianz: {
    display: 'Allianz-Țiriac',
    series: 'SBX-ALC',
    valuationFactor: 1.04,
    baseRatePercent: 4.6,
    deductibles: [
      { partialDamage: 0, totalDamage: 0 },
      { partialDamage: 500, totalDamage: 20 },
    ],
    coverages: {
      vehicle: { ratePercent: 0, notes: vehicleNote },
      glass: { ratePercent: 0.25, notes: { en: 'Glass breakage, once a year.', ro: 'Spargere de geamuri, o dată pe an.' } },
      replacementCar: { ratePercent: 0.4, notes: { en: 'A replacement car for up to 10 days.', ro: 'Mașină la schimb pentru cel mult 10 zile.' } },
    },
    notes: { en: 'Claims settled within 10 working days.', ro: 'Daune soluționate în 10 zile lucrătoare.' },
  },
  omniasig: {
    display: 'Omniasig',
    series: 'SBX-OMC',
    valuationFactor: 0.97,
    baseRatePercent: 3.9,
    deductibles: [
      { partialDamage: 100, totalDamage: 0 },
      { partialDamage: 500, totalDamage: 20 },
      { partialDamage: 1000, totalDamage: 20 },
    ],
    coverages: {
      vehicle: { ratePercent: 0, notes: vehicleNote },
      assistance: { ratePercent: 0.15, notes: { en: 'Towing up to 100 km.', ro: 'Tractare până la 100 km.' } },
      personalAccident: { ratePercent: 0.1, notes: { en: 'Driver and passengers, 10,000 RON each.', ro: 'Șofer și pasageri, câte 10.000 RON.' } },
    },
    notes: { en: 'New-for-old for vehicles under 2 years.', ro: 'Nou pentru vechi la vehicule sub 2 ani.' },
  },
};

export const CASCO_INSURER_NAMES = Object.keys(CASCO_INSURERS);

export const findCascoInsurer = (name: string): CascoInsurer | undefined =>
  Object.prototype.hasOwnProperty.call(CASCO_INSURERS, name) ? CASCO_INSURERS[name] : undefined;

/** Sandbox-only credentials, `<name>-sandbox` / `<name>-sandbox-secret` like the Assets insurers; the configuration's win. */
export const cascoCredentials = (configured: Record<string, InsurerCredentials>): Record<string, InsurerCredentials> => ({
  ...Object.fromEntries(CASCO_INSURER_NAMES.map((n) => [n, { account: `${n}-sandbox`, password: `${n}-sandbox-secret` }])),
  ...configured,
});

export const sameDeductibles = (a: Deductibles, b: Deductibles): boolean => a.partialDamage === b.partialDamage && a.totalDamage === b.totalDamage;
