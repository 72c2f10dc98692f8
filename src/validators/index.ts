/**
 * Romanian identifier validators: pure, isomorphic (no DOM, no Node APIs),
 * each returning a `Check` whose failure `reason` is a stable message-key suffix.
 */
export type { Check } from './result.js';
export { checkCnp, cnpBirthDate, cnpCheckDigit, cnpGender, cnpReasons, cnpWeightedRemainder, type CnpReason } from './cnp.js';
export { checkCui, cuiCheckDigit, cuiReasons, cuiWeightedRemainder, type CuiReason } from './cui.js';
export { checkIdCardNumber, idCardReasons, splitIdCard, type IdCardReason } from './id-card.js';
export {
  checkCompanyRegistryNumber,
  companyRegistryNumberReasons,
  registryNumberCheckDigit,
  type CompanyRegistryNumberReason,
} from './registry-number.js';
export { checkMobileNumber, mobileNumberReasons, type MobileNumberReason } from './phone.js';
export { checkVin, vinReasons, type VinReason } from './vin.js';
export { checkLicensePlate, licensePlateReasons, type LicensePlateReason, type RegistrationType } from './license-plate.js';
export { checkTireDot, tireDotReasons, type TireDotReason } from './tire-dot.js';
export { COUNTY_CODES, countyCodeOf, countyNumber, isCountyCode, type CountyCode } from './counties.js';

import { cnpReasons } from './cnp.js';
import { cuiReasons } from './cui.js';
import { idCardReasons } from './id-card.js';
import { mobileNumberReasons } from './phone.js';
import { companyRegistryNumberReasons } from './registry-number.js';
import { licensePlateReasons } from './license-plate.js';
import { tireDotReasons } from './tire-dot.js';
import { vinReasons } from './vin.js';

/**
 * Every failure reason per validator — the complete set of `${prefix}.${reason}`
 * message keys, under the prefixes the contract's message table uses.
 */
export const validatorReasons = {
  cnp: cnpReasons,
  cui: cuiReasons,
  idCard: idCardReasons,
  registryNumber: companyRegistryNumberReasons,
  phone: mobileNumberReasons,
  vin: vinReasons,
  plate: licensePlateReasons,
  dot: tireDotReasons,
} as const;

type Reasons = typeof validatorReasons;
/** 'cnp.format' | 'cnp.date' | … | 'dot.future': the message keys a translation table must cover. */
export type ValidatorMessageKey = { [K in keyof Reasons]: `${K}.${Reasons[K][number]}` }[keyof Reasons];
