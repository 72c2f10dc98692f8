/**
 * Prices a validated product into offer drafts: the documented tables for
 * tireFleet and electronics, the sandbox's own rate model for the rest.
 */
import { coverEndDate } from '../../contract/clock.js';
import type { ProductBody, ProductKey } from '../../contract/products/index.js';
import { HOUSE_ASSISTANCE_PACKAGES, isHouseAssistancePackage, ratePackages, type RatedProduct } from '../rate-model.js';
import { apiError, type ApiError } from '../errors.js';
import { priceElectronics, priceTireFleet } from './documented.js';
import type { OfferDraft } from './types.js';

export type { OfferDraft } from './types.js';

/** The start date of a product priced by the rate model (each has one in its own object). */
function startOf(key: RatedProduct, body: ProductBody): string {
  return (body as unknown as Record<string, { startDate: string }>)[key]!.startDate;
}

export function priceOffers(key: ProductKey, body: ProductBody, insurer: string): OfferDraft[] {
  if (key === 'tireFleet') return priceTireFleet(body as ProductBody<'tireFleet'>);
  if (key === 'electronics') return priceElectronics(body as ProductBody<'electronics'>);
  const start = startOf(key, body);
  return ratePackages(key, body, insurer).map((r) => ({ ...r, startDate: start, endDate: coverEndDate(start, r.termTime) }));
}

/** Pricing rules the schema cannot know: houseAssistance package codes must be ones the insurer sells. */
export function pricingErrors(key: ProductKey, body: ProductBody): ApiError[] {
  if (key !== 'houseAssistance') return [];
  const codes = (body as ProductBody<'houseAssistance'>).additionalData?.packageCodes ?? [];
  const values = Object.keys(HOUSE_ASSISTANCE_PACKAGES);
  return codes.flatMap((code, i) =>
    isHouseAssistancePackage(code) ? [] : [apiError(`product.additionalData.packageCodes.${i}`, 'package.unknown', { values })],
  );
}
