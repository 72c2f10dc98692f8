import * as z from 'zod/mini';
import { addDays, today } from './clock.js';
import { address } from './address.js';
import { crossRule, bool, dateProblem, email, identifier, isoDate, optionalText, pastOrToday, positiveInt, text, textOneOf, type Problem } from './fields.js';
import { checkCnp } from '../validators/cnp.js';
import { checkCui } from '../validators/cui.js';
import { checkIdCardNumber } from '../validators/id-card.js';
import { checkCompanyRegistryNumber } from '../validators/registry-number.js';
import { checkMobileNumber } from '../validators/phone.js';
import './i18n/messages/identifiers.js';
import './i18n/messages/person.js';

/** Who a product may insure, as its documented rules say. */
export interface PersonRules {
  /** "individuals only" (digitalProtection) or "businesses only" (businessCyberProtection). */
  who?: 'any' | 'individual' | 'business';
  /** companyRegistryNumber is mandatory for a legal entity except for solarPanel and gap. */
  registryNumber?: 'required' | 'optional';
  /** Colonnade: a legal entity must declare it has no relations with Russia or Belarus. */
  sanctionsDeclaration?: boolean;
}

const upperText = () => z.string().check(z.trim(), z.toUpperCase());

/** The Person object's fields (a product with fields of its own adds them beside these: `personChecks`). */
export const personFields = {
  businessName: z.optional(text()),
  // The latest valid year is this year in Bucharest, from the injectable clock (not the device's).
  companyRegistryNumber: z.optional(identifier('registryNumber', (v) => checkCompanyRegistryNumber(v, { today: today() }))),
  // CAEN codes have four digits.
  caenCode: z.optional(positiveInt(9999)),
  lastName: optionalText(),
  firstName: optionalText(),
  taxId: text(),
  isForeignPerson: z.optional(bool()),
  // "No validation for legal entities": these four are checked in personRules, for individuals only.
  nationality: z.optional(upperText()),
  citizenship: z.optional(upperText()),
  gender: z.optional(z.string().check(z.trim(), z.toLowerCase())),
  birthdate: z.optional(z.string().check(z.trim())),
  email: email(),
  mobileNumber: identifier('phone', checkMobileNumber),
  hasDisability: z.optional(bool()),
  isRetired: z.optional(bool()),
  identification: z.optional(
    z.object({
      idType: textOneOf(['CI']),
      idNumber: identifier('idCard', checkIdCardNumber),
      issueAuthority: optionalText(),
      issueDate: z.optional(isoDate()),
    }),
  ),
  drivingLicense: z.optional(z.object({ issueDate: pastOrToday() })),
  address,
  hasRelationsWithRussiaOrBelarus: z.optional(bool()),
};

type PersonShape = z.output<z.ZodMiniObject<typeof personFields>>;

/** A legal entity is a person whose businessName is present (the API's own test); present but blank, it is required. */
export const isLegalEntity = (p: { businessName?: unknown }): boolean => typeof p.businessName === 'string';

const missing = (v: unknown) => v === undefined || v === null || v === '';
// Object checks run even when a field failed its own check: test before use.
const hasText = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** The cross-field rules of the Person object, in one place. */
function personRules(rules: PersonRules) {
  return (p: PersonShape): Problem[] => {
    const out: Problem[] = [];
    const req = (field: keyof PersonShape) => {
      if (missing(p[field])) out.push({ key: 'required', path: [field] });
    };
    if (isLegalEntity(p)) {
      if (rules.who === 'individual') out.push({ key: 'person.individualsOnly', path: ['businessName'] });
      if (rules.registryNumber !== 'optional') req('companyRegistryNumber');
      const cui = hasText(p.taxId) ? checkCui(p.taxId) : null;
      if (cui && !cui.ok) out.push({ key: `cui.${cui.reason}` as Problem['key'], path: ['taxId'] });
      if (p.hasDisability) out.push({ key: 'person.notForCompany', path: ['hasDisability'] });
      if (p.isRetired) out.push({ key: 'person.notForCompany', path: ['isRetired'] });
      if (rules.sanctionsDeclaration) {
        if (p.hasRelationsWithRussiaOrBelarus === undefined) out.push({ key: 'required', path: ['hasRelationsWithRussiaOrBelarus'] });
        else if (p.hasRelationsWithRussiaOrBelarus) out.push({ key: 'person.sanctions', path: ['hasRelationsWithRussiaOrBelarus'] });
      }
    } else {
      if (rules.who === 'business') out.push({ key: 'person.businessesOnly', path: ['businessName'] });
      req('lastName');
      req('firstName');
      req('identification');
      if (p.isForeignPerson) {
        for (const f of ['nationality', 'citizenship'] as const) {
          if (missing(p[f])) req(f);
          // Not String(): an object whose toString is not a function would throw.
          else if (!hasText(p[f]) || !/^[A-Z]{2}$/.test(p[f])) out.push({ key: 'format', path: [f] });
        }
        if (missing(p.gender)) req('gender');
        else if (p.gender !== 'm' && p.gender !== 'f') out.push({ key: 'oneOf', params: { values: ['m', 'f'] }, path: ['gender'] });
        if (missing(p.birthdate)) req('birthdate');
        else {
          // Before today, within the date window.
          const wrong = dateProblem(hasText(p.birthdate) ? p.birthdate : '', null, addDays(today(), -1));
          if (wrong) out.push({ ...wrong, path: ['birthdate'] });
        }
      } else {
        const cnp = hasText(p.taxId) ? checkCnp(p.taxId, { today: today() }) : null;
        if (cnp && !cnp.ok) out.push({ key: `cnp.${cnp.reason}` as Problem['key'], path: ['taxId'] });
      }
      if (p.hasDisability && p.isRetired) out.push({ key: 'person.notBoth', path: ['isRetired'] });
    }
    return out;
  };
}

/**
 * `taxId` is checked across fields (CNP or CUI, by who the person is), so its
 * normalised form is set here, once the rules hold: the CUI without RO, the
 * CNP without spaces — what goes upstream, like every other identifier.
 */
function normaliseTaxId(p: PersonShape): PersonShape {
  if (!hasText(p.taxId)) return p;
  const checked = isLegalEntity(p) ? checkCui(p.taxId) : p.isForeignPerson ? null : checkCnp(p.taxId);
  return checked?.ok ? { ...p, taxId: checked.value } : p;
}

/**
 * The policyholder (Person object). Individual and legal entity share one
 * shape, told apart by `businessName`; a product narrows it with `rules`.
 */
export function person(rules: PersonRules = {}) {
  return z.object(personFields).check(...personChecks(rules));
}

/** The Person object's rules across its fields, for an object with `personFields` (and maybe more). */
export const personChecks = (rules: PersonRules = {}) => [crossRule(personRules(rules)), z.overwrite(normaliseTaxId)] as const;

export type Person = z.output<ReturnType<typeof person>>;
