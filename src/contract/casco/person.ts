import * as z from 'zod/mini';
import { bool, optionalText } from '../fields.js';
import { personChecks, personFields } from '../person.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const flag = (v: unknown): boolean | undefined => (v === true || v === 'true' ? true : v === false || v === 'false' ? false : undefined);

/** The fields only a company has: for a Casco individual they describe a company the person is not. */
const COMPANY_ONLY = ['businessName', 'companyRegistryNumber', 'caenCode'] as const;

/**
 * Where the Casco doc differs from the Assets Person: `isLegalEntity` says
 * who the person is (its example sends an individual with a businessName).
 * Given, it decides: an individual's company fields are set aside, a legal
 * entity without a businessName is asked for one. Absent, the Assets rule
 * (businessName present) stands. Everything else is the Assets person's rules.
 */
function byLegalEntityFlag(v: unknown): unknown {
  if (!isObj(v)) return v;
  const legal = flag(v.isLegalEntity);
  if (legal === false) {
    const out = { ...v };
    for (const k of COMPANY_ONLY) delete out[k];
    return out;
  }
  if (legal === true && v.businessName === undefined) return { ...v, businessName: '' };
  return v;
}

/** What the Casco Person adds: the flag, and the residency and political-exposure declarations (free text: the doc lists no values). */
const cascoPersonExtras = {
  isLegalEntity: z.optional(bool()),
  residency: optionalText(),
  politicalExposure: optionalText(),
};

/**
 * The Casco policyholder and vehicle user: the Person object's fields and rules with Casco's beside
 * them, in one object — not an intersection, whose zod class would join the runtime every element
 * shares (+0.75 kB gzip on each one's first load).
 */
export const cascoPerson = () => z.pipe(z.transform(byLegalEntityFlag), z.object({ ...personFields, ...cascoPersonExtras }).check(...personChecks()));
export type CascoPerson = z.output<ReturnType<typeof cascoPerson>>;
