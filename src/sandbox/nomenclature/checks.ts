/**
 * What only the insurer can check: that the codes and names in a request are
 * on its nomenclatures. The contract checks shapes; this checks membership.
 * Runs on the raw `product` object (so its errors come with the schema's in one
 * answer) and skips values the schema will already reject.
 */
import type { ProductKey } from '../../contract/products/index.js';
import { isLegalEntity } from '../../contract/person.js';
import { apiError, type ApiError } from '../errors.js';
import { findCountry, findCounty, findLocality, findTireBrand, findVehicleBrand, hasTireModel, hasTireSize, hasVehicleModel, sameName, tireSizes } from './data.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const int = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) ? n : undefined;
};
const isIso2 = (v: string) => /^[A-Za-z]{2}$/.test(v);

function checkCountry(out: ApiError[], path: string, value: unknown): void {
  const code = str(value);
  if (code && isIso2(code) && !findCountry(code)) out.push(apiError(path, 'country.unknown'));
}

/** County, SIRUTA code and locality name must agree with /nomenclature/locality/{county}. */
function checkAddress(out: ApiError[], path: string, a: Obj): void {
  checkCountry(out, `${path}.country`, a.country);
  const county = str(a.county)?.toUpperCase();
  const siruta = int(a.cityCode);
  if (!county || siruta === undefined) return;
  const locality = findLocality(county, siruta);
  if (!locality) {
    // An unknown county is the schema's error already; say nothing twice.
    if (findCounty(county)) out.push(apiError(`${path}.cityCode`, 'locality.notInCounty', { county }));
    return;
  }
  const city = str(a.city);
  if (city && !sameName(city, locality.name)) out.push(apiError(`${path}.city`, 'locality.nameMismatch', { name: locality.name }));
}

/** Every `address` object anywhere in the product (policyholder, house, solar items, GAP vehicle). */
export function walkAddresses(out: ApiError[], path: string, value: unknown): void {
  if (Array.isArray(value)) value.forEach((v, i) => walkAddresses(out, `${path}.${i}`, v));
  else if (isObj(value)) {
    for (const [k, v] of Object.entries(value)) {
      const p = `${path}.${k}`;
      if (k === 'address' && isObj(v)) checkAddress(out, p, v);
      else walkAddresses(out, p, v);
    }
  }
}

export function checkPersonCountries(out: ApiError[], path: string, p: unknown): void {
  if (!isObj(p)) return;
  // "No validation for legal entities."
  if (isLegalEntity({ businessName: str(p.businessName) })) return;
  checkCountry(out, `${path}.nationality`, p.nationality);
  checkCountry(out, `${path}.citizenship`, p.citizenship);
}

function checkVehicle(out: ApiError[], path: string, v: Obj): void {
  const brandName = str(v.vehicleBrand);
  if (!brandName) return;
  const brand = findVehicleBrand(brandName);
  if (!brand) out.push(apiError(`${path}.vehicleBrand`, 'vehicle.brandUnknown'));
  else {
    const model = str(v.vehicleModel);
    if (model && !hasVehicleModel(brand, model)) out.push(apiError(`${path}.vehicleModel`, 'vehicle.modelUnknown', { brand: brand.name }));
  }
}

/** Tyre make (when the product lets it vary), model for that make, and rim size. */
function checkTyre(out: ApiError[], path: string, t: Obj, checkMake: boolean): void {
  const makeCode = str(t.tireMake);
  const make = makeCode ? findTireBrand(makeCode) : undefined;
  if (makeCode && !make && checkMake) out.push(apiError(`${path}.tireMake`, 'tire.makeUnknown'));
  // A code, not a name: exactly as the nomenclature writes it ("michelin", not "Michelin").
  else if (make && make.code !== makeCode && checkMake) out.push(apiError(`${path}.tireMake`, 'tire.makeCode', { code: make.code }));
  const model = str(t.tireModel);
  if (make && model && !hasTireModel(make.code, model)) out.push(apiError(`${path}.tireModel`, 'tire.modelUnknown', { make: make.name }));
  const size = int(t.tireWidth);
  if (size !== undefined && size > 0 && !hasTireSize(size)) out.push(apiError(`${path}.tireWidth`, 'tire.sizeUnknown', { values: tireSizes }));
}

/** Nomenclature errors for a product body, with full paths (`product.policyholder.address.cityCode`). */
export function nomenclatureErrors(key: ProductKey, product: unknown): ApiError[] {
  const out: ApiError[] = [];
  if (!isObj(product)) return out;
  walkAddresses(out, 'product', product);
  checkPersonCountries(out, 'product.policyholder', product.policyholder);
  const body = product[key];
  if (key === 'tire' && isObj(body)) {
    checkVehicle(out, 'product.tire', body);
    // tire accepts only michelin: the schema says so, in its own words.
    checkTyre(out, 'product.tire', body, false);
  }
  if (key === 'tireFleet' && isObj(body) && Array.isArray(body.vehicles)) {
    body.vehicles.forEach((v, i) => {
      if (!isObj(v)) return;
      checkVehicle(out, `product.tireFleet.vehicles.${i}`, v);
      checkTyre(out, `product.tireFleet.vehicles.${i}`, v, true);
    });
  }
  return out;
}
