/**
 * The Casco API's own nomenclatures, as the proxy serves them
 * (`GET /v1/nomenclature/casco-vehicle-make`, `…/casco-vehicle-model/{make}`).
 * Its countries, counties and localities are the Assets lists (the same
 * SIRUTA data), so they are not repeated here.
 */
import * as z from 'zod/mini';
import type { NomenclatureItem } from '../nomenclature.js';
import type { CascoNomenclatureList } from './public-api.js';

const vehicleName = z.object({ name: z.string() });
const enc = encodeURIComponent;

export interface CascoNomenclatureDef {
  param: boolean;
  /** The path below the Casco base URL. */
  path: (param?: string) => string;
  item: typeof vehicleName;
  toPublic: (i: z.output<typeof vehicleName>) => NomenclatureItem;
}

// The make's name (`alfa-romeo`) is its code: the model list and the offer's `vehicle.brand` take it.
export const CASCO_NOMENCLATURES: Record<CascoNomenclatureList, CascoNomenclatureDef> = {
  'casco-vehicle-make': { param: false, path: () => '/nomenclature/vehicle-make', item: vehicleName, toPublic: (i) => ({ code: i.name, name: i.name }) },
  'casco-vehicle-model': { param: true, path: (make) => `/nomenclature/vehicle-model/${enc(make!)}`, item: vehicleName, toPublic: (i) => ({ code: i.name, name: i.name }) },
};

export const isCascoNomenclatureList = (name: string): name is CascoNomenclatureList => Object.prototype.hasOwnProperty.call(CASCO_NOMENCLATURES, name);
