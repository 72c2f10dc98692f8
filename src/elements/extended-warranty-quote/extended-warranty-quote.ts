import type { PropertyDeclarations } from 'lit';
import type { Locale } from '../../contract/i18n/format.js';
import { LihVehicleQuoteElement, type DealerVehicle as AnyVehicle } from '../../kit/vehicle-element.js';
import { LaterRules, pendingSchema } from '../../kit/later-rules.js';
import { documents, issue, offers, policyholder } from '../../kit/steps.js';
import { vehicleDetails, vehiclePrefills } from './details.js';

/** The car as a dealer's page knows it, every field optional (the `vehicle` property). */
export type DealerVehicle = Partial<Record<keyof typeof vehiclePrefills, string | number>> & AnyVehicle;

/**
 * Porsche's extended warranty for a Volkswagen-group car, sold at the dealership: the car (prefilled
 * by the dealer) → the policyholder → offers for each term → issue → documents. Whether the car can
 * be covered at all is said above its fields as they are filled, before any quote.
 *
 * @summary Porsche extended car warranty: eligibility, quote, issuance and documents.
 * @tag lih-extended-warranty-quote
 * @csspart eligibility - The notice that says why the car cannot be covered and what would make it so.
 */
export class LihExtendedWarrantyQuote extends LihVehicleQuoteElement {
  // The vehicle's prefills are the kit's (LihVehicleQuoteElement); the warranty adds its use.
  static override properties: PropertyDeclarations = { use: {} };
  protected static override prefills = vehiclePrefills;
  readonly product = 'extendedWarranty' as const;
  /** The contract's rules for this product (schema, brands, terms, eligibility), fetched beside the words. */
  protected override readonly rules = new LaterRules(this, () =>
    // With the notice that explains them: it has nothing to say before they are here.
    Promise.all([import('../../contract/products/extended-warranty.js'), import('../../kit/eligibility.js')]).then(([product, notice]) => ({ ...product, ...notice })),
  );
  get schema() {
    return this.rules.value?.extendedWarrantyProduct ?? pendingSchema;
  }
  readonly flow = [
    vehicleDetails(() => this.rules.value),
    policyholder(),
    offers({
      // The kit's cards (named here: a flow that shows none never loads them).
      view: () => import('../../kit/steps/cards.js'),
      describe: (h) => ({ name: h.t('offer.name'), covers: h.t('offer.covers') }),
      // One quote asks for every term the contract lists.
      variants: (body) => this.rules.value!.EXTENDED_WARRANTY_TERMS.map((termTime) => ({ ...body, extendedWarranty: { ...(body.extendedWarranty as object), termTime } })),
    }),
    issue(),
    documents(),
  ];

  // Prefills beyond the kit's vehicle ones, and what the warranty covers of those.
  /** Prefill: the car's use: `personal`, `taxi`, `rental`, `ridesharing`, `drivingSchool` or `commercial` (only `personal` is covered). */
  declare use?: string;
  /** Prefill: the make (`Volkswagen`, `Skoda`…; any case). */
  declare make?: string;
  /** Prefill: the category on the registration certificate (`M1`; only M1 is covered). */
  declare category?: string;
  /** Prefill: `registered` (default), `recorded`, `temporaryRegistered` or `temporaryRecorded` (only `registered` is covered). */
  declare registration?: string;

  // One chunk per language (the kit's first-step words and the car's): a page fetches only the one it speaks.
  protected words(locale: Locale) {
    return locale === 'ro' ? import('./strings.ro.js') : import('./strings.en.js');
  }
}
