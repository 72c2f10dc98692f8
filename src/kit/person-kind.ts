import type { PersonRules } from '../contract/person.js';
import { pick, toBody, type Values } from './form.js';

/**
 * Who the policyholder is — a person or a company — and which of its fields
 * go into the body: what validation needs from the first step on, apart from
 * the policyholder step's rendering (sections/policyholder.ts), which loads later.
 */
export type Who = NonNullable<PersonRules['who']>;

const PH = 'policyholder';
/** The form's own key for the person kind; it never goes into the body. */
export const KIND = '$kind';

export const personKind = (values: Values, who: Who): 'individual' | 'company' =>
  who === 'business' ? 'company' : who === 'individual' ? 'individual' : values[KIND] === 'company' ? 'company' : 'individual';

const INDIVIDUAL_ONLY = ['lastName', 'firstName', 'identification', 'isForeignPerson', 'nationality', 'citizenship', 'gender', 'birthdate', 'hasDisability', 'isRetired'];
const COMPANY_ONLY = ['businessName', 'companyRegistryNumber', 'caenCode', 'hasRelationsWithRussiaOrBelarus'];
const FOREIGN_ONLY = ['nationality', 'citizenship', 'gender', 'birthdate'];

/**
 * Which policyholder fields go into the body: a switch between person and
 * company keeps what was typed for the other kind (nothing is lost) but sends
 * only what applies now. `base`: another person's fields (casco's vehicle user).
 */
export function keepPolicyholderPath(values: Values, who: Who, base = PH) {
  const kind = personKind(values, who);
  const foreign = values[`${base}.isForeignPerson`] === true;
  return (path: string): boolean => {
    if (!path.startsWith(`${base}.`)) return true;
    const field = path.split('.')[1]!;
    if (kind === 'company') return !INDIVIDUAL_ONLY.includes(field);
    if (COMPANY_ONLY.includes(field)) return false;
    return foreign || !FOREIGN_ONLY.includes(field);
  };
}

/**
 * The policyholder's part of the body, as the Assets API wants it: a person identified by a
 * Romanian ID card (`idType: 'CI'`); a company by its business name, present even while still
 * blank (then "required" lands on it); an address present even while blank, so each of its fields
 * gets its own error.
 */
export function policyholderBody(values: Values, who: Who): Record<string, unknown> {
  const name = values[`${PH}.businessName`];
  const extra: Values =
    personKind(values, who) === 'individual' ? { [`${PH}.identification.idType`]: 'CI' } : { [`${PH}.businessName`]: (typeof name === 'string' && name) || ' ' };
  const body = toBody({ ...pick(values, [`${PH}.`]), ...extra }, keepPolicyholderPath(values, who));
  ((body[PH] ??= {}) as Record<string, unknown>).address ??= {};
  return body;
}

/**
 * A customer the host already knows (a signed-in shopper): it fills the policyholder step, where
 * the customer can still change it. Kept in memory only, never in web storage.
 */
export interface Customer {
  kind?: 'individual' | 'company';
  lastName?: string;
  firstName?: string;
  /** CNP for a person, CUI for a company. */
  taxId?: string;
  /** ID card series and number (`CJ123456`). */
  idNumber?: string;
  businessName?: string;
  companyRegistryNumber?: string;
  email?: string;
  mobileNumber?: string;
  /** County code (`CJ`), SIRUTA code and name of the locality, street… */
  address?: Partial<Record<'county' | 'cityCode' | 'city' | 'street' | 'houseNumber' | 'building' | 'staircase' | 'floor' | 'apartment' | 'postcode', string>>;
}

/** The policyholder's values for a known customer. */
export function customerValues(c: Customer | undefined): Values {
  if (!c) return {};
  const { kind, idNumber, address = {}, ...rest } = c;
  const v: Values = { ...(kind ? { [KIND]: kind } : {}), ...(idNumber ? { [`${PH}.identification.idNumber`]: idNumber } : {}) };
  for (const [k, x] of Object.entries(rest)) if (typeof x === 'string') v[`${PH}.${k}`] = x;
  for (const [k, x] of Object.entries(address)) if (typeof x === 'string') v[`${PH}.address.${k}`] = x;
  // The locality's name shows before its list loads.
  if (address.city) v[`$${PH}.address.cityCode`] = address.city;
  return v;
}

