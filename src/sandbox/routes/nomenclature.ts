/**
 * The nomenclature lists, on the paths and in the item shapes of the
 * contract's NOMENCLATURES table (`{data: [...]}`). The Assets docs show no
 * nomenclature answer; where the Casco and Liability docs show one (country,
 * county, locality, vehicle brand and model) the keys and their JSON types
 * are theirs — ids and SIRUTA codes as strings, the locality answer with
 * `error`/`status` beside `data` as both show it. Country names and
 * electronics labels follow `Content-Language` (English by default); place
 * names are the register's, with their diacritics (docs/sandbox.md).
 */
import type { Locale } from '../../contract/i18n/format.js';
import {
  counties,
  countries,
  electronicsCategories,
  findCounty,
  findTireBrand,
  findVehicleBrandById,
  localities,
  tireBrands,
  tireModels,
  tireSizes,
  vehicleBrands,
} from '../nomenclature/data.js';
import { fail } from '../errors.js';
import { route } from '../middleware.js';
import type { Deps, SandboxApp } from '../context.js';

const collators: Record<Locale, Intl.Collator> = { en: new Intl.Collator('en'), ro: new Intl.Collator('ro') };

/** Country list per language, sorted by name as that language sorts; `id` is stable (its place in the ISO list). */
const countryLists = Object.fromEntries(
  (['en', 'ro'] as const).map((lo) => [
    lo,
    countries
      .map((c, i) => ({ id: String(i + 1), name: c.name[lo], iso2: c.iso2, iso3: c.iso3 }))
      .sort((a, b) => collators[lo].compare(a.name, b.name)),
  ]),
) as Record<Locale, { id: string; name: string; iso2: string; iso3: string }[]>;

const countyList = counties.map((c) => ({ county_code: c.code, name: c.name, siruta: String(c.siruta) }));

type Handler = Parameters<typeof route>[5];

/** The country, county and locality lists, as the Casco doc shows them too: its sandbox serves these same handlers. */
export const countryHandler: Handler = (c) => c.json({ data: countryLists[c.get('locale')] });
export const countyHandler: Handler = (c) => c.json({ data: countyList });
/** Route parameter `county`. */
export const localityHandler: Handler = (c) => {
  const param = c.req.param('county') ?? '';
  const county = findCounty(param);
  if (!county) throw fail(404, 'county', 'nomenclature.unknownParam', { param });
  const data = localities[county.code]!.map((l) => ({ nume: l.name, cod_judet: county.code, cod_siruta: String(l.siruta), uat: l.uat }));
  return c.json({ error: 'false', status: '200', data });
};

export function nomenclatureRoutes(app: SandboxApp, deps: Deps): void {
  const get = (path: string, handler: Handler) => route(app, deps, 'GET', path, { auth: true }, handler);

  get('/nomenclature/country', countryHandler);

  get('/nomenclature/county', countyHandler);

  get('/nomenclature/locality/:county', localityHandler);

  // Assets' model list takes a vehicleBrandId, so each brand carries one, a string like the docs' other ids.
  get('/nomenclature/vehicle-brand', (c) => c.json({ data: vehicleBrands.map((b) => ({ id: String(b.id), name: b.name })) }));

  // The docs write both the vehicle-model list (by brand id) and the tyre-model
  // list (by tyre make code) as /nomenclature/vehicle-model/{…}: a number is a
  // brand id, anything else a tyre make.
  get('/nomenclature/vehicle-model/:param', (c) => {
    const param = c.req.param('param') ?? '';
    if (/^\d+$/.test(param)) {
      const brand = findVehicleBrandById(Number(param));
      if (brand) return c.json({ data: brand.models.map((name) => ({ name })) });
    } else {
      const make = findTireBrand(param);
      if (make) return c.json({ data: (tireModels[make.code] ?? []).map((name) => ({ name })) });
    }
    throw fail(404, 'param', 'nomenclature.unknownParam', { param });
  });

  get('/nomenclature/tire-brand', (c) => c.json({ data: tireBrands.map((b) => ({ code: b.code, name: b.name })) }));

  get('/nomenclature/tire-size', (c) => c.json({ data: tireSizes.map((size) => ({ size })) }));

  get('/nomenclature/electronics-product-category', (c) =>
    c.json({ data: electronicsCategories.map((e) => ({ code: e.code, name: e.label[c.get('locale')] })) }),
  );
}
