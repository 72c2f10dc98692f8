import * as z from 'zod/mini';

const id = () => z.pipe(z.union([z.string(), z.number()]), z.transform(String));

/**
 * Upstream nomenclature items. County, locality and country follow the shapes
 * the Casco and Liability docs show; the Assets-only lists are not shown in the
 * docs, so these are the sandbox's shapes, read leniently.
 */
export const upstreamItems = {
  country: z.object({ id: z.optional(id()), name: z.string(), iso2: z.string(), iso3: z.optional(z.string()) }),
  county: z.object({ county_code: z.string(), name: z.string(), siruta: z.optional(id()) }),
  locality: z.object({ nume: z.string(), cod_judet: z.string(), cod_siruta: id(), uat: z.optional(z.string()) }),
  vehicleBrand: z.object({ id: z.optional(id()), name: z.string() }),
  vehicleModel: z.object({ name: z.string() }),
  tireBrand: z.object({ code: z.string(), name: z.string() }),
  tireModel: z.object({ name: z.string() }),
  tireSize: z.object({ size: id() }),
  electronicsCategory: z.object({ code: z.string(), name: z.string() }),
} as const;

/** What the proxy hands the browser for every list: a code to send and a name to show. */
export interface NomenclatureItem {
  code: string;
  name: string;
  /** Tells apart equal names (the commune a village belongs to). */
  hint?: string;
}

type Def<S extends z.ZodMiniType> = {
  /** Whether the list needs a parameter (county code, brand id, tyre make). */
  param: boolean;
  /** The upstream path — one table, so a corrected path is one line. */
  path: (param?: string) => string;
  item: S;
  toPublic: (i: z.output<S>) => NomenclatureItem;
};
const def = <S extends z.ZodMiniType>(d: Def<S>) => d;
const enc = encodeURIComponent;

export const NOMENCLATURES = {
  country: def({ param: false, path: () => '/nomenclature/country', item: upstreamItems.country, toPublic: (i) => ({ code: i.iso2, name: i.name }) }),
  county: def({ param: false, path: () => '/nomenclature/county', item: upstreamItems.county, toPublic: (i) => ({ code: i.county_code, name: i.name }) }),
  locality: def({
    param: true,
    path: (county) => `/nomenclature/locality/${enc(county!)}`,
    item: upstreamItems.locality,
    toPublic: (i) => (i.uat ? { code: i.cod_siruta, name: i.nume, hint: i.uat } : { code: i.cod_siruta, name: i.nume }),
  }),
  'vehicle-brand': def({ param: false, path: () => '/nomenclature/vehicle-brand', item: upstreamItems.vehicleBrand, toPublic: (i) => ({ code: i.id ?? i.name, name: i.name }) }),
  'vehicle-model': def({ param: true, path: (brandId) => `/nomenclature/vehicle-model/${enc(brandId!)}`, item: upstreamItems.vehicleModel, toPublic: (i) => ({ code: i.name, name: i.name }) }),
  'tire-brand': def({ param: false, path: () => '/nomenclature/tire-brand', item: upstreamItems.tireBrand, toPublic: (i) => ({ code: i.code, name: i.name }) }),
  // The docs write the tyre-model list as /nomenclature/vehicle-model/{tireMakeCode}; kept as written.
  'tire-model': def({ param: true, path: (make) => `/nomenclature/vehicle-model/${enc(make!)}`, item: upstreamItems.tireModel, toPublic: (i) => ({ code: i.name, name: i.name }) }),
  'tire-size': def({ param: false, path: () => '/nomenclature/tire-size', item: upstreamItems.tireSize, toPublic: (i) => ({ code: i.size, name: `${i.size}″` }) }),
  'electronics-product-category': def({
    param: false,
    path: () => '/nomenclature/electronics-product-category',
    item: upstreamItems.electronicsCategory,
    toPublic: (i) => ({ code: i.code, name: i.name }),
  }),
} as const;

export type NomenclatureList = keyof typeof NOMENCLATURES;
export const isNomenclatureList = (name: string): name is NomenclatureList => Object.prototype.hasOwnProperty.call(NOMENCLATURES, name);

/** `{data: [...]}` around any list. */
export const nomenclatureResponse = <S extends z.ZodMiniType>(item: S) => z.object({ data: z.array(item) });
