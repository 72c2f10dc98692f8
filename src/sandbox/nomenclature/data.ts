/**
 * The nomenclature files in ../data, loaded once and indexed for the two
 * things the sandbox does with them: serve the lists, and check that a
 * request's codes and names are on them.
 */
import { readFileSync } from 'node:fs';
import type { Locale } from '../../contract/i18n/format.js';

const load = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8')) as T;

export interface County {
  code: string;
  name: string;
  siruta: number;
}
export interface Locality {
  siruta: number;
  name: string;
  /** The administrative unit it belongs to ("Comuna Albac"), which tells apart equal names. */
  uat: string;
}
export interface Country {
  iso2: string;
  iso3: string;
  name: Record<Locale, string>;
}
export interface VehicleBrand {
  id: number;
  name: string;
  models: string[];
}
export interface TireBrand {
  code: string;
  name: string;
}
export interface ElectronicsCategoryLabel {
  code: string;
  priceTableName: string;
  label: Record<Locale, string>;
}

/** Compares names the way a person means them: no case, no diacritics (ș = ş = s), hyphens as spaces. */
export const sameName = (a: string, b: string): boolean => foldName(a) === foldName(b);
export const foldName = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s-]+/g, ' ').trim();

export const counties: County[] = load('counties.json');
export const countries: Country[] = load('countries.json');
export const vehicleBrands: VehicleBrand[] = load('vehicles.json');
const tires = load<{ brands: TireBrand[]; models: Record<string, string[]>; sizes: number[] }>('tires.json');
export const tireBrands: TireBrand[] = tires.brands;
export const tireModels: Record<string, string[]> = tires.models;
export const tireSizes: number[] = tires.sizes;
export const electronicsCategories: ElectronicsCategoryLabel[] = load('electronics-categories.json');

const rawLocalities = load<Record<string, [number, string, string][]>>('localities.json');
/** Localities per county code, in the register's (Romanian) name order. */
export const localities: Record<string, Locality[]> = Object.fromEntries(
  Object.entries(rawLocalities).map(([county, list]) => [county, list.map(([siruta, name, uat]) => ({ siruta, name, uat }))]),
);
const localityIndex = new Map(Object.entries(localities).map(([county, list]) => [county, new Map(list.map((l) => [l.siruta, l]))]));

export const findCounty = (code: string): County | undefined => counties.find((c) => c.code === code.trim().toUpperCase());
export const findLocality = (county: string, siruta: number): Locality | undefined => localityIndex.get(county.trim().toUpperCase())?.get(siruta);

const countryIndex = new Map(countries.map((c) => [c.iso2, c]));
export const findCountry = (iso2: string): Country | undefined => countryIndex.get(iso2.trim().toUpperCase());

export const findVehicleBrandById = (id: number): VehicleBrand | undefined => vehicleBrands.find((b) => b.id === id);
export const findVehicleBrand = (name: string): VehicleBrand | undefined => vehicleBrands.find((b) => sameName(b.name, name));
export const hasVehicleModel = (brand: VehicleBrand, model: string): boolean => brand.models.some((m) => sameName(m, model));

export const findTireBrand = (code: string): TireBrand | undefined => tireBrands.find((b) => b.code === code.trim().toLowerCase());
export const hasTireModel = (make: string, model: string): boolean =>
  (tireModels[make.trim().toLowerCase()] ?? []).some((m) => sameName(m, model));
export const hasTireSize = (size: number): boolean => tireSizes.includes(size);

export const electronicsLabel = (code: string, locale: Locale): string =>
  electronicsCategories.find((c) => c.code === code)?.label[locale] ?? code;
