/**
 * Where the Casco API lives on the sandbox. The doc gives no paths: these are
 * ours (docs/sandbox.md, Casco), beside the Assets API at the root, so one
 * sandbox process stands in for both.
 */
export const CASCO_BASE = '/casco/v1';

export const CASCO_PATHS = {
  auth: `${CASCO_BASE}/auth`,
  country: `${CASCO_BASE}/nomenclature/country`,
  county: `${CASCO_BASE}/nomenclature/county`,
  locality: `${CASCO_BASE}/nomenclature/locality/:county`,
  vehicleMake: `${CASCO_BASE}/nomenclature/vehicle-make`,
  vehicleModel: `${CASCO_BASE}/nomenclature/vehicle-model/:make`,
  identification: `${CASCO_BASE}/vehicle/identification`,
  offer: `${CASCO_BASE}/offer`,
  offerDocuments: `${CASCO_BASE}/offer/:offerId`,
  policy: `${CASCO_BASE}/policy`,
} as const;
