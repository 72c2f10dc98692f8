/**
 * The Casco nomenclatures: countries, counties and localities are the Assets
 * sandbox's own handlers (the shapes the Casco doc shows); vehicle makes are
 * named as the doc's example writes them ("alfa-romeo") and models are asked
 * for by make name, either spelling.
 */
import { findVehicleBrand, vehicleBrands } from '../../nomenclature/data.js';
import { countryHandler, countyHandler, localityHandler } from '../../routes/nomenclature.js';
import { fail } from '../../errors.js';
import { route } from '../../middleware.js';
import type { Deps, SandboxApp } from '../../context.js';
import { CASCO_PATHS } from '../paths.js';

/** "Alfa Romeo" → "alfa-romeo". */
export const makeName = (name: string): string => name.toLowerCase().replace(/\s+/g, '-');

export function cascoNomenclatureRoutes(app: SandboxApp, deps: Deps): void {
  const get = (path: string, handler: Parameters<typeof route>[5]) => route(app, deps, 'GET', path, { auth: true }, handler);
  get(CASCO_PATHS.country, countryHandler);
  get(CASCO_PATHS.county, countyHandler);
  get(CASCO_PATHS.locality, localityHandler);
  get(CASCO_PATHS.vehicleMake, (c) => c.json({ data: vehicleBrands.map((b) => ({ name: makeName(b.name) })) }));
  get(CASCO_PATHS.vehicleModel, (c) => {
    const param = c.req.param('make') ?? '';
    const brand = findVehicleBrand(param);
    if (!brand) throw fail(404, 'make', 'nomenclature.unknownParam', { param });
    return c.json({ data: brand.models.map((name) => ({ name })) });
  });
}
