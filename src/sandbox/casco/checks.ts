/**
 * What only a Casco insurer can check, after the contract has passed the
 * body: its nomenclatures (addresses, countries, vehicle make and model),
 * that the vehicle identifier is one of its own for this vehicle, and that
 * the deductibles and coverages are ones it sells.
 */
import type { CascoProduct } from '../../contract/casco/index.js';
import { apiError, type ApiError } from '../errors.js';
import { checkPersonCountries, walkAddresses } from '../nomenclature/checks.js';
import { findVehicleBrand, hasVehicleModel } from '../nomenclature/data.js';
import { sameDeductibles, type CascoInsurer } from './insurers.js';
import { findCandidate } from './valuation.js';

const P = 'product';

/** An individual is checked for nationality and citizenship; the Assets check tells them by businessName, so it gets none. */
function personCountries(out: ApiError[], path: string, p: CascoProduct['policyholder'] | undefined): void {
  if (!p || p.isLegalEntity === true || p.businessName !== undefined) return;
  checkPersonCountries(out, path, p);
}

/** Make and model from the nomenclature (either spelling of the make). */
export function makeAndModelErrors(prefix: string, v: { brand: string; model: string }): ApiError[] {
  const at = (field: string) => (prefix ? `${prefix}.${field}` : field);
  const brand = findVehicleBrand(v.brand);
  if (!brand) return [apiError(at('brand'), 'vehicle.brandUnknown')];
  return hasVehicleModel(brand, v.model) ? [] : [apiError(at('model'), 'vehicle.modelUnknown', { brand: brand.name })];
}

export function cascoInsurerErrors(insurerName: string, insurer: CascoInsurer, product: CascoProduct): ApiError[] {
  const out: ApiError[] = [];
  walkAddresses(out, P, product);
  personCountries(out, `${P}.policyholder`, product.policyholder);
  personCountries(out, `${P}.vehicle.user`, product.vehicle.user);

  const v = product.vehicle;
  const vehicleErrors = makeAndModelErrors(`${P}.vehicle`, v);
  out.push(...vehicleErrors);
  // The identifier is only worth checking for a vehicle the insurer knows.
  if (!vehicleErrors.length && !findCandidate(insurerName, v, v.identifier)) {
    out.push(apiError(`${P}.vehicle.identifier`, 'casco.identifierUnknown', { insurer: insurer.display }));
  }

  const d = product.motor.deductibles;
  if (!insurer.deductibles.some((o) => sameDeductibles(o, d))) {
    const values = insurer.deductibles.map((o) => `${o.partialDamage}/${o.totalDamage}`);
    out.push(apiError(`${P}.motor.deductibles`, 'casco.deductiblesUnknown', { insurer: insurer.display, values }));
  }

  const codes = Object.keys(insurer.coverages);
  product.coverages.forEach((c, i) => {
    if (!codes.includes(c.code)) out.push(apiError(`${P}.coverages.${i}.code`, 'casco.coverageUnknown', { insurer: insurer.display, values: codes }));
  });
  if (!product.coverages.some((c) => c.code === 'vehicle' && c.isIncluded)) out.push(apiError(`${P}.coverages`, 'casco.vehicleCoverage'));
  return out;
}
