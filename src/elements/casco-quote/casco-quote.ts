import type { PropertyDeclarations } from 'lit';
import type * as z from 'zod/mini';
import type { Locale } from '../../contract/i18n/format.js';
import type { PublicSiteConfig } from '../../contract/public-api.js';
import { LaterRules, pendingSchema } from '../../kit/later-rules.js';
import { LihVehicleQuoteElement, type DealerVehicle as AnyVehicle } from '../../kit/vehicle-element.js';
import { documents, issue, offers } from '../../kit/steps.js';
import { coverStep, describeOffer, holderStep, identificationStep, insurersAsked, compareOffers, readOffer } from './details.js';
import { vehiclePrefills } from './paths.js';
import { vehicleStep } from './vehicle.js';

/** The vehicle as a dealer's page knows it, every field optional (the `vehicle` property). */
export type DealerVehicle = Partial<Record<keyof typeof vehiclePrefills, string | number>> & AnyVehicle;


/**
 * Casco for one vehicle from several insurers at once, sold at the dealership: the vehicle (prefilled
 * by the dealer) → its version and value at each insurer → the cover → the policyholder (and the
 * vehicle's user, when another person) → the insurers' offers side by side → issue → documents.
 *
 * @summary Casco comparison: vehicle identification per insurer, offers side by side, issuance and documents.
 * @tag lih-casco-quote
 * @csspart offers - The comparison table of the offers (one card per offer in a narrow element).
 * @csspart offer - One offer's row (a card in a narrow element).
 * @csspart offer-selected - The chosen offer's row.
 * @csspart missing-insurers - The insurers that made no offer (failed or did not answer in time), with what to do.
 */
export class LihCascoQuote extends LihVehicleQuoteElement {
  // The vehicle's prefills are the kit's (LihVehicleQuoteElement); casco adds its fuel and engine capacity.
  static override properties: PropertyDeclarations = { fuel: {}, engineCapacity: { attribute: 'engine-capacity' } };
  protected static override prefills = vehiclePrefills;
  readonly product = 'casco' as const;
  /** The casco rules (the contract's, composed in schema.ts), fetched with the later steps (steps.ts): the first render does not need them. */
  protected override readonly rules = new LaterRules(this, () => import('./steps.js'));
  /** The casco quote's contract schema for the insurers the customer chose a version at. */
  get schema(): z.ZodMiniType {
    return this.rules.value?.quoteSchema(insurersAsked(this)) ?? pendingSchema;
  }
  readonly flow = [vehicleStep, identificationStep, coverStep, holderStep(), offers({ view: () => import('../../kit/steps/compare.js'), describe: describeOffer, compare: compareOffers, read: readOffer }), issue(), documents()];

  /** The proxy's errors on the policyholder and the vehicle's user, which the Casco API keeps inside the product, land on their fields (schema.ts). */
  fieldPath(path: string): string {
    return path.replace(/^casco\.(?=policyholder\.)/, '').replace(/^casco\.vehicle\.user\./, 'user.');
  }

  /** Casco is sold where the site names its insurers for it. */
  protected override sells(config: PublicSiteConfig): boolean {
    return !!config.casco?.insurers.length;
  }

  // One chunk per language: a page fetches only the one it speaks.
  protected words(locale: Locale) {
    return locale === 'ro' ? import('./strings.ro.js') : import('./strings.en.js');
  }

  // Prefills beyond the kit's vehicle ones, and how casco reads some of those.
  /** Prefill: the make as the casco list names it (`Volkswagen`, `Dacia`; any case). */
  declare make?: string;
  /** Prefill: `petrol`, `diesel`, `electric`, `hybrid` or `lpg`. */
  declare fuel?: string;
  /** Prefill: engine capacity in cm³ (`1498`). */
  declare engineCapacity?: string | number;
  /** Prefill: the category on the registration certificate, `M1` (default) or `N1`. */
  declare category?: string;
}
